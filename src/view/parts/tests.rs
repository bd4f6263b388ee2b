//! The merge screen's rows and choices, and the report's provenance, for the shipped questionnaire.

use super::*;
use crate::content;
use crate::domain::assessment::Response;
use crate::i18n;

fn level(l: u8) -> Option<Response> {
    Some(Response::Level { level: l })
}

/// A main assessment and a part for the first category, with its first question at `level`.
fn main_and_part(part_level: u8) -> (Assessment, Assessment, String) {
    let q = content::questionnaire();
    let mut main = Assessment::new("main".into(), q, "2026-12-06".into());
    main.profile.name = "Probstadt".into();
    let (_, first) = q.categories().next().unwrap();
    let qid = first.questions[0].id.clone();
    let mut part = parts::create(&main, q, "p1".into(), "Kämmerei", std::slice::from_ref(&first.id));
    part.set_response(&qid, level(part_level));
    (main, part, qid)
}

#[test]
fn a_chosen_part_is_listed_with_its_label_answers_and_areas() {
    let q = content::questionnaire();
    let (_, part, _) = main_and_part(2);
    let (_, first) = q.categories().next().unwrap();
    let rows = part_rows(Lang::De, q, std::slice::from_ref(&part));
    assert_eq!(
        rows,
        [PartRow { label: "Kämmerei".into(), answers: "1".into(), areas: first.title.get(Lang::De).to_string() }]
    );
    assert_eq!(file_stem(&part), "Probstadt teilbogen Kämmerei");
}

#[test]
fn a_conflict_offers_each_source_by_name_and_answer() {
    let q = content::questionnaire();
    let t = i18n::texts(Lang::De);
    let (mut main, part, qid) = main_and_part(2);
    main.set_response(&qid, level(1));
    let views = conflicts(t, Lang::De, q, &main, &[part]);
    assert_eq!(views.len(), 1);
    let view = &views[0];
    assert_eq!(view.question_id, qid);
    assert_eq!(view.question, q.question(&qid).unwrap().question.text.get(Lang::De));
    let labels: Vec<&str> = view.choices.iter().map(|c| c.label.as_str()).collect();
    assert!(labels[0].starts_with("Bisherige Antwort: Stufe 1"), "{labels:?}");
    assert!(labels[1].starts_with("Kämmerei: Stufe 2"), "{labels:?}");
    assert_eq!(view.choices[1].source, Source::Part(0));
    assert_eq!(undecided(&views, &BTreeMap::new()), [qid.as_str()]);
    assert!(undecided(&views, &BTreeMap::from([(qid.clone(), Source::Main)])).is_empty());
    assert_eq!(conflicts_line(t, 1), t.part_screens.conflicts_one);
    assert_eq!(
        conflicts_line(t, 3),
        "3 Fragen wurden unterschiedlich beantwortet. Wählen Sie je Frage, welche Antwort gilt."
    );
}

#[test]
fn the_same_answer_is_no_conflict() {
    let q = content::questionnaire();
    let (mut main, part, qid) = main_and_part(2);
    main.set_response(&qid, level(2));
    assert!(conflicts(i18n::texts(Lang::En), Lang::En, q, &main, &[part]).is_empty());
}

#[test]
fn the_report_lists_each_answer_taken_from_a_part_with_its_source() {
    let q = content::questionnaire();
    let t = i18n::texts(Lang::En);
    let (main, part, qid) = main_and_part(3);
    assert!(provenance(t, Lang::En, q, &main).is_empty());
    let merged = parts::merge(q, &main, &[part], &BTreeMap::new());
    let rows = provenance(t, Lang::En, q, &merged);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].question, q.question(&qid).unwrap().question.text.get(Lang::En));
    assert!(rows[0].answer.starts_with("Level 3"), "{}", rows[0].answer);
    assert_eq!(rows[0].source, "Kämmerei");
}

#[test]
fn every_category_of_the_scope_can_be_chosen_once_with_its_question_count() {
    let q = content::questionnaire();
    let t = i18n::texts(Lang::De);
    for scope in [crate::domain::assessment::Scope::Full, crate::domain::assessment::Scope::Kurzcheck] {
        let choices = category_choices(t, Lang::De, q, scope);
        let ids: Vec<String> = choices.iter().flat_map(|d| d.categories.iter().map(|c| c.id.clone())).collect();
        let expected: Vec<String> = categories_in_scope(q, &scope.into()).iter().map(|(_, c)| c.id.clone()).collect();
        assert_eq!(ids, expected);
        let counted: usize = choices
            .iter()
            .flat_map(|d| &d.categories)
            .map(|c| c.questions.split(' ').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(counted, q.questions().filter(|at| scope.includes(at.question)).count());
        assert!(choices[0].legend.starts_with("Bereiche aus "));
        let one = choices.iter().flat_map(|d| &d.categories).find(|c| c.questions.starts_with("1 "));
        assert!(one.is_none_or(|c| c.questions == "1 Frage"), "singular: {one:?}");
    }
}
