use digikompass_core::domain::assessment::{Counted, Response, Scope};
use digikompass_core::domain::scoring::{percent, score};
use proptest::prelude::*;

use crate::fixture::{assessment, level, levels_of, question_ids, questionnaire};

fn approx(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn weighted_category_mean_with_dont_know_as_zero() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("cs-a-1", level(4)); // weight 3
    a.set_response("cs-a-2", Some(Response::DontKnow)); // weight 1, scores 0
    a.set_response("cs-a-3", level(2)); // weight 2
    let r = score(&q, &a);
    let cat = r.category("cs-a").unwrap();
    assert!(approx(cat.level, (3.0 * 4.0 + 0.0 + 2.0 * 2.0) / 6.0));
    assert_eq!(cat.coverage.answered, 3);
    assert_eq!(cat.coverage.open, 1);
    assert_eq!(cat.coverage.covered(), 2);
    assert_eq!(cat.level_counts, [0, 0, 1, 0, 1]);
}

#[test]
fn not_applicable_is_left_out_like_unanswered() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("od-a-1", level(1));
    a.set_response("od-a-2", Some(Response::NotApplicable { reason: "keine Daten".into() }));
    let r = score(&q, &a);
    assert!(approx(r.category("od-a").unwrap().level, 1.0));
    assert_eq!(r.category("od-a").unwrap().coverage.not_applicable, 1);
    // Only NA answers: no level, and no NaN.
    a.set_response("od-a-1", Some(Response::NotApplicable { reason: String::new() }));
    let r = score(&q, &a);
    assert_eq!(r.category("od-a").unwrap().level, None);
}

#[test]
fn dimension_is_mean_of_categories_and_gap_uses_size_class_target() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("od-a-1", level(1));
    a.set_response("od-b-1", level(3));
    let r = score(&q, &a);
    let od = r.dimension("od").unwrap();
    assert!(approx(od.level, 2.0));
    assert_eq!(od.target, 2.0);
    assert!(approx(od.gap(), 0.0));
    a.profile.inhabitants = Some(900); // unter-5000: target 1.5 in the fixture
    assert_eq!(score(&q, &a).dimension("od").unwrap().target, 1.5);
    a.targets.insert("od".into(), 3.5);
    let r = score(&q, &a);
    assert!(approx(r.dimension("od").unwrap().gap(), 1.5));
    assert_eq!(percent(2.0), 50.0);
}

#[test]
fn critical_item_caps_the_dimension_and_is_named() {
    let q = questionnaire();
    let mut a = assessment(&q);
    for id in ["cs-a-2", "cs-a-3", "cs-b-1"] {
        a.set_response(id, level(4));
    }
    a.set_response("cs-a-1", level(4));
    a.set_response("cs-b-2", level(1)); // critical at 1 → cap 2.0
    let r = score(&q, &a);
    let cs = r.dimension("cs").unwrap();
    assert!(cs.uncapped.unwrap() > 2.0);
    assert!(approx(cs.level, 2.0));
    assert_eq!(cs.capped_by.as_ref().unwrap().question.id, "cs-b-2");
    // A cap above the level changes nothing and names nobody.
    a.set_response("cs-b-2", level(4));
    let r = score(&q, &a);
    assert_eq!(r.dimension("cs").unwrap().capped_by, None);
}

#[test]
fn coverage_and_provisional_marking() {
    let q = questionnaire();
    let mut a = assessment(&q);
    let ids = question_ids(&q);
    assert!(score(&q, &a).provisional());
    assert_eq!(score(&q, &a).coverage.in_scope, ids.len());
    for id in &ids[..8] {
        a.set_response(id, level(2));
    }
    let r = score(&q, &a);
    assert_eq!(r.coverage.answered, 8);
    assert!(r.coverage.ratio() >= 0.8 && !r.provisional());
}

