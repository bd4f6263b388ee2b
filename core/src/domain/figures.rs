//! The precision of the figures in files.
//!
//! Every fractional number DigiKompass writes has at most two decimals: levels, coverage and
//! the statistics of a benchmark pack go through [`round2`], targets are half steps
//! ([`crate::domain::assessment::parse_target`]). More digits say nothing more about digital
//! maturity, and the limit has a second purpose: numbers with up to 15 significant digits are
//! read back bit for bit by serde_json's plain float reader, so the app does without its
//! `float_roundtrip` reader and that reader's tables (8 KB brotli on the first download).
//! A file written elsewhere with more digits is still read (at most a few units in the last
//! place off) and its figures rounded to two decimals, so that what the app reads it writes back
//! as read (contribution files, assessment files' targets). `tests/domain/figures.rs` checks the
//! round trip for every value the app can write.

/// Rounds to two decimals: the precision of every level, share and statistic in a file.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
