use std::collections::BTreeSet;

use digikompass_core::domain::action_plan::Basis;
use digikompass_core::domain::assessment::{ItProvider, MeasureStatus, Open, Response, Scope};
use digikompass_core::domain::benchmark::{GroupFigures, PeerGroup};
use digikompass_core::domain::kommune::{Kind, SizeClass};
use digikompass_core::domain::questionnaire::Effort;
use digikompass_core::i18n::labels;
use digikompass_core::i18n::{texts, Lang};

const LANGS: [Lang; 2] = [Lang::De, Lang::En];

/// Labels of one language must be told apart in a select box or a table column.
fn all_distinct_and_non_empty(labels: Vec<&str>, what: &str) {
    assert!(labels.iter().all(|l| !l.trim().is_empty()), "{what}: empty label in {labels:?}");
    let unique: BTreeSet<&str> = labels.iter().copied().collect();
    assert_eq!(unique.len(), labels.len(), "{what}: labels repeat: {labels:?}");
}

fn figures(group: PeerGroup, merged: Vec<SizeClass>) -> GroupFigures {
    GroupFigures { group, n: 10, dimensions: Default::default(), categories: Default::default(), merged }
}

#[test]
fn every_kind_has_a_distinct_label_in_both_languages() {
    for lang in LANGS {
        all_distinct_and_non_empty(Kind::ALL.iter().map(|k| labels::kind(texts(lang), *k)).collect(), "kind");
    }
    assert_eq!(labels::kind(texts(Lang::De), Kind::GrosseKreisstadt), "Große Kreisstadt");
    // The English label keeps the German legal term so officials recognise it.
    assert!(labels::kind(texts(Lang::En), Kind::Landkreis).contains("Landkreis"));
}

#[test]
fn size_class_labels_are_distinct_and_name_their_lower_bound() {
    for lang in LANGS {
        let t = texts(lang);
        all_distinct_and_non_empty(SizeClass::ALL.iter().map(|s| labels::size_class(t, *s)).collect(), "size class");
        for class in SizeClass::ALL.into_iter().skip(1) {
            let low = class.bounds().0;
            let written = match lang {
                Lang::De => format!("{}.000", low / 1000),
                Lang::En => format!("{},000", low / 1000),
            };
            assert!(labels::size_class(t, class).starts_with(&written), "{lang:?} {class:?}");
        }
    }
}

#[test]
fn providers_statuses_efforts_and_scopes_are_distinct_per_language() {
    for lang in LANGS {
        let t = texts(lang);
        all_distinct_and_non_empty(ItProvider::ALL.iter().map(|p| labels::provider(t, *p)).collect(), "provider");
        let statuses = [MeasureStatus::Offen, MeasureStatus::InArbeit, MeasureStatus::Erledigt];
        all_distinct_and_non_empty(statuses.iter().map(|s| labels::status(t, *s)).collect(), "status");
        let efforts = [Effort::Gering, Effort::Mittel, Effort::Hoch];
        all_distinct_and_non_empty(efforts.iter().map(|e| labels::effort(t, *e)).collect(), "effort");
        all_distinct_and_non_empty(vec![labels::scope(t, Scope::Full), labels::scope(t, Scope::Kurzcheck)], "scope");
    }
    assert_eq!(labels::status(texts(Lang::De), MeasureStatus::InArbeit), "in Arbeit");
    assert_eq!(labels::effort(texts(Lang::En), Effort::Hoch), "high");
}

