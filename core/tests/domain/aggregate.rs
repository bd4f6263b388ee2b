use digikompass_core::domain::aggregate::{
    build_pack, collect, counts, quartiles, stats, Collected, PackMeta, SkipReason,
};
use digikompass_core::domain::benchmark::{Pack, PeerGroup, MIN_N};
use digikompass_core::domain::contribution::{to_json, Contribution};
use digikompass_core::domain::kommune::{Kind, SizeClass};
use digikompass_core::domain::versioned::FileError;
use proptest::prelude::*;

use crate::contribution::contribution;
use crate::fixture::questionnaire;

fn meta() -> PackMeta {
    PackMeta { title: "Test".into(), source: "Testdaten".into(), date: "2026-11-25".into(), synthetic: true }
}

/// `n` contributions of one kind and size class, ids `{prefix}{i}` in hex.
fn many(prefix: &str, n: usize, kind: Kind, size_class: SizeClass, level: f64) -> Vec<Contribution> {
    (0..n).map(|i| contribution(&format!("{prefix}{i:x}"), kind, size_class, level)).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Hyndman–Fan type 7 written from the textbook definition, 1-based: h = (n − 1)p + 1,
/// Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
fn naive_type7(sorted: &[f64], p: f64) -> f64 {
    let n = sorted.len();
    let h = (n as f64 - 1.0) * p + 1.0;
    let j = h.floor() as usize;
    let x = |i: usize| sorted[i.clamp(1, n) - 1];
    x(j) + (h - h.floor()) * (x(j + 1) - x(j))
}

#[test]
fn quartiles_match_hand_checked_values() {
    // Values as given by R's quantile(x) and numpy.percentile(x, [25, 50, 75]).
    type Case<'a> = (&'a [f64], (f64, f64, f64));
    let cases: [Case; 7] = [
        (&[1.0], (1.0, 1.0, 1.0)),
        (&[0.0, 4.0], (1.0, 2.0, 3.0)),
        (&[1.0, 2.0, 10.0], (1.5, 2.0, 6.0)),
        (&[1.0, 2.0, 3.0, 4.0], (1.75, 2.5, 3.25)),
        (&[1.0, 2.0, 3.0, 4.0, 5.0], (2.0, 3.0, 4.0)),
        (&[0.0, 1.0, 1.0, 2.0, 3.0, 4.0], (1.0, 1.5, 2.75)),
        (&[0.0, 0.25, 1.75, 2.0, 2.0, 3.5, 4.0], (1.0, 2.0, 2.75)),
    ];
    for (values, (q1, median, q3)) in cases {
        let (a, b, c) = quartiles(values).unwrap();
        assert!(close(a, q1) && close(b, median) && close(c, q3), "{values:?}: got {a}, {b}, {c}");
    }
    assert_eq!(quartiles(&[]), None);
    assert_eq!(stats(&[]), None);
    let s = stats(&[4.0, 0.0, 2.0, 2.0]).unwrap();
    assert_eq!((s.n, s.mean, s.q1, s.median, s.q3), (4, 2.0, 1.5, 2.0, 2.5));
}

proptest! {
    #[test]
    fn quartiles_are_ordered_permutation_invariant_and_type_7(
        values in proptest::collection::vec(0.0..=4.0f64, 1..60),
        seed in any::<u64>(),
    ) {
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        let (q1, median, q3) = quartiles(&sorted).unwrap();
        let (min, max) = (sorted[0], sorted[sorted.len() - 1]);
        prop_assert!(min <= q1 && q1 <= median && median <= q3 && q3 <= max);
        prop_assert!(close(q1, naive_type7(&sorted, 0.25)));
        prop_assert!(close(median, naive_type7(&sorted, 0.5)));
        prop_assert!(close(q3, naive_type7(&sorted, 0.75)));

        // Any order of the input gives the same statistics.
        let mut shuffled = values.clone();
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let a = stats(&values).unwrap();
        let b = stats(&shuffled).unwrap();
        prop_assert_eq!((a.q1, a.median, a.q3, a.n), (b.q1, b.median, b.q3, b.n));
        prop_assert!(close(a.mean, b.mean));
        prop_assert_eq!((a.q1, a.median, a.q3), (q1, median, q3));
    }
}

