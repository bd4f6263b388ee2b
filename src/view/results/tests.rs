//! What the result charts say, for an assessment with known answers, with and without peers.

use super::*;
use crate::content;
use crate::domain::assessment::Response;
use crate::domain::kommune::Kind;
use crate::domain::scoring::score;

/// Every question at `level`, except the Open Data ones at `open_data`.
fn assessment(level: u8, open_data: Option<u8>) -> Assessment {
    let q = content::questionnaire();
    let mut a = Assessment::new("r".into(), q, "2026-11-25".into());
    a.profile.name = "Musterhausen".into();
    a.profile.kind = Some(Kind::Gemeinde);
    a.profile.inhabitants = Some(3200);
    for at in q.questions() {
        let level = if at.dimension.id == "open-data" { open_data } else { Some(level) };
        if let Some(level) = level {
            a.set_response(&at.question.id, Some(Response::Level { level }));
        }
    }
    a
}

fn de() -> &'static Texts {
    i18n::texts(Lang::De)
}

#[test]
fn radar_summary_names_mean_and_weakest_dimension() {
    let a = assessment(3, Some(1));
    let r = score(content::questionnaire(), &a);
    let view = radar(de(), Lang::De, Some(&r), Peers { figures: None, simulated: false }, "Musterhausen", 600);
    assert!(view.summary.starts_with("Musterhausen erreicht im Mittel "), "{}", view.summary);
    assert!(view.summary.contains("am niedrigsten liegt Open Data mit 1,0."), "{}", view.summary);
    assert_eq!(view.rows.len(), 4);
    let open_data = view.rows.iter().find(|row| row.label == "Open Data").unwrap();
    assert_eq!((open_data.level.as_str(), open_data.percent.as_str()), ("1,0", "25\u{202f}%"));
    assert_eq!(open_data.peer_median, "–", "no peers: a dash, not 0");
    assert_eq!(view.input.width, 600);
    assert_eq!(view.input.peer_label, None);
    assert_eq!(view.input.axes.iter().filter(|a| a.own.is_some()).count(), 4);
}

#[test]
fn without_answers_the_charts_say_so() {
    let a = assessment(0, None);
    let mut empty = a.clone();
    empty.answers.clear();
    let r = score(content::questionnaire(), &empty);
    assert_eq!(
        radar(de(), Lang::De, Some(&r), Peers { figures: None, simulated: false }, "X", 600).summary,
        de().results.radar_summary_empty
    );
    assert_eq!(
        radar(de(), Lang::De, None, Peers { figures: None, simulated: false }, "X", 600).summary,
        de().results.radar_summary_empty
    );
    assert!(
        gaps(de(), Lang::De, Some(&r), Peers { figures: None, simulated: false }, 600).rows.is_empty(),
        "unanswered categories have no gap bar"
    );
    let heat = heat_map(de(), Lang::De, Some(&r), 600);
    assert_eq!(heat.summary, "Antworten mit Stufe: 0, davon 0 auf Stufe 0 oder 1 und 0 auf Stufe 3 oder 4.");
    let dim = dimension(
        de(),
        Lang::De,
        Some(&r),
        "open-data",
        Peers { figures: None, simulated: false },
        "X",
        Drawing::screen(600),
    );
    assert_eq!(dim.summary, de().results.detail_summary_empty);
    assert!(dim.rows.iter().all(|row| row.level == "–"));
}

#[test]
fn the_largest_gap_comes_first_and_is_named() {
    let a = assessment(4, Some(0));
    let r = score(content::questionnaire(), &a);
    let view = gaps(de(), Lang::De, Some(&r), Peers { figures: None, simulated: false }, 600);
    let first = &view.rows[0];
    assert_ne!(first.gap, "0,0");
    assert!(view.summary.starts_with("Größte Lücke: "), "{}", view.summary);
    assert!(view.summary.contains(&first.label), "the summary names the first bar: {}", view.summary);
    let gaps: Vec<f64> = view.input.rows.iter().map(|r| r.gap).collect();
    assert!(gaps.windows(2).all(|w| w[0] >= w[1]), "ordered by gap: {gaps:?}");
}

#[test]
fn heat_map_counts_add_up() {
    let q = content::questionnaire();
    let a = assessment(1, Some(4));
    let r = score(q, &a);
    let view = heat_map(de(), Lang::De, Some(&r), 600);
    let total: usize = view.rows.iter().map(|row| row.counts.iter().sum::<usize>()).sum();
    let open_data = q.dimension("open-data").unwrap().categories.iter().map(|c| c.questions.len()).sum::<usize>();
    assert_eq!(total, q.questions().count());
    assert_eq!(
        view.summary,
        format!(
            "Antworten mit Stufe: {total}, davon {} auf Stufe 0 oder 1 und {open_data} auf Stufe 3 oder 4.",
            total - open_data
        )
    );
    assert_eq!(view.input.column_labels[5], de().common.open_label);
}

