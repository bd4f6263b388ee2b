//! Reusable view parts.

pub mod chart;
pub mod export;
pub mod file_import;
pub mod layout;
pub mod resources;
pub mod result_charts;
pub mod table;
