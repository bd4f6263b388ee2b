//! The domain core: pure Rust, no browser types, tested natively.
//!
//! Data flows one way: [`questionnaire`] + [`assessment`] → [`scoring`] → [`action_plan`] and
//! the comparison in [`benchmark`]; [`exchange`] reads and writes assessment files.
//! [`scenario`] projects the results if chosen measures were done. [`contribution`] is the scores-only file a Kommune shares; [`aggregate`] turns many of them
//! into a benchmark pack; [`synthetic`] simulates Kommunen for the shipped example pack.

pub mod action_plan;
pub mod aggregate;
pub mod assessment;
pub mod benchmark;
pub mod comparison;
pub mod contribution;
pub mod csv;
pub mod district;
pub mod exchange;
pub mod figures;
pub mod history;
pub mod kommune;
pub mod parts;
pub mod questionnaire;
pub mod reading;
pub mod scenario;
pub mod scoring;
pub mod synthetic;
pub mod versioned;
