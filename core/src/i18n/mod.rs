//! German and English UI strings, and locale-aware number and date formatting.
//!
//! Each screen's strings live in one module, declared with [`texts!`] so that the German and
//! the English text of a key stand side by side: a missing translation is a compile error, and
//! `core/tests/i18n.rs` checks that no text is empty and both languages are consistent.
//! Placeholders are written `{name}` and declared with the key (`saved_at(time): …`); such a
//! text is filled through its method (`t.common.saved_at(&time)`), and a constant assertion
//! makes a misspelled, missing or undeclared placeholder a compile error.
//!
//! The app carries the German texts in its code. The English ones are a file of their own
//! (`english.json`, written from these sources by `core/tests/i18n.rs`, which fails while the
//! file is out of date; `core/build.rs` serves it), fetched when someone switches to English:
//! most users never need them, and in the code they cost the first download 11 KB (brotli).
//! See [`install_english`].
//!
//! We use this instead of leptos_i18n: the compiler enforces completeness of the sources
//! (leptos_i18n only warns on a missing key), and it adds nothing measurable to the download
//! (leptos_i18n measured +32 KB gzip).

pub use crate::domain::questionnaire::Lang;

/// Declares a struct of `&'static str` fields with a German and an English instance.
///
/// An entry with placeholders names them: `saved(name, time): "„{name}“ um {time}", …;`. It
/// then gets a method of that name taking one `&str` per placeholder, in alphabetical order
/// (`t.start.saved(&name, &time)`), which is the only way to fill it outside this crate: a
/// misspelled or forgotten placeholder does not compile, because a constant assertion checks
/// that both texts use exactly the declared names.
macro_rules! texts {
    ($(#[$meta:meta])* pub struct $name:ident { $($field:ident $(($($arg:ident),+))?: $de:expr, $en:expr;)* }) => {
        $(#[$meta])*
        // C layout: the fields in the order written, as the file's texts are (`from_texts`).
        #[repr(C)]
        #[derive(Clone, Copy)]
        pub struct $name {
            $(pub $field: &'static str,)*
        }
        impl $name {
            pub const DE: $name = $name { $($field: $de,)* };
            pub const EN: $name = $name { $($field: $en,)* };
            /// Empty texts, where a late group's German texts are not here yet (see [`Texts`]):
            /// no screen that shows them is built before they are.
            pub const PENDING: $name = $name { $($field: "",)* };
            /// How many texts this group has.
            pub const COUNT: usize = [$(stringify!($field)),*].len();
            /// The texts in the order of their keys here: for a language read from a file
            /// ([`Texts::from_json`]).
            #[allow(unsafe_code)]
            pub fn from_texts(texts: [&'static str; Self::COUNT]) -> $name {
                // The safe form, `let [a, b, …] = texts; $name { a, b, … }`, compiled to a
                // load and a store per text: 29 KB of code for all groups, more than leaving
                // the English texts out saves.
                // SAFETY: this macro declares `$name` `repr(C)` with exactly `COUNT` fields,
                // all of type `&'static str` (no other field can be written here), so field i
                // lies at offset i × size_of::<&str>() with no padding, as element i of
                // `[&'static str; COUNT]` does (`transmute` checks that the sizes agree). Every
                // element is a valid `&'static str`, and the struct has no other invariant.
                unsafe { std::mem::transmute::<[&'static str; Self::COUNT], $name>(texts) }
            }
            /// All keys with their texts, for the completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field),)*]
            }
            $($(
                #[allow(clippy::too_many_arguments)]
                pub fn $field(&self, $($arg: &str),+) -> String {
                    $crate::i18n::fill(self.$field, &[$((stringify!($arg), $arg)),+])
                }
            )?)*
        }
        $($(
            const _: () = assert!(
                $crate::i18n::uses_exactly($de, &[$(stringify!($arg)),+])
                    && $crate::i18n::uses_exactly($en, &[$(stringify!($arg)),+]),
                concat!(stringify!($name), ".", stringify!($field), ": a text does not use exactly its declared placeholders")
            );
        )?)*
        const _: () = {
            $(assert!(
                $crate::i18n::uses_exactly($de, &[$($(stringify!($arg)),+)?])
                    && $crate::i18n::uses_exactly($en, &[$($(stringify!($arg)),+)?]),
                concat!(stringify!($name), ".", stringify!($field), ": a text has a placeholder that is not declared")
            );)*
        };
    };
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `text`'s placeholders (`{name}`, lowercase letters, digits, `_`) are exactly `names`:
/// each one declared, each declared one used. Evaluated at compile time by [`texts!`].
pub const fn uses_exactly(text: &str, names: &[&str]) -> bool {
    let bytes = text.as_bytes();
    let mut used = [false; 8];
    if names.len() > used.len() {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'{' {
            let start = i + 1;
            let mut end = start;
            while end < bytes.len()
                && (bytes[end].is_ascii_lowercase() || bytes[end].is_ascii_digit() || bytes[end] == b'_')
            {
                end += 1;
            }
            if end < bytes.len() && bytes[end] == b'}' && end > start {
                let (_, rest) = bytes.split_at(start);
                let (found, _) = rest.split_at(end - start);
                let mut k = 0;
                let mut known = false;
                while k < names.len() {
                    if same(found, names[k].as_bytes()) {
                        used[k] = true;
                        known = true;
                    }
                    k += 1;
                }
                if !known {
                    return false;
                }
                i = end;
            }
        }
        i += 1;
    }
    let mut k = 0;
    while k < names.len() {
        if !used[k] {
            return false;
        }
        k += 1;
    }
    true
}

mod common;
mod info;
pub mod labels;
mod pages;
mod parts;
mod results;

pub use common::Common;
pub use info::{EasyReadFacts, Info};
pub use pages::{Flow, Start};
pub use parts::{PartScreens, PartsTexts};
pub use results::{
    BenchmarkTexts, ContributionTexts, DistrictTexts, HistoryTexts, Plan, Report, ResultsTexts, ScenarioTexts,
};

/// All UI strings of one language.
///
/// The groups behind a reference are the late ones ([`LATE_GROUPS`]): only screens whose code
/// comes in a chunk show them. In the app their German texts are a file of their own, fetched
/// before the first such screen is built ([`install_german`]), so that the first download and
/// the way to the first question do not carry them; until then they are [`PENDING`](Common::PENDING).
pub struct Texts {
    pub lang: Lang,
    pub common: Common,
    pub start: Start,
    pub flow: Flow,
    pub parts: PartsTexts,
    pub results: &'static ResultsTexts,
    pub plan: &'static Plan,
    pub scenario: &'static ScenarioTexts,
    pub district: &'static DistrictTexts,
    pub report: &'static Report,
    pub history: &'static HistoryTexts,
    pub benchmark: &'static BenchmarkTexts,
    pub contribution: &'static ContributionTexts,
    pub info: &'static Info,
    pub part_screens: &'static PartScreens,
}

/// The groups whose German texts the app fetches with the first screen that shows them.
pub const LATE_GROUPS: [&str; 10] = [
    "results",
    "plan",
    "scenario",
    "district",
    "report",
    "history",
    "benchmark",
    "contribution",
    "info",
    "part_screens",
];

/// How many texts the early groups have, and the late ones.
const EARLY_COUNT: usize = Common::COUNT + Start::COUNT + Flow::COUNT + PartsTexts::COUNT;
const LATE_COUNT: usize = ResultsTexts::COUNT
    + Plan::COUNT
    + ScenarioTexts::COUNT
    + DistrictTexts::COUNT
    + Report::COUNT
    + HistoryTexts::COUNT
    + BenchmarkTexts::COUNT
    + ContributionTexts::COUNT
    + Info::COUNT
    + PartScreens::COUNT;

/// The texts of `$lang` with each early group's `$early` instance and each late one's `$late`.
macro_rules! texts_of {
    ($lang:expr, early: $early:ident, late: $late:ident) => {
        Texts {
            lang: $lang,
            common: Common::$early,
            start: Start::$early,
            flow: Flow::$early,
            parts: PartsTexts::$early,
            results: &ResultsTexts::$late,
            plan: &Plan::$late,
            scenario: &ScenarioTexts::$late,
            district: &DistrictTexts::$late,
            report: &Report::$late,
            history: &HistoryTexts::$late,
            benchmark: &BenchmarkTexts::$late,
            contribution: &ContributionTexts::$late,
            info: &Info::$late,
            part_screens: &PartScreens::$late,
        }
    };
}

/// The German texts, complete: natively (tests, tools); the app has only the early groups
/// built in (see [`Texts`]).
#[cfg(not(target_arch = "wasm32"))]
pub static DE: Texts = texts_of!(Lang::De, early: DE, late: DE);

/// See the native [`DE`]: the late groups' German texts come from their file ([`german`]).
#[cfg(target_arch = "wasm32")]
static DE: Texts = texts_of!(Lang::De, early: DE, late: PENDING);

/// Not in the app's build: there the English texts come from their file ([`english`]), and a
/// use of this would put them back into the download.
#[cfg(not(target_arch = "wasm32"))]
pub static EN: Texts = texts_of!(Lang::En, early: EN, late: EN);

/// The texts of `lang`. In the app, English only once [`install_english`] has read its file
/// ([`english`]); the state switches to English only then, so the German stand-in is never
/// what a user meant to see. German has its late groups once [`install_german`] has read them.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::De => german().unwrap_or(&DE),
        Lang::En => english().or(german()).unwrap_or(&DE),
    }
}

#[cfg(target_arch = "wasm32")]
static ENGLISH: std::sync::OnceLock<Texts> = std::sync::OnceLock::new();
#[cfg(target_arch = "wasm32")]
static GERMAN: std::sync::OnceLock<Texts> = std::sync::OnceLock::new();

/// The English texts if they are here: always in native builds (tests, tools), in the app
/// once their file has been read.
#[cfg(not(target_arch = "wasm32"))]
pub fn english() -> Option<&'static Texts> {
    Some(&EN)
}

/// See the native [`english`].
#[cfg(target_arch = "wasm32")]
pub fn english() -> Option<&'static Texts> {
    ENGLISH.get()
}

/// The German texts with their late groups, if they are here: always in native builds, in the
/// app once their file has been read.
#[cfg(not(target_arch = "wasm32"))]
pub fn german() -> Option<&'static Texts> {
    Some(&DE)
}

/// See the native [`german`].
#[cfg(target_arch = "wasm32")]
pub fn german() -> Option<&'static Texts> {
    GERMAN.get()
}

