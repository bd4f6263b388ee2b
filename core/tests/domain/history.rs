use digikompass_core::domain::assessment::{Assessment, Response, Scope};
use digikompass_core::domain::benchmark::{GroupFigures, PeerGroup, Position, Stats};
use digikompass_core::domain::comparison::{self, categories_by_gap, largest_gap, weakest_dimension};
use digikompass_core::domain::history::{compare, earlier, same_kommune, LevelChange};
use digikompass_core::domain::scoring::{score, Coverage};

use crate::fixture::{assessment, level, questionnaire};

fn dated(q: &digikompass_core::domain::questionnaire::Questionnaire, id: &str, date: &str) -> Assessment {
    let mut a = assessment(q);
    a.id = id.into();
    a.date = date.into();
    a
}

#[test]
fn same_kommune_prefers_the_ags_and_falls_back_to_the_name() {
    let q = questionnaire();
    let (mut a, mut b) = (assessment(&q), assessment(&q));
    b.profile.name = "  MUSTERHAUSEN ".into();
    assert!(same_kommune(&a, &b), "names match ignoring case and spaces");
    a.profile.ags = "08111000".into();
    b.profile.ags = "08222000".into();
    assert!(!same_kommune(&a, &b), "two different AGS are two Kommunen despite the same name");
    b.profile.ags = " 08111000".into();
    b.profile.name = "Stadt Musterhausen".into();
    assert!(same_kommune(&a, &b), "the same AGS wins over a renamed Kommune");
    b.profile.ags.clear();
    assert!(!same_kommune(&a, &b), "with one AGS missing, the names decide");
}

#[test]
fn assessments_without_a_name_never_match() {
    let q = questionnaire();
    let (mut a, mut b) = (assessment(&q), assessment(&q));
    a.profile.name = " ".into();
    b.profile.name = String::new();
    assert!(!same_kommune(&a, &b));
}

#[test]
fn earlier_lists_the_same_kommune_up_to_the_date_newest_first() {
    let q = questionnaire();
    let current = dated(&q, "now", "2026-11-25");
    let mut other = dated(&q, "other", "2025-01-01");
    other.profile.name = "Nachbarort".into();
    let mut same_day_older_edit = dated(&q, "same-day-1", "2026-11-25");
    same_day_older_edit.updated_ms = 1;
    let mut same_day_newer_edit = dated(&q, "same-day-2", "2026-11-25");
    same_day_newer_edit.updated_ms = 2;
    let all = vec![
        dated(&q, "2024", "2024-10-01"),
        current.clone(),
        dated(&q, "later", "2027-01-01"),
        other,
        same_day_older_edit,
        dated(&q, "2025", "2025-10-01"),
        same_day_newer_edit,
    ];
    let ids: Vec<&str> = earlier(&current, &all).iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["same-day-2", "same-day-1", "2025", "2024"]);
}

#[test]
fn level_change_needs_both_levels() {
    let change = |earlier, later| LevelChange { item: (), earlier, later }.change();
    assert_eq!(change(Some(1.5), Some(2.25)), Some(0.75));
    assert_eq!(change(Some(3.0), Some(1.0)), Some(-2.0));
    assert_eq!(change(None, Some(1.0)), None);
    assert_eq!(change(Some(1.0), None), None);
    assert_eq!(comparison::change(Some(2.0), Some(2.5)), Some(0.5));
    assert_eq!(comparison::change(None, None), None);
}

#[test]
fn compare_lists_changed_answers_and_the_largest_dimension_change() {
    let q = questionnaire();
    let mut before = dated(&q, "2025", "2025-11-25");
    before.set_response("cs-a-2", level(1));
    before.set_response("od-a-1", level(2));
    before.set_response("od-b-1", level(2));
    let mut after = dated(&q, "2026", "2026-11-25");
    after.set_response("cs-a-2", level(1)); // unchanged: not listed
    after.set_response("od-a-1", level(4));
    after.set_response("od-b-1", Some(Response::DontKnow));
    after.set_response("cs-b-1", level(3)); // new answer
    let c = compare(&q, &before, &after);
    let changed: Vec<&str> = c.answers.iter().map(|a| a.at.question.id.as_str()).collect();
    assert_eq!(changed, ["cs-b-1", "od-a-1", "od-b-1"]);
    assert_eq!(c.answers[0].earlier, None);
    // cs: 1.0 → (1 + 3) / 2 = 2.0; od: (2 + 2) / 2 = 2.0 → (4 + 0) / 2 = 2.0, unchanged.
    let (dimension, change) = c.largest_dimension_change().unwrap();
    assert_eq!((dimension.id.as_str(), change), ("cs", 1.0));
}

