use std::collections::BTreeMap;

use digikompass_core::domain::assessment::{ItProvider, Response, Scope};
use digikompass_core::domain::contribution::{
    contribution_id, from_assessment, parse, to_json, Contribution, MissingForContribution, FORMAT, FORMAT_VERSION,
    MAX_BYTES,
};
use digikompass_core::domain::figures::round2;
use digikompass_core::domain::kommune::{Kind, SizeClass};
use digikompass_core::domain::scoring::score;
use digikompass_core::domain::versioned::{FileError, Invalid};
use proptest::prelude::*;

use crate::fixture::{assessment, level, question_ids, questionnaire};

/// A valid contribution for the fixture questionnaire.
pub fn contribution(id: &str, kind: Kind, size_class: SizeClass, level: f64) -> Contribution {
    Contribution {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        contribution_id: id.into(),
        questionnaire_id: "test-fragebogen".into(),
        questionnaire_version: 2,
        kind,
        size_class,
        year: 2026,
        scope: Scope::Full,
        coverage: 1.0,
        dimensions: [("cs".to_string(), level), ("od".to_string(), level)].into(),
        categories: ["cs-a", "cs-b", "od-a", "od-b"].map(|c| (c.to_string(), level)).into(),
    }
}

#[test]
fn from_assessment_needs_kind_inhabitants_and_a_level() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.profile.kind = None;
    a.set_response("cs-a-2", level(3));
    assert_eq!(from_assessment(&q, &a, &score(&q, &a), 2026), Err(MissingForContribution::KindMissing));
    a.profile.kind = Some(Kind::Stadt);
    a.profile.inhabitants = None;
    assert_eq!(from_assessment(&q, &a, &score(&q, &a), 2026), Err(MissingForContribution::InhabitantsMissing));
    a.profile.inhabitants = Some(12_000);
    a.set_response("cs-a-2", Some(Response::NotApplicable { reason: String::new() }));
    assert_eq!(from_assessment(&q, &a, &score(&q, &a), 2026), Err(MissingForContribution::NoLevels));
}

#[test]
fn from_assessment_keeps_only_levels_and_rounds_them() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.profile.kind = Some(Kind::Stadt);
    a.set_response("cs-a-1", level(4)); // weight 3
    a.set_response("cs-a-2", level(1)); // weight 1
    a.set_response("cs-a-3", level(1)); // weight 2 → (12 + 1 + 2) / 6 = 2.5
    a.set_response("od-a-1", level(2));
    a.set_response("od-a-2", level(3)); // weight 3 → (2 + 9) / 4 = 2.75
    a.set_response("od-b-1", level(1));
    a.set_response("od-b-2", level(2));
    a.set_response("od-b-3", level(2)); // weight 2, 1, 1 → 6 / 4 = 1.5
    let results = score(&q, &a);
    let c = from_assessment(&q, &a, &results, 2026).unwrap();
    assert_eq!(c.kind, Kind::Stadt);
    assert_eq!(c.size_class, SizeClass::Bis20000);
    assert_eq!(c.questionnaire_id, q.id);
    assert_eq!(c.questionnaire_version, q.version);
    assert_eq!(c.categories, [("cs-a".into(), 2.5), ("od-a".into(), 2.75), ("od-b".into(), 1.5)].into());
    assert_eq!(c.dimensions, [("cs".into(), 2.5), ("od".into(), 2.13)].into());
    // 8 of the 10 questions answered.
    assert_eq!(c.coverage, 0.8);
    assert_eq!(parse(&to_json(&c), &q), Ok(c));
}

