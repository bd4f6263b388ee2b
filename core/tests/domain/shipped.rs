use std::collections::BTreeSet;
use std::path::Path;

use digikompass_core::content;
use digikompass_core::domain::questionnaire::source::load_dir;
use digikompass_core::domain::questionnaire::{Questionnaire, Text};

fn shipped() -> Questionnaire {
    load_dir(Path::new("../questionnaires/kommunal")).unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("the shipped questionnaire is invalid:\n{}", list.join("\n"))
    })
}

#[test]
fn the_embedded_german_and_the_english_file_together_are_the_toml_source() {
    let merged = content::with_english(content::english_json()).expect("English texts match");
    assert_eq!(merged, &shipped());
    // German only until English is loaded: the German text stands in.
    let q = content::questionnaire();
    assert!(q.questions().all(|r| r.question.text.en.is_empty() && !r.question.text.de.is_empty()));
    let first = q.questions().next().unwrap().question;
    assert_eq!(first.text.get(digikompass_core::domain::questionnaire::Lang::En), first.text.de);
}

#[test]
fn counts_as_promised() {
    let q = shipped();
    assert_eq!(q.dimensions.len(), 4);
    let ids: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["open-source", "open-data", "cybersicherheit", "kompetenz"]);
    let categories = q.categories().count();
    assert!((22..=24).contains(&categories), "{categories} categories");
    assert!(q.question_count() >= 85, "{} questions", q.question_count());
    for (_, c) in q.categories() {
        assert!((3..=6).contains(&c.questions.len()), "{}: {} questions", c.id, c.questions.len());
        assert!(!c.resources.is_empty(), "{}: no resource link", c.id);
        let kurz = c.questions.iter().filter(|q| q.kurzcheck).count();
        assert_eq!(kurz, 1, "{}: {kurz} Kurzcheck questions", c.id);
    }
}

#[test]
fn critical_items_cover_the_basics_and_say_why() {
    let q = shipped();
    let critical: Vec<_> = q.questions().filter(|r| r.question.critical).collect();
    assert!(critical.len() >= 5, "{} critical items", critical.len());
    for r in &critical {
        assert!(
            r.question.help.de.contains("Kritischer Punkt"),
            "{}: help must justify the critical flag",
            r.question.id
        );
        assert!(r.question.help.en.contains("Critical item"), "{}: help must justify the critical flag", r.question.id);
    }
    let text: String = critical.iter().map(|r| r.question.text.de.to_lowercase()).collect();
    for topic in ["sicherung", "faktor", "informationssicherheitsbeauftragte", "notfall", "update"] {
        assert!(text.contains(topic), "no critical item about „{topic}“");
    }
}

#[test]
fn reference_values_are_sourced() {
    let q = shipped();
    let refs: Vec<_> = q.questions().filter_map(|r| r.question.reference.as_ref()).collect();
    assert!(refs.len() >= 3, "{} reference values", refs.len());
    for r in refs {
        assert!((2015..=2026).contains(&r.year));
        assert!(r.url.starts_with("https://"));
    }
}

#[test]
fn typography_matches_the_language() {
    let q = shipped();
    let mut texts: Vec<(String, &Text)> = Vec::new();
    for r in q.questions() {
        texts.push((r.question.id.clone(), &r.question.text));
        texts.push((r.question.id.clone(), &r.question.help));
    }
    for (id, t) in texts {
        assert!(!t.de.contains('"'), "{id}: German text uses \" instead of „…“");
        assert!(!t.en.contains('„'), "{id}: English text uses German quotes");
        assert_ne!(t.de, t.en, "{id}: not translated");
    }
}

#[test]
fn ids_are_unique_across_everything() {
    let q = shipped();
    let mut seen = BTreeSet::new();
    for d in &q.dimensions {
        assert!(seen.insert(d.id.clone()));
    }
    for (_, c) in q.categories() {
        assert!(seen.insert(c.id.clone()));
    }
    for r in q.questions() {
        assert!(seen.insert(r.question.id.clone()), "{}", r.question.id);
    }
}