/// Reads the English texts from their file (`content::UI_TEXTS_EN_FILE`) and keeps them for
/// the rest of the program. A file with more or fewer texts than the app has is refused.
pub fn install_english(json: &str) -> Result<(), String> {
    let texts = Texts::from_json(Lang::En, json)?;
    #[cfg(target_arch = "wasm32")]
    let _ = ENGLISH.set(texts);
    // Natively the built-in English texts are used: the file is only checked.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = texts;
    Ok(())
}

/// Reads the German texts of the late groups from their file (`content::UI_TEXTS_DE_FILE`)
/// and keeps the complete German texts for the rest of the program. A file with more or fewer
/// texts than the late groups have is refused.
pub fn install_german(json: &str) -> Result<(), String> {
    let texts = DE.with_late_json(json)?;
    #[cfg(target_arch = "wasm32")]
    let _ = GERMAN.set(texts);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = texts;
    Ok(())
}

fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// A list of texts read from a file, kept for the rest of the program like the built-in
/// texts, if it has `expected` of them.
fn read_list(json: &str, expected: usize) -> Result<&'static [&'static str], String> {
    let list: Vec<String> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    if list.len() != expected {
        return Err(format!("{} texts, expected {expected}", list.len()));
    }
    Ok(Vec::leak(Vec::leak(list).iter().map(String::as_str).collect()))
}