#[test]
fn from_assessment_leaks_no_name_ags_or_notes() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.id = "lokale-id-7f3c".into();
    a.profile.kind = Some(Kind::Gemeinde);
    a.profile.ags = "08336010".into();
    a.profile.landkreis = "Landkreis Lörrach".into();
    a.profile.respondent = "Frau Beispiel".into();
    a.profile.it_provider = Some(ItProvider::Anderer);
    a.profile.it_provider_name = "Rechenzentrum Süd".into();
    for id in question_ids(&q) {
        a.set_response(&id, level(2));
    }
    a.update_answer("cs-a-1", |answer| answer.note = "Server steht im Keller neben der Heizung".into());
    a.set_response("od-a-2", Some(Response::NotApplicable { reason: "Begründung vertraulich".into() }));
    let c = from_assessment(&q, &a, &score(&q, &a), 2026).unwrap();
    let json = to_json(&c);
    for secret in [
        "Musterhausen",
        "lokale-id-7f3c",
        "08336010",
        "Lörrach",
        "Frau Beispiel",
        "Rechenzentrum",
        "Keller",
        "vertraulich",
        "12000",
        "cs-a-1",
    ] {
        assert!(!json.contains(secret), "the contribution contains „{secret}“:\n{json}");
    }
    let keys: Vec<String> = match serde_json::from_str::<serde_json::Value>(&json).unwrap() {
        serde_json::Value::Object(map) => map.keys().cloned().collect(),
        _ => unreachable!(),
    };
    let expected = [
        "categories",
        "contribution_id",
        "coverage",
        "dimensions",
        "format",
        "format_version",
        "kind",
        "questionnaire_id",
        "questionnaire_version",
        "scope",
        "size_class",
        "year",
    ];
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, expected);
}

#[test]
fn the_id_is_stable_per_assessment_and_year_and_hides_the_local_id() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.profile.kind = Some(Kind::Gemeinde);
    a.set_response("cs-a-1", level(2));
    let first = from_assessment(&q, &a, &score(&q, &a), 2026).unwrap();
    a.set_response("cs-a-1", level(3));
    let again = from_assessment(&q, &a, &score(&q, &a), 2026).unwrap();
    assert_eq!(first.contribution_id, again.contribution_id);
    assert_eq!(first.contribution_id, contribution_id("a1", 2026));
    assert_ne!(contribution_id("a1", 2026), contribution_id("a1", 2027));
    assert_ne!(contribution_id("a1", 2026), contribution_id("a2", 2026));
    assert_eq!(first.contribution_id.len(), 16);
    assert!(first.contribution_id.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    // Pinned: ids must not change between program versions, or deduplication breaks.
    // FNV-1a 64 of "a1/2026", computed independently.
    assert_eq!(contribution_id("a1", 2026), "d61e8e055bea91da");
}

