//! The assessment file format: what „Exportieren“ writes, „Datei importieren“ reads and the
//! browser storage keeps. Versioned; older versions are migrated on reading.
//!
//! - Version 1 (prototype, 2026): flat answers `{"question-id": 3 | "nz" | "?"}`, no notes.
//! - Version 2 (current): the [`Assessment`] structure.
//!
//! When the questionnaire version differs, answers are carried over by question id, following
//! the questionnaire's `renamed` table; answers to questions that no longer exist are dropped
//! and listed in the [`Migration`] report.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::{Answer, Assessment, Profile, Response};
use super::figures;
use super::questionnaire::{Questionnaire, MAX_LEVEL};
use super::versioned::{self, FileError};

pub const FORMAT: &str = "digikompass-assessment";
/// 3 adds the scenario („Was wäre, wenn“); a version-2 file reads as one without a scenario.
pub const FORMAT_VERSION: u32 = 3;
/// Larger files are refused before parsing: a real assessment is far below 1 MB.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Longest accepted free text (notes, names); longer input is refused, not cut.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// The current format: read with an owned assessment, written from a borrowed one (a save
/// then needs no copy of it).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV3<A> {
    format: Cow<'static, str>,
    format_version: u32,
    assessment: A,
}

impl<'a> FileV3<&'a Assessment> {
    fn of(assessment: &'a Assessment) -> Self {
        FileV3 { format: FORMAT.into(), format_version: FORMAT_VERSION, assessment }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    format_version: u32,
    id: String,
    questionnaire: String,
    questionnaire_version: u32,
    date: String,
    kommune: String,
    #[serde(default)]
    answers: BTreeMap<String, V1Answer>,
}

/// A version-1 answer: a level number, "nz" (nicht zutreffend) or "?" (weiß nicht).
#[derive(Deserialize)]
#[serde(untagged)]
enum V1Answer {
    Level(u64),
    Code(String),
}

/// What changed while reading an older file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Migration {
    pub from_format: Option<u32>,
    pub from_questionnaire_version: Option<u32>,
    /// Old id → new id.
    pub renamed: Vec<(String, String)>,
    /// Old id → the new ids that took over its answer (split or merged questions).
    pub carried: Vec<(String, Vec<String>)>,
    /// Answers not carried because the question's levels changed; their notes are kept.
    pub reset: Vec<String>,
    /// Answers „nicht zutreffend“ to critical questions, which now need a level; the reason
    /// moved into the note.
    pub critical_not_applicable: Vec<String>,
    /// Answers to questions that no longer exist.
    pub dropped: Vec<String>,
}

impl Migration {
    /// The old question ids whose answers are not carried exactly as they were: dropped,
    /// reset, split or merged, or a critical „nicht zutreffend“ turned into an open question.
    /// Where there are any, the stored original is kept.
    pub fn changed_answers(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .dropped
            .iter()
            .chain(&self.reset)
            .chain(&self.critical_not_applicable)
            .chain(self.carried.iter().map(|(old, _)| old))
            .cloned()
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }
}

