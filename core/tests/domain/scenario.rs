use digikompass_core::domain::assessment::{Answer, Counted, Open, Response, Scope};
use digikompass_core::domain::scenario::{effort_counts, lifted, max_steps, project, score_projected};
use digikompass_core::domain::scoring::{score, Results};
use proptest::prelude::*;

use crate::fixture::{assessment, level, levels_of, question_ids, questionnaire};

#[test]
fn a_chosen_measure_lifts_its_question_one_step_and_frees_a_capped_dimension() {
    let q = questionnaire();
    let mut a = assessment(&q);
    for id in question_ids(&q) {
        a.set_response(&id, level(3));
    }
    // cs-a-1 is critical: at 0 it caps Cybersicherheit at 1.
    a.set_response("cs-a-1", level(0));
    let now = score(&q, &a);
    fn cyber<'a, 'q>(r: &'a Results<'q>) -> &'a digikompass_core::domain::scoring::DimensionResult<'q> {
        r.dimension("cs").unwrap()
    }
    assert!(cyber(&now).capped_by.is_some());
    a.scenario.insert("cs-a-1".into(), 1);
    let one = score_projected(&q, &a);
    assert_eq!(project(&q, &a).response("cs-a-1"), Some(&Response::Level { level: 1 }));
    assert!(cyber(&one).level.unwrap() > cyber(&now).level.unwrap());
    // Two steps: level 2, and the cap (critical + 1 = 3) no longer binds the others at 3.
    a.scenario.insert("cs-a-1".into(), 2);
    let two = score_projected(&q, &a);
    assert!(cyber(&two).capped_by.is_none(), "{:?}", cyber(&two).capped_by);
    assert!(cyber(&two).level.unwrap() > cyber(&one).level.unwrap());
    // The answers themselves are untouched.
    assert_eq!(a.response("cs-a-1"), Some(&Response::Level { level: 0 }));
}

#[test]
fn open_answers_lift_from_where_they_score() {
    let q = questionnaire();
    let question = q.question("cs-a-2").unwrap().question;
    let dont_know = Answer { response: Some(Response::DontKnow), ..Answer::default() };
    assert_eq!(lifted(&dont_know, question, 1).unwrap().response, Some(Response::Level { level: 1 }));
    // A provider's level not assured in writing: the first step assures it as stated.
    let provider = Answer { response: Some(Response::Level { level: 3 }), by_provider: true, ..Answer::default() };
    let assured = lifted(&provider, question, 1).unwrap();
    assert_eq!((assured.response, assured.assured), (Some(Response::Level { level: 3 }), Some(true)));
    assert_eq!(lifted(&provider, question, 2).unwrap().response, Some(Response::Level { level: 4 }));
    let not_applicable =
        Answer { response: Some(Response::NotApplicable { reason: String::new() }), ..Answer::default() };
    assert_eq!(lifted(&not_applicable, question, 1), None);
    assert_eq!(lifted(&Answer::default(), question, 1), None);
    let top = Answer { response: level(4), note: "Nachweis".into(), ..Answer::default() };
    assert_eq!(lifted(&top, question, 3).unwrap(), top, "level 4 stays 4, the note stays");
}

#[test]
fn effort_is_counted_per_step_with_clarifying_as_little() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("cs-a-1", level(0)); // steps from 0: gering, from 1: mittel (fixture)
    a.set_response("cs-a-2", Some(Response::DontKnow));
    a.set_response("od-a-1", level(4));
    a.scenario.insert("cs-a-1".into(), 2);
    a.scenario.insert("cs-a-2".into(), 1);
    a.scenario.insert("od-a-1".into(), 1); // already at the top: no step
    a.scenario.insert("od-a-2".into(), 1); // unanswered: no step
    assert_eq!(effort_counts(&q, &a), [2, 1, 0]);
}

fn any_response() -> impl Strategy<Value = Option<Response>> {
    prop_oneof![
        Just(None),
        (0u8..=4).prop_map(|l| Some(Response::Level { level: l })),
        Just(Some(Response::DontKnow)),
        Just(Some(Response::NotApplicable { reason: String::new() })),
    ]
}

proptest! {
    #[test]
    fn an_empty_scenario_changes_nothing(responses in prop::collection::vec(any_response(), 10), kurz in any::<bool>()) {
        let q = questionnaire();
        let mut a = assessment(&q);
        if kurz { a.profile.scope = Scope::Kurzcheck; }
        for (id, r) in question_ids(&q).iter().zip(responses) { a.set_response(id, r); }
        prop_assert_eq!(project(&q, &a), a.clone());
        prop_assert_eq!(levels_of(&score_projected(&q, &a)), levels_of(&score(&q, &a)));
    }

    #[test]
    fn a_scenario_never_lowers_a_level_keeps_levels_in_range_and_the_cap_holds(
        responses in prop::collection::vec(any_response(), 10),
        steps in prop::collection::vec(0u8..=4, 10),
        kurz in any::<bool>(),
    ) {
        let q = questionnaire();
        let mut a = assessment(&q);
        if kurz { a.profile.scope = Scope::Kurzcheck; }
        let ids = question_ids(&q);
        for (id, r) in ids.iter().zip(responses) { a.set_response(id, r); }
        for (id, &s) in ids.iter().zip(&steps) { if s > 0 { a.scenario.insert(id.clone(), s); } }
        let now = score(&q, &a);
        let then = score_projected(&q, &a);
        for (before, after) in levels_of(&now).into_iter().zip(levels_of(&then)) {
            if let Some(before) = before {
                let after = after.expect("a level never disappears");
                prop_assert!(after >= before - 1e-12, "{before} → {after}");
                prop_assert!((0.0..=4.0).contains(&after));
            }
        }
        let projected = project(&q, &a);
        for d in &then.dimensions {
            let lowest_critical = d.dimension.categories.iter().flat_map(|c| &c.questions)
                .filter(|x| x.critical && projected.profile.scope.includes(x))
                .filter_map(|x| projected.counted(x).and_then(|c| c.scored_level()))
                .min();
            if let (Some(level), Some(critical)) = (d.level, lowest_critical) {
                prop_assert!(level <= f64::from(critical) + 1.0 + 1e-12);
            }
        }
        prop_assert!(then.coverage.covered() >= now.coverage.covered());
    }

    #[test]
    fn each_step_up_to_the_last_raises_the_level_and_the_last_reaches_the_top(
        response in any_response(), by_provider in any::<bool>(), assured in any::<bool>()
    ) {
        let q = questionnaire();
        let question = &q.dimensions[0].categories[0].questions[0];
        let answer = Answer { response, by_provider, assured: Some(assured), ..Answer::default() };
        let max = max_steps(&answer, question);
        prop_assert!(max <= 4);
        let level_after = |steps: u8| match lifted(&answer, question, steps).and_then(|a| a.response) {
            Some(Response::Level { level }) => Some(level),
            _ => None,
        };
        let levels: Vec<u8> = (1..=max).map(|steps| level_after(steps).expect("a step gives a level")).collect();
        prop_assert!(levels.windows(2).all(|w| w[1] > w[0]), "each further step raises the level: {levels:?}");
        // Four steps at most (the file format): a provider's service at 0 not assured in
        // writing spends one of them on getting it in writing.
        let stated = match answer.response { Some(Response::Level { level }) => level, _ => 0 };
        let capped = answer.counted(question) == Some(Counted::Open(Open::Provider)) && stated == 0;
        if max > 0 && !capped {
            prop_assert_eq!(levels.last().copied(), Some(4), "the last step reaches the top");
            prop_assert_eq!(level_after(max + 1), Some(4), "no step beyond the top");
        }
    }
}
