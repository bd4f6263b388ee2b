//! Benchmark packs and the comparison with peers (PRODUCT.md §5).
//!
//! A pack is a versioned file tied to one questionnaire version. It holds, per peer group,
//! the number of Kommunen and the mean and quartiles per dimension and category. Cells with
//! fewer than [`MIN_N`] Kommunen are never shown: lookups skip them as if they were absent.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::kommune::{Kind, SizeClass};
use super::questionnaire::Questionnaire;

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    TooLarge { bytes: usize },
    NotJson(String),
    WrongFormat,
    NewerFormat { found: u32 },
    OtherQuestionnaire { found_id: String, found_version: u32 },
    Invalid(String),
}

impl Pack {
    /// Parses and checks a pack for `questionnaire`.
    pub fn parse(text: &str, questionnaire: &Questionnaire) -> Result<Pack, PackError> {
        if text.len() > MAX_BYTES {
            return Err(PackError::TooLarge { bytes: text.len() });
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| PackError::NotJson(e.to_string()))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(PackError::WrongFormat);
        }
        match value.get("format_version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(FORMAT_VERSION) => {}
            Some(v) if v > u64::from(FORMAT_VERSION) => {
                return Err(PackError::NewerFormat { found: v.min(u64::from(u32::MAX)) as u32 })
            }
            _ => return Err(PackError::Invalid("format_version".into())),
        }
        let pack: Pack = serde_json::from_value(value).map_err(|e| PackError::Invalid(e.to_string()))?;
        if pack.questionnaire_id != questionnaire.id || pack.questionnaire_version != questionnaire.version {
            return Err(PackError::OtherQuestionnaire {
                found_id: pack.questionnaire_id,
                found_version: pack.questionnaire_version,
            });
        }
        pack.check(questionnaire)?;
        Ok(pack)
    }

    fn check(&self, questionnaire: &Questionnaire) -> Result<(), PackError> {
        let invalid = |m: String| Err(PackError::Invalid(m));
        if self.title.trim().is_empty() || self.source.trim().is_empty() {
            return invalid("title and source are required".into());
        }
        let mut seen = std::collections::BTreeSet::new();
        for g in &self.groups {
            if !seen.insert(g.group) {
                return invalid(format!("group {} appears twice", g.group.key()));
            }
            let all_stats = g.dimensions.iter().chain(g.categories.iter());
            for (id, stats) in all_stats {
                let known = questionnaire.dimension(id).is_some() || questionnaire.category(id).is_some();
                if !known {
                    return invalid(format!("group {}: unknown dimension or category `{id}`", g.group.key()));
                }
                let ordered =
                    0.0 <= stats.q1 && stats.q1 <= stats.median && stats.median <= stats.q3 && stats.q3 <= 4.0;
                if !ordered || !(0.0..=4.0).contains(&stats.mean) || stats.n > g.n {
                    return invalid(format!("group {}: figures for `{id}` are not consistent", g.group.key()));
                }
            }
        }
        Ok(())
    }

    pub fn group(&self, group: PeerGroup) -> Option<&GroupFigures> {
        self.groups.iter().find(|g| g.group == group && g.n >= MIN_N)
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
}