#[test]
fn peers_appear_in_rows_legend_and_bands() {
    let q = content::questionnaire();
    let pack = content::default_pack().unwrap();
    let a = assessment(2, Some(2));
    let peers = pack.best_group(a.profile.kind, a.profile.size_class()).cloned();
    assert!(peers.is_some(), "the example pack has a group for a small Gemeinde");
    let r = score(q, &a);
    let view =
        radar(de(), Lang::De, Some(&r), Peers { figures: peers.as_ref(), simulated: false }, "Musterhausen", 600);
    assert!(view.rows.iter().all(|row| row.peer_median != "–"), "{:?}", view.rows);
    assert_eq!(view.input.peer_label.as_deref(), Some(de().results.radar_peer_legend));
    assert!(view.input.axes.iter().all(|a| a.peer.is_some()));
    let dim = dimension(
        de(),
        Lang::De,
        Some(&r),
        "cybersicherheit",
        Peers { figures: peers.as_ref(), simulated: false },
        "Musterhausen",
        Drawing::screen(600),
    );
    assert!(dim.summary.starts_with("Stärkste Kategorie: "), "{}", dim.summary);
    assert_eq!(dim.input.peer_label.as_deref(), Some(de().results.peer_quartiles));
    // The shipped example pack: every legend says the figures are simulated.
    let simulated =
        radar(de(), Lang::De, Some(&r), Peers { figures: peers.as_ref(), simulated: true }, "Musterhausen", 600);
    assert!(simulated.input.peer_label.as_deref().is_some_and(|l| l.starts_with("Beispieldaten (simuliert)")));
    let dim = dimension(
        de(),
        Lang::De,
        Some(&r),
        "cybersicherheit",
        Peers { figures: peers.as_ref(), simulated: true },
        "Musterhausen",
        Drawing::screen(600),
    );
    assert!(dim.input.peer_label.as_deref().is_some_and(|l| l.contains("simuliert")));
    let group = super::comparison_group(de(), peers.as_ref().unwrap(), true);
    assert!(group.contains("simulierte Kommunen") && group.contains("kein amtlicher Landesdurchschnitt"), "{group}");
    let wording = super::peer_wording(de(), true);
    for label in [wording.col_q1, wording.col_median, wording.col_q3, wording.median, wording.gap_legend] {
        assert!(label.contains("simuliert"), "{label}");
    }
}

#[test]
fn english_uses_english_numbers_and_titles() {
    let q = content::with_texts(Lang::En, content::texts_json(Lang::En)).unwrap();
    let a = assessment(3, Some(1));
    let r = score(q, &a);
    let en = i18n::texts(Lang::En);
    let view = radar(en, Lang::En, Some(&r), Peers { figures: None, simulated: false }, "Musterhausen", 600);
    assert!(view.summary.contains("lowest is Open data at 1.0."), "{}", view.summary);
    assert_eq!(own_label(en, None), en.results.own_legend);
    let mut unnamed = a.clone();
    unnamed.profile.name = "   ".into();
    assert_eq!(own_label(en, Some(&unnamed)), en.results.own_legend);
    assert_eq!(own_label(en, Some(&a)), "Musterhausen");
}

#[test]
fn report_bars_say_level_and_gap_where_there_is_room() {
    let q = content::questionnaire();
    let mut a = Assessment::new("g".into(), q, "2026-11-25".into());
    for at in q.questions() {
        a.set_response(&at.question.id, Some(Response::Level { level: 2 }));
    }
    let r = score(q, &a);
    let none = Peers { figures: None, simulated: false };
    let wide = overview(de(), Lang::De, Some(&r), none, "X", 760);
    assert_eq!(wide.input.rows.len(), q.dimensions.len());
    for (row, result) in wide.input.rows.iter().zip(&r.dimensions) {
        let gap = comparison::dimension(result, None).gap.expect("answered");
        let expected = if gap > 0.0 {
            format!("2,0 · Lücke {}", i18n::level(Lang::De, gap))
        } else {
            "2,0 · Ziel erreicht".to_string()
        };
        assert_eq!(row.value_label, expected);
    }
    // A phone-width drawing has room for the level only.
    let narrow = overview(de(), Lang::De, Some(&r), none, "X", 320);
    assert!(narrow.input.rows.iter().all(|row| row.value_label == "2,0"));
    let screen = dimension(de(), Lang::De, Some(&r), "open-data", none, "X", Drawing::screen(760));
    assert!(screen.input.rows.iter().all(|row| row.value_label == "2,0"));
    let printed = dimension(de(), Lang::De, Some(&r), "open-data", none, "X", Drawing { width: 760, gap_labels: true });
    assert!(printed.input.rows.iter().all(|row| row.value_label.starts_with("2,0 · ")), "{:?}", printed.input.rows);
}

#[test]
fn the_radar_shows_the_scenario_as_a_series_with_its_mean() {
    let q = content::questionnaire();
    let mut a = assessment(1, None);
    let now = score(q, &a);
    let none = Peers { figures: None, simulated: false };
    let plain = radar(de(), Lang::De, Some(&now), none, "X", 600);
    assert_eq!(with_scenario(de(), plain.clone(), None), plain);
    let id = q.questions().next().unwrap().question.id.clone();
    a.scenario.insert(id, 3);
    let then = crate::domain::scenario::score_projected(q, &a);
    let shown = with_scenario(de(), plain, Some(&then));
    assert_eq!(shown.input.scenario_label.as_deref(), Some("Im Szenario"));
    assert!(shown.input.axes.iter().all(|axis| axis.scenario.is_some() == axis.own.is_some()));
    assert!(shown.input.axes[0].scenario > shown.input.axes[0].own);
    assert!(
        shown.summary.ends_with(&format!(
            "Im Szenario des Maßnahmenplans läge der Mittelwert bei {} von 4.",
            i18n::level(Lang::De, then.mean_level().unwrap())
        )),
        "{}",
        shown.summary
    );
}
