//! The head shared by every file DigiKompass reads: `{"format": …, "format_version": n,
//! "questionnaire_id": …, "questionnaire_version": …}`. Reading it first decides how to read
//! the rest, and lets each parser say precisely why a file does not fit.

use serde::Deserialize;

/// What the head says, once it names the expected format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub version: Option<u64>,
    /// `questionnaire_id` and `questionnaire_version`, where the format carries them at the top.
    pub questionnaire: Option<(String, u32)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeadError {
    NotJson(String),
    /// Valid JSON, but another kind of file (or no object at all).
    WrongFormat,
}

#[derive(Deserialize)]
struct RawHead {
    format: Option<String>,
    format_version: Option<u64>,
    questionnaire_id: Option<String>,
    questionnaire_version: Option<u64>,
}

/// Reads only the head of `text` (other fields are skipped), expecting `format`.
/// A leading byte order mark is ignored.
pub fn read_head(text: &str, format: &str) -> Result<Head, HeadError> {
    let raw: RawHead = serde_json::from_str(strip_bom(text)).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => HeadError::WrongFormat,
        _ => HeadError::NotJson(e.to_string()),
    })?;
    if raw.format.as_deref() != Some(format) {
        return Err(HeadError::WrongFormat);
    }
    let questionnaire = raw.questionnaire_id.zip(raw.questionnaire_version).map(|(id, v)| (id, saturate(v)));
    Ok(Head { version: raw.format_version, questionnaire })
}

pub fn strip_bom(text: &str) -> &str {
    text.trim_start_matches('\u{feff}')
}

/// A version number from a file, as u32 (larger values become u32::MAX: still "newer").
pub fn saturate(v: u64) -> u32 {
    v.min(u64::from(u32::MAX)) as u32
}
