//! Teilbögen: the Hauptamt, the Kämmerei, the IT and the ISB each answer the categories they
//! know, in their own browser, and the answers are brought together without a server.
//!
//! A Teilbogen is an assessment file (format 3) with a [`Part`]: the main assessment's id, the
//! categories and who answers them. Merging never loses anything: where parts (or a part and
//! the main assessment) answered a question differently, the user chooses; every answer taken
//! from a part remembers its source, and every note is kept with its source in front. Merging
//! the same part twice changes nothing the second time.

use std::collections::BTreeMap;

use super::assessment::{Answer, Assessment, Part};
use super::exchange;
use super::questionnaire::{QuestionRef, Questionnaire};
use super::versioned::FileError;

/// Why a file cannot be merged into the open assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartError {
    /// An assessment, but no Teilbogen.
    NotAPart,
    /// A Teilbogen of another assessment (or Kommune).
    OtherAssessment,
    /// Made for another version of the questionnaire.
    OtherVersion { found: u32 },
    /// The same Teilbogen (same id) twice.
    Duplicate,
}

/// Why a chosen file cannot be merged: it is no readable assessment file, or no fitting part.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    File(FileError),
    Part(PartError),
}

/// Reads the chosen files (name, text) as Teilbögen of `main`: all of them, or each bad
/// file's name with its problem (then nothing is to be merged).
pub fn read(
    questionnaire: &Questionnaire,
    main: &Assessment,
    files: &[(String, Result<String, FileError>)],
) -> Result<Vec<Assessment>, Vec<(String, Problem)>> {
    let mut problems = Vec::new();
    let mut parts = Vec::new();
    let mut names = Vec::new();
    for (name, text) in files {
        let imported = text.as_ref().map_err(Clone::clone).and_then(|text| exchange::import(text, questionnaire));
        match imported {
            Err(error) => problems.push((name.clone(), Problem::File(error))),
            // Reading converts a file of an older questionnaire version; a part must be of
            // the main assessment's version, or its answers would not be the ones given.
            Ok(imported) => match imported.migration.from_questionnaire_version {
                Some(found) if found != main.questionnaire_version => {
                    problems.push((name.clone(), Problem::Part(PartError::OtherVersion { found })))
                }
                _ => {
                    parts.push(imported.assessment);
                    names.push(name.clone());
                }
            },
        }
    }
    for (name, checked) in names.iter().zip(check(main, &parts)) {
        if let Err(error) = checked {
            problems.push((name.clone(), Problem::Part(error)));
        }
    }
    if problems.is_empty() {
        Ok(parts)
    } else {
        problems.sort_by_key(|(name, _)| files.iter().position(|(n, _)| n == name));
        Err(problems)
    }
}

/// How many questions a part answered (in its categories).
pub fn answered(questionnaire: &Questionnaire, part: &Assessment) -> usize {
    questionnaire
        .questions()
        .filter(|at| part_answer(questionnaire, part, &at.question.id).is_some_and(|a| a.response.is_some()))
        .count()
}

/// How many answers of `merged` came from the parts: those with a response that differs
/// from `main`'s.
pub fn taken_over(main: &Assessment, merged: &Assessment) -> usize {
    merged
        .answers
        .iter()
        .filter(|(qid, a)| a.response.is_some() && main.answers.get(*qid).is_none_or(|m| !same(m, a)))
        .count()
}

/// Where an answer in a conflict comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Main,
    /// A Teilbogen, by its index in the list given to [`conflicts`] and [`merge`].
    Part(usize),
}

/// A question answered differently by two sources: one option per distinct answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict<'q> {
    pub at: QuestionRef<'q>,
    pub options: Vec<(Source, Answer)>,
}

/// A Teilbogen of `main` for `categories`, answered by `label`: its answers so far go with it,
/// so the person sees what is already known.
pub fn create(
    main: &Assessment,
    questionnaire: &Questionnaire,
    id: String,
    label: &str,
    categories: &[String],
) -> Assessment {
    let keep = |qid: &str| questionnaire.question(qid).is_some_and(|at| categories.contains(&at.category.id));
    Assessment {
        id,
        answers: main.answers.iter().filter(|(qid, _)| keep(qid)).map(|(k, v)| (k.clone(), v.clone())).collect(),
        targets: BTreeMap::new(),
        measures: BTreeMap::new(),
        scenario: BTreeMap::new(),
        part: Some(Part { label: label.trim().to_string(), main_id: main.id.clone(), categories: categories.to_vec() }),
        ..main.clone()
    }
}

