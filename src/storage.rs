//! Browser storage: the only module that knows the persisted layout.
//!
//! Layout in localStorage (everything under the prefix `digikompass.`):
//! - `digikompass.assessment.<id>`: one assessment each, as an assessment file
//!   ([`crate::domain::exchange`], versioned), so one damaged entry never takes others with it;
//! - `digikompass.settings`: language, the open assessment, the chosen peer group;
//! - `digikompass.pack`: a benchmark pack the user loaded (the default pack is built in);
//! - `digikompass.original.<id>`: an assessment's text from before a conversion to a newer
//!   format or questionnaire that could not carry over every answer, until the user saves it
//!   as a file or deletes it (nothing is lost silently).
//!
//! Keys of other applications are never read, changed or deleted. Storage may be blocked
//! (locked-down browsers) or full: every call reports that instead of panicking, and the app
//! keeps working in memory.

use gloo_storage::{LocalStorage, Storage as _};
use serde::{Deserialize, Serialize};

use crate::domain::assessment::Assessment;
use crate::domain::exchange::{self, ImportError, Imported};
use crate::domain::questionnaire::{Lang, Questionnaire};

pub const PREFIX: &str = "digikompass.";
const ASSESSMENT_PREFIX: &str = "digikompass.assessment.";
/// The stored text of an assessment as it was before a conversion that dropped answers.
const ORIGINAL_PREFIX: &str = "digikompass.original.";
const SETTINGS_KEY: &str = "digikompass.settings";
const PACK_KEY: &str = "digikompass.pack";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Option<Lang>,
    /// The assessment that was open last.
    pub active: Option<String>,
    /// Peer group key chosen on the Vergleichsdaten page.
    pub peer_group: Option<String>,
    /// The earlier assessment chosen for „Verlauf“.
    pub history: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is blocked by the browser or its settings.
    Unavailable,
    /// `QuotaExceededError`: storage is full.
    Full,
    Other(String),
}

/// An entry under our prefix that could not be read. Kept untouched until the user decides.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub error: ImportError,
}

/// An assessment's stored text from before a conversion that could not carry over every
/// answer. Kept until the user has saved it as a file or deleted it.
#[derive(Clone, Debug, PartialEq)]
pub struct Original {
    pub key: String,
    pub raw: String,
}

pub struct Loaded {
    pub assessments: Vec<Imported>,
    /// Originals kept by earlier conversions.
    pub originals: Vec<Original>,
    pub unreadable: Vec<Unreadable>,
    /// The settings entry existed but could not be read (it is then replaced on the next save).
    pub settings_damaged: bool,
    pub settings: Settings,
}

fn raw() -> Option<web_sys::Storage> {
    // gloo's `LocalStorage::raw()` panics when storage is blocked, so ask the window directly.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether localStorage can be used at all (it can be blocked or throw on access).
pub fn available() -> bool {
    let Some(storage) = raw() else { return false };
    let probe = "digikompass.probe";
    let ok = storage.set_item(probe, "1").is_ok();
    let _ = storage.remove_item(probe);
    // A full storage refuses the probe too, but it can still be read: count it as available.
    ok || storage.length().is_ok()
}

fn keys(storage: &web_sys::Storage) -> Vec<String> {
    let n = storage.length().unwrap_or(0);
    (0..n).filter_map(|i| storage.key(i).ok().flatten()).collect()
}

pub fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// Reads everything of ours. Never fails: what cannot be read is listed, not dropped.
pub fn load(questionnaire: &Questionnaire) -> Loaded {
    let mut loaded = Loaded {
        assessments: Vec::new(),
        originals: Vec::new(),
        unreadable: Vec::new(),
        settings_damaged: false,
        settings: Settings::default(),
    };
    let Some(storage) = raw() else { return loaded };
    for key in keys(&storage) {
        let is_original = key.starts_with(ORIGINAL_PREFIX);
        if !key.starts_with(ASSESSMENT_PREFIX) && !is_original {
            continue;
        }
        let Ok(Some(text)) = storage.get_item(&key) else {
            continue;
        };
        if is_original {
            loaded.originals.push(Original { key, raw: text });
            continue;
        }
        match exchange::import(&text, questionnaire) {
            Ok(imported) if assessment_key(&imported.assessment.id) == key => loaded.assessments.push(imported),
            Ok(_) => loaded.unreadable.push(Unreadable {
                key,
                raw: text,
                error: ImportError::Invalid("id does not match the storage key".into()),
            }),
            Err(error) => loaded.unreadable.push(Unreadable { key, raw: text, error }),
        }
    }
    loaded.assessments.sort_by_key(|i| std::cmp::Reverse(i.assessment.updated_ms));
    match LocalStorage::get::<Settings>(SETTINGS_KEY) {
        Ok(settings) => loaded.settings = settings,
        Err(gloo_storage::errors::StorageError::KeyNotFound(_)) => {}
        Err(_) => loaded.settings_damaged = true,
    }
    loaded
}

fn save_error(e: wasm_bindgen::JsValue) -> SaveError {
    let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        SaveError::Full
    } else {
        SaveError::Other(name)
    }
}

