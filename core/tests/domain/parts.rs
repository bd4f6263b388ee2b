use std::collections::BTreeMap;

use digikompass_core::domain::assessment::Response;
use digikompass_core::domain::parts::{check, conflicts, create, merge, PartError, Source};
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
