//! DigiKompass: a self-assessment of digital competence for municipalities, running entirely
//! in the browser. See ARCHITECTURE.md for the map.

pub mod content;
pub mod domain;
