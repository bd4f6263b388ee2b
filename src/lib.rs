//! DigiKompass: a self-assessment of digital competence for municipalities, running entirely
//! in the browser. See ARCHITECTURE.md for the map.
//!
//! - [`domain`]: the pure core (questionnaire, answers, scoring, comparison, file formats);
//! - [`content`]: the questionnaire, benchmark pack and operator settings shipped in the app;
//! - [`i18n`]: German and English strings and formatting;
//! - [`storage`], [`web`]: the browser (localStorage, files, focus);
//! - [`app`], [`pages`], [`components`]: the Leptos UI.

pub mod app;
pub mod charts;
pub mod components;
pub mod content;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod storage;
pub mod web;
