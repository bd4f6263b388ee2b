//! The Kreisübersicht's texts for contributions made from the shipped questionnaire.

use std::collections::BTreeMap;

use super::*;
use crate::content;
use crate::domain::assessment::Scope;
use crate::domain::contribution::{FORMAT, FORMAT_VERSION};
use crate::domain::kommune::{Kind, SizeClass};

fn contribution(q: &Questionnaire, i: usize, level: f64) -> Contribution {
    Contribution {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        contribution_id: format!("{i:08x}"),
        questionnaire_id: q.id.clone(),
        questionnaire_version: q.version,
        kind: Kind::Gemeinde,
        size_class: SizeClass::Unter5000,
        year: 2026,
        scope: Scope::Full,
        coverage: 1.0,
        dimensions: BTreeMap::new(),
        categories: q.dimensions.iter().flat_map(|d| &d.categories).map(|c| (c.id.clone(), level)).collect(),
    }
}

#[test]
fn hidden_cells_are_none_and_the_ranking_names_offers() {
    let q = content::questionnaire();
    // Six at 1,2, five at 2,5 and two at 3,5: the two are hidden, and the five with them (or
    // 13 − 6 − 5 would give the two away).
    let level = |i: usize| match i {
        0..6 => 1.2,
        6..11 => 2.5,
        _ => 3.5,
    };
    let all: Vec<_> = (0..13).map(|i| contribution(q, i, level(i))).collect();
    let t = i18n::texts(Lang::De);
    let v = district(t, Lang::De, q, &all, 760);
    assert_eq!(v.rows.len(), q.dimensions.iter().map(|d| d.categories.len()).sum::<usize>());
    assert_eq!(v.rows[0].cells, [Some("0".to_string()), Some("6".into()), None, None, Some("0".into())]);
    assert_eq!(v.rows[0].n, "13");
    assert_eq!(v.rows[0].below.as_deref(), Some("46\u{202f}%"));
    assert!(v.ranking[0].text.ends_with(": 46\u{202f}% unter Stufe 2"), "{}", v.ranking[0].text);
    assert!(!v.ranking[0].offers.is_empty());
    assert!(v.summary.ends_with("(46\u{202f}%)."), "{}", v.summary);
    assert_eq!(v.heat.rows[0].counts, [0, 6, 5, 2, 0]);
    assert_eq!(v.heat.rows[0].hidden, [false, false, true, true, false]);
    assert_eq!(v.heat.hidden_mark, "•");
    assert!(!v.heat.last_column);
    assert!(v.intro.starts_with("Anzahl der Beiträge: 13."), "{}", v.intro);
    // Five at 1,2 and two at 3,5: the share (5 of 7) would give the two away, so it is hidden.
    let seven: Vec<_> = (0..7).map(|i| contribution(q, i, if i < 5 { 1.2 } else { 3.5 })).collect();
    let hidden = district(t, Lang::De, q, &seven, 760);
    assert_eq!(hidden.rows[0].cells, [Some("0".to_string()), None, Some("0".into()), None, Some("0".into())]);
    assert!(hidden.rows.iter().all(|r| r.below.is_none()));
    assert_eq!(hidden.summary, t.district.heat_summary_hidden);
    assert!(
        hidden.ranking[0].text.ends_with("zum Schutz einzelner Kommunen ausgeblendet"),
        "{}",
        hidden.ranking[0].text
    );
    // Four contributions: nothing shown.
    let few = district(t, Lang::De, q, &all[..4], 760);
    assert!(few.rows.is_empty() && few.ranking.is_empty());
    assert_eq!(few.summary, t.district.heat_summary_none);
}
