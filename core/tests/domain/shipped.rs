use std::collections::BTreeSet;
use std::path::Path;

use digikompass_core::content;
use digikompass_core::domain::assessment::Scope;
use digikompass_core::domain::questionnaire::source::load_dir;
use digikompass_core::domain::questionnaire::{Lang, Questionnaire, Region, Text};
use digikompass_core::domain::reading::{minutes, promised_minutes};

fn shipped() -> Questionnaire {
    load_dir(Path::new("../questionnaires/kommunal")).unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("the shipped questionnaire is invalid:\n{}", list.join("\n"))
    })
}

#[test]
fn the_embedded_structure_and_the_two_text_files_together_are_the_toml_source() {
    let german = content::with_texts(Lang::De, content::texts_json(Lang::De)).expect("German texts match");
    let english = Questionnaire::from_json(content::texts_json(Lang::En)).expect("English texts parse");
    assert_eq!(german.with_texts(&english, Lang::En).expect("English texts match"), shipped());
    // The embedded structure holds no text at all: the texts come from their files.
    let structure = content::structure();
    assert!(structure.questions().all(|r| r.question.text == Text::default() && r.question.levels.de.is_empty()));
    assert_eq!(structure.question_count(), german.question_count());
    // German only until English is loaded: the German text stands in, and the other way round.
    let first = german.questions().next().unwrap().question;
    assert_eq!(first.text.get(Lang::En), first.text.de);
    let only_english = content::with_texts(Lang::En, content::texts_json(Lang::En)).unwrap();
    let first = only_english.questions().next().unwrap().question;
    assert_eq!(first.text.get(Lang::De), first.text.en);
    assert_eq!(first.levels.get(Lang::De, 2), first.levels.en[2]);
}

