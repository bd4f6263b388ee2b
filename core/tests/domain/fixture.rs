use std::collections::BTreeMap;

use digikompass_core::domain::assessment::{Assessment, Response};
use digikompass_core::domain::kommune::SizeClass;
use digikompass_core::domain::questionnaire::{
    Category, Dimension, Effort, Framework, LevelTexts, Question, Questionnaire, Resource, Step, Term, Text,
};

pub fn question(id: &str, weight: u8, critical: bool, kurzcheck: bool) -> Question {
    let levels = |lang: &str| (0..5).map(|l| format!("{id} level {l} {lang}")).collect();
    Question {
        id: id.into(),
        text: Text::new(&format!("Frage {id}?"), &format!("Question {id}?")),
        help: Text::new("Hilfe", "Help"),
        levels: LevelTexts { de: levels("de"), en: levels("en") },
        weight,
        critical,
        kurzcheck,
        references: vec!["BSI CON.3".into()],
        steps: (0..4)
            .map(|from| Step {
                from,
                effort: [Effort::Gering, Effort::Mittel, Effort::Hoch, Effort::Gering][from as usize],
                de: format!("Schritt von {from}"),
                en: format!("Step from {from}"),
            })
            .collect(),
        resources: Vec::new(),
        reference: None,
    }
}

fn category(id: &str, questions: Vec<Question>) -> Category {
    Category {
        id: id.into(),
        title: Text::new(&format!("Kategorie {id}"), &format!("Category {id}")),
        description: Text::default(),
        resources: vec![Resource { title: Text::new("BSI", "BSI"), url: "https://www.bsi.bund.de/dok/WIBA".into() }],
        questions,
    }
}

fn targets(value: f64) -> BTreeMap<SizeClass, f64> {
    SizeClass::ALL.into_iter().map(|c| (c, if c == SizeClass::Unter5000 { value - 0.5 } else { value })).collect()
}

/// Two dimensions; `cs` has a critical question in each category.
///
/// - cs: cs-a [cs-a-1 (w3, critical, kurz), cs-a-2 (w1), cs-a-3 (w2)], cs-b [cs-b-1 (w2, kurz), cs-b-2 (w2, critical)]
/// - od: od-a [od-a-1 (w1, kurz), od-a-2 (w3)], od-b [od-b-1 (w2, kurz), od-b-2 (w1), od-b-3 (w1)]
pub fn questionnaire() -> Questionnaire {
    Questionnaire {
        id: "test-fragebogen".into(),
        version: 2,
        title: Text::new("Test", "Test"),
        description: Text::default(),
        published: "2026-11-25".into(),
        dimensions: vec![
            Dimension {
                id: "cs".into(),
                title: Text::new("Cybersicherheit", "Cybersecurity"),
                description: Text::default(),
                targets: targets(3.0),
                categories: vec![
                    category(
                        "cs-a",
                        vec![
                            question("cs-a-1", 3, true, true),
                            question("cs-a-2", 1, false, false),
                            question("cs-a-3", 2, false, false),
                        ],
                    ),
                    category("cs-b", vec![question("cs-b-1", 2, false, true), question("cs-b-2", 2, true, false)]),
                ],
                source_file: "cs.toml".into(),
            },
            Dimension {
                id: "od".into(),
                title: Text::new("Open Data", "Open data"),
                description: Text::default(),
                targets: targets(2.0),
                categories: vec![
                    category("od-a", vec![question("od-a-1", 1, false, true), question("od-a-2", 3, false, false)]),
                    category(
                        "od-b",
                        vec![
                            question("od-b-1", 2, false, true),
                            question("od-b-2", 1, false, false),
                            question("od-b-3", 1, false, false),
                        ],
                    ),
                ],
                source_file: "od.toml".into(),
            },
        ],
        methodology: Vec::new(),
        renamed: [("cs-a-old".to_string(), "cs-a-2".to_string())].into(),
        // cs-a-split became cs-a-3 and od-a-2; cs-b-old and od-b-old were merged into od-b-3.
        carried: [
            ("cs-a-split".to_string(), vec!["cs-a-3".to_string(), "od-a-2".to_string()]),
            ("cs-b-old".to_string(), vec!["od-b-3".to_string()]),
            ("od-b-old".to_string(), vec!["od-b-3".to_string()]),
        ]
        .into(),
        reset: vec!["od-b-2".into()],
        frameworks: vec![Framework {
            id: "BSI CON.3".into(),
            title: Text::new("CON.3 Datensicherungskonzept", "CON.3 Backup concept"),
            source: "BSI IT-Grundschutz-Kompendium".into(),
            edition: "Edition 2023".into(),
            url: "https://www.bsi.bund.de/dok/it-grundschutz-kompendium".into(),
        }],
        glossary: vec![Term {
            id: "isb".into(),
            term: "ISB".into(),
            long: Text::new("Informationssicherheitsbeauftragte", "information security officer"),
            explanation: Text::new("Kümmert sich um Informationssicherheit.", "Looks after information security."),
            url: None,
        }],
    }
}

pub fn question_ids(q: &Questionnaire) -> Vec<String> {
    q.questions().map(|r| r.question.id.clone()).collect()
}

pub fn assessment(q: &Questionnaire) -> Assessment {
    let mut a = Assessment::new("a1".into(), q, "2026-11-25".into());
    a.profile.name = "Musterhausen".into();
    a.profile.inhabitants = Some(12_000);
    a
}

pub fn level(l: u8) -> Option<Response> {
    Some(Response::Level { level: l })
}

/// Every dimension and category level of `r`, in order, for comparing two scorings.
pub fn levels_of(r: &digikompass_core::domain::scoring::Results) -> Vec<Option<f64>> {
    r.dimensions.iter().flat_map(|d| std::iter::once(d.level).chain(d.categories.iter().map(|c| c.level))).collect()
}
