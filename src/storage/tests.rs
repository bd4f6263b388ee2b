//! The persisted layout on an in-memory store: what a reload finds, what a conversion keeps,
//! what a full or blocked storage does, and that keys of other applications stay untouched.

use super::*;
use crate::content;
use crate::domain::assessment::Response;

fn assessment(id: &str, name: &str, updated_ms: u64) -> Assessment {
    let mut a = Assessment::new(id.into(), content::questionnaire(), "2026-11-25".into());
    a.profile.name = name.into();
    a.updated_ms = updated_ms;
    a.set_response("cs-isms-leadership", Some(Response::Level { level: 2 }));
    a
}

/// A version-1 file (prototype format) with one answer to a question that no longer exists.
fn version_1(id: &str) -> String {
    format!(
        r#"{{"format": "digikompass-assessment", "format_version": 1, "id": "{id}",
            "questionnaire": "digikompass-kommunal", "questionnaire_version": 1,
            "date": "2025-10-01", "kommune": "Altdorf",
            "answers": {{"cs-isms-leadership": 3, "weg-damit": 1}}}}"#
    )
}

#[test]
fn what_is_saved_is_found_again_newest_first() {
    let kv = MemoryStore::new();
    let store = Store::new(&kv);
    store.save_assessment(&assessment("a", "Altdorf", 10)).unwrap();
    store.save_assessment(&assessment("b", "Bdorf", 20)).unwrap();
    let settings = Settings { lang: Some(Lang::En), active: Some("a".into()), ..Settings::default() };
    store.save_settings(&settings).unwrap();

    let loaded = store.load(content::questionnaire(), Some(exchange::import));
    let names: Vec<_> = loaded.assessments.iter().map(|i| i.assessment.display_name()).collect();
    assert_eq!(names, ["Bdorf", "Altdorf"]);
    assert_eq!(loaded.assessments[1].assessment, assessment("a", "Altdorf", 10));
    assert_eq!(loaded.settings, settings);
    assert!(!loaded.settings_damaged && loaded.unreadable.is_empty() && loaded.originals.is_empty());
    assert_eq!(store.stored_lang(), Some(Lang::En));
}

#[test]
fn without_a_reader_only_the_settings_are_read_and_the_entries_are_counted_untouched() {
    let kv = MemoryStore::new();
    let store = Store::new(&kv);
    assert!(!store.has_entries());
    kv.set("andere.app", "x").unwrap();
    assert!(!store.has_entries(), "keys of other applications are not ours to read");
    store.save_assessment(&assessment("a", "Altdorf", 10)).unwrap();
    kv.set("digikompass.original.b", "{kaputt").unwrap();
    let settings = Settings { active: Some("a".into()), ..Settings::default() };
    store.save_settings(&settings).unwrap();
    assert!(store.has_entries());
    let before = kv.keys().into_iter().map(|k| (kv.get(&k), k)).collect::<Vec<_>>();

    let loaded = store.load(content::questionnaire(), None);
    assert_eq!(loaded.not_read, 2);
    assert!(loaded.assessments.is_empty() && loaded.originals.is_empty() && loaded.unreadable.is_empty());
    assert_eq!(loaded.settings, settings);
    assert_eq!(kv.keys().into_iter().map(|k| (kv.get(&k), k)).collect::<Vec<_>>(), before, "nothing changed");
    assert_eq!(store.load(content::questionnaire(), Some(exchange::import)).not_read, 0);
}

