//! „Kreisübersicht“: for a coordinator who collected contributions, how many Kommunen stand at
//! each level per category, and where training helps most (the share below level 2). Built
//! from the contributions' category levels (format 1 carries them; no new format needed).
//!
//! A level is binned by its whole part (1,7 counts as level 1; only 4,0 as level 4). Counts of
//! one to four Kommunen are never shown (the same threshold as a benchmark group), and a
//! category contributed by fewer than five is left out: a coordinator must not be able to read
//! one Kommune's weakness from the overview. Hiding those counts is not enough where the row's
//! totals give them away (the number of contributions, the number below level 2), so more
//! cells are hidden until none can be worked out: see [`protect`].

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
    /// The cells not shown, and whether the number below level 2 is not shown ([`protect`]).
    hidden: Hidden,
}

/// What a row of the overview does not show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hidden {
    pub cells: [bool; LEVELS],
    pub below: bool,
}

impl CategoryDistribution<'_> {
    /// Whether the category is shown at all (at least five Kommunen).
    pub fn shown(&self) -> bool {
        self.n >= MIN_N as usize
    }

    /// The count at `level`, or `None` where it is hidden ([`protect`]) or the whole category
    /// is below five. Zero is shown: it reveals nobody.
    pub fn cell(&self, level: usize) -> Option<usize> {
        let count = *self.counts.get(level)?;
        (self.shown() && !self.hidden.cells[level]).then_some(count)
    }

    /// Kommunen per level, hidden ones included: for the heat map, which shades each shown
    /// cell by its share of all the category's Kommunen and never draws a hidden count.
    pub fn counts(&self) -> [usize; LEVELS] {
        self.counts
    }

    /// Kommunen below level 2.
    fn below(&self) -> usize {
        self.counts[..BELOW].iter().sum()
    }

    /// Share below level 2, 0–1; `None` where the category or this number is not shown.
    pub fn share_below(&self) -> Option<f64> {
        (self.shown() && !self.hidden.below).then(|| self.below() as f64 / self.n as f64)
    }
}

/// The levels below [`TRAINING_BELOW`] (0 and 1).
const BELOW: usize = TRAINING_BELOW as usize;

/// Which cells of a row (Kommunen per level 0–4) and whether the number below level 2 must be
/// hidden so that no count of one to four Kommunen can be read or worked out.
///
/// A count of one to four is hidden. The row also publishes totals: the number of
/// contributions (all cells), and, through the share, the number below level 2 (levels 0–1) and
/// with it the number above (2–4). Within each published total the hidden cells must be none,
/// or at least two that hold five or more together: a lone hidden cell would be the total minus
/// the shown ones, and two hidden cells holding 1 + 1 would be read from their sum. Where that
/// fails, the smallest shown non-zero cell of that total is hidden too (secondary suppression,
/// as statistics offices do it); where no cell is left to hide, the number below level 2 is not
/// shown. Zero cells stay shown: they reveal nobody, and hiding them would not hide more.
pub fn protect(counts: &[usize; LEVELS]) -> Hidden {
    let small = |count: usize| (1..MIN_N as usize).contains(&count);
    let mut hidden = Hidden { cells: counts.map(small), below: false };
    let below: usize = counts[..BELOW].iter().sum();
    hidden.below = small(below);
    loop {
        // The parts before the whole: a cell hidden for a part protects the whole as well.
        let mut totals = Vec::new();
        if !hidden.below {
            totals.extend([0..BELOW, BELOW..LEVELS]);
        }
        totals.push(0..LEVELS);
        let exposed = totals.into_iter().find(|total| {
            let cells: Vec<usize> = total.clone().filter(|&l| hidden.cells[l]).map(|l| counts[l]).collect();
            !cells.is_empty() && (cells.len() == 1 || cells.iter().sum::<usize>() < MIN_N as usize)
        });
        let Some(total) = exposed else { break };
        match total.clone().filter(|&l| !hidden.cells[l] && counts[l] > 0).min_by_key(|&l| counts[l]) {
            Some(level) => hidden.cells[level] = true,
            // Only a row of fewer than five has nothing left to hide in all its cells: it is not
            // shown at all.
            None if total == (0..LEVELS) => break,
            None => hidden.below = true,
        }
    }
    hidden
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
            CategoryDistribution { dimension, category, n: counts.iter().sum(), counts, hidden: protect(&counts) }
        })
        .collect()
}

/// The shown categories, largest share below level 2 first („Wo Schulung am meisten hilft“);
/// ties keep questionnaire order. Categories whose share is hidden come last, in questionnaire
/// order: their place among the others would narrow the hidden share down.
pub fn training_ranking<'a, 'q>(overview: &'a [CategoryDistribution<'q>]) -> Vec<&'a CategoryDistribution<'q>> {
    let mut ranked: Vec<_> = overview.iter().filter(|d| d.shown()).collect();
    ranked.sort_by(|a, b| match (a.share_below(), b.share_below()) {
        (Some(a), Some(b)) => b.partial_cmp(&a).unwrap_or(std::cmp::Ordering::Equal),
        (a, b) => b.is_some().cmp(&a.is_some()),
    });
    ranked
}
