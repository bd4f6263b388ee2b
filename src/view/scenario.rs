//! „Was wäre, wenn“ as text: per dimension today's level, the level in the scenario and the
//! target; what happens to the caps; the effort. The projection is `domain::scenario`.

use crate::domain::assessment::{Answer, Assessment, Response};
use crate::domain::questionnaire::{Lang, Question, Questionnaire};
use crate::domain::scenario;
use crate::domain::scoring::{DimensionResult, Results};
use crate::i18n::{self, Texts};
use crate::view::level_or_dash;

#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioRow {
    pub dimension: String,
    pub now: String,
    pub scenario: String,
    pub target: String,
    /// „ja“ or „nein“.
    pub reached: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioView {
    /// „Mit 3 Maßnahmen im Szenario wären 2 von 4 Zielen erreicht (heute 1).“
    pub summary: String,
    pub rows: Vec<ScenarioRow>,
    /// What happens to each capped dimension; `no_caps` where none is capped in either.
    pub caps: Vec<String>,
    pub effort: String,
}

fn reached(d: &DimensionResult) -> bool {
    d.level.is_some_and(|l| l + 1e-9 >= d.target)
}

/// The scenario of `assessment`, with `now` its results and `then` the projected ones; `None`
/// while the scenario is empty.
pub fn scenario(
    t: &'static Texts,
    lang: Lang,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    now: &Results,
    then: Option<&Results>,
) -> Option<ScenarioView> {
    let then = then.filter(|_| !assessment.scenario.is_empty())?;
    let s = &t.scenario;
    let pairs: Vec<(&DimensionResult, &DimensionResult)> = now.dimensions.iter().zip(&then.dimensions).collect();
    let rows = pairs
        .iter()
        .map(|(n, p)| ScenarioRow {
            dimension: n.dimension.title.get(lang).to_string(),
            now: level_or_dash(lang, n.level),
            scenario: level_or_dash(lang, p.level),
            target: i18n::level(lang, p.target),
            reached: if reached(p) { s.reached_yes } else { s.reached_no },
        })
        .collect();
    let reached_now = pairs.iter().filter(|(n, _)| reached(n)).count().to_string();
    let reached_then = pairs.iter().filter(|(_, p)| reached(p)).count().to_string();
    let total = pairs.len().to_string();
    let summary = match assessment.scenario.len() {
        1 => s.summary_one(&reached_then, &reached_now, &total),
        n => s.summary(&n.to_string(), &reached_then, &reached_now, &total),
    };
    let mut caps = Vec::new();
    for (n, p) in &pairs {
        let title = n.dimension.title.get(lang);
        match (&n.capped_by, &p.capped_by) {
            (Some(_), None) => caps.push(s.cap_freed(title)),
            (Some(before), Some(cap)) if cap.limit > before.limit => caps.push(s.cap_raised(
                title,
                &i18n::level(lang, cap.limit),
                &i18n::level(lang, before.limit),
                cap.question.text.get(lang),
            )),
            (Some(_), Some(cap)) => {
                caps.push(s.cap_remains(title, &i18n::level(lang, cap.limit), cap.question.text.get(lang)))
            }
            (None, Some(cap)) => {
                caps.push(s.cap_new(title, &i18n::level(lang, cap.limit), cap.question.text.get(lang)))
            }
            (None, None) => {}
        }
    }
    if caps.is_empty() {
        caps.push(s.no_caps.to_string());
    }
    let [low, medium, high] = scenario::effort_counts(questionnaire, assessment);
    let effort = s.effort(&low.to_string(), &medium.to_string(), &high.to_string());
    Some(ScenarioView { summary, rows, caps, effort })
}

/// How far a measure can go in the scenario: one choice per number of steps, saying the level
/// it reaches („2 Schritte, bis Stufe 3“).
pub fn step_choices(t: &'static Texts, answer: &Answer, question: &Question) -> Vec<(u8, String)> {
    (1..=scenario::max_steps(answer, question))
        .filter_map(|steps| {
            let Some(Response::Level { level }) = scenario::lifted(answer, question, steps)?.response else {
                return None;
            };
            let level = level.to_string();
            Some((
                steps,
                match steps {
                    1 => t.scenario.steps_one(&level),
                    n => t.scenario.steps_many(&n.to_string(), &level),
                },
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests;
