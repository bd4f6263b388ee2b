//! DigiKompass: a self-assessment of digital competence for municipalities, running entirely
//! in the browser. See ARCHITECTURE.md for the map.
//!
//! - [`domain`]: the pure core (questionnaire, answers, scoring, comparison, file formats);
//! - [`content`]: the questionnaire, benchmark pack and operator settings shipped in the app;
//! - [`i18n`]: German and English strings and formatting;
//! - [`storage`], [`web`]: the browser (localStorage, files, focus);
//! - [`app`], [`pages`], [`components`]: the Leptos UI.

pub mod charts;
pub mod content;
pub mod domain;
pub mod i18n;

#[cfg(feature = "ui")]
pub mod app;
#[cfg(feature = "ui")]
pub mod components;
#[cfg(feature = "ui")]
pub mod pages;
#[cfg(feature = "ui")]
pub mod storage;
#[cfg(feature = "ui")]
pub mod web;
