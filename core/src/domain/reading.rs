//! How long a check takes, so that the Methodik promises what a user will find.
//!
//! Measured, not guessed: the German words a user reads at each question (the question and
//! its five levels in full, the help text half the time), at 200 words per minute — careful
//! silent reading of factual text; Brysbaert (2019, Journal of Memory and Language 109) found
//! 238 for English non-fiction, and German words are longer — plus 15 seconds to decide.

use super::assessment::Scope;
use super::questionnaire::Questionnaire;

mod formula;

pub use formula::{HELP_READ, SECONDS_TO_DECIDE, WORDS_PER_MINUTE};

/// Minutes to work through the questions in `scope`, not rounded.
pub fn minutes(questionnaire: &Questionnaire, scope: Scope) -> f64 {
    questionnaire
        .questions()
        .filter(|at| scope.includes(at.question))
        .map(|at| {
            let q = at.question;
            formula::question_minutes(&q.text.de, q.levels.de.iter().map(String::as_str), &q.help.de)
        })
        .sum()
}

/// The duration to promise: rounded up to five minutes.
pub fn promised_minutes(questionnaire: &Questionnaire, scope: Scope) -> u32 {
    formula::promise(minutes(questionnaire, scope))
}