#[test]
fn collect_skips_unreadable_files_and_duplicates_first_wins() {
    let q = questionnaire();
    let a = to_json(&contribution("aa", Kind::Gemeinde, SizeClass::Unter5000, 1.0));
    let b = to_json(&contribution("bb", Kind::Stadt, SizeClass::Bis10000, 2.0));
    // Same id as `a`, different content: still the same contribution, exported again.
    let a_again = to_json(&contribution("aa", Kind::Gemeinde, SizeClass::Unter5000, 3.0));
    let mut other = contribution("cc", Kind::Gemeinde, SizeClass::Unter5000, 1.0);
    other.questionnaire_version = 1;
    let other = to_json(&other);
    let files = [
        ("a.json", a.as_str()),
        ("kaputt.json", "{"),
        ("b.json", b.as_str()),
        ("a-nochmal.json", a_again.as_str()),
        ("alt.json", other.as_str()),
        ("a-dritte.json", a.as_str()),
    ];
    let Collected { accepted, skipped } = collect(files, &q);
    let names: Vec<&str> = accepted.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(names, ["a.json", "b.json"]);
    assert_eq!(accepted[0].1.dimensions["cs"], 1.0, "the first file wins");
    let reasons: Vec<(&str, &SkipReason)> = skipped.iter().map(|s| (s.file.as_str(), &s.reason)).collect();
    assert_eq!(reasons.len(), 4);
    assert!(matches!(reasons[0], ("kaputt.json", SkipReason::Unreadable(FileError::NotJson(_)))));
    assert_eq!(reasons[1], ("a-nochmal.json", &SkipReason::Duplicate { first_file: "a.json".into() }));
    assert!(matches!(
        reasons[2],
        ("alt.json", SkipReason::Unreadable(FileError::OtherQuestionnaire { version: 1, .. }))
    ));
    assert_eq!(reasons[3], ("a-dritte.json", &SkipReason::Duplicate { first_file: "a.json".into() }));
}

#[test]
fn counts_include_groups_too_small_to_show() {
    let mut all = many("a", 6, Kind::Gemeinde, SizeClass::Unter5000, 1.0);
    all.extend(many("b", 2, Kind::Stadt, SizeClass::Unter5000, 2.0));
    let c = counts(&all);
    assert_eq!(c[&PeerGroup::ALL], 8);
    assert_eq!(c[&PeerGroup { kind: None, size_class: Some(SizeClass::Unter5000) }], 8);
    assert_eq!(c[&PeerGroup { kind: Some(Kind::Stadt), size_class: None }], 2);
    assert_eq!(c[&PeerGroup { kind: Some(Kind::Stadt), size_class: Some(SizeClass::Unter5000) }], 2);
    assert_eq!(c.get(&PeerGroup { kind: Some(Kind::Landkreis), size_class: None }), None);
    assert_eq!(c.len(), 6);
}

#[test]
fn small_groups_and_cells_are_not_written() {
    let q = questionnaire();
    let mut all = many("a", 6, Kind::Gemeinde, SizeClass::Unter5000, 1.0);
    all.extend(many("b", 4, Kind::Stadt, SizeClass::Bis10000, 3.0));
    // Only four contributions have a level for od-b.
    for c in all.iter_mut().skip(4) {
        c.categories.remove("od-b");
    }
    let pack = build_pack(&all, &q, meta());
    let keys: Vec<String> = pack.groups.iter().map(|g| g.group.key()).collect();
    // Stadt (4) and 5000-10000 (4) are too small; 5000-10000 is the top class and is merged
    // into unter-5000.
    assert_eq!(keys, ["*/*", "*/unter-5000", "gemeinde/*", "gemeinde/unter-5000"]);
    let alle = &pack.groups[0];
    assert_eq!(alle.n, 10);
    assert!(!alle.categories.contains_key("od-b"), "a cell of 4 is suppressed");
    assert_eq!(alle.categories["od-a"].n, 10);
    assert_eq!(pack.groups[1].merged, [SizeClass::Bis10000]);
    assert_eq!(pack.groups[1].n, 10);
    let s = alle.dimensions["cs"];
    assert_eq!((s.n, s.mean, s.q1, s.median, s.q3), (10, 1.8, 1.0, 1.0, 3.0));
    assert_eq!(Pack::parse(&serde_json::to_string(&pack).unwrap(), &q), Ok(pack));
}

