use digikompass_core::domain::benchmark::{GroupFigures, Pack, PeerGroup, Position, Stats, FORMAT, FORMAT_VERSION};
use digikompass_core::domain::kommune::{Kind, SizeClass};
use digikompass_core::domain::versioned::FileError;

use crate::fixture::questionnaire;

fn stats(n: u32, median: f64) -> Stats {
    Stats { n, mean: median, q1: median - 0.5, median, q3: median + 0.5 }
}

fn group(kind: Option<Kind>, size_class: Option<SizeClass>, n: u32, median: f64) -> GroupFigures {
    GroupFigures {
        group: PeerGroup { kind, size_class },
        n,
        dimensions: [("cs".to_string(), stats(n, median)), ("od".to_string(), stats(n, median))].into(),
        categories: [("cs-a".to_string(), stats(n, median))].into(),
        merged: Vec::new(),
    }
}

fn pack(groups: Vec<GroupFigures>) -> Pack {
    Pack {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        questionnaire_id: "test-fragebogen".into(),
        questionnaire_version: 2,
        title: "Testpaket".into(),
        source: "Test".into(),
        date: "2026-11-25".into(),
        synthetic: true,
        groups,
    }
}

#[test]
fn lookup_falls_back_and_never_returns_small_groups() {
    let p = pack(vec![
        group(None, None, 100, 2.0),
        group(None, Some(SizeClass::Unter5000), 40, 1.5),
        group(Some(Kind::Gemeinde), Some(SizeClass::Unter5000), 30, 1.4),
        group(Some(Kind::Stadtkreis), Some(SizeClass::Ab50000), 4, 3.0),
    ]);
    let best = |k, s| p.best_group(k, s).unwrap().group;
    assert_eq!(
        best(Some(Kind::Gemeinde), Some(SizeClass::Unter5000)),
        PeerGroup { kind: Some(Kind::Gemeinde), size_class: Some(SizeClass::Unter5000) }
    );
    assert_eq!(
        best(Some(Kind::Stadt), Some(SizeClass::Unter5000)),
        PeerGroup { kind: None, size_class: Some(SizeClass::Unter5000) }
    );
    // n = 4 is suppressed: the Stadtkreis falls back to „alle“.
    assert_eq!(best(Some(Kind::Stadtkreis), Some(SizeClass::Ab50000)), PeerGroup::ALL);
    assert_eq!(best(None, None), PeerGroup::ALL);
    assert!(p.group(PeerGroup { kind: Some(Kind::Stadtkreis), size_class: Some(SizeClass::Ab50000) }).is_none());
    assert!(p.shown_groups().all(|g| g.n >= 5));
    assert!(p.shown_groups().next().unwrap().group.is_all());
}

#[test]
fn suppressed_cells_inside_a_shown_group_are_hidden() {
    let mut g = group(None, None, 50, 2.0);
    g.categories.insert("cs-b".into(), stats(3, 1.0));
    assert!(g.stats("cs-b").is_none());
    assert!(g.stats("cs-a").is_some());
}

#[test]
fn position_against_quartiles() {
    let s = Stats { n: 10, mean: 2.0, q1: 1.5, median: 2.0, q3: 2.5 };
    assert_eq!(s.position(1.0), Position::BelowQ1);
    assert_eq!(s.position(1.7), Position::Q1ToMedian);
    assert_eq!(s.position(2.0), Position::MedianToQ3);
    assert_eq!(s.position(2.5), Position::MedianToQ3);
    assert_eq!(s.position(3.0), Position::AboveQ3);
}

#[test]
fn peer_group_keys_round_trip() {
    for kind in [None].into_iter().chain(Kind::ALL.map(Some)) {
        for size_class in [None].into_iter().chain(SizeClass::ALL.map(Some)) {
            let g = PeerGroup { kind, size_class };
            assert_eq!(PeerGroup::from_key(&g.key()), Some(g));
        }
    }
    assert_eq!(PeerGroup::from_key("dorf/*"), None);
}

#[test]
fn parse_accepts_a_valid_pack_and_rejects_bad_ones() {
    let q = questionnaire();
    let good = pack(vec![group(None, None, 100, 2.0)]);
    let text = serde_json::to_string(&good).unwrap();
    assert_eq!(Pack::parse(&text, &q), Ok(good.clone()));

    assert!(matches!(Pack::parse("{ nicht json", &q), Err(FileError::NotJson(_))));
    assert_eq!(Pack::parse(r#"{"format":"digikompass-assessment"}"#, &q), Err(FileError::WrongFormat));
    let newer = text.replace("\"format_version\":1", "\"format_version\":7");
    assert_eq!(Pack::parse(&newer, &q), Err(FileError::NewerFormat { found: 7 }));
    let other = text.replace("\"questionnaire_version\":2", "\"questionnaire_version\":1");
    assert!(matches!(Pack::parse(&other, &q), Err(FileError::OtherQuestionnaire { version: 1, .. })));
    let huge = " ".repeat(6 * 1024 * 1024);
    assert!(matches!(Pack::parse(&huge, &q), Err(FileError::TooLarge { .. })));

    let mut unordered = good.clone();
    unordered.groups[0].dimensions.get_mut("cs").unwrap().q1 = 3.9;
    assert!(matches!(Pack::parse(&serde_json::to_string(&unordered).unwrap(), &q), Err(FileError::Invalid(_))));
    let mut unknown = good.clone();
    unknown.groups[0].categories.insert("xx".into(), stats(10, 1.0));
    assert!(
        matches!(Pack::parse(&serde_json::to_string(&unknown).unwrap(), &q), Err(FileError::Invalid(m)) if m.to_string().contains("xx"))
    );
    let mut twice = good;
    twice.groups.push(twice.groups[0].clone());
    assert!(matches!(Pack::parse(&serde_json::to_string(&twice).unwrap(), &q), Err(FileError::Invalid(_))));
}
