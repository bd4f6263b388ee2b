//! Browser storage: the only module that knows the persisted layout.
//!
//! The layout is written against the small [`KeyValue`] trait: [`LocalStore`] is the browser's
//! `localStorage`, [`MemoryStore`] the in-memory fallback and the native tests' store.
//!
//! Layout (everything under the prefix `digikompass.`):
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

mod key_value;
mod local;

use serde::{Deserialize, Serialize};

use crate::domain::assessment::Assessment;
use crate::domain::exchange::{self, Imported};
use crate::domain::questionnaire::{Lang, Questionnaire};
use crate::domain::versioned::FileError;

pub use key_value::{KeyValue, MemoryStore, SaveError};
pub use local::LocalStore;

pub const PREFIX: &str = "digikompass.";
const ASSESSMENT_PREFIX: &str = "digikompass.assessment.";
/// The stored text of an assessment as it was before a conversion that dropped answers.
const ORIGINAL_PREFIX: &str = "digikompass.original.";
pub const SETTINGS_KEY: &str = "digikompass.settings";
pub const PACK_KEY: &str = "digikompass.pack";
/// Written and removed at start-up to learn whether storage can be written.
pub const PROBE_KEY: &str = "digikompass.probe";

/// The keys this app writes, for the privacy page: `placeholder` stands for an assessment's id.
pub fn assessment_key_pattern(placeholder: &str) -> String {
    format!("{ASSESSMENT_PREFIX}<{placeholder}>")
}

/// See [`assessment_key_pattern`].
pub fn original_key_pattern(placeholder: &str) -> String {
    format!("{ORIGINAL_PREFIX}<{placeholder}>")
}

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

/// An entry under our prefix that could not be read. Kept untouched until the user decides.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub error: FileError,
}

/// An assessment's stored text from before a conversion that could not carry over every
/// answer. Kept until the user has saved it as a file or deleted it.
#[derive(Clone, Debug, PartialEq)]
pub struct Original {
    pub key: String,
    pub raw: String,
}

/// Reads an assessment file ([`exchange::import`]). Handed in rather than called, because the
/// app fetches its code only when there is something to read (see `state::reader`).
pub type ReadAssessment = fn(&str, &Questionnaire) -> Result<Imported, FileError>;

#[derive(Debug)]
pub struct Loaded {
    pub assessments: Vec<Imported>,
    /// Originals kept by earlier conversions.
    pub originals: Vec<Original>,
    pub unreadable: Vec<Unreadable>,
    /// The settings entry existed but could not be read (it is then replaced on the next save).
    pub settings_damaged: bool,
    pub settings: Settings,
    /// Stored assessments and originals left unread, because no reader was at hand; they are
    /// neither listed nor changed.
    pub not_read: usize,
}

/// What a change to a key (seen in a `storage` event from another tab) is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangedKey<'a> {
    Assessment(&'a str),
    /// Settings, pack, originals, or a key of another application: nothing to follow.
    Other,
}

pub fn changed_key(key: &str) -> ChangedKey<'_> {
    match key.strip_prefix(ASSESSMENT_PREFIX) {
        Some(id) if !id.is_empty() => ChangedKey::Assessment(id),
        _ => ChangedKey::Other,
    }
}

fn is_entry(key: &str) -> bool {
    key.starts_with(ASSESSMENT_PREFIX) || key.starts_with(ORIGINAL_PREFIX)
}

pub fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// The persisted layout on a key-value store. Keys of other applications are never read,
/// changed or deleted.
#[derive(Clone, Copy, Debug, Default)]
pub struct Store<K> {
    kv: K,
}

impl<K: KeyValue> Store<K> {
    pub fn new(kv: K) -> Store<K> {
        Store { kv }
    }

    pub fn available(&self) -> bool {
        self.kv.available()
    }

    /// Whether there are stored assessments or originals, which only a reader can load.
    pub fn has_entries(&self) -> bool {
        self.kv.keys().iter().any(|key| is_entry(key))
    }

