use digikompass_core::domain::action_plan::{build, provider_questions, Basis};
use digikompass_core::domain::assessment::{Open, Response};
use digikompass_core::domain::questionnaire::Effort;
use digikompass_core::domain::scoring::score;

use crate::fixture::{assessment, level, questionnaire};

#[test]
fn capping_items_first_then_gap_times_importance_then_low_effort() {
    let q = questionnaire();
    let mut a = assessment(&q); // 12,000 inhabitants: cs target 3.0, od target 2.0
    a.set_response("cs-a-1", level(4));
    a.set_response("cs-a-2", level(4));
    a.set_response("cs-a-3", level(4));
    a.set_response("cs-b-1", level(4));
    a.set_response("cs-b-2", level(1)); // critical: caps cs at 2.0 → first
    a.set_response("od-a-2", level(0)); // gap 2 × weight 3 = 6
    a.set_response("od-b-1", level(0)); // gap 2 × weight 2 = 4, step from 0: gering
    a.set_response("od-b-2", Some(Response::DontKnow)); // gap 2 × weight 1 = 2, clarify: gering
    a.set_response("od-b-3", level(0)); // gap 2 × 1 = 2, step from 0: gering → after od-b-2 by order
    a.set_response("od-a-1", level(3)); // above target: not in the plan
    let r = score(&q, &a);
    let plan = build(&q, &a, &r);
    let ids: Vec<&str> = plan.iter().map(|m| m.question_id()).collect();
    assert_eq!(ids, ["cs-b-2", "od-a-2", "od-b-1", "od-b-2", "od-b-3"]);
    assert!(plan[0].caps_dimension);
    assert_eq!(plan[0].step.unwrap().from, 1);
    assert_eq!(plan[3].basis, Basis::Open(Open::DontKnow));
    assert_eq!(plan[3].effort(), Effort::Gering);
}

#[test]
fn effort_breaks_ties_in_priority() {
    let q = questionnaire();
    let mut a = assessment(&q);
    // Equal gap × weight (1 × 2): od-b-1 from level 1 (effort mittel) vs cs-b-1 from 2 (hoch).
    a.targets.insert("cs".into(), 3.0);
    a.targets.insert("od".into(), 2.0);
    a.set_response("cs-b-1", level(2)); // gap 1 × 2, step from 2: hoch
    a.set_response("od-b-1", level(1)); // gap 1 × 2, step from 1: mittel
    let r = score(&q, &a);
    let ids: Vec<String> = build(&q, &a, &r).iter().map(|m| m.question_id().to_string()).collect();
    assert_eq!(ids, ["od-b-1", "cs-b-1"]);
}

#[test]
fn provider_list_has_dont_know_and_provider_run_answers() {
    let q = questionnaire();
    let mut a = assessment(&q);
    a.set_response("cs-a-2", Some(Response::DontKnow));
    a.update_answer("od-a-1", |answer| answer.by_provider = true);
    a.set_response("od-a-2", level(2));
    // Assured in writing: nothing left to ask the provider.
    a.set_response("od-b-1", level(3));
    a.update_answer("od-b-1", |answer| (answer.by_provider, answer.assured) = (true, Some(true)));
    let ids: Vec<&str> = provider_questions(&q, &a).iter().map(|r| r.question.id.as_str()).collect();
    assert_eq!(ids, ["cs-a-2", "od-a-1"]);
    let r = score(&q, &a);
    let plan = build(&q, &a, &r);
    let provider = plan.iter().find(|m| m.question_id() == "od-a-1").expect("a measure „beim Dienstleister klären“");
    assert_eq!(provider.basis, Basis::Open(Open::Provider));
}
