use std::collections::BTreeMap;

use digikompass_core::domain::assessment::Response;
use digikompass_core::domain::assessment::Walk;
use digikompass_core::domain::exchange;
use digikompass_core::domain::parts::{
    answered, check, conflicts, create, merge, read, taken_over, PartError, Problem, Source,
};
use digikompass_core::domain::versioned::FileError;
use proptest::prelude::*;

use crate::fixture::{assessment, level, question_ids, questionnaire};

fn cats(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_part_holds_only_its_categories_and_knows_its_main() {
    let q = questionnaire();
    let mut main = assessment(&q);
    main.set_response("cs-a-1", level(1));
    main.set_response("od-a-1", level(2));
    main.scenario.insert("cs-a-1".into(), 1);
    let part = create(&main, &q, "p1".into(), " Kämmerei ", &cats(&["cs-a"]));
    assert_eq!(part.part.as_ref().unwrap().label, "Kämmerei");
    assert_eq!(part.part.as_ref().unwrap().main_id, main.id);
    assert_eq!(part.answers.keys().collect::<Vec<_>>(), ["cs-a-1"]);
    assert!(part.scenario.is_empty() && part.measures.is_empty());
    assert_eq!(part.profile, main.profile);
}

#[test]
fn bad_parts_are_named() {
    let q = questionnaire();
    let main = assessment(&q);
    let good = create(&main, &q, "p1".into(), "IT", &cats(&["cs-a"]));
    let mut other = good.clone();
    other.id = "p2".into();
    other.part.as_mut().unwrap().main_id = "jemand-anderes".into();
    let mut older = good.clone();
    older.id = "p3".into();
    older.questionnaire_version += 1;
    assert_eq!(
        check(&main, &[good.clone(), main.clone(), other, older, good.clone()]),
        vec![
            Ok(()),
            Err(PartError::NotAPart),
            Err(PartError::OtherAssessment),
            Err(PartError::OtherVersion { found: good.questionnaire_version + 1 }),
            Err(PartError::Duplicate),
        ]
    );
}

#[test]
fn a_conflict_is_resolved_as_chosen_with_provenance_and_every_note_kept() {
    let q = questionnaire();
    let mut main = assessment(&q);
    main.set_response("cs-a-1", level(1));
    main.answers.get_mut("cs-a-1").unwrap().note = "Vermerk Hauptamt".into();
    let mut kaemmerei = create(&main, &q, "p1".into(), "Kämmerei", &cats(&["cs-a"]));
    let mut it = create(&main, &q, "p2".into(), "IT", &cats(&["cs-a", "cs-b"]));
    kaemmerei.set_response("cs-a-1", level(2));
    kaemmerei.answers.get_mut("cs-a-1").unwrap().note = "Vermerk Hauptamt\nRechnung liegt vor".into();
    kaemmerei.set_response("cs-a-2", level(3));
    it.set_response("cs-a-1", level(3));
    it.set_response("cs-b-1", level(4));
    let parts = [kaemmerei, it];

    let found = conflicts(&q, &main, &parts);
    assert_eq!(found.len(), 1, "only cs-a-1 is answered differently");
    assert_eq!(found[0].at.question.id, "cs-a-1");
    let sources: Vec<&Source> = found[0].options.iter().map(|(s, _)| s).collect();
    assert_eq!(sources, [&Source::Main, &Source::Part(0), &Source::Part(1)]);

    let chosen = BTreeMap::from([("cs-a-1".to_string(), Source::Part(1))]);
    let merged = merge(&q, &main, &parts, &chosen);
    let a = &merged.answers["cs-a-1"];
    assert_eq!((a.response.clone(), a.source.as_str()), (Some(Response::Level { level: 3 }), "IT"));
    assert_eq!(a.note, "Vermerk Hauptamt\nKämmerei: Rechnung liegt vor");
    assert_eq!(merged.answers["cs-a-2"].source, "Kämmerei");
    assert_eq!(merged.answers["cs-b-1"].source, "IT");
    // The main's own answers elsewhere are untouched; the main itself is not changed.
    assert_eq!(main.answers["cs-a-1"].response, Some(Response::Level { level: 1 }));
    // Without a choice the main answer stays.
    assert_eq!(
        merge(&q, &main, &parts, &BTreeMap::new()).answers["cs-a-1"].response,
        Some(Response::Level { level: 1 })
    );
}

fn any_response() -> impl Strategy<Value = Option<Response>> {
    prop_oneof![Just(None), (0u8..=4).prop_map(|l| Some(Response::Level { level: l })), Just(Some(Response::DontKnow))]
}

proptest! {
    #[test]
    fn merging_the_same_parts_twice_changes_nothing_more(
        main_answers in prop::collection::vec(any_response(), 10),
        part_answers in prop::collection::vec(any_response(), 10),
        note in "[a-z ]{0,12}",
        pick_part in any::<bool>(),
    ) {
        let q = questionnaire();
        let ids = question_ids(&q);
        let mut main = assessment(&q);
        for (id, r) in ids.iter().zip(main_answers) { main.set_response(id, r); }
        let mut part = create(&main, &q, "p1".into(), "ISB", &cats(&["cs-a", "od-b"]));
        for (id, r) in ids.iter().zip(part_answers) {
            part.set_response(id, r);
            if !note.trim().is_empty() {
                part.answers.entry(id.clone()).or_default().note = note.clone();
            }
        }
        let parts = [part];
        let chosen: BTreeMap<String, Source> = conflicts(&q, &main, &parts).into_iter()
            .map(|c| (c.at.question.id.clone(), if pick_part { Source::Part(0) } else { Source::Main })).collect();
        let once = merge(&q, &main, &parts, &chosen);
        let twice = merge(&q, &once, &parts, &chosen);
        prop_assert_eq!(&twice, &once);
        // Nothing lost: every answer of the main outside the part's categories is unchanged.
        for id in &ids {
            let at = q.question(id).unwrap();
            if !["cs-a", "od-b"].contains(&at.category.id.as_str()) {
                prop_assert_eq!(once.answers.get(id), main.answers.get(id));
            }
        }
    }
}

#[test]
fn an_answer_changed_in_the_main_assessment_is_its_own_again() {
    let q = questionnaire();
    let main = assessment(&q);
    let mut part = create(&main, &q, "p1".into(), "IT", &cats(&["cs-a"]));
    part.set_response("cs-a-1", level(3));
    let mut merged = merge(&q, &main, &[part], &BTreeMap::new());
    assert_eq!(merged.answers["cs-a-1"].source, "IT");
    merged.set_response("cs-a-1", level(3));
    assert_eq!(merged.answers["cs-a-1"].source, "IT", "the same answer again keeps its source");
    merged.set_response("cs-a-1", level(2));
    assert_eq!(merged.answers["cs-a-1"].source, "");
}

#[test]
fn chosen_files_are_read_as_parts_or_each_bad_one_is_named() {
    let q = questionnaire();
    let mut main = assessment(&q);
    main.id = "main".into();
    let mut part = create(&main, &q, "p1".into(), "Kämmerei", &cats(&["cs-a"]));
    part.set_response("cs-a-1", level(2));
    assert_eq!(answered(&q, &part), 1);
    let file = |a: &digikompass_core::domain::assessment::Assessment| Ok(exchange::export(a));
    let read_back = read(&q, &main, &[("kaemmerei.json".into(), file(&part))]).expect("a good part");
    assert_eq!(read_back, [part.clone()]);

    let mut older = create(&main, &q, "p2".into(), "IT", &cats(&["od-a"]));
    older.questionnaire_version = q.version - 1;
    let mut stranger = create(&main, &q, "p3".into(), "ISB", &cats(&["od-a"]));
    stranger.part.as_mut().unwrap().main_id = "anderswo".into();
    let files = [
        ("kaemmerei.json".to_string(), file(&part)),
        ("notiz.txt".into(), Ok("kein JSON".into())),
        ("alt.json".into(), file(&older)),
        ("ganz.json".into(), file(&main)),
        ("fremd.json".into(), file(&stranger)),
        ("kaemmerei-2.json".into(), file(&part)),
        ("zu-gross.json".into(), Err(FileError::TooLarge { bytes: 10 })),
    ];
    let problems = read(&q, &main, &files).expect_err("bad files");
    let named: Vec<(&str, String)> = problems
        .iter()
        .map(|(name, p)| {
            let kind = match p {
                Problem::File(FileError::TooLarge { .. }) => "too large".to_string(),
                Problem::File(_) => "unreadable".to_string(),
                Problem::Part(e) => format!("{e:?}"),
            };
            (name.as_str(), kind)
        })
        .collect();
    assert_eq!(
        named,
        [
            ("notiz.txt", "unreadable".to_string()),
            ("alt.json", format!("{:?}", PartError::OtherVersion { found: q.version - 1 })),
            ("ganz.json", format!("{:?}", PartError::NotAPart)),
            ("fremd.json", format!("{:?}", PartError::OtherAssessment)),
            ("kaemmerei-2.json", format!("{:?}", PartError::Duplicate)),
            ("zu-gross.json", "too large".to_string()),
        ]
    );
}

#[test]
fn taken_over_counts_the_answers_that_changed_and_a_part_counts_its_own_progress() {
    let q = questionnaire();
    let mut main = assessment(&q);
    main.set_response("cs-a-1", level(2));
    let mut part = create(&main, &q, "p1".into(), "IT", &cats(&["cs-a"]));
    let walk = Walk::of(&part);
    let in_cs_a = q.dimensions[0].categories[0].questions.len();
    assert_eq!(walk.progress(&q, &part, "cs"), (1, in_cs_a), "the answer it came with counts");
    assert_eq!(walk.progress(&q, &part, "od"), (0, 0), "nothing outside its categories");
    part.set_response("cs-a-1", level(2));
    part.set_response("cs-a-2", level(3));
    let merged = merge(&q, &main, std::slice::from_ref(&part), &BTreeMap::new());
    assert_eq!(taken_over(&main, &merged), 1, "the same answer is not taken over again");
    assert_eq!(taken_over(&merged, &merge(&q, &merged, &[part], &BTreeMap::new())), 0);
}
