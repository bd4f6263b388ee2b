//! Benchmark packs and the comparison with peers (PRODUCT.md §5).
//!
//! A pack is a versioned file tied to one questionnaire version. It holds, per peer group,
//! the number of Kommunen and the mean and quartiles per dimension and category. Cells with
//! fewer than [`MIN_N`] Kommunen are never shown: lookups skip them as if they were absent.
//!
//! A size group may be *merged*: when the top size classes hold too few Kommunen (they would
//! single out individual cities), [`super::aggregate::build_pack`] merges them downwards into
//! the next smaller class. Such a group is keyed by its smallest class and lists the larger
//! ones in [`GroupFigures::merged`]; lookups find it for a profile in any of its classes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::kommune::{Kind, SizeClass};
use super::questionnaire::Questionnaire;
use super::versioned::{self, FileError};

pub const FORMAT: &str = "digikompass-benchmark";
pub const FORMAT_VERSION: u32 = 1;
/// Smallest group whose figures may be shown.
pub const MIN_N: u32 = 5;
/// Larger files are refused before parsing.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stats {
    pub n: u32,
    pub mean: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
}

impl Stats {
    pub fn shown(&self) -> bool {
        self.n >= MIN_N
    }

    /// Where a level lies against the quartiles.
    pub fn position(&self, level: f64) -> Position {
        if level < self.q1 {
            Position::BelowQ1
        } else if level < self.median {
            Position::Q1ToMedian
        } else if level <= self.q3 {
            Position::MedianToQ3
        } else {
            Position::AboveQ3
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    BelowQ1,
    Q1ToMedian,
    MedianToQ3,
    AboveQ3,
}

/// A peer group: a kind of Kommune and/or a size class; both empty means „alle“.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeerGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_class: Option<SizeClass>,
}

impl PeerGroup {
    pub const ALL: PeerGroup = PeerGroup { kind: None, size_class: None };

    pub fn is_all(&self) -> bool {
        *self == PeerGroup::ALL
    }

    /// Stable key for UI controls, e.g. `gemeinde/unter-5000`, `*/*`.
    pub fn key(&self) -> String {
        format!("{}/{}", self.kind.map_or("*", Kind::id), self.size_class.map_or("*", SizeClass::id))
    }

