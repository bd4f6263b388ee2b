use digikompass_core::domain::district::{bin, overview, training_ranking};
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
    assert_eq!((0..5).map(|l| cs_a.cell(l)).collect::<Vec<_>>(), [Some(0), Some(6), Some(0), None, Some(0)]);
    assert!(cs_a.below_shown());
    assert!((cs_a.share_below().unwrap() - 6.0 / 7.0).abs() < 1e-12);
    let ranking = training_ranking(&o);
    assert_eq!(ranking[0].category.id, "od-b");
    assert_eq!(ranking[0].share_below(), Some(1.0));
    // Four contributions: nothing of the category is shown.
    let few = overview(&q, &all[..4]);
    assert!(few.iter().all(|d| !d.shown() && d.cell(1).is_none() && d.share_below().is_none()));
    assert!(training_ranking(&few).is_empty());
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
