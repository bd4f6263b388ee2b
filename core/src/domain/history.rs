//! „Verlauf“: an assessment compared with an earlier one of the same Kommune.

use super::assessment::{Assessment, Response};
use super::questionnaire::{Category, Dimension, QuestionRef, Questionnaire};
use super::scoring::{score, Results};

/// Whether two assessments belong to the same Kommune: same AGS if both have one, else the
/// same name (ignoring case and surrounding spaces).
pub fn same_kommune(a: &Assessment, b: &Assessment) -> bool {
    let (ags_a, ags_b) = (a.profile.ags.trim(), b.profile.ags.trim());
    if !ags_a.is_empty() && !ags_b.is_empty() {
        return ags_a == ags_b;
    }
    let name = |x: &Assessment| x.profile.name.trim().to_lowercase();
    !name(a).is_empty() && name(a) == name(b)
}

/// Earlier assessments of the same Kommune, newest first. A Teilbogen is no earlier
/// assessment: it answers only some categories, and would look like a fall everywhere else.
pub fn earlier<'a>(current: &Assessment, all: &'a [Assessment]) -> Vec<&'a Assessment> {
    let mut list: Vec<&Assessment> = all
        .iter()
        .filter(|a| a.id != current.id && !a.is_part() && same_kommune(a, current) && a.date <= current.date)
        .collect();
    list.sort_by(|a, b| b.date.cmp(&a.date).then(b.updated_ms.cmp(&a.updated_ms)));
    list
}

#[derive(Clone, Debug, PartialEq)]
pub struct LevelChange<T> {
    pub item: T,
    pub earlier: Option<f64>,
    pub later: Option<f64>,
}

impl<T> LevelChange<T> {
    pub fn change(&self) -> Option<f64> {
        Some(self.later? - self.earlier?)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerChange<'q> {
    pub at: QuestionRef<'q>,
    pub earlier: Option<Response>,
    pub later: Option<Response>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison<'q> {
    pub dimensions: Vec<LevelChange<&'q Dimension>>,
    pub categories: Vec<LevelChange<&'q Category>>,
    /// Questions whose response differs, in questionnaire order.
    pub answers: Vec<AnswerChange<'q>>,
}

impl<'q> Comparison<'q> {
    /// The dimension that changed most (up or down), if any changed.
    pub fn largest_dimension_change(&self) -> Option<(&'q Dimension, f64)> {
        self.dimensions
            .iter()
            .filter_map(|d| d.change().map(|c| (d.item, c)))
            .filter(|(_, c)| *c != 0.0)
            .max_by(|a, b| a.1.abs().partial_cmp(&b.1.abs()).unwrap_or(std::cmp::Ordering::Equal))
    }
}

pub fn compare<'q>(questionnaire: &'q Questionnaire, earlier: &Assessment, later: &Assessment) -> Comparison<'q> {
    // Compare like with like: score the earlier assessment in the later one's scope.
    let mut earlier_in_scope = earlier.clone();
    earlier_in_scope.profile.scope = later.profile.scope;
    let (before, after): (Results, Results) = (score(questionnaire, &earlier_in_scope), score(questionnaire, later));
    let dimensions = after
        .dimensions
        .iter()
        .map(|d| LevelChange {
            item: d.dimension,
            earlier: before.dimension(&d.dimension.id).and_then(|b| b.level),
            later: d.level,
        })
        .collect();
    let categories = after
        .dimensions
        .iter()
        .flat_map(|d| &d.categories)
        .map(|c| LevelChange {
            item: c.category,
            earlier: before.category(&c.category.id).and_then(|b| b.level),
            later: c.level,
        })
        .collect();
    let answers = questionnaire
        .questions()
        .filter(|at| later.profile.scope.includes(at.question))
        .filter_map(|at| {
            let (e, l) = (earlier.response(&at.question.id).cloned(), later.response(&at.question.id).cloned());
            (e != l).then_some(AnswerChange { at, earlier: e, later: l })
        })
        .collect();
    Comparison { dimensions, categories, answers }
}
