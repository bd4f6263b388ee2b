//! DigiKompass: a self-assessment of digital competence for municipalities, running entirely
//! in the browser. See ARCHITECTURE.md for the map.
//!
//! The pure core (questionnaire, scoring, comparison, file formats, charts, texts, shipped
//! content) is its own crate, `digikompass-core`; it is re-exported here under its module names.
//! This crate is the browser around it:
//! - [`storage`], [`web`]: the browser (localStorage, files, focus);
//! - [`state`]: the shared state below the pages (signals, memos, named mutations);
//! - [`app`], [`pages`], [`components`]: the Leptos UI.

pub use digikompass_core::{charts, content, domain, i18n};

pub mod app;
pub mod components;
pub mod pages;
pub mod state;
pub mod storage;
pub mod view;
pub mod web;
