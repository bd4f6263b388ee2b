//! The prioritised action plan (PRODUCT.md §4, last point).
//!
//! Order: critical items that cap their dimension first, then gap × importance (largest
//! first), then the lower effort first, then questionnaire order so the list is stable.

use std::cmp::Ordering;

use super::assessment::{Assessment, Counted, Open};
use super::questionnaire::{Effort, QuestionRef, Questionnaire, Step, MAX_LEVEL};
use super::scoring::{category_target, gap, Results};

/// Where a measure starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    Level(u8),
    /// „offen zu klären“: first clarify, e.g. with the IT provider; scored as level 0.
    Open(Open),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Measure<'q> {
    pub at: QuestionRef<'q>,
    pub basis: Basis,
    /// The next step from the current level.
    pub step: Option<&'q Step>,
    /// Category target − this answer's level, at least 0.
    pub gap: f64,
    /// A critical item whose level + 1 lies below its dimension's uncapped level.
    pub caps_dimension: bool,
    order: usize,
}

impl Measure<'_> {
    pub fn priority(&self) -> f64 {
        self.gap * f64::from(self.at.question.weight)
    }

    pub fn effort(&self) -> Effort {
        match self.basis {
            Basis::Open(_) => Effort::Gering,
            Basis::Level(_) => self.step.map_or(Effort::Mittel, |s| s.effort),
        }
    }

    pub fn question_id(&self) -> &str {
        &self.at.question.id
    }
}

pub fn build<'q>(questionnaire: &'q Questionnaire, assessment: &Assessment, results: &Results<'q>) -> Vec<Measure<'q>> {
    let scope = assessment.profile.scope;
    let mut measures: Vec<Measure> = questionnaire
        .questions()
        .enumerate()
        .filter(|(_, at)| scope.includes(at.question))
        .filter_map(|(order, at)| {
            let counted = assessment.counted(at.question)?;
            let level = counted.scored_level()?;
            let basis = match counted {
                Counted::Open(open) => Basis::Open(open),
                _ => Basis::Level(level),
            };
            let target = category_target(at.dimension, at.category, assessment);
            let uncapped = results.dimension(&at.dimension.id).and_then(|d| d.uncapped);
            let caps_dimension = at.question.critical && uncapped.is_some_and(|u| f64::from(level) + 1.0 < u);
            let gap = gap(target, f64::from(level));
            let wanted = caps_dimension || matches!(basis, Basis::Open(_)) || (gap > 0.0 && level < MAX_LEVEL);
            wanted.then(|| Measure { at, basis, step: at.question.step_from(level), gap, caps_dimension, order })
        })
        .collect();
    measures.sort_by(compare);
    measures
}

fn compare(a: &Measure, b: &Measure) -> Ordering {
    b.caps_dimension
        .cmp(&a.caps_dimension)
        .then_with(|| b.priority().partial_cmp(&a.priority()).unwrap_or(Ordering::Equal))
        .then_with(|| a.effort().cmp(&b.effort()))
        .then_with(|| a.order.cmp(&b.order))
}

/// „Fragen an den IT-Dienstleister“: open answers („weiß nicht“, or a service of the provider
/// not yet assured in writing), in questionnaire order.
pub fn provider_questions<'q>(questionnaire: &'q Questionnaire, assessment: &Assessment) -> Vec<QuestionRef<'q>> {
    let scope = assessment.profile.scope;
    questionnaire
        .questions()
        .filter(|at| scope.includes(at.question))
        .filter(|at| matches!(assessment.counted(at.question), Some(Counted::Open(_))))
        .collect()
}