#[test]
fn damaged_entries_are_listed_and_kept_untouched() {
    let kv = MemoryStore::new();
    kv.set("digikompass.assessment.x", "{kaputt").unwrap();
    let other_id = exchange::export(&assessment("y", "Ydorf", 1));
    kv.set("digikompass.assessment.z", &other_id).unwrap();
    kv.set(SETTINGS_KEY, "nicht json").unwrap();
    let store = Store::new(&kv);

    let loaded = store.load(content::questionnaire(), Some(exchange::import));
    assert!(loaded.assessments.is_empty());
    let keys: Vec<_> = loaded.unreadable.iter().map(|u| u.key.as_str()).collect();
    assert_eq!(keys, ["digikompass.assessment.x", "digikompass.assessment.z"]);
    assert!(matches!(loaded.unreadable[0].error, FileError::NotJson(_)));
    assert_eq!(loaded.unreadable[1].error, FileError::field("id"), "the id does not match the storage key");
    assert!(loaded.settings_damaged);
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(kv.get("digikompass.assessment.x").as_deref(), Some("{kaputt"), "reading changes nothing");
    assert_eq!(kv.keys().len(), 3);
}

#[test]
fn a_conversion_that_drops_answers_keeps_the_original_first() {
    let kv = MemoryStore::new();
    let old = version_1("alt");
    kv.set(&assessment_key("alt"), &old).unwrap();
    let store = Store::new(&kv);

    let loaded = store.load(content::questionnaire(), Some(exchange::import));
    let imported = &loaded.assessments[0];
    assert_eq!(imported.migration.dropped, ["weg-damit"]);
    let original = store.store_converted(imported, 1_700_000_000_000).expect("original kept");
    assert_eq!(original, Original { key: "digikompass.original.alt".into(), raw: old.clone() });
    assert_eq!(kv.get("digikompass.original.alt").as_deref(), Some(old.as_str()));
    assert_eq!(store.stored_assessment("alt"), Some(exchange::export(&imported.assessment)));

    // A reload finds the converted entry (nothing left to convert) and the original.
    let again = store.load(content::questionnaire(), Some(exchange::import));
    assert!(again.assessments[0].migration.is_empty());
    assert_eq!(again.originals, [original]);
}

#[test]
fn a_second_conversion_never_overwrites_the_first_original() {
    let kv = MemoryStore::new();
    kv.set("digikompass.original.alt", "erstes Original").unwrap();
    kv.set(&assessment_key("alt"), &version_1("alt")).unwrap();
    let store = Store::new(&kv);
    let loaded = store.load(content::questionnaire(), Some(exchange::import));
    let kept = store.store_converted(&loaded.assessments[0], 42).unwrap();
    assert_eq!(kept.key, "digikompass.original.alt.42");
    assert_eq!(kv.get("digikompass.original.alt").as_deref(), Some("erstes Original"));
}

#[test]
fn when_the_original_cannot_be_kept_the_only_copy_is_not_replaced() {
    let old = version_1("alt");
    // Room for the old entry, not for a second copy of it.
    let kv = MemoryStore::with_capacity(assessment_key("alt").len() + old.len() + 10);
    kv.set(&assessment_key("alt"), &old).unwrap();
    let store = Store::new(&kv);
    let loaded = store.load(content::questionnaire(), Some(exchange::import));
    assert_eq!(store.store_converted(&loaded.assessments[0], 1), None);
    assert_eq!(store.stored_assessment("alt"), Some(old), "the version-1 text is still there");
}

#[test]
fn full_and_blocked_storage_report_instead_of_panicking() {
    let full = MemoryStore::with_capacity(100);
    let store = Store::new(&full);
    assert!(store.available());
    assert_eq!(store.save_assessment(&assessment("a", "Altdorf", 1)), Err(SaveError::Full));
    assert_eq!(store.save_settings(&Settings::default()), Ok(()), "a small entry still fits");

    let blocked = MemoryStore::blocked();
    let store = Store::new(&blocked);
    assert!(!store.available());
    assert_eq!(store.save_assessment(&assessment("a", "Altdorf", 1)), Err(SaveError::Unavailable));
    assert_eq!(store.save_pack(Some("{}")), Err(SaveError::Unavailable));
    let loaded = store.load(content::questionnaire(), Some(exchange::import));
    assert!(loaded.assessments.is_empty() && !loaded.settings_damaged);
}