#[test]
fn top_size_classes_are_merged_downwards() {
    let q = questionnaire();
    let mut all = many("a", 3, Kind::GrosseKreisstadt, SizeClass::Ab50000, 3.0);
    all.extend(many("b", 10, Kind::GrosseKreisstadt, SizeClass::Bis50000, 2.0));
    all.extend(many("c", 20, Kind::Gemeinde, SizeClass::Unter5000, 1.0));
    let pack = build_pack(&all, &q, meta());
    assert!(pack.groups.iter().all(|g| g.group.size_class != Some(SizeClass::Ab50000)));
    let size_only = pack.group(PeerGroup { kind: None, size_class: Some(SizeClass::Bis50000) }).unwrap();
    assert_eq!((size_only.n, size_only.merged.clone()), (13, vec![SizeClass::Ab50000]));
    assert_eq!(size_only.size_bounds(), Some((20_000, None)));
    let gks = PeerGroup { kind: Some(Kind::GrosseKreisstadt), size_class: Some(SizeClass::Bis50000) };
    let by_kind = pack.group(gks).unwrap();
    assert_eq!((by_kind.n, by_kind.merged.clone()), (13, vec![SizeClass::Ab50000]));

    // A profile in ab-50000 finds the merged groups.
    let best = pack.best_group(Some(Kind::GrosseKreisstadt), Some(SizeClass::Ab50000)).unwrap();
    assert_eq!(best.group, gks);
    let best = pack.best_group(Some(Kind::Stadtkreis), Some(SizeClass::Ab50000)).unwrap();
    assert_eq!(best.group, PeerGroup { kind: None, size_class: Some(SizeClass::Bis50000) });
    assert!(pack.group(PeerGroup { kind: None, size_class: Some(SizeClass::Ab50000) }).is_some());
    // Nothing merged for 10000-20000: no group contains it.
    assert!(pack.group(PeerGroup { kind: None, size_class: Some(SizeClass::Bis20000) }).is_none());
    assert_eq!(Pack::parse(&serde_json::to_string(&pack).unwrap(), &q), Ok(pack));
}

#[test]
fn merging_continues_over_several_and_empty_classes() {
    let q = questionnaire();
    let mut all = many("a", 2, Kind::Stadtkreis, SizeClass::Ab50000, 3.0);
    all.extend(many("b", 1, Kind::Stadtkreis, SizeClass::Bis50000, 2.0));
    all.extend(many("c", 5, Kind::Stadtkreis, SizeClass::Bis20000, 1.0));
    let pack = build_pack(&all, &q, meta());
    let g = pack.group(PeerGroup { kind: None, size_class: Some(SizeClass::Bis20000) }).unwrap();
    assert_eq!((g.n, g.merged.clone()), (8, vec![SizeClass::Bis50000, SizeClass::Ab50000]));

    // An empty class between is spanned: the group covers 10,000 and more.
    let mut all = many("a", 3, Kind::Stadtkreis, SizeClass::Ab50000, 3.0);
    all.extend(many("c", 4, Kind::Stadtkreis, SizeClass::Bis20000, 1.0));
    let pack = build_pack(&all, &q, meta());
    let g = pack.group(PeerGroup { kind: None, size_class: Some(SizeClass::Bis50000) }).unwrap();
    assert_eq!((g.group.size_class, g.n), (Some(SizeClass::Bis20000), 7));
    assert_eq!(g.size_classes(), [SizeClass::Bis20000, SizeClass::Bis50000, SizeClass::Ab50000]);

    // Too few even when everything is merged: nothing is written.
    let pack = build_pack(&many("a", 4, Kind::Stadtkreis, SizeClass::Ab50000, 3.0), &q, meta());
    assert!(pack.groups.is_empty());
}

