//! The report as text: the „Auf einen Blick“ page a council reads first, and the action plan as
//! entries laid out for paper (one block per measure, its fields side by side).

use std::collections::BTreeMap;

use crate::domain::action_plan::Measure;
use crate::domain::assessment::{Assessment, Counted, MeasureTracking};
use crate::domain::questionnaire::{Dimension, Lang};
use crate::domain::scoring::Results;
use crate::i18n::{self, labels, Texts};
use crate::view::plan::step_text;

/// What „Auf einen Blick“ says besides its chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Glance {
    /// „Cybersicherheit: Begrenzt auf 1,0 durch den kritischen Punkt …“, one per capped dimension.
    pub capped: Vec<String>,
    /// The plan's first three: what and how much effort (the next step is in the plan).
    pub top: Vec<TopMeasure>,
    /// „105 von 109 Fragen … beantwortet (96 %).“
    pub coverage: String,
    /// What is still open: to clarify, not answered, or that nothing is.
    pub open: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TopMeasure {
    pub question: String,
    /// „Aufwand: gering“.
    pub effort: String,
}

/// How many measures „Auf einen Blick“ names.
const TOP: usize = 3;

pub fn glance(t: &'static Texts, lang: Lang, results: Option<&Results>, plan: &[Measure]) -> Glance {
    let Some(results) = results else { return Glance::default() };
    let capped = results
        .dimensions
        .iter()
        .filter_map(|d| {
            let cap = d.capped_by.as_ref()?;
            Some(format!(
                "{}: {}",
                d.dimension.title.get(lang),
                t.results.capped(&cap.level.to_string(), &i18n::level(lang, cap.limit), cap.question.text.get(lang))
            ))
        })
        .collect();
    let top = plan
        .iter()
        .take(TOP)
        .map(|m| TopMeasure {
            question: m.at.question.text.get(lang).to_string(),
            effort: format!("{}: {}", t.common.effort_label, labels::effort(t, m.effort())),
        })
        .collect();
    let c = results.coverage;
    let coverage = t.results.coverage_text(
        &c.covered().to_string(),
        &i18n::percent(lang, c.ratio() * 100.0),
        &c.in_scope.to_string(),
    );
    let unanswered = c.in_scope.saturating_sub(c.answered);
    let mut open = Vec::new();
    match c.open {
        0 => {}
        1 => open.push(t.report.glance_open_one.to_string()),
        n => open.push(t.report.glance_open(&n.to_string())),
    }
    match unanswered {
        0 => {}
        1 => open.push(t.report.glance_unanswered_one.to_string()),
        n => open.push(t.report.glance_unanswered(&n.to_string())),
    }
    if open.is_empty() {
        open.push(t.report.glance_nothing_open.to_string());
    }
    Glance { capped, top, coverage, open }
}

/// Below this level a critical question is a notable answer („Kritische Punkte unter Stufe 3“).
const NOTABLE_BELOW: u8 = 3;

/// A dimension's notable answers in the report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notable {
    /// Critical questions answered below level 3: (question, answer).
    pub critical_low: Vec<(String, String)>,
    /// Questions still to clarify („weiß nicht“, or the provider's assurance is missing).
    pub open: Vec<String>,
}

/// The notable answers of `dimension` in `a`, in questionnaire order, within the assessment's scope.
pub fn notable(t: &'static Texts, lang: Lang, dimension: &Dimension, a: &Assessment) -> Notable {
    let scope = a.profile.scope;
    let questions = || dimension.categories.iter().flat_map(|c| &c.questions).filter(move |q| scope.includes(q));
    Notable {
        critical_low: questions()
            .filter(|q| q.critical)
            .filter_map(|q| {
                let answer = a.answers.get(&q.id)?;
                (answer.counted(q)?.scored_level()? < NOTABLE_BELOW)
                    .then(|| (q.text.get(lang).to_string(), labels::answer(t, answer, q)))
            })
            .collect(),
        open: questions()
            .filter(|q| matches!(a.counted(q), Some(Counted::Open(_))))
            .map(|q| q.text.get(lang).to_string())
            .collect(),
    }
}

/// The printed pages' running header, as a CSS string for `content`: „Druckstadt,
/// Selbsteinschätzung vom 02.12.2026 (Vollständiger Check)“.
pub fn running_header(t: &'static Texts, lang: Lang, a: &Assessment) -> String {
    let text = t.results.for_kommune(&i18n::date(lang, &a.date), a.display_name(), labels::scope(t, a.profile.scope));
    let escaped: String = text
        .chars()
        .flat_map(|c| match c {
            '"' | '\\' => vec!['\\', c],
            c if c.is_control() => vec![' '],
            c => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}

/// A measure of the printed plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanEntry {
    pub rank: usize,
    pub question: String,
    /// „Cybersicherheit · Stufe 1“: where it belongs and where it starts.
    pub context: String,
    pub step: String,
    /// Effort, owner, due date and status, each with its label; „–“ where nothing is set.
    pub fields: [(&'static str, String); 4],
}

pub fn plan_entries(
    t: &'static Texts,
    lang: Lang,
    plan: &[Measure],
    tracking: &BTreeMap<String, MeasureTracking>,
    limit: usize,
) -> Vec<PlanEntry> {
    let or_dash = |s: String| if s.trim().is_empty() { "–".to_string() } else { s };
    plan.iter()
        .take(limit)
        .enumerate()
        .map(|(i, m)| {
            let track = tracking.get(m.question_id()).cloned().unwrap_or_default();
            PlanEntry {
                rank: i + 1,
                question: m.at.question.text.get(lang).to_string(),
                context: format!("{} · {}", m.at.dimension.title.get(lang), labels::basis(t, m.basis)),
                step: step_text(t, lang, m),
                fields: [
                    (t.common.effort_label, labels::effort(t, m.effort()).to_string()),
                    (t.plan.owner_label, or_dash(track.owner)),
                    (t.plan.due_label, or_dash(i18n::date(lang, &track.due))),
                    (t.plan.status_label, labels::status(t, track.status).to_string()),
                ],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
