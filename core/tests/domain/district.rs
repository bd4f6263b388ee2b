use digikompass_core::domain::district::{bin, overview, protect, training_ranking};
use digikompass_core::domain::kommune::{Kind, SizeClass};
use proptest::prelude::*;

use crate::contribution::contribution;
use crate::fixture::questionnaire;

#[test]
fn levels_are_binned_by_their_whole_part() {
    assert_eq!(
        [bin(0.0), bin(0.99), bin(1.0), bin(1.7), bin(3.99), bin(4.0)],
        [Some(0), Some(0), Some(1), Some(1), Some(3), Some(4)]
    );
    assert_eq!([bin(-0.1), bin(4.01), bin(f64::NAN)], [None, None, None]);
}

#[test]
fn counts_under_five_are_suppressed_and_the_weakest_category_ranks_first() {
    let q = questionnaire();
    // Six Kommunen at 1,5 and one at 3,0 everywhere; od-b is weaker: all seven at 0,5.
    let mut all: Vec<_> =
        (0..6).map(|i| contribution(&format!("k{i}"), Kind::Gemeinde, SizeClass::Unter5000, 1.5)).collect();
    all.push(contribution("k6", Kind::Stadt, SizeClass::Bis10000, 3.0));
    for c in &mut all {
        c.categories.insert("od-b".into(), 0.5);
    }
    let o = overview(&q, &all);
    let cs_a = o.iter().find(|d| d.category.id == "cs-a").unwrap();
    assert_eq!(cs_a.n, 7);
    // The one at level 3 is hidden; so are the six at level 1, or 7 − 6 would give it away, and
    // so is the share below level 2 (6 of 7), which would give the six away again.
    assert_eq!((0..5).map(|l| cs_a.cell(l)).collect::<Vec<_>>(), [Some(0), None, Some(0), None, Some(0)]);
    assert_eq!(cs_a.share_below(), None);
    let ranking = training_ranking(&o);
    assert_eq!(ranking[0].category.id, "od-b");
    assert_eq!(ranking[0].share_below(), Some(1.0));
    // Four contributions: nothing of the category is shown.
    let few = overview(&q, &all[..4]);
    assert!(few.iter().all(|d| !d.shown() && d.cell(1).is_none() && d.share_below().is_none()));
    assert!(training_ranking(&few).is_empty());
}

#[test]
fn hidden_cells_cannot_be_worked_out_from_the_totals() {
    // [counts] → (hidden cells, share below level 2 hidden)
    let cases: [([usize; 5], [bool; 5], bool); 7] = [
        ([0, 0, 12, 0, 0], [false; 5], false),
        ([0, 6, 0, 1, 0], [false, true, false, true, false], true),
        // 2 + 2 at levels 0 and 1 would be read from „4 below level 2“ → the share is hidden;
        // the pair together (4) is still too small within all 14 → the 10 at level 3 goes too.
        ([2, 2, 0, 10, 0], [true, true, false, true, false], true),
        // Level 4's three: hidden with the smallest other cell of its total (levels 2–4).
        ([5, 0, 6, 7, 3], [false, false, true, false, true], false),
        ([5, 5, 5, 5, 5], [false; 5], false),
        // A row of four is not shown at all; its protection must still end.
        ([1, 1, 1, 1, 0], [true, true, true, true, false], true),
        ([0; 5], [false; 5], false),
    ];
    for (counts, cells, below) in cases {
        let hidden = protect(&counts);
        assert_eq!((hidden.cells, hidden.below), (cells, below), "{counts:?}");
    }
}

#[test]
fn every_row_of_up_to_nine_per_level_is_protected() {
    // All 10⁵ rows with 0–9 Kommunen per level: small counts are where a count gives itself away.
    let mut rows = 0;
    for n in 0..100_000usize {
        let counts: [usize; 5] = std::array::from_fn(|l| n / 10usize.pow(l as u32) % 10);
        if counts.iter().sum::<usize>() < 5 {
            continue;
        }
        let hidden = protect(&counts);
        for level in 0..5 {
            assert!(!(hidden.cells[level] && counts[level] == 0), "{counts:?}: a zero is hidden");
            assert!(!(1..5).contains(&counts[level]) || hidden.cells[level], "{counts:?}: level {level} shown");
        }
        safe(&counts, &hidden.cells, hidden.below).unwrap();
        rows += 1;
    }
    assert_eq!(rows, 100_000 - 126, "rows of five or more");
}

/// Every published total (all cells; below level 2 and above it, where the share is shown)
/// holds no hidden cell, or at least two that hold five or more together.
fn safe(counts: &[usize; 5], cells: &[bool; 5], below_hidden: bool) -> Result<(), String> {
    let mut totals = Vec::new();
    if !below_hidden {
        totals.extend([0..2, 2..5]);
    }
    totals.push(0..5);
    for total in totals {
        let hidden: Vec<usize> = total.clone().filter(|&l| cells[l]).map(|l| counts[l]).collect();
        if hidden.len() == 1 || (!hidden.is_empty() && hidden.iter().sum::<usize>() < 5) {
            return Err(format!("{counts:?}: cells {total:?} give away {hidden:?}"));
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn protection_hides_every_small_count_and_leaves_nothing_to_work_out(counts in prop::array::uniform5(0usize..12)) {
        let hidden = protect(&counts);
        for level in 0..5 {
            if (1..5).contains(&counts[level]) {
                prop_assert!(hidden.cells[level], "{counts:?}: level {level} shown");
            }
            if counts[level] == 0 {
                prop_assert!(!hidden.cells[level], "{counts:?}: a zero is hidden");
            }
        }
        if (1..5).contains(&(counts[0] + counts[1])) {
            prop_assert!(hidden.below);
        }
        if counts.iter().sum::<usize>() >= 5 {
            safe(&counts, &hidden.cells, hidden.below).map_err(TestCaseError::fail)?;
        }
    }
}

proptest! {
    #[test]
    fn no_shown_count_is_between_one_and_four_and_counts_add_up(levels in prop::collection::vec(0.0f64..=4.0, 0..40)) {
        let q = questionnaire();
        let all: Vec<_> = levels.iter().enumerate()
            .map(|(i, &l)| contribution(&format!("k{i}"), Kind::Gemeinde, SizeClass::Unter5000, l))
            .collect();
        for d in overview(&q, &all) {
            prop_assert_eq!(d.n, levels.len());
            let mut shown = 0;
            for level in 0..5 {
                if let Some(n) = d.cell(level) {
                    prop_assert!(n == 0 || n >= 5, "cell {n}");
                    shown += n;
                }
            }
            prop_assert!(shown <= d.n);
            if let Some(share) = d.share_below() { prop_assert!((0.0..=1.0).contains(&share)); }
        }
    }
}