#[test]
fn dont_know_everywhere_is_answered_but_not_covered() {
    // v1 showed 100 % coverage for a check answered „weiß nicht“ throughout.
    let q = questionnaire();
    let mut a = assessment(&q);
    for id in question_ids(&q) {
        a.set_response(&id, Some(Response::DontKnow));
    }
    let r = score(&q, &a);
    assert_eq!(r.coverage.answered, r.coverage.in_scope);
    assert_eq!(r.coverage.open, r.coverage.in_scope);
    assert_eq!(r.coverage.covered(), 0);
    assert!(r.provisional());
}

#[test]
fn not_applicable_on_a_critical_question_caps_like_dont_know() {
    // v1 let „nicht zutreffend“ on a critical question silently remove the cap.
    let q = questionnaire();
    let mut a = assessment(&q);
    for id in question_ids(&q) {
        a.set_response(&id, level(4));
    }
    a.set_response("cs-a-1", Some(Response::NotApplicable { reason: "macht Komm.ONE".into() }));
    let r = score(&q, &a);
    let cs = r.dimension("cs").unwrap();
    assert_eq!(cs.level, Some(1.0));
    assert_eq!(cs.capped_by.as_ref().map(|c| c.question.id.as_str()), Some("cs-a-1"));
    assert_eq!(cs.coverage.open, 1);
    // A non-critical question may be „nicht zutreffend“.
    a.set_response("cs-a-1", level(4));
    a.set_response("cs-a-2", Some(Response::NotApplicable { reason: String::new() }));
    assert_eq!(score(&q, &a).dimension("cs").unwrap().coverage.not_applicable, 1);
}

#[test]
fn a_provider_service_counts_only_once_assured_in_writing() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("od-a-1", level(3));
    a.update_answer("od-a-1", |ans| ans.by_provider = true);
    let open = score(&q, &a);
    let cat = open.category("od-a").unwrap();
    assert_eq!((cat.level, cat.coverage.open), (Some(0.0), 1), "not yet assured: open, scores 0");
    a.update_answer("od-a-1", |ans| ans.assured = Some(false));
    assert_eq!(score(&q, &a).category("od-a").unwrap().level, Some(0.0));
    a.update_answer("od-a-1", |ans| ans.assured = Some(true));
    let assured = score(&q, &a);
    let cat = assured.category("od-a").unwrap();
    assert_eq!((cat.level, cat.coverage.open), (Some(3.0), 0), "assured: the level counts");
    assert!(a.answers["od-a-1"].provider_assured());
}

#[test]
fn kurzcheck_scores_only_flagged_questions() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.profile.scope = Scope::Kurzcheck;
    a.set_response("cs-a-2", level(4)); // not in the Kurzcheck: ignored
    a.set_response("cs-a-1", level(2));
    let r = score(&q, &a);
    assert_eq!(r.coverage.in_scope, 4);
    assert!(approx(r.category("cs-a").unwrap().level, 2.0));
}

#[test]
fn empty_assessment_has_no_levels_and_no_nan() {
    let q = questionnaire();
    let r = score(&q, &assessment(&q));
    for d in &r.dimensions {
        assert_eq!(d.level, None);
        assert_eq!(d.gap(), None);
        for c in &d.categories {
            assert_eq!(c.level, None);
        }
    }
}

#[test]
fn results_compare_by_figures_and_by_which_questionnaire_they_point_to() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("cs-a-1", level(3));
    let before = score(&q, &a);
    a.answers.get_mut("cs-a-1").unwrap().note = "Notiz".into();
    assert_eq!(score(&q, &a), before, "a note changes no figure");
    a.set_response("cs-a-1", level(2));
    assert_ne!(score(&q, &a), before, "an answer does");
    // A copy of the questionnaire (its texts arrived later) gives results that show other texts.
    let copy = q.clone();
    assert_ne!(score(&copy, &a), score(&q, &a));
}

