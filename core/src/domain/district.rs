//! „Kreisübersicht“: for a coordinator who collected contributions, how many Kommunen stand at
//! each level per category, and where training helps most (the share below level 2). Built
//! from the contributions' category levels (format 1 carries them; no new format needed).
//!
//! A level is binned by its whole part (1,7 counts as level 1; only 4,0 as level 4). Counts of
//! one to four Kommunen are never shown (the same threshold as a benchmark group), and a
//! category contributed by fewer than five is left out: a coordinator must not be able to read
//! one Kommune's weakness from the overview.

use super::benchmark::MIN_N;
use super::contribution::Contribution;
use super::questionnaire::{Category, Dimension, Questionnaire, LEVELS};

/// Below this level a category counts as needing training.
pub const TRAINING_BELOW: f64 = 2.0;

#[derive(Clone, Debug, PartialEq)]
pub struct CategoryDistribution<'q> {
    pub dimension: &'q Dimension,
    pub category: &'q Category,
    /// Contributions with a level for this category.
    pub n: usize,
    /// Kommunen per level 0–4 (binned), before suppression.
    counts: [usize; LEVELS],
}

impl CategoryDistribution<'_> {
    /// Whether the category is shown at all (at least five Kommunen).
    pub fn shown(&self) -> bool {
        self.n >= MIN_N as usize
    }

    /// The count at `level`, or `None` where it is suppressed (one to four Kommunen, or the
    /// whole category below five). Zero is shown: it reveals nobody.
    pub fn cell(&self, level: usize) -> Option<usize> {
        let count = *self.counts.get(level)?;
        (self.shown() && (count == 0 || count >= MIN_N as usize)).then_some(count)
    }

    /// Kommunen below level 2.
    fn below(&self) -> usize {
        self.counts[..TRAINING_BELOW as usize].iter().sum()
    }

    /// Share below level 2, 0–1; `None` where the category is not shown.
    pub fn share_below(&self) -> Option<f64> {
        self.shown().then(|| self.below() as f64 / self.n as f64)
    }

    /// Whether the number below level 2 may be shown (zero or at least five).
    pub fn below_shown(&self) -> bool {
        self.shown() && (self.below() == 0 || self.below() >= MIN_N as usize)
    }
}

/// Level bin of a contributed level: its whole part, 0–4.
pub fn bin(level: f64) -> Option<usize> {
    (level.is_finite() && (0.0..=4.0).contains(&level)).then(|| (level.floor() as usize).min(LEVELS - 1))
}

/// Every category in questionnaire order with its distribution over the contributions.
pub fn overview<'q>(questionnaire: &'q Questionnaire, contributions: &[Contribution]) -> Vec<CategoryDistribution<'q>> {
    questionnaire
        .dimensions
        .iter()
        .flat_map(|d| d.categories.iter().map(move |c| (d, c)))
        .map(|(dimension, category)| {
            let mut counts = [0; LEVELS];
            for level in contributions.iter().filter_map(|c| c.categories.get(&category.id)).filter_map(|&l| bin(l)) {
                counts[level] += 1;
            }
            CategoryDistribution { dimension, category, n: counts.iter().sum(), counts }
        })
        .collect()
}

/// The shown categories, largest share below level 2 first („Wo Schulung am meisten hilft“);
/// ties keep questionnaire order.
pub fn training_ranking<'a, 'q>(overview: &'a [CategoryDistribution<'q>]) -> Vec<&'a CategoryDistribution<'q>> {
    let mut ranked: Vec<_> = overview.iter().filter(|d| d.shown()).collect();
    ranked.sort_by(|a, b| b.share_below().partial_cmp(&a.share_below()).unwrap_or(std::cmp::Ordering::Equal));
    ranked
}
