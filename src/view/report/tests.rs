//! „Auf einen Blick“ and the printed plan for assessments with known answers.

use super::*;
use crate::content;
use crate::domain::action_plan;
use crate::domain::assessment::{Assessment, MeasureStatus, Response, Scope};
use crate::domain::scoring::score;

/// Every question at level 4 except: the first at 1, the second „weiß nicht“, the third unanswered.
fn assessment() -> (Assessment, Vec<String>) {
    let q = content::questionnaire();
    let mut a = Assessment::new("r".into(), q, "2026-11-25".into());
    let ids: Vec<String> = q.questions().map(|at| at.question.id.clone()).collect();
    for id in &ids[3..] {
        a.set_response(id, Some(Response::Level { level: 4 }));
    }
    a.set_response(&ids[0], Some(Response::Level { level: 1 }));
    a.set_response(&ids[1], Some(Response::DontKnow));
    (a, ids)
}

#[test]
fn glance_counts_what_is_open_and_unanswered_and_names_the_top_three() {
    let q = content::questionnaire();
    let (a, ids) = assessment();
    let results = score(q, &a);
    let plan = action_plan::build(q, &a, &results);
    let t = i18n::texts(Lang::De);
    let g = glance(t, Lang::De, Some(&results), &plan);
    assert_eq!(g.top.len(), 3.min(plan.len()));
    assert_eq!(g.top[0].question, plan[0].at.question.text.get(Lang::De));
    assert!(g.top[0].effort.starts_with("Aufwand: "), "{}", g.top[0].effort);
    let total = ids.len().to_string();
    assert!(g.coverage.contains(&format!("{} von {total}", ids.len() - 2)), "{}", g.coverage);
    assert_eq!(g.open, vec![t.report.glance_open_one, t.report.glance_unanswered_one], "one question, singular");
}

#[test]
fn glance_says_when_nothing_is_open_and_names_a_capped_dimension() {
    let q = content::questionnaire();
    let mut a = Assessment::new("r".into(), q, "2026-11-25".into());
    for at in q.questions() {
        a.set_response(&at.question.id, Some(Response::Level { level: 4 }));
    }
    let critical = q.questions().find(|at| at.question.critical).expect("a critical question");
    a.set_response(&critical.question.id, Some(Response::Level { level: 0 }));
    let results = score(q, &a);
    let t = i18n::texts(Lang::En);
    let g = glance(t, Lang::En, Some(&results), &action_plan::build(q, &a, &results));
    assert_eq!(g.open, vec![t.report.glance_nothing_open.to_string()]);
    assert_eq!(g.capped.len(), 1);
    assert!(
        g.capped[0].starts_with(&format!("{}: Capped at 1.0", critical.dimension.title.get(Lang::En))),
        "{}",
        g.capped[0]
    );
    assert_eq!(glance(t, Lang::En, None, &[]), Glance::default());
}

#[test]
fn plan_entries_show_every_field_with_a_dash_where_nothing_is_set() {
    let q = content::questionnaire();
    let (mut a, ids) = assessment();
    a.profile.scope = Scope::Full;
    let results = score(q, &a);
    let plan = action_plan::build(q, &a, &results);
    let mut tracking = BTreeMap::new();
    tracking.insert(
        plan[0].question_id().to_string(),
        MeasureTracking { owner: "Hauptamt".into(), due: "2027-03-31".into(), status: MeasureStatus::InArbeit },
    );
    let t = i18n::texts(Lang::De);
    let entries = plan_entries(t, Lang::De, &plan, &tracking, 2);
    assert_eq!(entries.len(), 2.min(plan.len()));
    let first = &entries[0];
    assert_eq!(first.rank, 1);
    assert_eq!(first.fields[1], (t.plan.owner_label, "Hauptamt".to_string()));
    assert_eq!(first.fields[2], (t.plan.due_label, "31.03.2027".to_string()));
    assert_eq!(first.fields[3].1, labels::status(t, MeasureStatus::InArbeit));
    assert!(first.context.starts_with(plan[0].at.dimension.title.get(Lang::De)));
    let second = &entries[1];
    assert_eq!((second.fields[1].1.as_str(), second.fields[2].1.as_str()), ("–", "–"));
    // „weiß nicht“ first asks to clarify.
    let unknown = plan_entries(t, Lang::De, &plan, &tracking, plan.len())
        .into_iter()
        .find(|e| e.question == q.questions().find(|at| at.question.id == ids[1]).unwrap().question.text.get(Lang::De))
        .expect("the „weiß nicht“ question is in the plan");
    assert!(unknown.step.starts_with(t.plan.clarify));
}

#[test]
fn the_running_header_is_a_css_string_that_a_name_cannot_break_out_of() {
    let q = content::questionnaire();
    let mut a = Assessment::new("h".into(), q, "2026-12-02".into());
    a.profile.name = "Druckstadt an der Enz".into();
    let t = i18n::texts(Lang::De);
    assert_eq!(
        running_header(t, Lang::De, &a),
        "\"Druckstadt an der Enz, Selbsteinschätzung vom 02.12.2026 (Vollständiger Check)\""
    );
    a.profile.name = "Evil\"; } body { x: \\\nend".into();
    let header = running_header(i18n::texts(Lang::En), Lang::En, &a);
    assert!(header.starts_with("\"Evil\\\"; } body { x: \\\\ end, self-assessment of"), "{header}");
    // Every quote inside is escaped: the string ends only at its last character.
    let inner = &header[1..header.len() - 1];
    let unescaped_quote = inner.char_indices().any(|(i, c)| c == '"' && !inner[..i].ends_with('\\'));
    assert!(!unescaped_quote, "{header}");
}

#[test]
fn notable_answers_are_critical_ones_below_level_3_and_open_ones() {
    let q = content::questionnaire();
    let dimension = &q.dimensions[2];
    let critical: Vec<&str> =
        dimension.categories.iter().flat_map(|c| &c.questions).filter(|q| q.critical).map(|q| q.id.as_str()).collect();
    assert!(critical.len() >= 2, "the shipped {} has critical questions", dimension.id);
    let plain = dimension
        .categories
        .iter()
        .flat_map(|c| &c.questions)
        .find(|q| !q.critical)
        .expect("a question that is not critical");
    let mut a = Assessment::new("n".into(), q, "2026-11-25".into());
    a.set_response(critical[0], Some(Response::Level { level: 2 }));
    a.set_response(critical[1], Some(Response::Level { level: 3 }));
    a.set_response(&plain.id, Some(Response::DontKnow));
    let t = i18n::texts(Lang::De);
    let n = notable(t, Lang::De, dimension, &a);
    let text =
        |id: &str| q.questions().find(|at| at.question.id == id).unwrap().question.text.get(Lang::De).to_string();
    assert_eq!(n.critical_low.len(), 1, "level 3 is not below 3: {:?}", n.critical_low);
    assert_eq!(n.critical_low[0].0, text(critical[0]));
    assert!(n.critical_low[0].1.contains('2'), "{}", n.critical_low[0].1);
    assert_eq!(n.open, [plain.text.get(Lang::De).to_string()]);
    assert_eq!(
        notable(t, Lang::De, &q.dimensions[0], &Assessment::new("e".into(), q, "2026-11-25".into())),
        Notable::default()
    );
}
