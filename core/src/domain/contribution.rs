//! The scores-only contribution file (PRODUCT.md §5): what a Kommune exports so that a
//! coordinator (Landkreis, state) can build a benchmark pack from many of them, without a
//! server.
//!
//! A contribution holds only what a benchmark needs: the kind of Kommune, its size class, the
//! year, the scope, the coverage and the level per dimension and category. It holds no name,
//! no AGS, no inhabitant count, no free text and no individual answers. Its `contribution_id`
//! is a hash of the local assessment id and the year: exporting the same assessment twice gives
//! the same id, so the coordinator counts it once, while the local id itself never leaves the
//! browser.
//!
//! Levels and coverage are rounded to two decimals: more precision says nothing more about
//! digital maturity.
//!
//! - Version 1 (current, 2026): the [`Contribution`] structure.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::versioned::{self, FileError};

use super::assessment::{Assessment, Scope};
use super::figures::round2;
use super::kommune::{Kind, SizeClass};
use super::questionnaire::Questionnaire;
use super::scoring::Results;

pub const FORMAT: &str = "digikompass-contribution";
pub const FORMAT_VERSION: u32 = 1;
/// Larger files are refused before parsing: a real contribution is about 2 KB.
pub const MAX_BYTES: usize = 64 * 1024;
/// Accepted years of an assessment.
pub const YEARS: std::ops::RangeInclusive<u16> = 2020..=2100;
/// Longest accepted `contribution_id` (hex digits).
const MAX_ID_CHARS: usize = 64;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub format: String,
    pub format_version: u32,
    /// Hex hash of the local assessment id and the year; used only to count a Kommune once.
    pub contribution_id: String,
    pub questionnaire_id: String,
    pub questionnaire_version: u32,
    pub kind: Kind,
    pub size_class: SizeClass,
    /// Year of the assessment.
    pub year: u16,
    pub scope: Scope,
    /// Share of questions in scope with any response, 0–1.
    pub coverage: f64,
    /// Dimension id → level 0–4, only dimensions that have a level.
    pub dimensions: BTreeMap<String, f64>,
    /// Category id → level 0–4, only categories that have a level.
    pub categories: BTreeMap<String, f64>,
}

/// What an assessment lacks before it can be contributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingForContribution {
    /// The profile has no „Art der Kommune“.
    KindMissing,
    /// The profile has no inhabitant count, so the size class is unknown.
    InhabitantsMissing,
    /// No dimension has a level yet: nothing answered that scores.
    NoLevels,
}

/// Builds the contribution for an assessment scored as `results` (from
/// [`super::scoring::score`] with the same questionnaire).
pub fn from_assessment(
    q: &Questionnaire,
    a: &Assessment,
    results: &Results,
    year: u16,
) -> Result<Contribution, MissingForContribution> {
    let kind = a.profile.kind.ok_or(MissingForContribution::KindMissing)?;
    let size_class = a.profile.size_class().ok_or(MissingForContribution::InhabitantsMissing)?;
    let dimensions: BTreeMap<String, f64> =
        results.dimensions.iter().filter_map(|d| Some((d.dimension.id.clone(), round2(d.level?)))).collect();
    if dimensions.is_empty() {
        return Err(MissingForContribution::NoLevels);
    }
    let categories = results
        .dimensions
        .iter()
        .flat_map(|d| &d.categories)
        .filter_map(|c| Some((c.category.id.clone(), round2(c.level?))))
        .collect();
    Ok(Contribution {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        contribution_id: contribution_id(&a.id, year),
        questionnaire_id: q.id.clone(),
        questionnaire_version: q.version,
        kind,
        size_class,
        year,
        scope: a.profile.scope,
        coverage: round2(results.coverage.ratio()),
        dimensions,
        categories,
    })
}

/// The id of a contribution: FNV-1a (64 bit) of `"{assessment_id}/{year}"`, 16 hex digits.
/// Stable across exports and program versions; it does not reveal the local id.
pub fn contribution_id(assessment_id: &str, year: u16) -> String {
    format!("{:016x}", fnv1a64(format!("{assessment_id}/{year}").as_bytes()))
}

/// FNV-1a, 64 bit (Fowler/Noll/Vo). Not cryptographic; it only needs to be stable and to
/// spread random local ids.
pub(crate) fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME))
}

/// Serializes a contribution as pretty JSON (the keys in a fixed order).
pub fn to_json(contribution: &Contribution) -> String {
    serde_json::to_string_pretty(contribution).expect("a contribution always serializes")
}

/// Reads and checks a contribution file for `q`. Never panics, whatever the input.
pub fn parse(text: &str, q: &Questionnaire) -> Result<Contribution, FileError> {
    let opened = versioned::open(text, FORMAT, MAX_BYTES, FORMAT_VERSION)?;
    // Name the questionnaire mismatch even when the rest would not fit this version.
    if let Some((id, version)) = opened.questionnaire.clone() {
        if id != q.id || version != q.version {
            return Err(FileError::OtherQuestionnaire { id, version });
        }
    }
    // serde_json stops at 128 levels of nesting, so deeply nested input fails here, safely.
    let mut contribution: Contribution = versioned::body(&opened)?;
    check(&contribution, q)?;
    // Two decimals, as the app writes them (`figures`): what is read is written back as read.
    contribution.coverage = round2(contribution.coverage);
    contribution.dimensions.values_mut().chain(contribution.categories.values_mut()).for_each(|x| *x = round2(*x));
    Ok(contribution)
}

fn check(c: &Contribution, q: &Questionnaire) -> Result<(), FileError> {
    let invalid = |field: String| Err(FileError::field(field));
    let id_ok = !c.contribution_id.is_empty()
        && c.contribution_id.len() <= MAX_ID_CHARS
        && c.contribution_id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !id_ok {
        return invalid("contribution_id".into());
    }
    if !YEARS.contains(&c.year) {
        return invalid("year".into());
    }
    if !(0.0..=1.0).contains(&c.coverage) {
        return invalid("coverage".into());
    }
    if c.dimensions.is_empty() {
        return invalid("dimensions".into());
    }
    for (id, level) in &c.dimensions {
        if q.dimension(id).is_none() {
            return invalid(format!("dimensions.{id}"));
        }
        if !(0.0..=4.0).contains(level) {
            return invalid(format!("dimensions.{id}"));
        }
    }
    for (id, level) in &c.categories {
        if q.category(id).is_none() {
            return invalid(format!("categories.{id}"));
        }
        if !(0.0..=4.0).contains(level) {
            return invalid(format!("categories.{id}"));
        }
    }
    Ok(())
}
