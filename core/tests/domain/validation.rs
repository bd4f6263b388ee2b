use digikompass_core::domain::questionnaire::{validate, Effort, Problem, Step};

use crate::fixture::questionnaire;

fn problems(f: impl FnOnce(&mut digikompass_core::domain::questionnaire::Questionnaire)) -> Vec<Problem> {
    let mut q = questionnaire();
    f(&mut q);
    validate(&q)
}

fn one(problems: &[Problem], file: &str, item: &str, needle: &str) {
    assert!(
        problems.iter().any(|p| p.file == file && p.item == item && p.message.contains(needle)),
        "expected {file}: {item}: …{needle}… in {problems:#?}"
    );
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(validate(&questionnaire()), []);
}

#[test]
fn each_rule_names_file_item_and_problem() {
    let p = problems(|q| q.dimensions[1].categories[0].questions[1].id = "cs-a-1".into());
    one(&p, "od.toml", "cs-a-1", "duplicate id");

    let p = problems(|q| q.dimensions[0].categories[0].questions[0].text.en.clear());
    one(&p, "cs.toml", "cs-a-1", "no English text");

    let p = problems(|q| q.dimensions[0].categories[0].questions[0].help.de.clear());
    one(&p, "cs.toml", "cs-a-1", "no German text");

    let p = problems(|q| {
        q.dimensions[0].categories[1].questions[0].levels.de.pop();
    });
    one(&p, "cs.toml", "cs-b-1", "needs 5 level descriptors");

    let p = problems(|q| q.dimensions[0].categories[1].questions[0].levels.en[2] = " ".into());
    one(&p, "cs.toml", "cs-b-1", "level descriptor 2");

    let p = problems(|q| q.dimensions[1].categories[1].questions[2].weight = 5);
    one(&p, "od.toml", "od-b-3", "weight");

    let p = problems(|q| q.dimensions[1].categories[1].questions[2].steps.retain(|s| s.from != 2));
    one(&p, "od.toml", "od-b-3", "no next step from level 2");

    let p = problems(|q| {
        q.dimensions[1].categories[1].questions[2].steps.push(Step {
            from: 4,
            effort: Effort::Gering,
            de: "x".into(),
            en: "x".into(),
        })
    });
    one(&p, "od.toml", "od-b-3", "step from level 4");

    let p = problems(|q| q.dimensions[1].categories[0].resources[0].url = "http://example.org".into());
    one(&p, "od.toml", "od-a", "https://");

    let p = problems(|q| q.dimensions[1].categories[0].id = "Od A".into());
    one(&p, "od.toml", "Od A", "lowercase");

    let p = problems(|q| {
        q.dimensions[0].targets.remove(&digikompass_core::domain::kommune::SizeClass::Ab50000);
    });
    one(&p, "cs.toml", "cs", "no target for size class `ab-50000`");

    let p = problems(|q| q.published = "25.11.2026".into());
    one(&p, "questionnaire.toml", "test-fragebogen", "published");

    let p = problems(|q| {
        q.renamed.insert("alt".into(), "gibt-es-nicht".into());
    });
    one(&p, "questionnaire.toml", "alt", "unknown question");

    let p = problems(|q| q.carried.insert("alt".into(), vec!["gibt-es-nicht".into()]).map(|_| ()).unwrap_or(()));
    one(&p, "questionnaire.toml", "alt", "unknown question `gibt-es-nicht`");

    let p =
        problems(|q| q.dimensions[0].categories[0].questions[0].help.de = "Sonst „nicht zutreffend“ wählen.".into());
    one(&p, "cs.toml", "cs-a-1", "critical question cannot be answered „nicht zutreffend“");

    let p = problems(|q| q.reset.push("gibt-es-nicht".into()));
    one(&p, "questionnaire.toml", "gibt-es-nicht", "unknown question");
}

