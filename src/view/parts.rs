//! Teilbögen as text: the chosen parts, the conflicts to decide, where answers come from, and
//! which areas a part covers. The checks and the merge are `domain::parts`.

use std::collections::BTreeMap;

use crate::domain::assessment::{categories_in_scope, Answer, Assessment, Walk};
use crate::domain::parts::{self, Source};
use crate::domain::questionnaire::{Lang, Questionnaire};
use crate::i18n::{labels, Texts};

/// One chosen Teilbogen in the table on „Zusammenführen“.
#[derive(Clone, Debug, PartialEq)]
pub struct PartRow {
    pub label: String,
    pub answers: String,
    pub areas: String,
}

/// One answer to choose in a conflict: the radio's value and its label („Kämmerei: Stufe 2 – …“).
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub source: Source,
    pub label: String,
}

/// A question answered differently, as a fieldset: its legend and one radio per answer.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictView {
    pub question_id: String,
    pub question: String,
    /// „Cybersicherheit · Datensicherung“.
    pub context: String,
    pub choices: Vec<Choice>,
}

/// One answer in the report's „Herkunft der Antworten“.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvenanceRow {
    pub question: String,
    pub answer: String,
    pub source: String,
}

/// One dimension's categories to choose for a Teilbogen.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionChoices {
    /// „Bereiche aus Cybersicherheit“.
    pub legend: String,
    pub categories: Vec<CategoryChoice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CategoryChoice {
    pub id: String,
    pub title: String,
    /// „7 Fragen“ (in the main assessment's scope).
    pub questions: String,
}

/// The categories a Teilbogen of an assessment of `scope` can hold, by dimension.
pub fn category_choices(
    t: &'static Texts,
    lang: Lang,
    questionnaire: &Questionnaire,
    scope: crate::domain::assessment::Scope,
) -> Vec<DimensionChoices> {
    let pages = categories_in_scope(questionnaire, &scope.into());
    questionnaire
        .dimensions
        .iter()
        .map(|d| DimensionChoices {
            legend: t.part_screens.categories_legend(d.title.get(lang)),
            categories: pages
                .iter()
                .filter(|(pd, _)| pd.id == d.id)
                .map(|(_, c)| CategoryChoice {
                    id: c.id.clone(),
                    title: c.title.get(lang).to_string(),
                    questions: match c.questions.iter().filter(|q| scope.includes(q)).count() {
                        1 => t.part_screens.questions_one.to_string(),
                        n => t.part_screens.questions_in(&n.to_string()),
                    },
                })
                .collect(),
        })
        .filter(|d| !d.categories.is_empty())
        .collect()
}

/// The titles of a Teilbogen's categories, in questionnaire order: „Datensicherung, Notfälle“.
pub fn areas(lang: Lang, questionnaire: &Questionnaire, part: &Assessment) -> String {
    let walk = Walk::of(part);
    categories_in_scope(questionnaire, &walk).iter().map(|(_, c)| c.title.get(lang)).collect::<Vec<_>>().join(", ")
}

fn label_of(part: &Assessment) -> String {
    part.part.as_ref().map(|p| p.label.clone()).unwrap_or_default()
}

pub fn part_rows(lang: Lang, questionnaire: &Questionnaire, chosen: &[Assessment]) -> Vec<PartRow> {
    chosen
        .iter()
        .map(|p| PartRow {
            label: label_of(p),
            answers: parts::answered(questionnaire, p).to_string(),
            areas: areas(lang, questionnaire, p),
        })
        .collect()
}

/// An answer as a choice names it: the provider's written assurance is part of what differs.
fn answer_label(t: &'static Texts, answer: &Answer, question: &crate::domain::questionnaire::Question) -> String {
    let label = labels::answer(t, answer, question);
    if answer.provider_assured() {
        format!("{label} ({})", t.flow.assured_badge)
    } else {
        label
    }
}

/// Every conflict between the open assessment and the chosen parts, as fieldsets to decide.
pub fn conflicts(
    t: &'static Texts,
    lang: Lang,
    questionnaire: &Questionnaire,
    main: &Assessment,
    chosen: &[Assessment],
) -> Vec<ConflictView> {
    parts::conflicts(questionnaire, main, chosen)
        .into_iter()
        .map(|c| ConflictView {
            question_id: c.at.question.id.clone(),
            question: c.at.question.text.get(lang).to_string(),
            context: format!("{} · {}", c.at.dimension.title.get(lang), c.at.category.title.get(lang)),
            choices: c
                .options
                .iter()
                .map(|(source, answer)| {
                    let who = match source {
                        Source::Main => t.part_screens.main_source.to_string(),
                        Source::Part(i) => label_of(&chosen[*i]),
                    };
                    Choice {
                        source: source.clone(),
                        label: t.part_screens.option(&answer_label(t, answer, c.at.question), &who),
                    }
                })
                .collect(),
        })
        .collect()
}

/// What the conflicts section says above the fieldsets.
pub fn conflicts_line(t: &'static Texts, count: usize) -> String {
    match count {
        0 => t.part_screens.no_conflicts.to_string(),
        1 => t.part_screens.conflicts_one.to_string(),
        n => t.part_screens.conflicts_many(&n.to_string()),
    }
}

/// The conflicts still without a choice, in order (their question ids).
pub fn undecided<'c>(conflicts: &'c [ConflictView], chosen: &BTreeMap<String, Source>) -> Vec<&'c str> {
    conflicts.iter().filter(|c| !chosen.contains_key(&c.question_id)).map(|c| c.question_id.as_str()).collect()
}

/// Answers that came from a Teilbogen, in questionnaire order, for the report's annex.
pub fn provenance(
    t: &'static Texts,
    lang: Lang,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
) -> Vec<ProvenanceRow> {
    questionnaire
        .questions()
        .filter_map(|at| {
            let answer = assessment.answers.get(&at.question.id).filter(|a| !a.source.is_empty())?;
            Some(ProvenanceRow {
                question: at.question.text.get(lang).to_string(),
                answer: answer_label(t, answer, at.question),
                source: answer.source.clone(),
            })
        })
        .collect()
}

/// The name of a Teilbogen's file: the Kommune, „teilbogen“ and who answers it.
pub fn file_stem(part: &Assessment) -> String {
    format!("{} teilbogen {}", part.profile.name, label_of(part))
}

#[cfg(test)]
mod tests;
