//! Reading assessment files (stored ones, an imported file, Teilbögen to merge, a change made
//! in another tab) is code of a chunk of its own, `einlesen` (scripts/build-wasm.mjs): a first
//! visit has nothing to read, so its first download does not carry the reader, its checks and
//! the conversions of older formats. The start fetches the chunk first when storage holds
//! entries (src/main.rs); an import or a change from another tab fetches it when needed.

use std::sync::OnceLock;

use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::domain::assessment::Assessment;
use crate::domain::exchange;
use crate::domain::parts::{self, Problem};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::versioned::FileError;
use crate::storage::ReadAssessment;

/// Reads chosen files (name, text) as Teilbögen of an assessment ([`parts::read`]).
pub type ReadParts = fn(
    &Questionnaire,
    &Assessment,
    &[(String, Result<String, FileError>)],
) -> Result<Vec<Assessment>, Vec<(String, Problem)>>;

/// What the chunk hands out. Only these calls reach the reading code, so it all stays in the
/// chunk: a direct call anywhere else would pull it back into the first download.
#[derive(Clone, Copy)]
pub struct Reader {
    pub assessment: ReadAssessment,
    pub parts: ReadParts,
}

/// Set once the chunk is here; from then on reading is synchronous.
static READER: OnceLock<Reader> = OnceLock::new();

struct ReaderMissing;

impl From<SplitLoaderError> for ReaderMissing {
    fn from(_: SplitLoaderError) -> ReaderMissing {
        ReaderMissing
    }
}

#[wasm_split(einlesen, fallible)]
fn reader() -> Result<Reader, ReaderMissing> {
    Ok(Reader {
        assessment: |text, questionnaire| exchange::import(text, questionnaire),
        parts: |questionnaire, main, files| parts::read(questionnaire, main, files),
    })
}

/// The reader, if its code is here.
pub fn loaded() -> Option<Reader> {
    READER.get().copied()
}

/// Fetches the reader unless it is here; `None` when its code cannot be fetched (a later call
/// tries again).
pub async fn load() -> Option<Reader> {
    if let Some(reader) = loaded() {
        return Some(reader);
    }
    let reader = reader().await.ok()?;
    Some(*READER.get_or_init(|| reader))
}

/// Whether the start must fetch the reader first: storage holds assessments to show.
pub fn needed_at_start() -> bool {
    super::store().has_entries()
}
