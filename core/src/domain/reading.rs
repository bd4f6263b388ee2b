//! How long a check takes, so that the Methodik promises what a user will find.
//!
//! Measured, not guessed: the German words a user reads at each question (the question and
//! its five levels in full, the help text half the time), at 200 words per minute — careful
//! silent reading of factual text; Brysbaert (2019, Journal of Memory and Language 109) found
//! 238 for English non-fiction, and German words are longer — plus 15 seconds to decide.

use super::assessment::Scope;
use super::questionnaire::Questionnaire;

pub const WORDS_PER_MINUTE: f64 = 200.0;
pub const SECONDS_TO_DECIDE: f64 = 15.0;
/// The share of help texts read.
pub const HELP_READ: f64 = 0.5;

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Minutes to work through the questions in `scope`, not rounded.
pub fn minutes(questionnaire: &Questionnaire, scope: Scope) -> f64 {
    questionnaire
        .questions()
        .filter(|at| scope.includes(at.question))
        .map(|at| {
            let q = at.question;
            let read = words(&q.text.de) + q.levels.de.iter().map(|l| words(l)).sum::<usize>();
            let help = words(&q.help.de) as f64 * HELP_READ;
            (read as f64 + help) / WORDS_PER_MINUTE + SECONDS_TO_DECIDE / 60.0
        })
        .sum()
}

/// The duration to promise: rounded up to five minutes.
pub fn promised_minutes(questionnaire: &Questionnaire, scope: Scope) -> u32 {
    ((minutes(questionnaire, scope) / 5.0).ceil() * 5.0) as u32
}