#[test]
fn references_must_be_in_the_catalogue_and_the_catalogue_cited() {
    let p = problems(|q| q.dimensions[1].categories[1].questions[2].references.push("BSI OPS.2.2".into()));
    one(&p, "od.toml", "od-b-3", "reference `BSI OPS.2.2` is not in frameworks.toml");

    // A copy of the catalogue's first entry under another id, added at the end.
    let with_entry = |id: &str| {
        problems(|q| {
            let mut entry = q.frameworks[0].clone();
            entry.id = id.into();
            q.frameworks.push(entry);
        })
    };
    let p = with_entry("BSI OPS.2.3");
    one(&p, "frameworks.toml", "BSI OPS.2.3", "no question cites");

    // The app assembles the catalogue from the dimensions' files in this order.
    let p = with_entry("bsi app.1");
    one(&p, "frameworks.toml", "bsi app.1", "sorted by id (ignoring case): put it before `BSI CON.3`");
    let p = with_entry("bsi con.3");
    one(&p, "frameworks.toml", "bsi con.3", "differs from `BSI CON.3` only in case");

    let p = problems(|q| q.frameworks[0].title.en.clear());
    one(&p, "frameworks.toml", "BSI CON.3", "needs both de and en");

    let p = problems(|q| q.frameworks[0].edition.clear());
    one(&p, "frameworks.toml", "BSI CON.3", "`edition` are required");

    let p = problems(|q| q.frameworks.clear());
    one(&p, "frameworks.toml", "", "catalogue is empty");

    let p = problems(|q| q.glossary[0].explanation.en.clear());
    one(&p, "glossary.toml", "isb", "needs both de and en");
}

#[test]
fn german_texts_use_pair_or_neutral_forms_never_gender_signs() {
    for form in ["Bürger:innen", "Nutzer*innen", "Lots_innen", "BürgerInnen", "jede:r"] {
        let p = problems(|q| q.dimensions[0].categories[0].questions[0].help.de = format!("Fragen Sie die {form}."));
        one(&p, "cs.toml", "cs-a-1", "write a pair or a neutral form");
    }
    let p = problems(|q| q.dimensions[0].categories[0].questions[0].levels.de[1] = "Für Bürger:innen".into());
    one(&p, "cs.toml", "cs-a-1", "levels.de[1]");
    for fine in [
        "Bürgerinnen und Bürger, Beschäftigte, die Leitung",
        "Ablauf: innen und außen",
        "Siehe https://www.bsi.bund.de/dok/x",
        "Uhrzeit 10:30",
    ] {
        let p = problems(|q| q.dimensions[0].categories[0].questions[0].help.de = fine.into());
        assert!(p.is_empty(), "{fine}: {p:?}");
    }
}

#[test]
fn unknown_keys_and_syntax_errors_name_the_file_and_line() {
    use digikompass_core::domain::questionnaire::source::check_dimension_file;
    let dir = std::env::temp_dir().join(format!("dk-validation-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let example = std::fs::read_to_string("../questionnaires/kommunal/EXAMPLE-question.toml").unwrap();

    let typo = dir.join("typo.toml");
    std::fs::write(&typo, example.replacen("weight = 3", "wieght = 3", 1)).unwrap();
    let p = check_dimension_file(&typo);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].file, "typo.toml");
    assert!(p[0].message.contains("wieght") && p[0].message.contains("line"), "{}", p[0]);

    let broken = dir.join("broken.toml");
    std::fs::write(&broken, example.replacen("weight = 3", "weight = ", 1)).unwrap();
    let p = check_dimension_file(&broken);
    assert_eq!(p[0].file, "broken.toml");
    assert!(p[0].message.contains("line"), "{}", p[0]);

    assert_eq!(check_dimension_file(std::path::Path::new("../questionnaires/kommunal/EXAMPLE-question.toml")), []);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_reference_label_says_the_number_once() {
    use digikompass_core::domain::questionnaire::{Framework, Lang, Text};
    let entry = |id: &str, de: &str| Framework {
        id: id.into(),
        title: Text::new(de, de),
        source: "x".into(),
        edition: "x".into(),
        url: "https://example.org".into(),
    };
    assert_eq!(
        entry("BSI OPS.2.3", "OPS.2.3 Nutzung von Outsourcing").label(Lang::De),
        "BSI OPS.2.3 Nutzung von Outsourcing"
    );
    assert_eq!(
        entry("DSGVO Art. 30", "Verzeichnis von Verarbeitungstätigkeiten").label(Lang::De),
        "DSGVO Art. 30 – Verzeichnis von Verarbeitungstätigkeiten"
    );
    assert_eq!(
        entry("DIN SPEC 27076", "DIN SPEC 27076 IT-Sicherheitsberatung").label(Lang::En),
        "DIN SPEC 27076 IT-Sicherheitsberatung"
    );
    assert_eq!(entry("WiBA Backup", "WiBA-Checkliste „Backup“").label(Lang::De), "WiBA-Checkliste „Backup“");
}
