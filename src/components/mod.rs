//! Reusable view parts.

pub mod export;
pub mod file_import;
pub mod layout;
pub mod resources;
