use digikompass_core::domain::assessment::{
    categories_in_scope, parse_inhabitants, Assessment, MeasureTracking, ProfileProblem, Response, Scope,
};
use digikompass_core::domain::kommune::{AgsProblem, Kind, SizeClass};
use proptest::prelude::*;

use crate::fixture::{assessment, level, questionnaire};

#[test]
fn inhabitants_accept_german_english_and_spaced_thousands() {
    assert_eq!(parse_inhabitants("3.200"), Some(3_200));
    assert_eq!(parse_inhabitants("3,200"), Some(3_200));
    assert_eq!(parse_inhabitants("3 200"), Some(3_200));
    assert_eq!(parse_inhabitants("3\u{a0}200"), Some(3_200));
    assert_eq!(parse_inhabitants("1\u{202f}234\u{202f}567"), Some(1_234_567));
    assert_eq!(parse_inhabitants(" 12000 "), Some(12_000));
}

#[test]
fn inhabitants_reject_zero_empty_words_signs_and_overflow() {
    for text in ["0", "000", "", "   ", ".", "abc", "3200 Einw.", "-5", "+5", "1e4", "\t3200", "4294967296"] {
        assert_eq!(parse_inhabitants(text), None, "{text:?}");
    }
    assert_eq!(parse_inhabitants("4294967295"), Some(u32::MAX));
}

#[test]
fn inhabitants_ignore_where_the_separators_stand() {
    // Separators are dropped, not checked: „1,5“ is read as 15, not rejected as a fraction.
    assert_eq!(parse_inhabitants("1,5"), Some(15));
    assert_eq!(parse_inhabitants("12.34.5"), Some(12_345));
}

#[test]
fn clearing_a_response_removes_an_otherwise_empty_answer() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("cs-a-1", level(2));
    assert_eq!(a.response("cs-a-1"), Some(&Response::Level { level: 2 }));
    a.set_response("cs-a-1", None);
    assert!(!a.answers.contains_key("cs-a-1"));
    // Clearing something never answered must not leave an empty entry behind either.
    a.set_response("od-a-1", None);
    assert!(a.answers.is_empty());
}

#[test]
fn clearing_a_response_keeps_note_and_provider_flag() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.update_answer("cs-a-2", |answer| answer.note = "siehe Vertrag".into());
    a.update_answer("cs-a-3", |answer| answer.by_provider = true);
    a.set_response("cs-a-2", level(3));
    a.set_response("cs-a-2", None);
    a.set_response("cs-a-3", Some(Response::DontKnow));
    a.set_response("cs-a-3", None);
    assert_eq!(a.answers["cs-a-2"].note, "siehe Vertrag");
    assert!(a.answers["cs-a-3"].by_provider);
    assert_eq!(a.response("cs-a-2"), None);
}

#[test]
fn update_answer_drops_the_entry_once_everything_is_cleared() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.update_answer("od-b-2", |answer| {
        answer.note = "x".into();
        answer.by_provider = true;
    });
    a.update_answer("od-b-2", |answer| answer.note.clear());
    assert!(a.answers.contains_key("od-b-2"), "the provider flag alone keeps the answer");
    a.update_answer("od-b-2", |answer| answer.by_provider = false);
    assert!(!a.answers.contains_key("od-b-2"));
}

#[test]
fn duplicate_keeps_profile_answers_and_targets_but_resets_tracking() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.updated_ms = 1_700_000_000_000;
    a.set_response("cs-a-1", level(1));
    a.targets.insert("cs".into(), 3.5);
    a.measures.insert("cs-a-1".into(), MeasureTracking { owner: "Hauptamt".into(), ..Default::default() });
    let next = a.duplicate("a2".into(), "2027-11-25".into());
    assert_eq!((next.id.as_str(), next.date.as_str(), next.updated_ms), ("a2", "2027-11-25", 0));
    assert!(next.measures.is_empty());
    assert_eq!(next.profile, a.profile);
    assert_eq!(next.answers, a.answers);
    assert_eq!(next.targets, a.targets);
    assert_eq!((next.questionnaire_id.as_str(), next.questionnaire_version), ("test-fragebogen", 2));
    // The original is untouched.
    assert_eq!(a.measures.len(), 1);
}

#[test]
fn new_assessment_takes_questionnaire_id_and_version() {
    let q = questionnaire();
    let a = Assessment::new("x".into(), &q, "2026-01-02".into());
    assert_eq!((a.questionnaire_id.as_str(), a.questionnaire_version), (q.id.as_str(), q.version));
    assert!(a.answers.is_empty() && a.profile.scope == Scope::Full);
}

#[test]
fn kurzcheck_leaves_out_categories_without_a_flagged_question() {
    let mut q = questionnaire();
    // cs-b-1 is the only Kurzcheck question of cs-b.
    q.dimensions[0].categories[1].questions[0].kurzcheck = false;
    let ids = |scope: Scope| {
        categories_in_scope(&q, &scope.into()).into_iter().map(|(_, c)| c.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(Scope::Full), ["cs-a", "cs-b", "od-a", "od-b"]);
    assert_eq!(ids(Scope::Kurzcheck), ["cs-a", "od-a", "od-b"]);
}

#[test]
fn shipped_kurzcheck_is_a_non_empty_subset_of_the_full_check_in_order() {
    let q = digikompass_core::content::questionnaire();
    let full: Vec<&str> = categories_in_scope(q, &Scope::Full.into()).iter().map(|(_, c)| c.id.as_str()).collect();
    let kurz: Vec<&str> = categories_in_scope(q, &Scope::Kurzcheck.into()).iter().map(|(_, c)| c.id.as_str()).collect();
    assert_eq!(full.len(), q.categories().count());
    assert!(!kurz.is_empty() && kurz.len() <= full.len());
    let mut rest = full.iter();
    assert!(kurz.iter().all(|k| rest.any(|f| f == k)), "Kurzcheck pages out of questionnaire order: {kurz:?}");
}

#[test]
fn profile_problems_list_every_missing_field_and_a_bad_ags() {
    let q = questionnaire();
    let mut a = Assessment::new("x".into(), &q, "2026-01-02".into());
    a.profile.name = "   ".into();
    assert_eq!(
        a.profile.problems(),
        [ProfileProblem::NameMissing, ProfileProblem::KindMissing, ProfileProblem::InhabitantsMissing]
    );
    a.profile.name = "Musterhausen".into();
    a.profile.kind = Some(Kind::Gemeinde);
    a.profile.inhabitants = Some(4_999);
    a.profile.ags = "  ".into();
    assert!(a.profile.problems().is_empty(), "a blank AGS is optional, not wrong");
    a.profile.ags = "09162000".into();
    assert_eq!(a.profile.problems(), [ProfileProblem::Ags(AgsProblem::NotBadenWuerttemberg)]);
    assert_eq!(a.profile.size_class(), Some(SizeClass::Unter5000));
    assert_eq!(a.display_name(), "Musterhausen");
}

proptest! {
    #[test]
    fn any_positive_count_reads_back_with_or_without_separators(n in 1u32..=u32::MAX) {
        prop_assert_eq!(parse_inhabitants(&n.to_string()), Some(n));
        // German thousands grouping: 1234567 → „1.234.567“.
        let digits = n.to_string();
        let grouped: Vec<String> = digits
            .as_bytes()
            .rchunks(3)
            .rev()
            .map(|c| String::from_utf8(c.to_vec()).unwrap())
            .collect();
        prop_assert_eq!(parse_inhabitants(&grouped.join(".")), Some(n));
        prop_assert_eq!(parse_inhabitants(&grouped.join("\u{202f}")), Some(n));
    }
}