fn next<const N: usize>(rest: &mut &'static [&'static str]) -> [&'static str; N] {
    let (group, after) = rest.split_first_chunk().expect("the number of texts is checked when read");
    *rest = after;
    *group
}

impl Texts {
    /// The texts of `lang` from a file as `core/build.rs` writes it from [`Texts::to_json`]'s:
    /// the texts alone, in the order of their keys in the code (the keys would cost the
    /// download what the texts save). A file with more or fewer texts is refused whole.
    pub fn from_json(lang: Lang, json: &str) -> Result<Texts, String> {
        let mut rest = read_list(json, EARLY_COUNT + LATE_COUNT)?;
        let early = Texts {
            common: Common::from_texts(next(&mut rest)),
            start: Start::from_texts(next(&mut rest)),
            flow: Flow::from_texts(next(&mut rest)),
            parts: PartsTexts::from_texts(next(&mut rest)),
            ..texts_of!(lang, early: PENDING, late: PENDING)
        };
        Ok(early.with_late(&mut rest))
    }

    /// These texts with the late groups ([`LATE_GROUPS`]) from a file as `core/build.rs` writes
    /// it from [`Texts::late_to_json`]'s: their texts alone, in the order of the code.
    pub fn with_late_json(&self, json: &str) -> Result<Texts, String> {
        Ok(self.with_late(&mut read_list(json, LATE_COUNT)?))
    }

