//! Building a benchmark pack from many contribution files (PRODUCT.md §5), as a coordinator
//! (Landkreis, state) does in the browser: [`collect`] reads and deduplicates the files,
//! [`counts`] shows how many Kommunen fall into each peer group, [`build_pack`] computes the
//! figures.
//!
//! Rules of [`build_pack`]:
//!
//! - Groups: „alle“, each size class, each kind, each kind × size class.
//! - Per group and per dimension and category: n, mean and quartiles over the contributions
//!   that have a level there (a cell's own n). Figures are rounded to two decimals.
//! - Suppression: no group with n < [`MIN_N`] is written, and no cell with n < [`MIN_N`].
//! - Merging: when the largest size class present would single out a few cities (n < [`MIN_N`]),
//!   it is merged downwards into the next smaller class, repeated while still below
//!   [`MIN_N`]; for the size-only groups and for each kind × size class separately. The merged
//!   group is keyed by its smallest class and lists the others in [`GroupFigures::merged`].
//!   Smaller classes below [`MIN_N`] are suppressed, not merged.
//!
//! Cost: one parse per file, deduplication through a sorted map, and one sort per cell;
//! O(n log n) overall.

use std::collections::BTreeMap;

use super::benchmark::{self, GroupFigures, Pack, PeerGroup, Stats, MIN_N};
use super::contribution::{self, Contribution};
use super::figures::round2;
use super::kommune::{Kind, SizeClass};
use super::questionnaire::Questionnaire;
use super::versioned::FileError;

/// First quartile, median and third quartile of sorted values, or None when there are none.
///
/// Method: linear interpolation between closest ranks, Hyndman & Fan (1996) type 7, the default
/// of R's `quantile()` and numpy's `percentile(method="linear")`. For probability p and n
/// values x₀ ≤ … ≤ xₙ₋₁: h = (n − 1)·p, and Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
///
/// `sorted` must be in ascending order; NaN is not expected (contributions never hold it).
pub fn quartiles(sorted: &[f64]) -> Option<(f64, f64, f64)> {
    if sorted.is_empty() {
        return None;
    }
    Some((quantile7(sorted, 0.25), quantile7(sorted, 0.5), quantile7(sorted, 0.75)))
}

fn quantile7(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let low = h.floor() as usize;
    let high = (low + 1).min(sorted.len() - 1);
    let fraction = h - low as f64;
    if fraction == 0.0 {
        sorted[low]
    } else {
        sorted[low] + fraction * (sorted[high] - sorted[low])
    }
}

/// n, mean and quartiles ([`quartiles`]) of values in any order; None when empty.
pub fn stats(values: &[f64]) -> Option<Stats> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let (q1, median, q3) = quartiles(&sorted)?;
    let mean = sorted.iter().sum::<f64>() / sorted.len() as f64;
    Some(Stats { n: u32::try_from(sorted.len()).unwrap_or(u32::MAX), mean, q1, median, q3 })
}

/// A file that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub reason: SkipReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    Unreadable(FileError),
    /// The same contribution (same `contribution_id`) was already read from `first_file`.
    Duplicate {
        first_file: String,
    },
}

/// The outcome of reading many contribution files.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collected {
    /// File name and contribution, in the order given.
    pub accepted: Vec<(String, Contribution)>,
    pub skipped: Vec<Skipped>,
}

impl Collected {
    /// The accepted contributions, for [`build_pack`].
    pub fn contributions(&self) -> Vec<Contribution> {
        self.accepted.iter().map(|(_, c)| c.clone()).collect()
    }
}

/// Reads contribution files (name, text) for `q`; unreadable files and duplicates (same
/// `contribution_id`; the first one wins) are listed in `skipped`.
pub fn collect<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>, q: &Questionnaire) -> Collected {
    let mut collected = Collected::default();
    let mut first_by_id: BTreeMap<String, String> = BTreeMap::new();
    for (file, text) in files {
        let reason = match contribution::parse(text, q) {
            Err(e) => SkipReason::Unreadable(e),
            Ok(c) => match first_by_id.get(&c.contribution_id) {
                Some(first) => SkipReason::Duplicate { first_file: first.clone() },
                None => {
                    first_by_id.insert(c.contribution_id.clone(), file.to_string());
                    collected.accepted.push((file.to_string(), c));
                    continue;
                }
            },
        };
        collected.skipped.push(Skipped { file: file.to_string(), reason });
    }
    collected
}

