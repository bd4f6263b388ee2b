//! Why a file could not be read, in the user's words: one [`FileError`] for every format,
//! worded for the kind of file (an assessment on the start page, a benchmark pack on
//! „Vergleichsdaten“, a contribution in the list of skipped files).

use crate::domain::aggregate::SkipReason;
use crate::domain::parts::{PartError, Problem};
use crate::domain::questionnaire::Lang;
use crate::domain::versioned::{FileError, Invalid};
use crate::i18n::{self, Texts};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Assessment,
    /// A benchmark pack; it must fit this questionnaire version.
    Pack {
        expected_version: u32,
    },
    /// One contribution among many: a short reason for the list of skipped files.
    Contribution,
}

/// Where a file does not fit, for the person who looks into it: „Zeile 3, Spalte 17“ or
/// „Feld „answers.cs-isms““ (serde's own, English message is never shown).
fn detail(t: &'static Texts, invalid: &Invalid) -> String {
    match invalid {
        Invalid::At { line, column } => t.start.detail_at(&column.to_string(), &line.to_string()),
        Invalid::Field(field) => t.start.detail_field(field),
    }
}

/// The message for `error` reading a file of `kind`.
pub fn file_error(t: &'static Texts, lang: Lang, kind: FileKind, error: &FileError) -> String {
    let size = |bytes: usize| i18n::megabytes(lang, bytes as f64);
    match kind {
        FileKind::Assessment => {
            let s = &t.start;
            match error {
                FileError::TooLarge { bytes } => s.err_too_large(&size(*bytes)),
                FileError::NotJson(_) => s.err_not_json.into(),
                FileError::WrongFormat => s.err_wrong_format.into(),
                FileError::NewerFormat { found } => s.err_newer(&found.to_string()),
                FileError::OtherQuestionnaire { id, .. } => s.err_unknown_questionnaire(id),
                FileError::Invalid(invalid) => format!("{} {}", s.err_invalid, s.technical_detail(&detail(t, invalid))),
                FileError::Unreadable => s.err_unreadable_file.into(),
            }
        }
        FileKind::Pack { expected_version } => {
            let b = &t.benchmark;
            match error {
                FileError::TooLarge { bytes } => b.err_too_large(&size(*bytes)),
                FileError::NotJson(_) => b.err_not_json.into(),
                FileError::WrongFormat => b.err_wrong_format.into(),
                FileError::NewerFormat { found } => b.err_newer(&found.to_string()),
                FileError::OtherQuestionnaire { id, version } => {
                    b.err_other_questionnaire(&expected_version.to_string(), id, &version.to_string())
                }
                FileError::Invalid(invalid) => {
                    format!("{} {}", b.err_invalid, t.start.technical_detail(&detail(t, invalid)))
                }
                FileError::Unreadable => t.start.err_unreadable_file.into(),
            }
        }
        FileKind::Contribution => {
            let c = &t.contribution;
            match error {
                FileError::TooLarge { bytes } => c.reason_too_large(&size(*bytes)),
                FileError::NotJson(_) => c.reason_not_json.into(),
                FileError::WrongFormat => c.reason_wrong_format.into(),
                FileError::NewerFormat { found } => c.reason_newer(&found.to_string()),
                FileError::OtherQuestionnaire { id, version } => c.reason_other_questionnaire(id, &version.to_string()),
                FileError::Invalid(invalid) => c.reason_invalid(&detail(t, invalid)),
                FileError::Unreadable => c.reason_unreadable.into(),
            }
        }
    }
}

/// Why a contribution was left out of a pack.
pub fn skip_reason(t: &'static Texts, lang: Lang, reason: &SkipReason) -> String {
    match reason {
        SkipReason::Duplicate { first_file } => t.contribution.reason_duplicate(first_file),
        SkipReason::Unreadable(e) => file_error(t, lang, FileKind::Contribution, e),
    }
}

