//! The reading-time formula on plain text, shared with `build.rs`: the build computes the
//! shipped durations from the questionnaire source, so the start page can promise them without
//! the questionnaire texts (which arrive after it).

pub const WORDS_PER_MINUTE: f64 = 200.0;
pub const SECONDS_TO_DECIDE: f64 = 15.0;
/// The share of help texts read.
pub const HELP_READ: f64 = 0.5;

pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Minutes for one question: its text and five levels read in full, half of its help text,
/// and the time to decide.
pub fn question_minutes<'a>(text: &str, levels: impl IntoIterator<Item = &'a str>, help: &str) -> f64 {
    let read = words(text) + levels.into_iter().map(words).sum::<usize>();
    (read as f64 + words(help) as f64 * HELP_READ) / WORDS_PER_MINUTE + SECONDS_TO_DECIDE / 60.0
}

/// The duration to promise: rounded up to five minutes.
pub fn promise(minutes: f64) -> u32 {
    ((minutes / 5.0).ceil() * 5.0) as u32
}
