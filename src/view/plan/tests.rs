//! The plan's texts and CSV for an assessment with known answers.

use super::*;
use crate::content;
use crate::domain::action_plan;
use crate::domain::assessment::{Assessment, MeasureStatus, Response};
use crate::domain::scoring::score;

fn plan_for(a: &Assessment) -> Vec<Measure<'static>> {
    let q = content::questionnaire();
    action_plan::build(q, a, &score(q, a))
}

/// The first question at level 1, the second „weiß nicht“, everything else at 4.
fn assessment() -> (Assessment, String, String) {
    let q = content::questionnaire();
    let mut a = Assessment::new("p".into(), q, "2026-11-25".into());
    let ids: Vec<String> = q.questions().map(|at| at.question.id.clone()).collect();
    for id in &ids {
        a.set_response(id, Some(Response::Level { level: 4 }));
    }
    a.set_response(&ids[0], Some(Response::Level { level: 1 }));
    a.set_response(&ids[1], Some(Response::DontKnow));
    (a, ids[0].clone(), ids[1].clone())
}

#[test]
fn now_and_step_say_where_a_measure_starts() {
    let (a, low, unknown) = assessment();
    let plan = plan_for(&a);
    let t = i18n::texts(Lang::De);
    let at_one = plan.iter().find(|m| m.question_id() == low).expect("a measure for level 1");
    let descriptor = at_one.at.question.levels.get(Lang::De, 1);
    assert_eq!(now_text(t, Lang::De, at_one), format!("{}: {descriptor}", labels::level_name(t, 1)));
    assert_eq!(step_text(t, Lang::De, at_one), at_one.step.map(|s| s.text(Lang::De)).unwrap_or_default());

    let dont_know = plan.iter().find(|m| m.question_id() == unknown).expect("a measure for „weiß nicht“");
    assert_eq!(now_text(t, Lang::De, dont_know), t.common.dont_know);
    assert!(step_text(t, Lang::De, dont_know).starts_with(t.plan.clarify), "first clarify");
}

#[test]
fn csv_has_a_header_and_one_row_per_measure_with_tracking() {
    let (a, low, _) = assessment();
    let plan = plan_for(&a);
    let t = i18n::texts(Lang::De);
    let mut tracking = BTreeMap::new();
    tracking.insert(
        low.clone(),
        MeasureTracking {
            owner: "Hauptamt; Frau Roth".into(),
            due: "2027-03-31".into(),
            status: MeasureStatus::InArbeit,
        },
    );
    let rows = csv_rows(t, Lang::De, &plan, &tracking);
    assert_eq!(rows.len(), plan.len() + 1);
    assert_eq!(rows[0][0], t.plan.csv_rank);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "every row has every column");
    let row = rows.iter().find(|r| r[3] == low).expect("the level-1 measure");
    assert_eq!(&row[9..12], ["Hauptamt; Frau Roth", "31.03.2027", labels::status(t, MeasureStatus::InArbeit)]);
    let ranks: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ranks[..2], ["1", "2"]);
    assert!(rows[1..].iter().all(|r| r[8].contains(',')), "priorities with a decimal comma: {:?}", rows[1][8]);
    let untracked = rows.iter().find(|r| r[3] != low && r[0] != t.plan.csv_rank).unwrap();
    assert_eq!(untracked[10], "", "no due date: an empty cell, not a date");
}

#[test]
fn english_csv_is_english() {
    let q = content::with_texts(Lang::En, content::texts_json(Lang::En)).unwrap();
    let (a, _, _) = assessment();
    let plan = action_plan::build(q, &a, &score(q, &a));
    let t = i18n::texts(Lang::En);
    let rows = csv_rows(t, Lang::En, &plan, &BTreeMap::new());
    assert_eq!(rows[0][0], t.plan.csv_rank);
    assert!(rows[1..].iter().all(|r| r[8].contains('.')), "decimal point: {:?}", rows[1][8]);
    assert_eq!(rows[1][4], plan[0].at.question.text.get(Lang::En));
}
