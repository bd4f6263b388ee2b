//! „Was wäre, wenn“: the results if the measures chosen on the plan were done.
//!
//! A scenario names questions and how many steps each is lifted (`Assessment::scenario`). The
//! projection is the assessment with those answers lifted, scored by the same rules as the real
//! one — so caps, targets and coverage behave exactly as they would: a lifted critical item
//! frees its dimension only as far as the cap rule allows. Nothing here changes the answers.

use super::assessment::{Answer, Assessment, Counted, Open, Response};
use super::questionnaire::{Effort, Question, Questionnaire, MAX_LEVEL};
use super::scoring::{score, Results};

/// The answer after `steps` steps of its plan: a level `steps` higher (at most 4). „Weiß nicht“
/// starts from 0 (as it scores); a provider's service not assured in writing first becomes
/// assured at the level stated, then rises. „Nicht zutreffend“ and no answer have no step.
pub fn lifted(answer: &Answer, question: &Question, steps: u8) -> Option<Answer> {
    if steps == 0 {
        return None;
    }
    let level = |l: u8| Some(Response::Level { level: l.saturating_add(steps).min(MAX_LEVEL) });
    let mut after = answer.clone();
    match answer.counted(question)? {
        Counted::NotApplicable => return None,
        Counted::Level(l) => after.response = level(l),
        Counted::Open(Open::DontKnow) => after.response = level(0),
        Counted::Open(Open::Provider) => {
            // Getting it in writing is the first step.
            after.response =
                Some(Response::Level { level: stated_level(answer).saturating_add(steps - 1).min(MAX_LEVEL) });
            after.assured = Some(true);
        }
    }
    Some(after)
}

/// How many steps a measure can go in the scenario: until its question reaches level 4 (and at
/// most four, as the file format allows; a provider's service not assured in writing takes one
/// more for getting it in writing).
pub fn max_steps(answer: &Answer, question: &Question) -> u8 {
    let steps = match answer.counted(question) {
        Some(Counted::Level(l)) => MAX_LEVEL - l,
        Some(Counted::Open(Open::DontKnow)) => MAX_LEVEL,
        Some(Counted::Open(Open::Provider)) => MAX_LEVEL - stated_level(answer) + 1,
        Some(Counted::NotApplicable) | None => 0,
    };
    steps.min(MAX_LEVEL)
}

/// The assessment as it would be with the scenario's measures done (the scenario itself kept).
pub fn project(questionnaire: &Questionnaire, assessment: &Assessment) -> Assessment {
    let mut projected = assessment.clone();
    for (id, &steps) in &assessment.scenario {
        let Some(at) = questionnaire.question(id) else { continue };
        if !assessment.profile.scope.includes(at.question) {
            continue;
        }
        if let Some(after) = assessment.answers.get(id).and_then(|a| lifted(a, at.question, steps)) {
            projected.answers.insert(id.clone(), after);
        }
    }
    projected
}

/// The results of [`project`].
pub fn score_projected<'q>(questionnaire: &'q Questionnaire, assessment: &Assessment) -> Results<'q> {
    score(questionnaire, &project(questionnaire, assessment))
}

/// How many steps of the scenario take little, some or much effort (indexed by [`Effort`]):
/// each step with its own effort; clarifying an open answer counts as little, as on the plan.
pub fn effort_counts(questionnaire: &Questionnaire, assessment: &Assessment) -> [usize; 3] {
    let mut counts = [0; 3];
    for (id, &steps) in &assessment.scenario {
        let Some(at) = questionnaire.question(id) else { continue };
        let Some(answer) = assessment.answers.get(id) else { continue };
        // Whether the first step is to clarify, and the level the next step starts from after it
        // (as `lifted`: „weiß nicht“ reaches level 1, a provider's service its stated level).
        let (mut clarify, mut from) = match answer.counted(at.question) {
            Some(Counted::Level(l)) => (false, l),
            Some(Counted::Open(Open::DontKnow)) => (true, 1),
            Some(Counted::Open(Open::Provider)) => (true, stated_level(answer)),
            Some(Counted::NotApplicable) | None => continue,
        };
        for _ in 0..steps {
            if std::mem::take(&mut clarify) {
                counts[Effort::Gering as usize] += 1;
                continue;
            }
            if from >= MAX_LEVEL {
                break;
            }
            counts[at.question.step_from(from).map_or(Effort::Mittel, |s| s.effort) as usize] += 1;
            from += 1;
        }
    }
    counts
}

fn stated_level(answer: &Answer) -> u8 {
    match answer.response {
        Some(Response::Level { level }) => level.min(MAX_LEVEL),
        _ => 0,
    }
}
