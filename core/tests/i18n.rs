//! Every UI string exists in German and English, and both use the same placeholders.
//! (A key missing in one language does not compile at all: see `texts!` in src/i18n/mod.rs.)

use std::collections::BTreeSet;

use digikompass_core::i18n::{self, Lang, Texts, DE, EN};

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        found.insert(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    found
}

/// Keys whose German and English text are rightly the same (names, symbols).
const SAME_IN_BOTH: &[&str] = &[
    "app_name",
    "provider_komm_one",
    "no_value",
    // Only placeholders and „n =“.
    "references_basis",
    "title",
    "nav_start",
    "col_dimension",
    "gap",
    "measure_heading",
    "where_label",
    "level_of_four",
];

#[test]
fn no_text_is_empty_and_placeholders_match() {
    let (de, en) = (DE.groups(), EN.groups());
    assert_eq!(de.len(), en.len());
    let mut checked = 0;
    for ((group, de_entries), (_, en_entries)) in de.iter().zip(en.iter()) {
        for ((key, de_text), (_, en_text)) in de_entries.iter().zip(en_entries.iter()) {
            assert!(!de_text.trim().is_empty(), "{group}.{key}: German text is empty");
            assert!(!en_text.trim().is_empty(), "{group}.{key}: English text is empty");
            assert_eq!(placeholders(de_text), placeholders(en_text), "{group}.{key}: placeholders differ");
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} keys checked");
}

#[test]
fn english_is_translated_and_german_typography_is_used() {
    for ((group, de_entries), (_, en_entries)) in DE.groups().iter().zip(EN.groups().iter()) {
        for ((key, de_text), (_, en_text)) in de_entries.iter().zip(en_entries.iter()) {
            if de_text.split_whitespace().count() > 2 && !SAME_IN_BOTH.contains(key) {
                assert_ne!(de_text, en_text, "{group}.{key}: English text not translated");
            }
            assert!(!de_text.contains('"'), "{group}.{key}: German text uses \" instead of „…“");
            assert!(!en_text.contains('„'), "{group}.{key}: English text uses German quotes");
            // „50\u{202f}%“ as i18n::percent writes it; English has no space: 50%.
            let spaced = |t: &str| {
                t.chars()
                    .zip(t.chars().skip(1))
                    .zip(t.chars().skip(2))
                    .any(|((d, s), p)| d.is_ascii_digit() && (s == ' ' || s == '\u{a0}') && p == '%')
            };
            assert!(!spaced(de_text), "{group}.{key}: German percentage without the narrow no-break space");
            assert!(
                !spaced(en_text) && !en_text.contains("\u{202f}%"),
                "{group}.{key}: English percentage with a space"
            );
        }
    }
}

#[test]
fn numbers_and_dates_follow_the_language() {
    assert_eq!(i18n::level(Lang::De, 2.45), "2,5");
    assert_eq!(i18n::level(Lang::En, 2.45), "2.5");
    assert_eq!(i18n::level(Lang::De, -0.01), "0,0");
    assert_eq!(i18n::percent(Lang::De, 62.5), "63\u{202f}%");
    assert_eq!(i18n::percent(Lang::En, 62.5), "63%");
    assert_eq!(i18n::date(Lang::De, "2026-11-25"), "25.11.2026");
    assert_eq!(i18n::date(Lang::En, "2026-11-25"), "25 Nov 2026");
    assert_eq!(i18n::date(Lang::De, ""), "");
    assert_eq!(i18n::date(Lang::De, "kein Datum"), "kein Datum");
    assert_eq!(i18n::fill("{a} und {b}", &[("a", "x"), ("b", "y")]), "x und y");
}

#[test]
fn fill_never_rescans_user_text() {
    let filled = i18n::fill("{name}, Stand {date}", &[("name", "Probe {date} <b>"), ("date", "02.12.2026")]);
    assert_eq!(filled, "Probe {date} <b>, Stand 02.12.2026");
    assert_eq!(i18n::fill("{unbekannt} {a}", &[("a", "x")]), "{unbekannt} x");
    assert_eq!(i18n::fill("offen { und {a}", &[("a", "x")]), "offen { und x");
}

#[test]
fn the_easy_read_page_fills_every_placeholder() {
    use digikompass_core::i18n::{EasyReadFacts, Info};
    let text = Info::easy_read(&EasyReadFacts {
        address: "Rathausplatz 1",
        conciliation_name: "Schlichtungsstelle",
        conciliation_url: "https://example.org",
        email: "a@example.org",
        full_minutes: "115",
        imprint_url: "https://example.org/impressum",
        kurz_minutes: "35",
        name: "Gemeinde",
    });
    assert!(!text.contains('{') && !text.contains('}'), "a placeholder is left: {text}");
    assert!(text.contains("etwa 115 Minuten") && text.contains("etwa 35 Minuten"));
}

/// The app fetches its English texts, and the German ones of the late groups, from files that
/// `core/build.rs` makes of `source` (under `core/`), which is written here from the sources,
/// so that a change to a text cannot forget it. When it was out of date, this rewrites it and
/// fails: commit it. Returns the file build.rs serves as `served` (the texts alone).
fn written_from_the_sources(source: &str, expected: String, served: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(source);
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != expected {
        std::fs::write(&path, &expected).expect("the sources are writable");
        panic!("{} was out of date and has been rewritten: commit it", path.display());
    }
    let served = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/generated").join(served);
    std::fs::read_to_string(&served).unwrap_or_else(|e| panic!("{}: {e}", served.display()))
}

/// The German texts of the late groups (`i18n::LATE_GROUPS`): the app has only the early groups
/// built in and fetches these with the first screen that shows them.
#[test]
fn the_german_late_texts_file_is_written_from_the_sources() {
    let served = written_from_the_sources(
        "src/i18n/german-late.json",
        DE.late_to_json(),
        digikompass_core::content::UI_TEXTS_DE_FILE,
    );
    // Early groups from elsewhere, late ones from the file: the file's texts land in the late groups.
    let read = EN.with_late_json(&served).expect("the file reads");
    for (((group, read), (_, de)), (_, en)) in read.groups().iter().zip(DE.groups()).zip(EN.groups()) {
        let expected = if i18n::LATE_GROUPS.contains(group) { de } else { en };
        assert_eq!(read, &expected, "{group}");
    }
    let texts: Vec<String> = serde_json::from_str(&served).unwrap();
    let error = EN.with_late_json(&serde_json::to_string(&texts[1..]).unwrap()).err().expect("refused");
    assert!(error.contains("texts, expected"), "{error}");
    i18n::install_german(&served).expect("installs");
}

#[test]
fn the_english_texts_file_is_written_from_the_sources() {
    let served =
        written_from_the_sources("src/i18n/english.json", EN.to_json(), digikompass_core::content::UI_TEXTS_EN_FILE);
    // What the app reads back is what the sources say.
    let read = Texts::from_json(Lang::En, &served).expect("the file reads");
    assert_eq!(read.groups(), EN.groups());
    let texts: Vec<String> = serde_json::from_str(&served).unwrap();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    // A file with a text more or less (an older build's) is refused.
    for wrong in [&texts[1..], &[texts.as_slice(), &["extra"]].concat()[..]] {
        let error = Texts::from_json(Lang::En, &serde_json::to_string(wrong).unwrap()).err().expect("refused");
        assert!(error.contains("texts, expected"), "{error}");
    }
    assert!(Texts::from_json(Lang::En, "<html>").is_err());
}