fn set(key: &str, value: &str) -> Result<(), SaveError> {
    let storage = raw().ok_or(SaveError::Unavailable)?;
    storage.set_item(key, value).map_err(save_error)
}

pub fn save_assessment(assessment: &Assessment) -> Result<(), SaveError> {
    set(&assessment_key(&assessment.id), &exchange::export(assessment))
}

/// The stored text of one assessment, to compare with a change seen in another tab.
pub fn stored_assessment(id: &str) -> Option<String> {
    raw()?.get_item(&assessment_key(id)).ok().flatten()
}

pub fn delete_key(key: &str) {
    if key.starts_with(PREFIX) {
        if let Some(storage) = raw() {
            let _ = storage.remove_item(key);
        }
    }
}

pub fn delete_assessment(id: &str) {
    delete_key(&assessment_key(id));
}

/// Stores an entry that was converted while reading in its new form. Where the conversion
/// dropped answers, the stored text is first kept as an original (returned); if that cannot
/// be done, the entry is left as it was, so its only copy is never replaced.
pub fn store_converted(imported: &Imported) -> Option<Original> {
    let id = &imported.assessment.id;
    let mut kept = None;
    if !imported.migration.dropped.is_empty() {
        kept = Some(stored_assessment(id).and_then(|text| keep_original(id, &text).ok())?);
    }
    let _ = save_assessment(&imported.assessment);
    kept
}

/// Keeps the text of an assessment from before a conversion that dropped answers, under its
/// own key (never overwriting an original kept earlier).
fn keep_original(id: &str, text: &str) -> Result<Original, SaveError> {
    let storage = raw().ok_or(SaveError::Unavailable)?;
    let mut key = format!("{ORIGINAL_PREFIX}{id}");
    match storage.get_item(&key) {
        Ok(Some(earlier)) if earlier == text => return Ok(Original { key, raw: earlier }),
        // Converted again later: keep the first original as well.
        Ok(Some(_)) => key = format!("{key}.{}", crate::web::now_ms()),
        _ => {}
    }
    set(&key, text)?;
    Ok(Original { key, raw: text.to_string() })
}

pub fn save_settings(settings: &Settings) -> Result<(), SaveError> {
    set(SETTINGS_KEY, &serde_json::to_string(settings).unwrap_or_default())
}

pub fn load_pack() -> Option<String> {
    raw()?.get_item(PACK_KEY).ok().flatten()
}

pub fn save_pack(json: Option<&str>) -> Result<(), SaveError> {
    match json {
        Some(json) => set(PACK_KEY, json),
        None => {
            delete_key(PACK_KEY);
            Ok(())
        }
    }
}

/// „Alle Daten löschen“: removes every key of ours, nothing else.
pub fn clear_all() {
    let Some(storage) = raw() else { return };
    for key in keys(&storage) {
        if key.starts_with(PREFIX) {
            let _ = storage.remove_item(&key);
        }
    }
}