/// Any response, or none.
fn any_response() -> impl Strategy<Value = Option<Response>> {
    prop_oneof![
        Just(None),
        (0u8..=4).prop_map(|l| Some(Response::Level { level: l })),
        Just(Some(Response::DontKnow)),
        Just(Some(Response::NotApplicable { reason: String::new() })),
    ]
}

fn answers() -> impl Strategy<Value = Vec<Option<Response>>> {
    prop::collection::vec(any_response(), 10)
}

proptest! {
    #[test]
    fn levels_stay_within_zero_and_four(responses in answers(), kurz in any::<bool>()) {
        let q = questionnaire();
        let mut a = assessment(&q);
        if kurz { a.profile.scope = Scope::Kurzcheck; }
        for (id, r) in question_ids(&q).iter().zip(responses) { a.set_response(id, r); }
        let r = score(&q, &a);
        for level in levels_of(&r).into_iter().flatten() {
            prop_assert!((0.0..=4.0).contains(&level), "level {level}");
        }
        for d in &r.dimensions {
            prop_assert!(d.gap().is_none_or(|g| (0.0..=4.0).contains(&g)));
        }
        prop_assert!((0.0..=1.0).contains(&r.coverage.ratio()));
    }

    #[test]
    fn raising_one_answer_never_lowers_its_category_or_dimension(
        responses in answers(), index in 0usize..10, from in 0u8..4, step in 1u8..=4, dont_know in any::<bool>()
    ) {
        let q = questionnaire();
        let ids = question_ids(&q);
        let mut a = assessment(&q);
        for (id, r) in ids.iter().zip(responses) { a.set_response(id, r); }
        let id = &ids[index];
        a.set_response(id, if dont_know { Some(Response::DontKnow) } else { level(from) });
        let before = score(&q, &a);
        let to = (from + step).min(4);
        a.set_response(id, level(to));
        let after = score(&q, &a);
        let at = q.question(id).unwrap();
        let cat = |r: &digikompass_core::domain::scoring::Results| r.category(&at.category.id).unwrap().level.unwrap();
        let dim = |r: &digikompass_core::domain::scoring::Results| r.dimension(&at.dimension.id).unwrap().level.unwrap();
        prop_assert!(cat(&after) >= cat(&before) - 1e-12);
        prop_assert!(dim(&after) >= dim(&before) - 1e-12);
    }

    #[test]
    fn not_applicable_never_changes_a_level(responses in answers(), index in 0usize..10) {
        let q = questionnaire();
        // Critical questions offer no „nicht zutreffend“ (see the test above).
        let ids: Vec<String> = question_ids(&q).into_iter().filter(|id| !q.question(id).unwrap().question.critical).collect();
        let index = index % ids.len();
        let mut a = assessment(&q);
        for (id, r) in ids.iter().zip(responses) { a.set_response(id, r); }
        a.set_response(&ids[index], None);
        let unanswered = score(&q, &a);
        a.set_response(&ids[index], Some(Response::NotApplicable { reason: "trifft nicht zu".into() }));
        let not_applicable = score(&q, &a);
        prop_assert_eq!(levels_of(&unanswered), levels_of(&not_applicable));
    }

    #[test]
    fn the_cap_holds(responses in answers()) {
        let q = questionnaire();
        let mut a = assessment(&q);
        for (id, r) in question_ids(&q).iter().zip(responses) { a.set_response(id, r); }
        let r = score(&q, &a);
        for d in &r.dimensions {
            let lowest_critical = d.dimension.categories.iter().flat_map(|c| &c.questions)
                .filter(|q| q.critical)
                .filter_map(|q| a.counted(q).and_then(Counted::scored_level))
                .min();
            if let (Some(level), Some(critical)) = (d.level, lowest_critical) {
                prop_assert!(level <= f64::from(critical) + 1.0 + 1e-12);
            }
            if let Some(cap) = &d.capped_by {
                prop_assert!(cap.question.critical);
                prop_assert_eq!(d.level, Some(cap.limit));
            }
        }
    }
}