#[test]
fn the_texts_parts_together_are_the_whole_texts_and_each_fits_only_its_place() {
    use digikompass_core::content::{parse_texts, texts_part_json, with_texts_parts, Texts, TextsPart};
    for lang in [Lang::De, Lang::En] {
        let parts: Vec<Texts> = TextsPart::all()
            .map(|part| parse_texts(lang, part, &texts_part_json(lang, part)).expect("a part parses"))
            .collect();
        assert_eq!(parts.len(), 3 + 2 * content::structure().dimensions.len());
        let whole = content::with_texts(lang, content::texts_json(lang)).unwrap();
        assert_eq!(&with_texts_parts(parts.iter().map(|p| (lang, p))).unwrap(), whole);
        // In any order: the dimensions' files each bring part of the reference catalogue.
        assert_eq!(&with_texts_parts(parts.iter().rev().map(|p| (lang, p))).unwrap(), whole);
        assert!(with_texts_parts([(lang, &parts[TextsPart::Common.index()])]).unwrap().frameworks.is_empty());
        // The common part and the first category of a dimension: that category's questions have
        // texts, the others' not yet, every category has its title, the Methodik is still empty.
        let part = |part: TextsPart| &parts[part.index()];
        let first =
            with_texts_parts([(lang, part(TextsPart::Common)), (lang, part(TextsPart::FirstCategory(1)))]).unwrap();
        assert!(first.methodology.iter().all(|s| s.body.get(lang).is_empty()));
        assert!(first.glossary.iter().all(|t| t.explanation.get(lang).is_empty() && !t.term.is_empty()));
        let reference = with_texts_parts([(lang, part(TextsPart::Reference))]).unwrap();
        assert!(reference.methodology.iter().chain(&whole.methodology).all(|s| !s.body.get(lang).is_empty()));
        assert_eq!(reference.glossary, whole.glossary);
        for (i, dimension) in first.dimensions.iter().enumerate() {
            assert!(dimension.categories.iter().all(|c| !c.title.get(lang).is_empty()));
            for (j, category) in dimension.categories.iter().enumerate() {
                let questions = category.questions.iter();
                let shown = (i, j) == (1, 0);
                assert!(questions.clone().all(|q| q.text.get(lang).is_empty() != shown), "{}", category.id);
                assert_eq!(category.description.get(lang).is_empty(), !shown, "{}", category.id);
                // The next steps come with their own part only, which the questions do not wait for.
                assert!(questions.flat_map(|q| &q.steps).all(|s| s.text(lang).is_empty()), "{}", category.id);
            }
        }
        // The rest of that dimension brings the questions of its other categories.
        let rest = with_texts_parts([(lang, part(TextsPart::OtherCategories(1)))]).unwrap();
        for (j, category) in rest.dimensions[1].categories.iter().enumerate() {
            assert!(category.questions.iter().all(|q| q.text.get(lang).is_empty() == (j == 0)), "{}", category.id);
        }
        let steps = with_texts_parts([(lang, part(TextsPart::Steps))]).unwrap();
        let step_texts = |q: &Questionnaire| -> Vec<String> {
            q.questions().flat_map(|r| &r.question.steps).map(|s| s.text(lang).to_string()).collect()
        };
        assert_eq!(step_texts(&steps), step_texts(whole));
        assert!(step_texts(whole).iter().all(|t| !t.is_empty()));
        assert!(parse_texts(lang, TextsPart::Steps, &texts_part_json(lang, TextsPart::Common)).is_err());
        assert!(parse_texts(lang, TextsPart::FirstCategory(0), &texts_part_json(lang, TextsPart::Steps)).is_err());
        // A dimension's file read as another's, or the first category's as the others', is refused.
        let second = texts_part_json(lang, TextsPart::FirstCategory(1));
        let error = parse_texts(lang, TextsPart::FirstCategory(2), &second).expect_err("wrong place");
        assert!(error.contains(&content::structure().dimensions[1].categories[0].id), "{error}");
        assert!(parse_texts(lang, TextsPart::OtherCategories(1), &second).is_err());
        let others = texts_part_json(lang, TextsPart::OtherCategories(1));
        assert!(parse_texts(lang, TextsPart::FirstCategory(1), &others).is_err());
        // The common file is no dimension's and the other way round; the reference part is neither.
        assert!(parse_texts(lang, TextsPart::Common, &second).is_err());
        assert!(parse_texts(lang, TextsPart::Reference, &second).is_err());
        assert!(parse_texts(lang, TextsPart::FirstCategory(0), &texts_part_json(lang, TextsPart::Common)).is_err());
        assert!(parse_texts(lang, TextsPart::OtherCategories(0), &texts_part_json(lang, TextsPart::Reference)).is_err());
    }
    // The German questions with the English common part: both stand in for each other.
    let german =
        parse_texts(Lang::De, TextsPart::FirstCategory(0), &texts_part_json(Lang::De, TextsPart::FirstCategory(0)))
            .unwrap();
    let english = parse_texts(Lang::En, TextsPart::Common, &texts_part_json(Lang::En, TextsPart::Common)).unwrap();
    let mixed = with_texts_parts([(Lang::En, &english), (Lang::De, &german)]).unwrap();
    let question = mixed.questions().next().unwrap().question;
    assert!(!question.text.get(Lang::En).is_empty() && question.text.get(Lang::En) == question.text.de);
    assert!(!mixed.title.get(Lang::De).is_empty() && mixed.title.get(Lang::De) == mixed.title.en);
}

#[test]
fn texts_of_another_questionnaire_do_not_fit() {
    let mut other = Questionnaire::from_json(content::texts_json(Lang::En)).unwrap();
    other.dimensions[1].categories[0].questions.pop();
    let error = content::structure().with_texts(&other, Lang::En).expect_err("a question is missing");
    assert!(error.contains(&other.dimensions[1].categories[0].id), "{error}");
}