#[test]
fn no_change_means_no_largest_dimension_change() {
    let q = questionnaire();
    let mut a = dated(&q, "2025", "2025-11-25");
    a.set_response("od-a-1", level(2));
    let b = a.duplicate("2026".into(), "2026-11-25".into());
    let c = compare(&q, &a, &b);
    assert!(c.answers.is_empty());
    assert_eq!(c.largest_dimension_change(), None);
}

#[test]
fn an_earlier_full_check_is_compared_in_the_later_kurzcheck_scope() {
    let q = questionnaire();
    let mut before = dated(&q, "2025", "2025-11-25");
    before.set_response("od-a-1", level(2));
    before.set_response("od-a-2", level(0)); // not in the Kurzcheck: must not pull od-a down
    let mut after = dated(&q, "2026", "2026-11-25");
    after.profile.scope = Scope::Kurzcheck;
    after.set_response("od-a-1", level(2));
    after.set_response("od-a-2", level(4)); // changed, but outside the later scope
    let c = compare(&q, &before, &after);
    let od_a = c.categories.iter().find(|ch| ch.item.id == "od-a").unwrap();
    assert_eq!(od_a.change(), Some(0.0));
    assert!(c.answers.is_empty(), "{:?}", c.answers.iter().map(|a| &a.at.question.id).collect::<Vec<_>>());
}

#[test]
fn categories_by_gap_puts_the_largest_gap_first_and_unscored_last() {
    let q = questionnaire();
    let mut a = assessment(&q); // 12,000 inhabitants: cs target 3.0, od target 2.0
    a.set_response("cs-b-1", level(2)); // cs-b: gap 1
    a.set_response("od-a-1", level(0)); // od-a: gap 2
    a.set_response("od-b-1", level(3)); // od-b: above target, gap 0
    let r = score(&q, &a);
    let rows = categories_by_gap(&r, None);
    let ids: Vec<&str> = rows.iter().map(|(_, c, _)| c.id.as_str()).collect();
    assert_eq!(ids, ["od-a", "cs-b", "od-b", "cs-a"]);
    assert_eq!(rows[3].2.gap, None);
    let (category, gap) = largest_gap(&r).unwrap();
    assert_eq!((category.id.as_str(), gap), ("od-a", 2.0));
    let (dimension, weakest) = weakest_dimension(&r).unwrap();
    assert_eq!((dimension.id.as_str(), weakest), ("od", 1.5));
}

#[test]
fn no_largest_gap_when_every_category_meets_its_target() {
    let q = questionnaire();
    let mut a = assessment(&q);
    for id in ["cs-a-1", "cs-b-1", "od-a-1", "od-b-1"] {
        a.set_response(id, level(4));
    }
    assert_eq!(largest_gap(&score(&q, &a)), None);
    assert_eq!(weakest_dimension(&score(&q, &assessment(&q))), None);
}

#[test]
fn comparison_with_peers_sets_peer_gap_and_position() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("cs-a-1", level(4));
    a.set_response("cs-b-1", level(4));
    let r = score(&q, &a);
    let peers = GroupFigures {
        group: PeerGroup::ALL,
        n: 20,
        dimensions: [("cs".to_string(), Stats { n: 20, mean: 2.0, q1: 1.5, median: 2.0, q3: 2.5 })].into(),
        categories: [("cs-a".to_string(), Stats { n: 3, mean: 2.0, q1: 1.5, median: 2.0, q3: 2.5 })].into(),
        merged: Vec::new(),
    };
    let cs = comparison::dimension(r.dimension("cs").unwrap(), Some(&peers));
    assert_eq!((cs.level, cs.target, cs.gap), (Some(4.0), 3.0, Some(0.0)));
    assert_eq!(cs.peer_gap, Some(1.0));
    assert_eq!(cs.position, Some(Position::AboveQ3));
    // n = 3 is suppressed: no peer figures, no position.
    let cs_a = comparison::category(r.category("cs-a").unwrap(), Some(&peers));
    assert_eq!((cs_a.peer, cs_a.position, cs_a.peer_gap), (None, None, None));
    let od = comparison::dimension(r.dimension("od").unwrap(), None);
    assert_eq!((od.level, od.gap, od.position), (None, None, None));
}

#[test]
fn coverage_of_an_empty_scope_is_complete_not_provisional() {
    let empty = Coverage::default();
    assert_eq!(empty.ratio(), 1.0);
    assert!(!empty.provisional());
    let half = Coverage { in_scope: 4, answered: 2, ..Coverage::default() };
    assert_eq!(half.ratio(), 0.5);
    assert!(half.provisional());
    assert!(!Coverage { in_scope: 5, answered: 4, ..Coverage::default() }.provisional(), "80 % is enough");
}
