//! Reusable view parts.

pub mod chart;
pub mod export;
pub mod file_import;
pub mod history_tables;
pub mod layout;
pub mod pack_builder;
pub mod pack_line;
pub mod part_banner;
pub mod resources;
pub mod result_charts;
pub mod scenario;
pub mod table;
pub mod title;