#[test]
fn deleting_touches_only_our_keys() {
    let kv = MemoryStore::new();
    kv.set("andere-app.daten", "bleibt").unwrap();
    kv.set("digikompassX", "bleibt auch").unwrap();
    let store = Store::new(&kv);
    store.save_assessment(&assessment("a", "Altdorf", 1)).unwrap();
    store.save_assessment(&assessment("b", "Bdorf", 2)).unwrap();
    store.save_pack(Some("{}")).unwrap();
    store.save_settings(&Settings::default()).unwrap();

    store.delete_assessment("a");
    assert_eq!(store.stored_assessment("a"), None);
    assert!(store.stored_assessment("b").is_some());
    store.delete_key("andere-app.daten");
    assert_eq!(kv.get("andere-app.daten").as_deref(), Some("bleibt"), "delete_key refuses foreign keys");
    store.save_pack(None).unwrap();
    assert_eq!(store.load_pack(), None);

    store.clear_all();
    assert_eq!(kv.keys(), ["andere-app.daten", "digikompassX"]);
}

#[test]
fn storage_events_name_the_assessment_they_are_about() {
    assert_eq!(changed_key(&assessment_key("4f-2a")), ChangedKey::Assessment("4f-2a"));
    assert_eq!(changed_key("digikompass.assessment."), ChangedKey::Other);
    assert_eq!(changed_key(SETTINGS_KEY), ChangedKey::Other);
    assert_eq!(changed_key("digikompass.original.4f-2a"), ChangedKey::Other);
    assert_eq!(changed_key("andere-app.assessment.1"), ChangedKey::Other);
}

#[test]
fn the_privacy_page_patterns_match_the_keys_written() {
    let key = assessment_key("ID");
    assert_eq!(assessment_key_pattern("ID"), key.replace("ID", "<ID>"));
    assert!(original_key_pattern("Kennung").starts_with(ORIGINAL_PREFIX));
    for key in [SETTINGS_KEY, PACK_KEY, ASSESSMENT_PREFIX, ORIGINAL_PREFIX] {
        assert!(key.starts_with(PREFIX));
    }
}

#[test]
fn settings_of_a_newer_version_still_open_with_what_is_known() {
    let kv = MemoryStore::new();
    kv.set(SETTINGS_KEY, r#"{"lang":"en","active":"a","theme":"dark"}"#).unwrap();
    let loaded = Store::new(&kv).load(content::questionnaire(), Some(exchange::import));
    assert!(!loaded.settings_damaged, "an unknown field is no damage");
    assert_eq!(loaded.settings.lang, Some(Lang::En));
    assert_eq!(loaded.settings.active.as_deref(), Some("a"));
}

#[test]
fn a_settings_entry_that_is_not_an_object_counts_as_damaged() {
    let kv = MemoryStore::new();
    kv.set(SETTINGS_KEY, "[1,2]").unwrap();
    let loaded = Store::new(&kv).load(content::questionnaire(), Some(exchange::import));
    assert!(loaded.settings_damaged);
    assert_eq!(Store::new(&kv).stored_lang(), None);
    assert_eq!(Store::new(&MemoryStore::new()).stored_lang(), None);
}

#[test]
fn an_assessment_of_another_questionnaire_is_kept_as_unreadable() {
    let kv = MemoryStore::new();
    let text = exchange::export(&assessment("q", "Querdorf", 1)).replace("digikompass-kommunal", "anderer-bogen");
    kv.set(&assessment_key("q"), &text).unwrap();
    let loaded = Store::new(&kv).load(content::questionnaire(), Some(exchange::import));
    assert!(loaded.assessments.is_empty());
    assert!(matches!(&loaded.unreadable[0].error, FileError::OtherQuestionnaire { id, .. } if id == "anderer-bogen"));
    assert_eq!(loaded.unreadable[0].raw, text, "kept as it was, to be saved as a file");
}