#[test]
fn provider_ids_are_unique_and_url_safe() {
    let ids: Vec<&str> = ItProvider::ALL.iter().map(|p| labels::provider_id(*p)).collect();
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), ids.len());
    assert!(ids.iter().all(|id| id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')), "{ids:?}");
}

#[test]
fn level_names_carry_number_and_meaning() {
    assert_eq!(labels::level_name(texts(Lang::De), 2), "Stufe 2 – teilweise umgesetzt");
    assert_eq!(labels::level_name(texts(Lang::En), 0), "Level 0 – not in place");
    for lang in LANGS {
        let names: Vec<String> = (0..=4).map(|l| labels::level_name(texts(lang), l)).collect();
        all_distinct_and_non_empty(names.iter().map(String::as_str).collect(), "level");
    }
}

#[test]
fn level_above_four_keeps_its_number_but_borrows_the_top_meaning() {
    // Imported files may hold out-of-range levels; the label must not panic on them.
    let t = texts(Lang::De);
    assert_eq!(labels::level_name(t, 7), "Stufe 7 – umgesetzt und regelmäßig überprüft");
    assert_eq!(labels::level_name(t, u8::MAX), format!("Stufe 255 – {}", t.common.level_4));
}

#[test]
fn responses_and_bases_are_labelled_by_kind() {
    for lang in LANGS {
        let t = texts(lang);
        assert_eq!(labels::response(t, None), t.common.unanswered);
        assert_eq!(labels::response(t, Some(&Response::DontKnow)), t.common.dont_know);
        let na = Response::NotApplicable { reason: "kein Hafen".into() };
        assert_eq!(labels::response(t, Some(&na)), t.common.not_applicable);
        assert_eq!(labels::response(t, Some(&Response::Level { level: 3 })), labels::level_name(t, 3));
        assert_eq!(labels::basis(t, Basis::Open(Open::DontKnow)), t.common.dont_know);
        assert_eq!(labels::basis(t, Basis::Open(Open::Provider)), t.common.provider_unassured);
        assert_eq!(labels::basis(t, Basis::Level(1)), labels::level_name(t, 1));
    }
}

#[test]
fn group_names_cover_all_four_shapes() {
    let t = texts(Lang::De);
    let name = |kind, size_class| labels::group_name(t, PeerGroup { kind, size_class });
    assert_eq!(name(None, None), "alle Kommunen");
    assert_eq!(name(Some(Kind::Stadt), None), "Stadt (alle Größen)");
    assert_eq!(name(None, Some(SizeClass::Unter5000)), "unter 5.000 Einwohner (alle Arten)");
    assert_eq!(name(Some(Kind::Gemeinde), Some(SizeClass::Unter5000)), "Gemeinde, unter 5.000 Einwohner");
    let en = labels::group_name(texts(Lang::En), PeerGroup::ALL);
    assert_eq!(en, "all municipalities");
}

#[test]
fn group_label_appends_merged_size_classes_in_order() {
    let t = texts(Lang::De);
    let group = PeerGroup { kind: Some(Kind::Stadt), size_class: Some(SizeClass::Bis20000) };
    assert_eq!(labels::group_label(t, &figures(group, Vec::new())), labels::group_name(t, group));
    assert_eq!(
        labels::group_label(t, &figures(group, vec![SizeClass::Bis50000, SizeClass::Ab50000])),
        "Stadt, 10.000 bis unter 20.000 Einwohner + 20.000 bis unter 50.000 Einwohner + 50.000 Einwohner und mehr"
    );
    let en = labels::group_label(texts(Lang::En), &figures(group, vec![SizeClass::Bis50000]));
    assert!(en.ends_with(" + 20,000 to under 50,000 inhabitants"), "{en}");
}

#[test]
fn every_peer_group_has_a_distinct_name() {
    for lang in LANGS {
        let t = texts(lang);
        let kinds = std::iter::once(None).chain(Kind::ALL.map(Some));
        let groups: Vec<PeerGroup> = kinds
            .flat_map(|kind| {
                std::iter::once(None)
                    .chain(SizeClass::ALL.map(Some))
                    .map(move |size_class| PeerGroup { kind, size_class })
            })
            .collect();
        assert_eq!(groups.len(), 7 * 6);
        let names: Vec<String> = groups.iter().map(|g| labels::group_name(t, *g)).collect();
        all_distinct_and_non_empty(names.iter().map(String::as_str).collect(), "peer group");
    }
}

#[test]
fn an_answer_reads_as_it_counts() {
    use digikompass_core::domain::assessment::Answer;
    let t = texts(Lang::De);
    let q = crate::fixture::question("x-1", 1, false, false);
    let mut a = Answer { response: Some(Response::Level { level: 3 }), ..Answer::default() };
    assert_eq!(labels::answer(t, &a, &q), labels::level_name(t, 3));
    a.by_provider = true;
    assert_eq!(labels::answer(t, &a, &q), t.common.provider_unassured, "not assured: open, whatever the level");
    a.assured = Some(true);
    assert_eq!(labels::answer(t, &a, &q), labels::level_name(t, 3));
}
