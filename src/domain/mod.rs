//! The domain core: pure Rust, no browser types, tested natively.
//!
//! Data flows one way: [`questionnaire`] + [`assessment`] → [`scoring`] → [`action_plan`] and
//! the comparison in [`benchmark`]; [`exchange`] reads and writes assessment files.

pub mod action_plan;
pub mod assessment;
pub mod benchmark;
pub mod comparison;
pub mod csv;
pub mod exchange;
pub mod history;
pub mod kommune;
pub mod questionnaire;
pub mod scoring;