    /// Reads everything of ours. Never fails: what cannot be read is listed, not dropped.
    /// Without `read`, only the settings: the entries are counted and left alone.
    pub fn load(&self, questionnaire: &Questionnaire, read: Option<ReadAssessment>) -> Loaded {
        let mut loaded = Loaded {
            assessments: Vec::new(),
            originals: Vec::new(),
            unreadable: Vec::new(),
            settings_damaged: false,
            settings: Settings::default(),
            not_read: 0,
        };
        for key in self.kv.keys() {
            if !is_entry(&key) {
                continue;
            }
            let Some(read) = read else {
                loaded.not_read += 1;
                continue;
            };
            let is_original = key.starts_with(ORIGINAL_PREFIX);
            let Some(text) = self.kv.get(&key) else { continue };
            if is_original {
                loaded.originals.push(Original { key, raw: text });
                continue;
            }
            match read(&text, questionnaire) {
                Ok(imported) if assessment_key(&imported.assessment.id) == key => loaded.assessments.push(imported),
                Ok(_) => loaded.unreadable.push(Unreadable { key, raw: text, error: FileError::field("id") }),
                Err(error) => loaded.unreadable.push(Unreadable { key, raw: text, error }),
            }
        }
        loaded.assessments.sort_by_key(|i| std::cmp::Reverse(i.assessment.updated_ms));
        loaded.originals.sort_by(|a, b| a.key.cmp(&b.key));
        match self.settings() {
            Some(Ok(settings)) => loaded.settings = settings,
            Some(Err(())) => loaded.settings_damaged = true,
            None => {}
        }
        loaded
    }

    /// The stored settings: none yet, readable, or damaged.
    fn settings(&self) -> Option<Result<Settings, ()>> {
        self.kv.get(SETTINGS_KEY).map(|text| serde_json::from_str(&text).map_err(drop))
    }

    pub fn save_assessment(&self, assessment: &Assessment) -> Result<(), SaveError> {
        self.kv.set(&assessment_key(&assessment.id), &exchange::export(assessment))
    }

    /// The stored text of one assessment, to compare with a change seen in another tab.
    pub fn stored_assessment(&self, id: &str) -> Option<String> {
        self.kv.get(&assessment_key(id))
    }

    /// Removes one of our entries (an original, an unreadable entry); other keys stay.
    pub fn delete_key(&self, key: &str) {
        if key.starts_with(PREFIX) {
            self.kv.remove(key);
        }
    }

    pub fn delete_assessment(&self, id: &str) {
        self.kv.remove(&assessment_key(id));
    }

    /// Stores an entry that was converted while reading in its new form. Where the conversion
    /// dropped answers, the stored text is first kept as an original (returned); if that cannot
    /// be done, the entry is left as it was, so its only copy is never replaced.
    pub fn store_converted(&self, imported: &Imported, now_ms: u64) -> Option<Original> {
        let id = &imported.assessment.id;
        let mut kept = None;
        if !imported.migration.changed_answers().is_empty() {
            kept = Some(self.stored_assessment(id).and_then(|text| self.keep_original(id, &text, now_ms).ok())?);
        }
        let _ = self.save_assessment(&imported.assessment);
        kept
    }

    /// Keeps the text of an assessment from before a conversion that dropped answers, under its
    /// own key (never overwriting an original kept earlier).
    fn keep_original(&self, id: &str, text: &str, now_ms: u64) -> Result<Original, SaveError> {
        let mut key = format!("{ORIGINAL_PREFIX}{id}");
        match self.kv.get(&key) {
            Some(earlier) if earlier == text => return Ok(Original { key, raw: earlier }),
            // Converted again later: keep the first original as well.
            Some(_) => key = format!("{key}.{now_ms}"),
            None => {}
        }
        self.kv.set(&key, text)?;
        Ok(Original { key, raw: text.to_string() })
    }

    /// The language chosen last, read alone: before the app starts, to fetch its texts first.
    pub fn stored_lang(&self) -> Option<Lang> {
        self.settings()?.ok()?.lang
    }

    pub fn save_settings(&self, settings: &Settings) -> Result<(), SaveError> {
        self.kv.set(SETTINGS_KEY, &serde_json::to_string(settings).unwrap_or_default())
    }

    pub fn load_pack(&self) -> Option<String> {
        self.kv.get(PACK_KEY)
    }

    pub fn save_pack(&self, json: Option<&str>) -> Result<(), SaveError> {
        match json {
            Some(json) => self.kv.set(PACK_KEY, json),
            None => {
                self.kv.remove(PACK_KEY);
                Ok(())
            }
        }
    }

    /// „Alle Daten löschen“: removes every key of ours, nothing else.
    pub fn clear_all(&self) {
        for key in self.kv.keys().into_iter().filter(|k| k.starts_with(PREFIX)) {
            self.kv.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests;
