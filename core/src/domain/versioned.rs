//! What every file DigiKompass reads has in common: the head `{"format": …, "format_version":
//! n, "questionnaire_id": …, "questionnaire_version": …}`, a size limit, an optional byte order
//! mark, and one error type. [`open`] does the checks all formats share, so the assessment
//! file, the benchmark pack and the contribution only read their own body, and the UI has one
//! kind of error to put into words.

use serde::Deserialize;

/// What the head says, once it names the expected format.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Head {
    version: Option<u64>,
    questionnaire: Option<(String, u32)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum HeadError {
    NotJson(String),
    /// Valid JSON, but another kind of file (or no object at all).
    WrongFormat,
}

/// Why a file could not be read. The same for every format; the UI words it for the kind of
/// file (see the app's `view::errors`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Refused before parsing.
    TooLarge {
        bytes: usize,
    },
    NotJson(String),
    /// Valid JSON, but not this kind of file (e.g. a benchmark pack offered as an assessment).
    WrongFormat,
    /// Written by a newer DigiKompass.
    NewerFormat {
        found: u32,
    },
    /// For another questionnaire, or another version of it where the format is bound to one.
    OtherQuestionnaire {
        id: String,
        version: u32,
    },
    /// The structure or a value does not fit.
    Invalid(Invalid),
    /// The browser could not read the file at all.
    Unreadable,
}

/// Where a file does not fit its format. Says where, not in prose: serde's messages are
/// English, and the UI words this in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// The JSON does not have this format's structure at this position.
    At { line: usize, column: usize },
    /// This field's value is not allowed: `answers.cs-isms`, `contribution_id`, `groups.stadt`.
    Field(String),
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Invalid::At { line, column } => write!(f, "line {line}, column {column}"),
            Invalid::Field(field) => f.write_str(field),
        }
    }
}

impl FileError {
    /// A field whose value is not allowed.
    pub fn field(name: impl Into<String>) -> FileError {
        FileError::Invalid(Invalid::Field(name.into()))
    }
}

impl std::fmt::Display for FileError {
    /// For logs and the command-line tools; the UI words errors itself (`view::errors`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(f, "the file is too large ({bytes} bytes)"),
            FileError::NotJson(detail) => write!(f, "not JSON: {detail}"),
            FileError::WrongFormat => write!(f, "not a file of this kind"),
            FileError::NewerFormat { found } => write!(f, "written in a newer format ({found})"),
            FileError::OtherQuestionnaire { id, version } => write!(f, "for questionnaire `{id}` version {version}"),
            FileError::Invalid(Invalid::At { line, column }) => {
                write!(f, "the structure does not fit at line {line}, column {column}")
            }
            FileError::Invalid(Invalid::Field(field)) => write!(f, "the value of `{field}` is not allowed"),
            FileError::Unreadable => write!(f, "the file could not be read"),
        }
    }
}

impl std::error::Error for FileError {}

/// A file whose shared checks passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened<'t> {
    /// The text without a byte order mark.
    pub text: &'t str,
    /// The format version, at most the current one.
    pub version: u32,
    /// `questionnaire_id` and `questionnaire_version`, where the format carries them at the top.
    pub questionnaire: Option<(String, u32)>,
}

/// The checks every format shares: at most `max_bytes`, JSON, the expected `format`, and a
/// `format_version` between 1 and `current`. Only the head is read (other fields are
/// skipped), so a huge or deeply nested body costs nothing here.
pub fn open<'t>(text: &'t str, format: &str, max_bytes: usize, current: u32) -> Result<Opened<'t>, FileError> {
    if text.len() > max_bytes {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let head = read_head(text, format).map_err(|e| match e {
        HeadError::NotJson(m) => FileError::NotJson(m),
        HeadError::WrongFormat => FileError::WrongFormat,
    })?;
    let version = match head.version {
        Some(v) if v > u64::from(current) => return Err(FileError::NewerFormat { found: saturate(v) }),
        Some(v) if v >= 1 => saturate(v),
        _ => return Err(FileError::field("format_version")),
    };
    Ok(Opened { text: strip_bom(text), version, questionnaire: head.questionnaire })
}

/// Parses the body of an opened file; a mismatch says where.
pub fn body<T: serde::de::DeserializeOwned>(opened: &Opened) -> Result<T, FileError> {
    serde_json::from_str(opened.text)
        .map_err(|e| FileError::Invalid(Invalid::At { line: e.line(), column: e.column() }))
}

#[derive(Deserialize)]
struct RawHead {
    format: Option<String>,
    format_version: Option<u64>,
    questionnaire_id: Option<String>,
    questionnaire_version: Option<u64>,
}

