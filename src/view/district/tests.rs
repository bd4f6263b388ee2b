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
fn suppressed_cells_read_one_to_four_and_the_ranking_names_offers() {
    let q = content::questionnaire();
    // Five at 1,2 and two at 3,5: levels 1 (five) and 3 (two, suppressed).
    let all: Vec<_> = (0..7).map(|i| contribution(q, i, if i < 5 { 1.2 } else { 3.5 })).collect();
    let t = i18n::texts(Lang::De);
    let v = district(t, Lang::De, q, &all, 760);
    assert_eq!(v.rows.len(), q.dimensions.iter().map(|d| d.categories.len()).sum::<usize>());
    assert_eq!(v.rows[0].cells, ["0", "5", "0", "1–4", "0"]);
    assert_eq!(v.rows[0].n, "7");
    assert_eq!(v.rows[0].below, "71\u{202f}%");
    assert!(v.ranking[0].text.ends_with(": 71\u{202f}% unter Stufe 2"), "{}", v.ranking[0].text);
    assert!(!v.ranking[0].offers.is_empty());
    assert_eq!(v.heat.rows[0].counts, [0, 5, 0, 0, 0]);
    assert!(!v.heat.last_column);
    assert!(v.intro.starts_with("Aus 7 Beiträgen"));
    // Four contributions: nothing shown.
    let few = district(t, Lang::De, q, &all[..4], 760);
    assert!(few.rows.is_empty() && few.ranking.is_empty());
    assert_eq!(few.summary, t.district.heat_summary_none);
}
