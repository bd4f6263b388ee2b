//! The action plan as text: what each measure starts from, its next step, and the CSV export.

use std::collections::BTreeMap;

use crate::domain::action_plan::{Basis, Measure};
use crate::domain::assessment::{MeasureTracking, Open};
use crate::domain::questionnaire::Lang;
use crate::i18n::{self, labels, Texts};

/// Where a measure starts: „Stufe 1: …“ with the level's descriptor, or „weiß nicht“.
pub fn now_text(t: &'static Texts, lang: Lang, m: &Measure) -> String {
    match m.basis {
        Basis::Open(_) => labels::basis(t, m.basis),
        Basis::Level(l) => format!("{}: {}", labels::level_name(t, l), m.at.question.levels.get(lang, l)),
    }
}

/// The next step from the current level; for „weiß nicht“, first clarify.
pub fn step_text(t: &'static Texts, lang: Lang, m: &Measure) -> String {
    let step = m.step.map(|s| s.text(lang)).unwrap_or_default();
    match m.basis {
        Basis::Open(Open::DontKnow) => format!("{} {step}", t.plan.clarify),
        Basis::Open(Open::Provider) => format!("{} {step}", t.plan.clarify_provider),
        Basis::Level(_) => step.to_string(),
    }
}

/// The plan as CSV rows (header first), for a spreadsheet: rank, where, what, now, next step,
/// effort, priority, the tracking fields, and the resource links.
pub fn csv_rows(
    t: &'static Texts,
    lang: Lang,
    plan: &[Measure],
    tracking: &BTreeMap<String, MeasureTracking>,
) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        t.plan.csv_rank.into(),
        t.results.col_dimension.into(),
        t.results.col_category.into(),
        t.plan.csv_id.into(),
        t.common.nav_questions.into(),
        t.plan.now_label.into(),
        t.plan.step_label.into(),
        t.common.effort_label.into(),
        t.plan.priority_label.into(),
        t.plan.owner_label.into(),
        t.plan.due_label.into(),
        t.plan.status_label.into(),
        t.plan.resources_label.into(),
    ]];
    for (i, m) in plan.iter().enumerate() {
        let track = tracking.get(m.question_id()).cloned().unwrap_or_default();
        let links: Vec<&str> =
            m.at.category.resources.iter().chain(&m.at.question.resources).map(|r| r.url.as_str()).collect();
        rows.push(vec![
            (i + 1).to_string(),
            m.at.dimension.title.get(lang).into(),
            m.at.category.title.get(lang).into(),
            m.question_id().into(),
            m.at.question.text.get(lang).into(),
            now_text(t, lang, m),
            step_text(t, lang, m),
            labels::effort(t, m.effort()).into(),
            i18n::decimal(lang, m.priority(), 1),
            track.owner,
            i18n::date(lang, &track.due),
            labels::status(t, track.status).into(),
            links.join(" "),
        ]);
    }
    rows
}

#[cfg(test)]
mod tests;