#[test]
fn counts_as_promised() {
    let q = shipped();
    assert_eq!(q.dimensions.len(), 4);
    let ids: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["open-source", "open-data", "cybersicherheit", "kompetenz"]);
    assert_eq!(q.version, 2);
    let categories = q.categories().count();
    assert!((24..=32).contains(&categories), "{categories} categories");
    assert!((90..=120).contains(&q.question_count()), "{} questions", q.question_count());
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
    assert!(refs.len() >= 12, "{} reference values; the issue asks for at least 12", refs.len());
    for r in refs {
        assert!((2015..=2026).contains(&r.year));
        assert!(r.url.starts_with("https://"));
        assert!(r.n > 0 && !r.population.de.is_empty() && !r.population.en.is_empty());
        // Never presented as a Baden-Württemberg figure unless it is one.
        if r.region == Region::Bundesweit {
            assert!(!r.text.de.contains("Landesdurchschnitt"), "{}: a national value as a state average", r.text.de);
        }
    }
}

#[test]
fn the_methodik_promises_the_measured_duration() {
    let q = shipped();
    let (full, kurz) = (promised_minutes(&q, Scope::Full), promised_minutes(&q, Scope::Kurzcheck));
    // The start page says what the build measured; the build and this measurement agree.
    assert_eq!((content::promised_minutes(Scope::Full), content::promised_minutes(Scope::Kurzcheck)), (full, kurz));
    let methodik_de: String = q.methodology.iter().map(|s| s.body.de.as_str()).collect();
    let methodik_en: String = q.methodology.iter().map(|s| s.body.en.as_str()).collect();
    for (text, promise) in [
        (&methodik_de, format!("etwa {full} Minuten")),
        (&methodik_de, format!("etwa {kurz} Minuten")),
        (&methodik_en, format!("about {full} minutes")),
        (&methodik_en, format!("about {kurz} minutes")),
    ] {
        assert!(
            text.contains(&promise),
            "the Methodik must say „{promise}“ (measured: {:.1} / {:.1} minutes)",
            minutes(&q, Scope::Full),
            minutes(&q, Scope::Kurzcheck)
        );
    }
}

#[test]
fn critical_questions_never_offer_not_applicable() {
    let q = shipped();
    for r in q.questions().filter(|r| r.question.critical) {
        let texts = [&r.question.help.de, &r.question.text.de];
        assert!(
            texts.iter().all(|t| !t.contains("nicht zutreffend")),
            "{}: a critical question mentions „nicht zutreffend“",
            r.question.id
        );
    }
}

#[test]
fn every_reference_has_a_catalogue_entry_and_the_bsi_edition_is_stated() {
    let q = shipped();
    assert!(!q.frameworks.is_empty());
    for r in q.questions() {
        for reference in &r.question.references {
            assert!(q.framework(reference).is_some(), "{}: `{reference}` not in frameworks.toml", r.question.id);
        }
    }
    for f in q.frameworks.iter().filter(|f| f.id.starts_with("BSI ") && f.source.contains("Kompendium")) {
        assert_eq!(f.edition, "Edition 2023", "{}", f.id);
    }
    assert!(q.glossary.len() >= 40, "{} terms in „Begriffe“", q.glossary.len());
    for term in ["GVV", "VVG", "CSBW", "ISB", "ISMS", "EVB-IT", "OZG", "VPN", "API", "ODF", "PDF/A"] {
        assert!(q.glossary.iter().any(|t| t.term == term), "„Begriffe“ lacks {term}");
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

/// Every string of the English texts file: „35 %“ is German, English writes 35%.
#[test]
fn english_percentages_have_no_space() {
    fn strings<'v>(value: &'v serde_json::Value, out: &mut Vec<&'v str>) {
        match value {
            serde_json::Value::String(s) => out.push(s),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let english: serde_json::Value = serde_json::from_str(content::texts_json(Lang::En)).unwrap();
    let mut all = Vec::new();
    strings(&english, &mut all);
    assert!(all.len() > 1000, "{} strings", all.len());
    let spaced: Vec<&str> = all.iter().copied().filter(|s| spaced_percent(s)).collect();
    assert!(spaced.is_empty(), "English with „… %“: {spaced:?}");
}

/// A digit, a (no-break) space, then %.
fn spaced_percent(s: &str) -> bool {
    s.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b' ' && w[2] == b'%') || s.contains("\u{a0}%")
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
