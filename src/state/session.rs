//! The session's logic without signals: what start-up finds in storage, and what a change
//! made in another tab does. Plain functions over the storage layout, so they are tested
//! natively on the in-memory store; `AppState` puts their results into signals.

use crate::domain::assessment::Assessment;
use crate::domain::exchange::Imported;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::versioned::FileError;
use crate::storage::{KeyValue, ReadAssessment, Settings, Store, Unreadable};

use super::{KeptOriginal, Notice};

/// What the app opens with.
#[derive(Debug)]
pub struct Startup {
    pub storage_available: bool,
    /// Most recently changed first.
    pub assessments: Vec<Assessment>,
    /// The assessment open last, if it is still there.
    pub active: Option<String>,
    pub unreadable: Vec<Unreadable>,
    pub originals: Vec<KeptOriginal>,
    pub notices: Vec<Notice>,
    pub settings: Settings,
}

/// Reads the store. Entries of an older format are stored again in the current one (keeping
/// the original where answers were dropped), and the notices say what happened. Without
/// `read` (its code could not be fetched) the entries stay unread and untouched, and a notice
/// says so.
pub fn start<K: KeyValue>(
    store: &Store<K>,
    questionnaire: &Questionnaire,
    read: Option<ReadAssessment>,
    now_ms: u64,
) -> Startup {
    let storage_available = store.available();
    let loaded = store.load(questionnaire, read);
    let mut notices = Vec::new();
    if !storage_available {
        notices.push(Notice::StorageBlocked);
    }
    if !loaded.unreadable.is_empty() {
        notices.push(Notice::Unreadable(loaded.unreadable.len()));
    }
    if loaded.settings_damaged {
        notices.push(Notice::SettingsDamaged);
    }
    if loaded.not_read > 0 {
        notices.push(Notice::StoredNotRead);
    }
    let mut originals = loaded.originals;
    let migrated: Vec<&Imported> = loaded.assessments.iter().filter(|i| !i.migration.is_empty()).collect();
    for original in migrated.iter().filter_map(|imported| store.store_converted(imported, now_ms)) {
        if !originals.contains(&original) {
            originals.push(original);
        }
    }
    if !migrated.is_empty() {
        let dropped = migrated.iter().flat_map(|i| i.migration.changed_answers()).collect();
        notices.push(Notice::Migrated { assessments: migrated.len(), dropped });
    }
    // Originals are only there when `read` is.
    let originals = match read {
        Some(read) => originals.into_iter().map(|o| KeptOriginal::describe(o, questionnaire, read)).collect(),
        None => Vec::new(),
    };
    let assessments: Vec<Assessment> = loaded.assessments.into_iter().map(|i| i.assessment).collect();
    let active = loaded.settings.active.clone().filter(|id| assessments.iter().any(|a| &a.id == id));
    Startup {
        storage_available,
        assessments,
        active,
        unreadable: loaded.unreadable,
        originals,
        notices,
        settings: loaded.settings,
    }
}

/// Applies a change another tab made to assessment `id` (`None`: it was deleted there) to
/// `list`, and returns what to tell the user. The open assessment is never taken away
/// silently: a deletion elsewhere only warns, so its answers stay on screen and can be saved.
pub fn apply_change(
    list: &mut Vec<Assessment>,
    active: Option<&str>,
    id: &str,
    change: Option<Result<Imported, FileError>>,
) -> Option<Notice> {
    let is_active = active == Some(id);
    match change {
        Some(Ok(imported)) => {
            let changed = imported.assessment;
            let name = changed.display_name().to_string();
            list.retain(|a| a.id != changed.id);
            list.insert(0, changed);
            is_active.then_some(Notice::ChangedElsewhere(name))
        }
        // Half-written or damaged: the next reload lists it as unreadable; nothing to do now.
        Some(Err(_)) => None,
        None if is_active => Some(Notice::DeletedElsewhere),
        None => {
            list.retain(|a| a.id != id);
            None
        }
    }
}

#[cfg(test)]
mod tests;