    /// These texts with the late groups read from `rest`, which holds enough texts.
    fn with_late(&self, rest: &mut &'static [&'static str]) -> Texts {
        Texts {
            results: leak(ResultsTexts::from_texts(next(rest))),
            plan: leak(Plan::from_texts(next(rest))),
            scenario: leak(ScenarioTexts::from_texts(next(rest))),
            district: leak(DistrictTexts::from_texts(next(rest))),
            report: leak(Report::from_texts(next(rest))),
            history: leak(HistoryTexts::from_texts(next(rest))),
            benchmark: leak(BenchmarkTexts::from_texts(next(rest))),
            contribution: leak(ContributionTexts::from_texts(next(rest))),
            info: leak(Info::from_texts(next(rest))),
            part_screens: leak(PartScreens::from_texts(next(rest))),
            ..*self
        }
    }

    /// The texts with their keys (`group.key`), one per line in the order of the code: the
    /// reviewable source of the file [`Texts::from_json`] reads.
    pub fn to_json(&self) -> String {
        self.groups_to_json(|_| true)
    }

    /// Like [`Texts::to_json`], the late groups ([`LATE_GROUPS`]) only.
    pub fn late_to_json(&self) -> String {
        self.groups_to_json(|group| LATE_GROUPS.contains(&group))
    }

    fn groups_to_json(&self, included: impl Fn(&str) -> bool) -> String {
        let lines: Vec<String> = self
            .groups()
            .into_iter()
            .filter(|(group, _)| included(group))
            .flat_map(|(group, entries)| entries.into_iter().map(move |(key, text)| (format!("{group}.{key}"), text)))
            .map(|pair| format!("  {}", serde_json::to_string(&pair).expect("texts serialize")))
            .collect();
        format!("[\n{}\n]\n", lines.join(",\n"))
    }

    /// Every group of keys, German/English pairs for the tests.
    pub fn groups(&self) -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
        vec![
            ("common", self.common.entries()),
            ("start", self.start.entries()),
            ("flow", self.flow.entries()),
            ("parts", self.parts.entries()),
            ("results", self.results.entries()),
            ("plan", self.plan.entries()),
            ("scenario", self.scenario.entries()),
            ("district", self.district.entries()),
            ("report", self.report.entries()),
            ("history", self.history.entries()),
            ("benchmark", self.benchmark.entries()),
            ("contribution", self.contribution.entries()),
            ("info", self.info.entries()),
            ("part_screens", self.part_screens.entries()),
        ]
    }
}

/// Replaces `{name}` placeholders in one pass over the template, so a value is never scanned
/// again: a Kommune named „Probe {date}“ stays „Probe {date}“. Unknown placeholders stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after
            .find('}')
            .and_then(|close| values.iter().find(|(name, _)| *name == &after[..close]).map(|(_, v)| (close, *v)));
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A number with `digits` decimals: „2,5“ in German, "2.5" in English.
pub fn decimal(lang: Lang, value: f64, digits: usize) -> String {
    // Commercial rounding (half away from zero), as people expect: 62,5 % → 63 %. Written from
    // the whole number of the last digit's units, not with `{:.1}`: float formatting would put
    // Rust's float printing machinery into the first download for this one use.
    let units = (value * 10f64.powi(digits as i32)).round();
    if !units.is_finite() {
        return "–".to_string();
    }
    // A saturating cast; no shown figure comes near the limit.
    let units = units as i128;
    let mut s = if units < 0 { "-".to_string() } else { String::new() };
    let figures = format!("{:0>width$}", units.unsigned_abs(), width = digits + 1);
    let (whole, fraction) = figures.split_at(figures.len() - digits);
    s.push_str(whole);
    if digits > 0 {
        s.push(match lang {
            Lang::De => ',',
            Lang::En => '.',
        });
        s.push_str(fraction);
    }
    s
}

