//! Start-up and changes from other tabs, on the in-memory store.

use super::*;
use crate::content;
use crate::domain::assessment::Response;
use crate::domain::exchange;
use crate::storage::{assessment_key, MemoryStore, SETTINGS_KEY};

fn assessment(id: &str, name: &str, updated_ms: u64) -> Assessment {
    let mut a = Assessment::new(id.into(), content::questionnaire(), "2026-11-25".into());
    a.profile.name = name.into();
    a.updated_ms = updated_ms;
    a
}

fn imported(a: &Assessment) -> Option<Result<Imported, FileError>> {
    Some(exchange::import(&exchange::export(a), content::questionnaire()))
}

#[test]
fn an_empty_store_starts_an_empty_session_without_notices() {
    let kv = MemoryStore::new();
    let start = start(&Store::new(&kv), content::questionnaire(), Some(exchange::import), 1);
    assert!(start.storage_available);
    assert!(start.assessments.is_empty() && start.notices.is_empty() && start.active.is_none());
}

#[test]
fn without_a_reader_stored_assessments_stay_unread_and_a_notice_says_so() {
    let kv = MemoryStore::new();
    let store = Store::new(&kv);
    store.save_assessment(&assessment("a", "Altdorf", 1)).unwrap();
    store.save_settings(&Settings { active: Some("a".into()), ..Settings::default() }).unwrap();
    let start = start(&store, content::questionnaire(), None, 1);
    assert_eq!(start.notices, [Notice::StoredNotRead]);
    assert!(start.assessments.is_empty() && start.originals.is_empty() && start.active.is_none());
    assert!(store.stored_assessment("a").is_some(), "left as it was");
}

#[test]
fn blocked_storage_says_so_and_the_session_works_in_memory() {
    let kv = MemoryStore::blocked();
    let start = start(&Store::new(&kv), content::questionnaire(), Some(exchange::import), 1);
    assert!(!start.storage_available);
    assert_eq!(start.notices, [Notice::StorageBlocked]);
}

#[test]
fn the_assessment_open_last_is_opened_again_if_it_is_still_there() {
    let kv = MemoryStore::new();
    let store = Store::new(&kv);
    store.save_assessment(&assessment("a", "Altdorf", 1)).unwrap();
    kv.set(SETTINGS_KEY, r#"{"active":"a"}"#).unwrap();
    assert_eq!(start(&store, content::questionnaire(), Some(exchange::import), 1).active.as_deref(), Some("a"));
    kv.set(SETTINGS_KEY, r#"{"active":"weg"}"#).unwrap();
    assert_eq!(
        start(&store, content::questionnaire(), Some(exchange::import), 1).active,
        None,
        "deleted meanwhile: nothing open"
    );
}

#[test]
fn start_up_converts_old_entries_keeps_their_originals_and_names_dropped_answers() {
    let kv = MemoryStore::new();
    let old = r#"{"format": "digikompass-assessment", "format_version": 1, "id": "alt",
        "questionnaire": "digikompass-kommunal", "questionnaire_version": 1,
        "date": "2025-10-01", "kommune": "Altdorf", "answers": {"cs-isms-isb": 3, "weg-damit": 1}}"#;
    kv.set(&assessment_key("alt"), old).unwrap();
    kv.set("digikompass.assessment.kaputt", "{").unwrap();
    kv.set(SETTINGS_KEY, "kein json").unwrap();
    let store = Store::new(&kv);
    let start = start(&store, content::questionnaire(), Some(exchange::import), 7);

    assert_eq!(
        start.notices,
        [
            Notice::Unreadable(1),
            Notice::SettingsDamaged,
            Notice::Migrated { assessments: 1, dropped: vec!["weg-damit".into()] }
        ]
    );
    assert_eq!(start.originals.len(), 1);
    let kept = &start.originals[0];
    assert_eq!((kept.id.as_deref(), kept.name.as_str()), (Some("alt"), "Altdorf"));
    assert_eq!(kept.dropped, ["weg-damit"]);
    assert_eq!(kv.get("digikompass.original.alt").as_deref(), Some(old), "the original text, unchanged");
    assert_eq!(start.assessments[0].response("cs-isms-isb"), Some(&Response::Level { level: 3 }));
    // Stored in the current format: the next start has nothing left to convert.
    let again = super::start(&store, content::questionnaire(), Some(exchange::import), 8);
    assert!(!again.notices.iter().any(|n| matches!(n, Notice::Migrated { .. })));
    assert_eq!(again.originals.len(), 1, "the original stays until the user decides");
}

#[test]
fn a_change_elsewhere_replaces_the_entry_and_moves_it_to_the_top() {
    let mut list = vec![assessment("a", "Altdorf", 2), assessment("b", "Bdorf", 1)];
    let changed = assessment("b", "Bdorf neu", 3);
    assert_eq!(apply_change(&mut list, Some("a"), "b", imported(&changed)), None, "not the open one: quietly");
    assert_eq!(list.iter().map(|a| a.display_name()).collect::<Vec<_>>(), ["Bdorf neu", "Altdorf"]);
}

#[test]
fn a_change_elsewhere_to_the_open_assessment_is_announced() {
    let mut list = vec![assessment("a", "Altdorf", 2)];
    let changed = assessment("a", "Altdorf", 5);
    assert_eq!(
        apply_change(&mut list, Some("a"), "a", imported(&changed)),
        Some(Notice::ChangedElsewhere("Altdorf".into()))
    );
    assert_eq!(list[0].updated_ms, 5);
}

#[test]
fn a_deletion_elsewhere_removes_others_but_only_warns_about_the_open_one() {
    let mut list = vec![assessment("a", "Altdorf", 2), assessment("b", "Bdorf", 1)];
    assert_eq!(apply_change(&mut list, Some("a"), "b", None), None);
    assert_eq!(list.len(), 1);
    assert_eq!(apply_change(&mut list, Some("a"), "a", None), Some(Notice::DeletedElsewhere));
    assert_eq!(list.len(), 1, "the open assessment stays on screen, to be saved again");
}

#[test]
fn a_half_written_entry_elsewhere_changes_nothing() {
    let mut list = vec![assessment("a", "Altdorf", 2)];
    let before = list.clone();
    let broken = Some(exchange::import("{", content::questionnaire()));
    assert_eq!(apply_change(&mut list, Some("a"), "a", broken), None);
    assert_eq!(list, before);
}