#[test]
fn parse_rejects_each_kind_of_bad_file() {
    let q = questionnaire();
    let good = contribution("00ff", Kind::Gemeinde, SizeClass::Unter5000, 2.0);
    let text = to_json(&good);
    assert_eq!(parse(&text, &q), Ok(good.clone()));
    assert_eq!(parse(&format!("\u{feff}{text}"), &q), Ok(good.clone()));

    let huge = " ".repeat(MAX_BYTES + 1);
    assert_eq!(parse(&huge, &q), Err(FileError::TooLarge { bytes: MAX_BYTES + 1 }));
    assert!(matches!(parse("{ nicht json", &q), Err(FileError::NotJson(_))));
    assert_eq!(parse(r#"{"format":"digikompass-benchmark","format_version":1}"#, &q), Err(FileError::WrongFormat));
    assert_eq!(parse("[1, 2]", &q), Err(FileError::WrongFormat));
    let newer = text.replace("\"format_version\": 1", "\"format_version\": 2");
    assert_eq!(parse(&newer, &q), Err(FileError::NewerFormat { found: 2 }));
    let zero = text.replace("\"format_version\": 1", "\"format_version\": 0");
    assert!(matches!(parse(&zero, &q), Err(FileError::Invalid(_))));
    let other_version = text.replace("\"questionnaire_version\": 2", "\"questionnaire_version\": 1");
    assert_eq!(
        parse(&other_version, &q),
        Err(FileError::OtherQuestionnaire { id: "test-fragebogen".into(), version: 1 })
    );
    let other_id = text.replace("test-fragebogen", "anderer-fragebogen");
    assert_eq!(
        parse(&other_id, &q),
        Err(FileError::OtherQuestionnaire { id: "anderer-fragebogen".into(), version: 2 })
    );

    let invalid = |change: &dyn Fn(&mut Contribution), needle: &str| {
        let mut c = good.clone();
        change(&mut c);
        match parse(&to_json(&c), &q) {
            Err(FileError::Invalid(m)) => assert!(m.to_string().contains(needle), "`{m}` should mention `{needle}`"),
            other => panic!("expected Invalid mentioning `{needle}`, got {other:?}"),
        }
    };
    invalid(&|c| _ = c.dimensions.insert("xx".into(), 1.0), "xx");
    invalid(&|c| _ = c.categories.insert("yy".into(), 1.0), "yy");
    invalid(&|c| _ = c.dimensions.insert("cs".into(), 4.01), "cs");
    invalid(&|c| _ = c.categories.insert("od-b".into(), -0.5), "od-b");
    invalid(&|c| c.coverage = 1.5, "coverage");
    invalid(&|c| c.year = 2019, "year");
    invalid(&|c| c.year = 2101, "year");
    invalid(&|c| c.dimensions = BTreeMap::new(), "dimensions");
    invalid(&|c| c.contribution_id = String::new(), "contribution_id");
    invalid(&|c| c.contribution_id = "Musterhausen".into(), "contribution_id");
    invalid(&|c| c.contribution_id = "a".repeat(65), "contribution_id");

    // Extra fields (a name, say) are refused, not silently dropped.
    let named = text.replacen('{', "{\n  \"name\": \"Musterhausen\",", 1);
    // An unknown field: the structure does not fit, at that field.
    assert!(matches!(parse(&named, &q), Err(FileError::Invalid(Invalid::At { line: 2, .. }))));
    // JSON has no NaN; a string in its place is refused.
    let nan = text.replacen("\"coverage\": 1.0", "\"coverage\": \"NaN\"", 1);
    assert!(matches!(parse(&nan, &q), Err(FileError::Invalid(_))));
    let unknown_kind = text.replace("\"gemeinde\"", "\"dorf\"");
    assert!(matches!(parse(&unknown_kind, &q), Err(FileError::Invalid(_))));
}

fn any_contribution() -> impl Strategy<Value = Contribution> {
    // Figures as the app writes them: two decimals (tests/domain/figures.rs).
    let level = (0u16..=400).prop_map(|n| f64::from(n) / 100.0);
    (
        "[0-9a-f]{1,64}",
        0..Kind::ALL.len(),
        0..SizeClass::ALL.len(),
        2020u16..=2100,
        any::<bool>(),
        (0u16..=100).prop_map(|n| f64::from(n) / 100.0),
        proptest::collection::btree_map(
            prop_oneof![Just("cs".to_string()), Just("od".to_string())],
            level.clone(),
            1..=2,
        ),
        proptest::collection::btree_map(
            prop_oneof![Just("cs-a"), Just("cs-b"), Just("od-a"), Just("od-b")].prop_map(String::from),
            level,
            0..=4,
        ),
    )
        .prop_map(|(id, kind, size, year, kurz, coverage, dimensions, categories)| Contribution {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            contribution_id: id,
            questionnaire_id: "test-fragebogen".into(),
            questionnaire_version: 2,
            kind: Kind::ALL[kind],
            size_class: SizeClass::ALL[size],
            year,
            scope: if kurz { Scope::Kurzcheck } else { Scope::Full },
            coverage,
            dimensions,
            categories,
        })
}

proptest! {
    #[test]
    fn to_json_then_parse_is_the_identity(c in any_contribution()) {
        let q = questionnaire();
        prop_assert_eq!(parse(&to_json(&c), &q), Ok(c));
    }

    #[test]
    fn a_file_written_elsewhere_is_read_with_two_decimals_and_written_back_as_read(x in 0.0..=4.0f64) {
        // Found by the fuzzer: a level with 17 digits read back a unit in the last place off.
        let q = questionnaire();
        let text = to_json(&contribution("ab", Kind::Gemeinde, SizeClass::Unter5000, x));
        let read = parse(&text, &q).unwrap();
        prop_assert_eq!(read.dimensions["cs"], round2(x));
        prop_assert_eq!(parse(&to_json(&read), &q), Ok(read));
    }

    #[test]
    fn parse_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let _ = parse(&text, &questionnaire());
    }

    #[test]
    fn parse_never_panics_on_damaged_files(c in any_contribution(), at in 0usize..2000, cut in 0usize..40, junk in ".{0,12}") {
        let text = to_json(&c);
        let mut start = at.min(text.len());
        while !text.is_char_boundary(start) { start -= 1; }
        let mut end = (start + cut).min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        let damaged = format!("{}{}{}", &text[..start], junk, &text[end..]);
        let _ = parse(&damaged, &questionnaire());
    }
}