/// Why a chosen file cannot be merged as a Teilbogen, with the file's name: „„it.json“: …“;
/// `expected_version` is the open assessment's questionnaire version.
pub fn part_problem(t: &'static Texts, lang: Lang, expected_version: u32, file: &str, problem: &Problem) -> String {
    let p = &t.parts;
    let text = match problem {
        Problem::File(error) => file_error(t, lang, FileKind::Assessment, error),
        Problem::Part(PartError::NotAPart) => p.not_a_part.to_string(),
        Problem::Part(PartError::OtherAssessment) => p.other_assessment.to_string(),
        Problem::Part(PartError::OtherVersion { found }) => {
            p.other_version(&found.to_string(), &expected_version.to_string())
        }
        Problem::Part(PartError::Duplicate) => p.duplicate.to_string(),
    };
    p.file_problem(file, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: [FileKind; 3] = [FileKind::Assessment, FileKind::Pack { expected_version: 2 }, FileKind::Contribution];

    fn all_errors() -> Vec<FileError> {
        vec![
            FileError::TooLarge { bytes: 3 * 1024 * 1024 },
            FileError::NotJson("expected value at line 1".into()),
            FileError::WrongFormat,
            FileError::NewerFormat { found: 7 },
            FileError::OtherQuestionnaire { id: "anderer-bogen".into(), version: 1 },
            FileError::field("answers.cs-isms"),
            FileError::Invalid(Invalid::At { line: 3, column: 17 }),
            FileError::Unreadable,
        ]
    }

    #[test]
    fn every_error_of_every_kind_has_a_complete_message_in_both_languages() {
        for lang in [Lang::De, Lang::En] {
            let t = i18n::texts(lang);
            for kind in KINDS {
                let messages: Vec<String> = all_errors().iter().map(|e| file_error(t, lang, kind, e)).collect();
                for (error, message) in all_errors().iter().zip(&messages) {
                    assert!(!message.contains('{'), "{kind:?} {error:?}: unfilled placeholder in {message}");
                    assert!(message.len() > 5, "{kind:?} {error:?}: {message}");
                }
                let distinct: std::collections::BTreeSet<_> = messages.iter().collect();
                assert_eq!(distinct.len(), messages.len(), "{kind:?}: each error says something different");
            }
        }
    }

    #[test]
    fn messages_carry_the_facts_of_the_error() {
        let de = i18n::texts(Lang::De);
        let large = FileError::TooLarge { bytes: 3 * 1024 * 1024 };
        assert!(file_error(de, Lang::De, FileKind::Assessment, &large).contains("3,0 MB"));
        assert!(file_error(i18n::texts(Lang::En), Lang::En, FileKind::Contribution, &large).contains("3.0 MB"));
        let newer = FileError::NewerFormat { found: 7 };
        assert!(file_error(de, Lang::De, FileKind::Pack { expected_version: 2 }, &newer).contains('7'));
        let other = FileError::OtherQuestionnaire { id: "anderer-bogen".into(), version: 1 };
        let pack = file_error(de, Lang::De, FileKind::Pack { expected_version: 2 }, &other);
        assert!(pack.contains("„anderer-bogen“ Version 1") && pack.contains("Version 2"), "{pack}");
        assert!(file_error(de, Lang::De, FileKind::Assessment, &other).contains("„anderer-bogen“"));
        let invalid = FileError::field("answers.cs-isms");
        assert!(file_error(de, Lang::De, FileKind::Assessment, &invalid).ends_with("Feld „answers.cs-isms“"));
        assert_eq!(file_error(de, Lang::De, FileKind::Contribution, &invalid), "Fehlerhaft (Feld „answers.cs-isms“)");
        let at = FileError::Invalid(Invalid::At { line: 3, column: 17 });
        let en = i18n::texts(Lang::En);
        assert!(file_error(en, Lang::En, FileKind::Assessment, &at).ends_with("line 3, column 17"));
        assert!(file_error(de, Lang::De, FileKind::Pack { expected_version: 2 }, &at).ends_with("Zeile 3, Spalte 17"));
    }

    #[test]
    fn every_part_problem_names_the_file_and_says_something_of_its_own() {
        let problems = [
            Problem::File(FileError::NotJson("x".into())),
            Problem::File(FileError::TooLarge { bytes: 3 * 1024 * 1024 }),
            Problem::Part(PartError::NotAPart),
            Problem::Part(PartError::OtherAssessment),
            Problem::Part(PartError::OtherVersion { found: 1 }),
            Problem::Part(PartError::Duplicate),
        ];
        for lang in [Lang::De, Lang::En] {
            let t = i18n::texts(lang);
            let messages: Vec<String> = problems.iter().map(|p| part_problem(t, lang, 2, "it.json", p)).collect();
            for message in &messages {
                assert!(message.contains("it.json") && !message.contains('{'), "{message}");
            }
            let distinct: std::collections::BTreeSet<_> = messages.iter().collect();
            assert_eq!(distinct.len(), messages.len());
        }
        let de = i18n::texts(Lang::De);
        let version = part_problem(de, Lang::De, 2, "alt.json", &Problem::Part(PartError::OtherVersion { found: 1 }));
        assert!(version.starts_with("„alt.json“: ") && version.contains("Version 1") && version.contains("Version 2"));
    }

    #[test]
    fn a_duplicate_names_the_first_file() {
        let de = i18n::texts(Lang::De);
        let reason = SkipReason::Duplicate { first_file: "beitrag-ulm.json".into() };
        assert_eq!(skip_reason(de, Lang::De, &reason), "Doppelt: derselbe Beitrag wie „beitrag-ulm.json“");
        let unreadable = SkipReason::Unreadable(FileError::WrongFormat);
        assert_eq!(skip_reason(de, Lang::De, &unreadable), de.contribution.reason_wrong_format);
    }
}
