//! The pure core of DigiKompass. See ARCHITECTURE.md for the map.
//!
//! - [`domain`]: questionnaire, answers, scoring, comparison, file formats;
//! - [`charts`]: the charts as SVG strings;
//! - [`i18n`]: German and English strings and formatting;
//! - [`content`]: the questionnaire, benchmark pack and operator settings shipped in the app.
//!
//! This crate has no browser dependency (its Cargo.toml is the proof): everything here is
//! tested natively with `cargo test`.

// The one exception, with its reasoning, is `from_texts` in `i18n` (see `texts!`).
#![deny(unsafe_code)]

pub mod charts;
pub mod content;
pub mod domain;
pub mod i18n;