#[test]
fn pack_check_validates_merged_classes() {
    let q = questionnaire();
    let mut all = many("a", 3, Kind::Gemeinde, SizeClass::Ab50000, 3.0);
    all.extend(many("b", 10, Kind::Gemeinde, SizeClass::Bis50000, 2.0));
    let good = build_pack(&all, &q, meta());
    let parse = |p: &Pack| Pack::parse(&serde_json::to_string(p).unwrap(), &q);
    assert_eq!(parse(&good), Ok(good.clone()));
    let index = good.groups.iter().position(|g| !g.merged.is_empty()).unwrap();

    let mut gap = good.clone();
    gap.groups[index].group.size_class = Some(SizeClass::Bis20000);
    assert!(matches!(parse(&gap), Err(FileError::Invalid(m)) if m.to_string().ends_with(".merged")));
    let mut not_size = good.clone();
    not_size.groups[0].merged = vec![SizeClass::Ab50000];
    assert!(matches!(parse(&not_size), Err(FileError::Invalid(m)) if m.to_string().ends_with(".merged")));
    let mut twice = good.clone();
    let mut extra = good.groups[index].clone();
    extra.group.size_class = Some(SizeClass::Ab50000);
    extra.merged.clear();
    twice.groups.push(extra);
    assert!(matches!(parse(&twice), Err(FileError::Invalid(m)) if m.to_string().starts_with("groups.")));
    // An older pack without the field still reads.
    let text = serde_json::to_string(&good).unwrap().replace(",\"merged\":[\"ab-50000\"]", "");
    assert!(Pack::parse(&text, &q).is_ok());
}

fn any_contributions() -> impl Strategy<Value = Vec<Contribution>> {
    proptest::collection::vec((0..Kind::ALL.len(), 0..SizeClass::ALL.len(), 0.0..=4.0f64, any::<[bool; 4]>()), 0..120)
        .prop_map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, (kind, size, level, keep))| {
                    let mut c = contribution(&format!("{i:x}"), Kind::ALL[kind], SizeClass::ALL[size], level);
                    for (category, keep) in ["cs-a", "cs-b", "od-a", "od-b"].into_iter().zip(keep) {
                        if !keep {
                            c.categories.remove(category);
                        }
                    }
                    if !keep[0] && !keep[1] {
                        c.dimensions.remove("cs");
                    }
                    c
                })
                .collect()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn built_packs_never_show_fewer_than_min_n_and_always_parse(all in any_contributions()) {
        let q = questionnaire();
        let pack = build_pack(&all, &q, meta());
        let raw = counts(&all);
        for g in &pack.groups {
            prop_assert!(g.n >= MIN_N, "group {} has n = {}", g.group.key(), g.n);
            for (id, s) in g.dimensions.iter().chain(&g.categories) {
                prop_assert!(s.n >= MIN_N && s.n <= g.n, "{}: cell {id} has n = {}", g.group.key(), s.n);
            }
            // n is the sum of the raw counts of the classes it contains.
            let n: u32 = if g.group.size_class.is_none() {
                raw.get(&g.group).copied().unwrap_or(0)
            } else {
                g.size_classes().into_iter()
                    .map(|s| raw.get(&PeerGroup { kind: g.group.kind, size_class: Some(s) }).copied().unwrap_or(0))
                    .sum()
            };
            prop_assert_eq!(g.n, n);
        }
        prop_assert_eq!(Pack::parse(&serde_json::to_string(&pack).unwrap(), &q), Ok(pack));
    }
}