    pub fn from_key(key: &str) -> Option<PeerGroup> {
        let (kind, size) = key.split_once('/')?;
        let kind = if kind == "*" { None } else { Some(Kind::from_id(kind)?) };
        let size_class = if size == "*" { None } else { Some(SizeClass::from_id(size)?) };
        Some(PeerGroup { kind, size_class })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupFigures {
    pub group: PeerGroup,
    pub n: u32,
    /// Dimension id → statistics.
    pub dimensions: BTreeMap<String, Stats>,
    /// Category id → statistics.
    #[serde(default)]
    pub categories: BTreeMap<String, Stats>,
    /// Further size classes this group contains, larger than `group.size_class` and contiguous
    /// with it, in ascending order. Empty for an ordinary group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<SizeClass>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub format: String,
    pub format_version: u32,
    pub questionnaire_id: String,
    pub questionnaire_version: u32,
    pub title: String,
    /// Who produced the figures and how.
    pub source: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// True for generated example data: the UI then says so wherever the pack is shown.
    pub synthetic: bool,
    pub groups: Vec<GroupFigures>,
}

impl Pack {
    /// Parses and checks a pack for `questionnaire`.
    pub fn parse(text: &str, questionnaire: &Questionnaire) -> Result<Pack, FileError> {
        let opened = versioned::open(text, FORMAT, MAX_BYTES, FORMAT_VERSION)?;
        let pack: Pack = versioned::body(&opened)?;
        if pack.questionnaire_id != questionnaire.id || pack.questionnaire_version != questionnaire.version {
            return Err(FileError::OtherQuestionnaire {
                id: pack.questionnaire_id,
                version: pack.questionnaire_version,
            });
        }
        pack.check(questionnaire)?;
        Ok(pack)
    }

    fn check(&self, questionnaire: &Questionnaire) -> Result<(), FileError> {
        let invalid = |field: String| Err(FileError::field(field));
        if self.title.trim().is_empty() {
            return invalid("title".into());
        }
        if self.source.trim().is_empty() {
            return invalid("source".into());
        }
        let mut seen = std::collections::BTreeSet::new();
        for g in &self.groups {
            if !seen.insert(g.group) {
                return invalid(format!("groups.{}", g.group.key()));
            }
            let all_stats = g.dimensions.iter().chain(g.categories.iter());
            for (id, stats) in all_stats {
                let known = questionnaire.dimension(id).is_some() || questionnaire.category(id).is_some();
                if !known {
                    return invalid(format!("groups.{}.{id}", g.group.key()));
                }
                let ordered =
                    0.0 <= stats.q1 && stats.q1 <= stats.median && stats.median <= stats.q3 && stats.q3 <= 4.0;
                if !ordered || !(0.0..=4.0).contains(&stats.mean) || stats.n > g.n {
                    return invalid(format!("groups.{}.{id}", g.group.key()));
                }
            }
        }
        // Every (kind, size class) is covered by at most one group, counting merged classes.
        let mut covered = std::collections::BTreeSet::new();
        for g in &self.groups {
            let Some(own) = g.group.size_class else {
                if g.merged.is_empty() {
                    continue;
                }
                return invalid(format!("groups.{}.merged", g.group.key()));
            };
            let mut previous = own;
            for &class in &g.merged {
                if class_index(class) != class_index(previous) + 1 {
                    // Merged size classes must continue upwards without gaps.
                    return invalid(format!("groups.{}.merged", g.group.key()));
                }
                previous = class;
            }
            for class in g.size_classes() {
                if !covered.insert((g.group.kind, class)) {
                    let group = PeerGroup { kind: g.group.kind, size_class: Some(class) };
                    // A size class in more than one group.
                    return invalid(format!("groups.{}", group.key()));
                }
            }
        }
        Ok(())
    }

    /// The shown figures for `group`: the group itself, or the merged group that contains its
    /// size class.
    pub fn group(&self, group: PeerGroup) -> Option<&GroupFigures> {
        let shown = || self.groups.iter().filter(|g| g.n >= MIN_N);
        shown().find(|g| g.group == group).or_else(|| {
            let class = group.size_class?;
            shown().find(|g| g.group.kind == group.kind && g.merged.contains(&class))
        })
    }

    /// The groups that may be shown, „alle“ first.
    pub fn shown_groups(&self) -> impl Iterator<Item = &GroupFigures> {
        let mut groups: Vec<&GroupFigures> = self.groups.iter().filter(|g| g.n >= MIN_N).collect();
        groups.sort_by_key(|g| (!g.group.is_all(), g.group));
        groups.into_iter()
    }

    /// The best shown group for a profile: kind × size class, then size class alone, then
    /// kind alone, then „alle“.
    pub fn best_group(&self, kind: Option<Kind>, size_class: Option<SizeClass>) -> Option<&GroupFigures> {
        let candidates = [
            PeerGroup { kind, size_class },
            PeerGroup { kind: None, size_class },
            PeerGroup { kind, size_class: None },
            PeerGroup::ALL,
        ];
        candidates.into_iter().find_map(|g| self.group(g))
    }
}

impl GroupFigures {
    /// Statistics for a dimension or category, unless suppressed.
    pub fn stats(&self, id: &str) -> Option<&Stats> {
        self.dimensions.get(id).or_else(|| self.categories.get(id)).filter(|s| s.shown())
    }

    /// All size classes in this group, ascending: its own and the merged ones. Empty when the
    /// group is not a size group.
    pub fn size_classes(&self) -> Vec<SizeClass> {
        self.group.size_class.into_iter().chain(self.merged.iter().copied()).collect()
    }

    /// Inhabitant range of the group (inclusive lower, exclusive upper bound, None =
    /// open-ended), spanning merged classes; for labels such as „ab 20.000“.
    pub fn size_bounds(&self) -> Option<(u32, Option<u32>)> {
        let classes = self.size_classes();
        let (low, _) = classes.first()?.bounds();
        let (_, high) = classes.last()?.bounds();
        Some((low, high))
    }
}

fn class_index(class: SizeClass) -> usize {
    SizeClass::ALL.iter().position(|c| *c == class).unwrap_or(0)
}
