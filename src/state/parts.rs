//! Teilbögen in the state: the files chosen for „Zusammenführen“ and the last merge, which can
//! be undone. Both are held in memory only: the chosen files are the user's own, and the main
//! assessment is not touched until the user confirms.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::assessment::Assessment;
use crate::domain::parts::{self, Problem, Source};
use crate::domain::versioned::FileError;

use super::reader::ReadParts;
use super::AppState;

/// A Teilbogen chosen for merging, and the file it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct ChosenPart {
    pub file: String,
    pub assessment: Assessment,
}

/// A merge that was done: how many answers it took over, and the main assessment as it was
/// before („Rückgängig machen“).
#[derive(Clone, Debug, PartialEq)]
pub struct MergeDone {
    pub taken_over: usize,
    before: Assessment,
}

impl AppState {
    /// The Teilbögen waiting on „Zusammenführen“ (for the open assessment).
    pub fn parts_to_merge(&self) -> ReadSignal<Vec<ChosenPart>> {
        self.parts_to_merge.read_only()
    }

    /// The last merge into the open assessment, while it can be undone.
    pub fn last_merge(&self) -> ReadSignal<Option<MergeDone>> {
        self.last_merge.read_only()
    }

    /// Reads chosen files (name, text) as Teilbögen of the open assessment. On success they wait
    /// on „Zusammenführen“; otherwise each bad file is named and nothing changes.
    pub fn choose_parts(
        &self,
        read: ReadParts,
        files: &[(String, Result<String, FileError>)],
    ) -> Result<(), Vec<(String, Problem)>> {
        let Some(main) = self.current.get_untracked() else { return Ok(()) };
        let read = read(self.questionnaire_signal.get_untracked(), &main, files)?;
        let chosen = files.iter().map(|(name, _)| name.clone()).zip(read);
        self.parts_to_merge.set(chosen.map(|(file, assessment)| ChosenPart { file, assessment }).collect());
        self.last_merge.set(None);
        Ok(())
    }

    /// Writes the chosen Teilbögen into the open assessment, with `chosen` deciding each
    /// conflict, and keeps the assessment as it was for [`AppState::undo_merge`].
    pub fn merge_parts(&self, chosen: &BTreeMap<String, Source>) {
        let Some(main) = self.current.get_untracked() else { return };
        let chosen_parts: Vec<Assessment> =
            self.parts_to_merge.with_untracked(|list| list.iter().map(|p| p.assessment.clone()).collect());
        if chosen_parts.is_empty() {
            return;
        }
        let merged = parts::merge(self.questionnaire_signal.get_untracked(), &main, &chosen_parts, chosen);
        let taken_over = parts::taken_over(&main, &merged);
        self.update_current(|a| *a = merged);
        self.parts_to_merge.set(Vec::new());
        self.last_merge.set(Some(MergeDone { taken_over, before: main }));
    }

    /// Puts the open assessment back as it was before the last merge.
    pub fn undo_merge(&self) {
        let Some(done) = self.last_merge.get_untracked() else { return };
        if self.active.get_untracked().as_deref() == Some(done.before.id.as_str()) {
            self.update_current(|a| *a = done.before);
        }
        self.last_merge.set(None);
    }

    /// Forgets chosen Teilbögen and the last merge (another assessment was opened).
    pub(super) fn forget_parts(&self) {
        self.parts_to_merge.set(Vec::new());
        self.last_merge.set(None);
    }
}