/// Reads only the head of `text` (other fields are skipped), expecting `format`.
/// A leading byte order mark is ignored.
fn read_head(text: &str, format: &str) -> Result<Head, HeadError> {
    let raw: RawHead = serde_json::from_str(strip_bom(text)).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => HeadError::WrongFormat,
        _ => HeadError::NotJson(e.to_string()),
    })?;
    if raw.format.as_deref() != Some(format) {
        return Err(HeadError::WrongFormat);
    }
    let questionnaire = raw.questionnaire_id.zip(raw.questionnaire_version).map(|(id, v)| (id, saturate(v)));
    Ok(Head { version: raw.format_version, questionnaire })
}

fn strip_bom(text: &str) -> &str {
    text.trim_start_matches('\u{feff}')
}

/// A version number from a file, as u32 (larger values become u32::MAX: still "newer").
fn saturate(v: u64) -> u32 {
    v.min(u64::from(u32::MAX)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: &str = "digikompass-test";

    fn open_v(text: &str) -> Result<Opened<'_>, FileError> {
        open(text, F, 1000, 2)
    }

    #[test]
    fn size_is_checked_before_anything_is_parsed() {
        let text = format!(r#"{{"format":"{F}","format_version":1,"pad":"{}"}}"#, "x".repeat(1000));
        assert_eq!(open_v(&text), Err(FileError::TooLarge { bytes: text.len() }));
    }

    #[test]
    fn text_that_is_no_json_says_so() {
        assert!(matches!(open_v("Name;Stufe\nA;3"), Err(FileError::NotJson(_))));
        assert!(matches!(open_v(""), Err(FileError::NotJson(_))));
        assert!(matches!(open_v(r#"{"format": "#), Err(FileError::NotJson(_))));
    }

    #[test]
    fn json_of_another_kind_is_the_wrong_format() {
        assert_eq!(open_v("[1, 2]"), Err(FileError::WrongFormat));
        assert_eq!(open_v("42"), Err(FileError::WrongFormat));
        assert_eq!(open_v(r#"{"format": "digikompass-benchmark", "format_version": 1}"#), Err(FileError::WrongFormat));
        assert_eq!(open_v(r#"{"format_version": 1}"#), Err(FileError::WrongFormat));
        assert_eq!(open_v(r#"{"format": 7}"#), Err(FileError::WrongFormat));
    }

    #[test]
    fn versions_outside_one_to_current_are_refused() {
        let with = |v: &str| format!(r#"{{"format":"{F}","format_version":{v}}}"#);
        assert_eq!(open_v(&with("3")), Err(FileError::NewerFormat { found: 3 }));
        assert_eq!(open_v(&with("99999999999")), Err(FileError::NewerFormat { found: u32::MAX }));
        assert_eq!(open_v(&with("0")), Err(FileError::field("format_version")));
        assert_eq!(open(&format!(r#"{{"format":"{F}"}}"#), F, 1000, 2), Err(FileError::field("format_version")));
        assert_eq!(open_v(&with("\"2\"")), Err(FileError::WrongFormat), "a version that is no number");
        assert_eq!(open_v(&with("1")).map(|o| o.version), Ok(1));
        assert_eq!(open_v(&with("2")).map(|o| o.version), Ok(2));
    }

    #[test]
    fn a_byte_order_mark_is_ignored_and_removed() {
        let text = format!("\u{feff}{{\"format\":\"{F}\",\"format_version\":2}}");
        let opened = open_v(&text).unwrap();
        assert!(opened.text.starts_with('{'));
    }

    #[test]
    fn the_questionnaire_in_the_head_is_reported() {
        let text = format!(
            r#"{{"format":"{F}","format_version":2,"questionnaire_id":"kommunal","questionnaire_version":3,"rest":[1,2]}}"#
        );
        assert_eq!(open_v(&text).unwrap().questionnaire, Some(("kommunal".into(), 3)));
        let without = format!(r#"{{"format":"{F}","format_version":2,"questionnaire_id":"kommunal"}}"#);
        assert_eq!(open_v(&without).unwrap().questionnaire, None, "only both together count");
    }

    #[test]
    fn a_deeply_nested_body_is_skipped_without_recursion() {
        // serde_json skips an ignored value iteratively: no stack overflow at any depth. The
        // body parser then stops at 128 levels (see the exchange tests).
        let deep =
            format!(r#"{{"format":"{F}","format_version":2,"x":{}{}}}"#, "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(open(&deep, F, 1_000_000, 2).map(|o| o.version), Ok(2));
    }

    #[test]
    fn a_body_that_does_not_fit_says_where() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Body {
            format: String,
            format_version: u32,
            count: u32,
        }
        let text = format!(r#"{{"format":"{F}","format_version":2,"count":"viele"}}"#);
        let opened = open_v(&text).unwrap();
        let at = text.find("\"viele\"").unwrap() + "\"viele\"".len();
        assert_eq!(body::<Body>(&opened).unwrap_err(), FileError::Invalid(Invalid::At { line: 1, column: at }));
        let good = format!(r#"{{"format":"{F}","format_version":2,"count":3}}"#);
        assert_eq!(body::<Body>(&open_v(&good).unwrap()).unwrap().count, 3);
    }
}