/// A whole number with thousands grouped: „1.041“ in German, "1,041" in English.
pub fn count(lang: Lang, n: u32) -> String {
    let digits = n.to_string();
    let separator = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A file size for messages: „2,5 MB“.
pub fn megabytes(lang: Lang, bytes: f64) -> String {
    format!("{} MB", decimal(lang, bytes / 1_048_576.0, 1))
}

pub fn level(lang: Lang, value: f64) -> String {
    decimal(lang, value, 1)
}

/// A level as a percentage of the top level, from the level as shown (one decimal), so that
/// „2,0“ and „50 %“ always agree.
pub fn level_percent(lang: Lang, level_0_to_4: f64) -> String {
    let shown = (level_0_to_4 * 10.0).round() / 10.0;
    percent(lang, crate::domain::scoring::percent(shown))
}

/// A share 0–1 as a whole percentage: „46\u{202f}%“, "46%".
pub fn share(lang: Lang, share_0_to_1: f64) -> String {
    percent(lang, share_0_to_1 * 100.0)
}

/// A percentage without decimals: „63 %“ (German, narrow no-break space) or "63%".
pub fn percent(lang: Lang, share_0_to_100: f64) -> String {
    let n = decimal(lang, share_0_to_100, 0);
    match lang {
        Lang::De => format!("{n}\u{202f}%"),
        Lang::En => format!("{n}%"),
    }
}

/// An ISO date `YYYY-MM-DD` as „25.11.2026“ or "25 Nov 2026"; anything else is shown as is.
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts[..] else {
        return iso.to_string();
    };
    let (Ok(month), Ok(day)) = (m.parse::<usize>(), d.parse::<u32>()) else {
        return iso.to_string();
    };
    let days_in_month = match month {
        2 if y.parse::<u32>().is_ok_and(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let valid = (1..=12).contains(&month)
        && (1..=days_in_month).contains(&day)
        && y.len() == 4
        && y.bytes().all(|b| b.is_ascii_digit())
        && m.len() == 2
        && d.len() == 2;
    if !valid {
        return iso.to_string();
    }
    match lang {
        Lang::De => format!("{d}.{m}.{y}"),
        Lang::En => {
            const MONTHS: [&str; 12] =
                ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
            format!("{day} {} {y}", MONTHS[month - 1])
        }
    }
}

/// The other language, for the switch link.
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    }
}

pub fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "de",
        Lang::En => "en",
    }
}

#[cfg(test)]
mod placeholder_tests {
    use super::uses_exactly;

    #[test]
    fn declared_placeholders_must_all_be_used_and_nothing_else() {
        assert!(uses_exactly("Gespeichert um {time} Uhr", &["time"]));
        assert!(uses_exactly("{a} und {b} und {a}", &["b", "a"]));
        assert!(uses_exactly("ohne", &[]));
        assert!(!uses_exactly("Gespeichert um {tiem} Uhr", &["time"]), "a misspelled name");
        assert!(!uses_exactly("Gespeichert", &["time"]), "a declared name not used");
        assert!(!uses_exactly("{time}", &[]), "an undeclared name");
        assert!(uses_exactly("{} und { x } und {A}", &[]), "not placeholders: empty, spaced, uppercase");
    }

    #[test]
    fn every_shipped_text_passes_the_check_the_compiler_made() {
        // The constant assertions in `texts!` ran at compile time; this shows the same function
        // agrees at run time for a few real entries.
        let de = super::texts(super::Lang::De);
        assert!(uses_exactly(de.common.saved_at, &["time"]));
        assert_eq!(de.common.saved_at("10:15"), "Gespeichert um 10:15 Uhr");
    }
}