/// How many contributions fall into each peer group („alle“, size class, kind, kind × size
/// class), before merging and suppression, so the coordinator also sees the groups that are
/// too small to be shown. Groups without any contribution are left out.
pub fn counts<'a>(accepted: impl IntoIterator<Item = &'a Contribution>) -> BTreeMap<PeerGroup, u32> {
    let mut counts = BTreeMap::new();
    for c in accepted {
        let (kind, size_class) = (Some(c.kind), Some(c.size_class));
        for group in [
            PeerGroup::ALL,
            PeerGroup { kind: None, size_class },
            PeerGroup { kind, size_class: None },
            PeerGroup { kind, size_class },
        ] {
            *counts.entry(group).or_insert(0) += 1;
        }
    }
    counts
}

/// Title, source and date of a pack built by [`build_pack`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackMeta {
    pub title: String,
    pub source: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub synthetic: bool,
}

/// Builds a benchmark pack for `q` from contributions (already read with [`collect`] or
/// [`contribution::parse`]). See the module documentation for groups, suppression and merging.
pub fn build_pack(accepted: &[Contribution], q: &Questionnaire, meta: PackMeta) -> Pack {
    let mut groups = Vec::new();
    let all: Vec<&Contribution> = accepted.iter().collect();
    groups.extend(figures(PeerGroup::ALL, Vec::new(), &all, q));
    groups.extend(size_groups(None, &all, q));
    for kind in Kind::ALL {
        let of_kind: Vec<&Contribution> = all.iter().copied().filter(|c| c.kind == kind).collect();
        groups.extend(figures(PeerGroup { kind: Some(kind), size_class: None }, Vec::new(), &of_kind, q));
    }
    for kind in Kind::ALL {
        let of_kind: Vec<&Contribution> = all.iter().copied().filter(|c| c.kind == kind).collect();
        groups.extend(size_groups(Some(kind), &of_kind, q));
    }
    Pack {
        format: benchmark::FORMAT.into(),
        format_version: benchmark::FORMAT_VERSION,
        questionnaire_id: q.id.clone(),
        questionnaire_version: q.version,
        title: meta.title,
        source: meta.source,
        date: meta.date,
        synthetic: meta.synthetic,
        groups,
    }
}

/// The size groups of one kind (or of all kinds), with the top classes merged downwards while
/// they hold fewer than [`MIN_N`].
fn size_groups(kind: Option<Kind>, contributions: &[&Contribution], q: &Questionnaire) -> Vec<GroupFigures> {
    let by_class: Vec<Vec<&Contribution>> = SizeClass::ALL
        .iter()
        .map(|&class| contributions.iter().copied().filter(|c| c.size_class == class).collect())
        .collect();
    // The largest class present, and how far down it has to be merged.
    let Some(top) = by_class.iter().rposition(|members| !members.is_empty()) else {
        return Vec::new();
    };
    let mut bottom = top;
    let mut merged_n: usize = by_class[top].len();
    while merged_n < MIN_N as usize && bottom > 0 {
        bottom -= 1;
        merged_n += by_class[bottom].len();
    }
    let mut groups = Vec::new();
    for (index, members) in by_class.iter().enumerate().take(bottom) {
        let group = PeerGroup { kind, size_class: Some(SizeClass::ALL[index]) };
        groups.extend(figures(group, Vec::new(), members, q));
    }
    let members: Vec<&Contribution> = by_class[bottom..=top].iter().flatten().copied().collect();
    let group = PeerGroup { kind, size_class: Some(SizeClass::ALL[bottom]) };
    groups.extend(figures(group, SizeClass::ALL[bottom + 1..=top].to_vec(), &members, q));
    groups
}

/// The figures of one group, or None when it is too small to be written.
fn figures(
    group: PeerGroup,
    merged: Vec<SizeClass>,
    members: &[&Contribution],
    q: &Questionnaire,
) -> Option<GroupFigures> {
    let n = u32::try_from(members.len()).unwrap_or(u32::MAX);
    if n < MIN_N {
        return None;
    }
    let cell = |values: Vec<f64>| -> Option<Stats> {
        let s = stats(&values).filter(|s| s.n >= MIN_N)?;
        Some(Stats { n: s.n, mean: round2(s.mean), q1: round2(s.q1), median: round2(s.median), q3: round2(s.q3) })
    };
    let levels = |get: &dyn Fn(&Contribution) -> Option<f64>| -> Vec<f64> {
        members.iter().filter_map(|c| get(c)).filter(|v| (0.0..=4.0).contains(v)).collect()
    };
    let dimensions = q
        .dimensions
        .iter()
        .filter_map(|d| Some((d.id.clone(), cell(levels(&|c| c.dimensions.get(&d.id).copied()))?)))
        .collect();
    let categories = q
        .categories()
        .filter_map(|(_, cat)| Some((cat.id.clone(), cell(levels(&|c| c.categories.get(&cat.id).copied()))?)))
        .collect();
    Some(GroupFigures { group, n, dimensions, categories, merged })
}