impl Migration {
    pub fn is_empty(&self) -> bool {
        *self == Migration::default()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub assessment: Assessment,
    pub migration: Migration,
}

/// Serializes an assessment in the current format, indented for people who open the file. The
/// browser stores the same text: a compact form there would need a second copy of the
/// serializer in the download (2.4 KB brotli).
pub fn export(assessment: &Assessment) -> String {
    serde_json::to_string_pretty(&FileV3::of(assessment)).expect("an assessment always serializes")
}

/// Reads an assessment file of any supported version for `questionnaire`.
pub fn import(text: &str, questionnaire: &Questionnaire) -> Result<Imported, FileError> {
    // serde_json stops at 128 levels of nesting, so deeply nested input fails safely.
    let opened = versioned::open(text, FORMAT, MAX_BYTES, FORMAT_VERSION)?;
    let mut migration = Migration::default();
    let mut assessment = match opened.version {
        1 => {
            let file: FileV1 = versioned::body(&opened)?;
            migration.from_format = Some(1);
            from_v1(file)?
        }
        // Version 2 is version 3 without a scenario (the field defaults to empty): nothing to
        // convert and nothing to tell the user.
        _ => versioned::body::<FileV3<Assessment>>(&opened)?.assessment,
    };
    check(&assessment)?;
    // Two decimals, as the app writes them (`figures`): what is read is written back as read.
    assessment.targets.values_mut().for_each(|t| *t = figures::round2(*t));
    if assessment.questionnaire_id != questionnaire.id {
        return Err(FileError::OtherQuestionnaire {
            id: assessment.questionnaire_id,
            version: assessment.questionnaire_version,
        });
    }
    migrate_answers(&mut assessment, questionnaire, &mut migration);
    Ok(Imported { assessment, migration })
}

/// Puts `answer` under `id`, merged with an answer already there.
fn put(answers: &mut BTreeMap<String, Answer>, id: String, answer: Answer) {
    let merged = match answers.remove(&id) {
        Some(earlier) => merge(earlier, answer),
        None => answer,
    };
    answers.insert(id, merged);
}

/// Two answers that become one: the lower response („weiß nicht“ below every level, „nicht
/// zutreffend“ only if both say so), the less assured provider state, both notes.
fn merge(a: Answer, b: Answer) -> Answer {
    let rank = |r: &Response| match r {
        Response::DontKnow => -1,
        Response::Level { level } => i32::from(*level),
        Response::NotApplicable { .. } => i32::from(MAX_LEVEL) + 1,
    };
    let response = match (a.response, b.response) {
        (Some(x), Some(y)) => Some(if rank(&y) < rank(&x) { y } else { x }),
        (x, y) => x.or(y),
    };
    let note = match (a.note.trim(), b.note.trim()) {
        ("", n) | (n, "") => n.to_string(),
        (x, y) if x == y => x.to_string(),
        (x, y) => format!("{x}\n{y}"),
    };
    let source = if a.source == b.source { a.source } else { String::new() };
    Answer { response, note, by_provider: a.by_provider || b.by_provider, assured: a.assured.min(b.assured), source }
}

fn from_v1(file: FileV1) -> Result<Assessment, FileError> {
    let mut answers = BTreeMap::new();
    for (id, value) in file.answers {
        let response = match value {
            V1Answer::Level(n) if n <= u64::from(MAX_LEVEL) => Response::Level { level: n as u8 },
            V1Answer::Level(_) => return Err(FileError::field(format!("answers.{id}"))),
            V1Answer::Code(s) if s == "nz" => Response::NotApplicable { reason: String::new() },
            V1Answer::Code(s) if s == "?" => Response::DontKnow,
            V1Answer::Code(_) => return Err(FileError::field(format!("answers.{id}"))),
        };
        answers.insert(id, Answer { response: Some(response), ..Answer::default() });
    }
    Ok(Assessment {
        id: file.id,
        questionnaire_id: file.questionnaire,
        questionnaire_version: file.questionnaire_version,
        date: file.date,
        updated_ms: 0,
        profile: Profile { name: file.kommune, ..Profile::default() },
        answers,
        targets: BTreeMap::new(),
        measures: BTreeMap::new(),
        scenario: BTreeMap::new(),
        part: None,
    })
}

/// Limits that keep a hostile or damaged file from doing harm further on.
fn check(a: &Assessment) -> Result<(), FileError> {
    let too_long = |field: &str| Err(FileError::field(field));
    let p = &a.profile;
    for (field, text) in [
        ("profile.name", &p.name),
        ("profile.ags", &p.ags),
        ("profile.landkreis", &p.landkreis),
        ("profile.it_provider_name", &p.it_provider_name),
        ("profile.respondent", &p.respondent),
        ("id", &a.id),
        ("date", &a.date),
    ] {
        if text.chars().count() > MAX_TEXT_CHARS {
            return too_long(field);
        }
    }
    for (id, answer) in &a.answers {
        if let Some(Response::Level { level }) = answer.response {
            if level > MAX_LEVEL {
                return Err(FileError::field(format!("answers.{id}")));
            }
        }
        let reason = match &answer.response {
            Some(Response::NotApplicable { reason }) => reason.chars().count(),
            _ => 0,
        };
        if answer.note.chars().count() > MAX_TEXT_CHARS || reason > MAX_TEXT_CHARS {
            return too_long(&format!("answers.{id}"));
        }
    }
    for (id, t) in &a.targets {
        if !(0.0..=4.0).contains(t) {
            return Err(FileError::field(format!("targets.{id}")));
        }
    }
    for (id, &steps) in &a.scenario {
        if steps == 0 || steps > MAX_LEVEL {
            return Err(FileError::field(format!("scenario.{id}")));
        }
    }
    Ok(())
}

/// Carries answers over to `questionnaire`'s version: by id, along the questionnaire's
/// `renamed` and `carried` tables, except the ids it `reset`s. A merged question keeps the
/// lowest of the levels it takes over (between two levels, the lower one: the Methodik's
/// rule), and every note.
pub fn migrate_answers(assessment: &mut Assessment, questionnaire: &Questionnaire, migration: &mut Migration) {
    let upgrading = assessment.questionnaire_version != questionnaire.version;
    if upgrading {
        migration.from_questionnaire_version = Some(assessment.questionnaire_version);
    }
    let old = std::mem::take(&mut assessment.answers);
    for (id, answer) in old {
        if upgrading && questionnaire.reset.contains(&id) {
            migration.reset.push(id.clone());
            if !answer.note.is_empty() {
                assessment.answers.insert(id, Answer { note: answer.note, ..Answer::default() });
            }
        } else if questionnaire.question(&id).is_some() {
            put(&mut assessment.answers, id, answer);
        } else if let Some(new) = questionnaire.renamed.get(&id).filter(|n| questionnaire.question(n).is_some()) {
            migration.renamed.push((id, new.clone()));
            put(&mut assessment.answers, new.clone(), answer);
        } else if let Some(news) = questionnaire.carried.get(&id) {
            let news: Vec<String> = news.iter().filter(|n| questionnaire.question(n).is_some()).cloned().collect();
            for new in &news {
                put(&mut assessment.answers, new.clone(), answer.clone());
            }
            migration.carried.push((id, news));
        } else {
            migration.dropped.push(id);
        }
    }
    for (id, answer) in assessment.answers.iter_mut() {
        let critical = questionnaire.question(id).is_some_and(|at| at.question.critical);
        if let (true, Some(Response::NotApplicable { reason })) = (critical, &answer.response) {
            let reason = reason.trim().to_string();
            answer.response = None;
            if !reason.is_empty() {
                answer.note = if answer.note.is_empty() { reason } else { format!("{}\n{reason}", answer.note) };
            }
            migration.critical_not_applicable.push(id.clone());
        }
    }
    for (old, new) in &migration.renamed {
        if let Some(tracking) = assessment.measures.remove(old) {
            assessment.measures.insert(new.clone(), tracking);
        }
        if let Some(steps) = assessment.scenario.remove(old) {
            assessment.scenario.insert(new.clone(), steps);
        }
    }
    let known = |id: &String| questionnaire.dimension(id).is_some() || questionnaire.category(id).is_some();
    assessment.targets.retain(|id, _| known(id));
    assessment.measures.retain(|id, _| questionnaire.question(id).is_some());
    assessment.scenario.retain(|id, _| questionnaire.question(id).is_some());
    assessment.questionnaire_version = questionnaire.version;
}
