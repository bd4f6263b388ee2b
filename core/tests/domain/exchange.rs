use digikompass_core::domain::assessment::{Answer, Assessment, Response};
use digikompass_core::domain::exchange::{export, import};
use digikompass_core::domain::figures::round2;
use digikompass_core::domain::kommune::Kind;
use digikompass_core::domain::versioned::FileError;
use proptest::prelude::*;

use crate::fixture::{assessment, level, question_ids, questionnaire};

#[test]
fn html_and_quotes_are_kept_as_plain_text() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.profile.name = r#"<script>alert("x")</script> & „Gemeinde“"#.into();
    a.update_answer("cs-a-1", |ans| ans.note = "<img src=x onerror=alert(1)>".into());
    let back = import(&export(&a), &q).unwrap();
    assert_eq!(back.assessment, a);
    assert!(back.migration.is_empty());
}

#[test]
fn bad_files_give_precise_errors() {
    let q = questionnaire();
    assert!(matches!(import("Name;Stufe\nA;3", &q), Err(FileError::NotJson(_))));
    assert_eq!(import("[1,2,3]", &q), Err(FileError::WrongFormat));
    assert_eq!(import(r#"{"format":"digikompass-benchmark","format_version":1}"#, &q), Err(FileError::WrongFormat));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(import(&deep, &q), Err(FileError::WrongFormat), "an array is no assessment file");
    let deep_inside =
        format!(r#"{{"format":"digikompass-assessment","x":{}{}}}"#, "[".repeat(100_000), "]".repeat(100_000));
    // Nested values are skipped iteratively or refused at depth 128: an error, never a crash.
    assert!(import(&deep_inside, &q).is_err());
    let deep_v2 = format!(
        r#"{{"format":"digikompass-assessment","format_version":2,"assessment":{}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(matches!(import(&deep_v2, &q), Err(FileError::Invalid(_))));
    let huge = format!("{{\"format\":\"digikompass-assessment\",\"pad\":\"{}\"}}", "x".repeat(3 * 1024 * 1024));
    assert!(matches!(import(&huge, &q), Err(FileError::TooLarge { .. })));

    let good = export(&assessment(&q));
    let newer = good.replace("\"format_version\": 3", "\"format_version\": 4");
    assert_eq!(import(&newer, &q), Err(FileError::NewerFormat { found: 4 }));
    let other = good.replace("test-fragebogen", "anderer-fragebogen");
    assert_eq!(import(&other, &q), Err(FileError::OtherQuestionnaire { id: "anderer-fragebogen".into(), version: 2 }));
    let bad_level =
        good.replace("\"answers\": {}", r#""answers": {"cs-a-1": {"response": {"kind": "level", "level": 9}}}"#);
    assert!(matches!(import(&bad_level, &q), Err(FileError::Invalid(m)) if m.to_string().contains("cs-a-1")));
    let unknown_field = good.replace("\"answers\": {}", "\"answers\": {}, \"extra\": 1");
    assert!(matches!(import(&unknown_field, &q), Err(FileError::Invalid(_))));
}

#[test]
fn byte_order_mark_is_accepted() {
    let q = questionnaire();
    let a = assessment(&q);
    assert_eq!(import(&format!("\u{feff}{}", export(&a)), &q).unwrap().assessment, a);
}

#[test]
fn version_1_files_are_migrated() {
    let q = questionnaire();
    let v1 = r#"{
        "format": "digikompass-assessment", "format_version": 1, "id": "alt",
        "questionnaire": "test-fragebogen", "questionnaire_version": 1,
        "date": "2025-10-01", "kommune": "Altdorf",
        "answers": {"cs-a-1": 3, "cs-a-old": 2, "od-a-1": "nz", "od-b-1": "?", "weg-damit": 1}
    }"#;
    let imported = import(v1, &q).unwrap();
    let a = imported.assessment;
    assert_eq!(a.profile.name, "Altdorf");
    assert_eq!(a.questionnaire_version, 2);
    assert_eq!(a.response("cs-a-1"), level(3).as_ref());
    assert_eq!(a.response("cs-a-2"), level(2).as_ref(), "renamed question keeps its answer");
    assert!(matches!(a.response("od-a-1"), Some(Response::NotApplicable { .. })));
    assert_eq!(a.response("od-b-1"), Some(&Response::DontKnow));
    let m = imported.migration;
    assert_eq!(m.from_format, Some(1));
    assert_eq!(m.from_questionnaire_version, Some(1));
    assert_eq!(m.renamed, [("cs-a-old".to_string(), "cs-a-2".to_string())]);
    assert_eq!(m.dropped, ["weg-damit"]);
    let bad = v1.replace("\"cs-a-1\": 3", "\"cs-a-1\": 7");
    assert!(matches!(import(&bad, &q), Err(FileError::Invalid(_))));
}

#[test]
fn a_new_questionnaire_version_splits_merges_resets_and_asks_critical_items_again() {
    let q = questionnaire();
    let mut old = assessment(&q);
    old.questionnaire_version = 1;
    let answer = |response: Option<Response>, note: &str| Answer { response, note: note.into(), ..Answer::default() };
    old.answers = [
        ("cs-a-split".to_string(), answer(level(3), "")),
        ("cs-b-old".to_string(), answer(level(4), "Vertrag 2024")),
        ("od-b-old".to_string(), answer(level(1), "nur Entwurf")),
        ("od-b-2".to_string(), answer(level(2), "Notiz bleibt")),
        ("cs-a-1".to_string(), answer(Some(Response::NotApplicable { reason: "macht Komm.ONE".into() }), "")),
        ("od-a-1".to_string(), answer(Some(Response::NotApplicable { reason: "kein Hafen".into() }), "")),
    ]
    .into();
    let imported = import(&export(&old), &q).unwrap();
    let a = &imported.assessment;
    assert_eq!(a.response("cs-a-3"), level(3).as_ref(), "a split question's answer goes to both parts");
    assert_eq!(a.response("od-a-2"), level(3).as_ref());
    assert_eq!(a.response("od-b-3"), level(1).as_ref(), "merged: the lower level");
    assert_eq!(a.answers["od-b-3"].note, "Vertrag 2024\nnur Entwurf", "merged: both notes");
    assert_eq!(a.response("od-b-2"), None, "reset: the old level would mislead");
    assert_eq!(a.answers["od-b-2"].note, "Notiz bleibt");
    assert_eq!(a.response("cs-a-1"), None, "a critical question cannot be „nicht zutreffend“");
    assert_eq!(a.answers["cs-a-1"].note, "macht Komm.ONE", "the reason is kept as the note");
    assert!(matches!(a.response("od-a-1"), Some(Response::NotApplicable { .. })), "not critical: stays");
    let m = &imported.migration;
    assert_eq!(m.reset, ["od-b-2"]);
    assert_eq!(m.critical_not_applicable, ["cs-a-1"]);
    assert_eq!(m.changed_answers(), ["cs-a-1", "cs-a-split", "cs-b-old", "od-b-2", "od-b-old"]);
    // The same version again: nothing is reset twice.
    let again = import(&export(a), &q).unwrap();
    assert!(again.migration.changed_answers().is_empty());
    assert_eq!(&again.assessment, a);
}

fn any_assessment() -> impl Strategy<Value = Assessment> {
    let q = questionnaire();
    let n = question_ids(&q).len();
    (
        "\\PC{0,40}",
        prop::option::of(0u32..700_000),
        prop::collection::vec(
            (
                prop::option::of(prop_oneof![
                    (0u8..=4).prop_map(|l| Response::Level { level: l }),
                    Just(Response::DontKnow),
                    "\\PC{0,20}".prop_map(|reason| Response::NotApplicable { reason }),
                ]),
                "\\PC{0,20}",
                any::<bool>(),
                prop::option::of(any::<bool>()),
            ),
            n,
        ),
        // Targets as the app writes them: half steps (parse_target).
        prop::option::of((0u8..=8).prop_map(|h| f64::from(h) / 2.0)),
        0usize..6,
    )
        .prop_map(move |(name, inhabitants, answers, target, kind)| {
            let mut a = assessment(&q);
            a.profile.name = name;
            a.profile.inhabitants = inhabitants;
            a.profile.kind = Kind::ALL.get(kind).copied();
            for (id, (response, note, by_provider, assured)) in question_ids(&q).iter().zip(answers) {
                // A critical question offers no „nicht zutreffend“.
                let critical = q.question(id).is_some_and(|at| at.question.critical);
                let response = response.filter(|r| !(critical && matches!(r, Response::NotApplicable { .. })));
                a.update_answer(id, |ans| {
                    ans.assured = assured;
                    ans.response = response;
                    ans.note = note;
                    ans.by_provider = by_provider;
                });
            }
            if let Some(t) = target {
                a.targets.insert("cs".into(), t);
            }
            a
        })
}

proptest! {
    #[test]
    fn export_then_import_is_the_identity(a in any_assessment()) {
        let q = questionnaire();
        let back = import(&export(&a), &q).unwrap();
        prop_assert_eq!(back.assessment, a);
        prop_assert!(back.migration.is_empty());
    }

    #[test]
    fn a_target_written_elsewhere_is_read_with_two_decimals_and_written_back_as_read(t in 0.0..=4.0f64) {
        let q = questionnaire();
        let mut a = assessment(&q);
        a.targets.insert("cs".into(), t);
        let read = import(&export(&a), &q).unwrap().assessment;
        prop_assert_eq!(read.targets["cs"], round2(t));
        prop_assert_eq!(import(&export(&read), &q).unwrap().assessment, read);
    }

    #[test]
    fn import_never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        let _ = import(&text, &questionnaire());
    }
}

#[test]
fn format_3_carries_the_scenario_and_a_format_2_file_reads_without_one() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("cs-a-1", Some(Response::Level { level: 1 }));
    a.scenario.insert("cs-a-1".into(), 1);
    let text = export(&a);
    assert!(text.contains("\"format_version\": 3"), "{text}");
    let back = import(&text, &q).unwrap();
    assert_eq!(back.assessment.scenario, a.scenario);
    assert!(back.migration.is_empty());
    // A version-2 file: the same body, no scenario; nothing to convert, nothing to report.
    a.scenario.clear();
    let v2 = export(&a).replace("\"format_version\": 3", "\"format_version\": 2");
    let old = import(&v2, &q).unwrap();
    assert!(old.assessment.scenario.is_empty());
    assert!(old.migration.is_empty(), "{:?}", old.migration);
    // A step count outside 1–4 is refused and named.
    let bad = text.replace("\"cs-a-1\": 1", "\"cs-a-1\": 9");
    assert!(matches!(import(&bad, &q), Err(FileError::Invalid(m)) if m.to_string().contains("scenario.cs-a-1")));
}