/// Checks each file against the open assessment, in order; a duplicate is the second of two
/// files with the same id.
pub fn check(main: &Assessment, parts: &[Assessment]) -> Vec<Result<(), PartError>> {
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let part = p.part.as_ref().ok_or(PartError::NotAPart)?;
            if part.main_id != main.id || p.questionnaire_id != main.questionnaire_id {
                return Err(PartError::OtherAssessment);
            }
            if p.questionnaire_version != main.questionnaire_version {
                return Err(PartError::OtherVersion { found: p.questionnaire_version });
            }
            if parts[..i].iter().any(|earlier| earlier.id == p.id) {
                return Err(PartError::Duplicate);
            }
            Ok(())
        })
        .collect()
}

/// A part's answer to a question in its categories (an empty answer counts as none).
fn part_answer<'a>(questionnaire: &Questionnaire, part: &'a Assessment, qid: &str) -> Option<&'a Answer> {
    let categories = &part.part.as_ref()?.categories;
    let at = questionnaire.question(qid)?;
    categories.contains(&at.category.id).then(|| part.answers.get(qid)).flatten().filter(|a| !a.is_empty())
}

/// Two answers say the same when response and provider state agree (notes are always kept).
fn same(a: &Answer, b: &Answer) -> bool {
    a.response == b.response && a.by_provider == b.by_provider && a.assured == b.assured
}

/// Every question on which the sources disagree, in questionnaire order.
pub fn conflicts<'q>(questionnaire: &'q Questionnaire, main: &Assessment, parts: &[Assessment]) -> Vec<Conflict<'q>> {
    questionnaire
        .questions()
        .filter_map(|at| {
            let qid = &at.question.id;
            let mut options: Vec<(Source, Answer)> = Vec::new();
            let from_parts: Vec<(Source, &Answer)> = parts
                .iter()
                .enumerate()
                .filter_map(|(i, p)| Some((Source::Part(i), part_answer(questionnaire, p, qid)?)))
                .collect();
            if from_parts.is_empty() {
                return None;
            }
            let main_answer = main.answers.get(qid).filter(|a| a.response.is_some());
            for (source, answer) in main_answer.map(|a| (Source::Main, a)).into_iter().chain(from_parts) {
                if answer.response.is_some() && !options.iter().any(|(_, o)| same(o, answer)) {
                    options.push((source, answer.clone()));
                }
            }
            (options.len() > 1).then_some(Conflict { at, options })
        })
        .collect()
}

/// The main assessment with the parts' answers: where sources disagree, the one in `chosen`
/// (question id → source; without a choice the main answer stays). Notes of all sources are
/// kept, each line once, a part's with its label in front.
pub fn merge(
    questionnaire: &Questionnaire,
    main: &Assessment,
    parts: &[Assessment],
    chosen: &BTreeMap<String, Source>,
) -> Assessment {
    let mut merged = main.clone();
    let label = |i: usize| parts[i].part.as_ref().map(|p| p.label.clone()).unwrap_or_default();
    for at in questionnaire.questions() {
        let qid = &at.question.id;
        let given: Vec<(usize, &Answer)> =
            parts.iter().enumerate().filter_map(|(i, p)| Some((i, part_answer(questionnaire, p, qid)?))).collect();
        if given.is_empty() {
            continue;
        }
        let current = merged.answers.get(qid).cloned().unwrap_or_default();
        let answered: Vec<&(usize, &Answer)> = given.iter().filter(|(_, a)| a.response.is_some()).collect();
        let take = match chosen.get(qid) {
            Some(Source::Part(i)) => answered.iter().find(|(j, _)| j == i).copied(),
            Some(Source::Main) => None,
            // Without a choice: the parts' answer when they agree and the main has none or the same.
            None => answered
                .first()
                .filter(|(_, first)| {
                    answered.iter().all(|(_, a)| same(a, first))
                        && (current.response.is_none() || same(&current, first))
                })
                .copied(),
        };
        let mut answer = match take {
            Some(&(i, a)) if !(current.response.is_some() && same(&current, a)) => {
                Answer { note: current.note.clone(), source: label(i), ..a.clone() }
            }
            _ => current.clone(),
        };
        for (i, a) in &given {
            for line in a.note.lines().map(str::trim).filter(|l| !l.is_empty()) {
                // A line the part got from the main assessment when it was made is there already.
                if answer.note.lines().any(|l| l.trim() == line) {
                    continue;
                }
                let line = if line.starts_with(&format!("{}: ", label(*i))) {
                    line.to_string()
                } else {
                    format!("{}: {line}", label(*i))
                };
                if !answer.note.lines().any(|l| l.trim() == line) {
                    answer.note = if answer.note.is_empty() { line } else { format!("{}\n{line}", answer.note) };
                }
            }
        }
        merged.answers.insert(qid.clone(), answer);
    }
    merged
}
