//! Turns the shipped questionnaire (TOML files under `questionnaires/kommunal/`) into JSON that
//! the app embeds, so the browser bundle needs no TOML parser; splits the questionnaire into its
//! structure (embedded) and files of texts per language (fetched); computes the promised
//! durations; compacts the example pack; writes the operator settings (`config/betreiber.toml`)
//! as a checked Rust literal. Syntax errors fail the build with the file named; the
//! questionnaire's content rules are checked by `domain::questionnaire::validate`, at start-up
//! and in the native tests (`tests/questionnaire.rs`).

use std::path::Path;

#[path = "src/domain/reading/formula.rs"]
mod formula;

// Cargo runs build scripts in the crate's directory (core/); the content sits at the top of the repository.
const QUESTIONNAIRE_DIR: &str = "../questionnaires/kommunal";
const OPERATOR_FILE: &str = "../config/betreiber.toml";
const PACK_FILE: &str = "../benchmarks/beispieldaten.json";
const ENGLISH_FILE: &str = "src/i18n/english.json";
const GERMAN_LATE_FILE: &str = "src/i18n/german-late.json";

fn read_toml(path: &Path) -> toml::Value {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Keeps one language: every object holding both a `de` and an `en` entry (texts, level
/// descriptors, next steps) loses the other one.
fn only_language(value: &serde_json::Value, keep: &str) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let bilingual = map.contains_key("de") && map.contains_key("en");
            let drop = if keep == "de" { "en" } else { "de" };
            Value::Object(
                map.iter()
                    .filter(|(k, _)| !(bilingual && k.as_str() == drop))
                    .map(|(k, v)| (k.clone(), only_language(v, keep)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| only_language(v, keep)).collect()),
        other => other.clone(),
    }
}

/// Keeps no language: every object holding both a `de` and an `en` entry loses both (what
/// remains, such as a step's level and effort, stays).
fn without_texts(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let bilingual = map.contains_key("de") && map.contains_key("en");
            Value::Object(
                map.iter()
                    .filter(|(k, _)| !(bilingual && (k.as_str() == "de" || k.as_str() == "en")))
                    .map(|(k, v)| (k.clone(), without_texts(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(without_texts).collect()),
        other => other.clone(),
    }
}

/// What only the texts need leaves the embedded structure too: the reference catalogue, each
/// question's references, links and reference value (`Questionnaire::with_texts` takes them
/// from the texts file).
fn only_structure(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| !matches!(k.as_str(), "resources" | "references" | "reference"))
                .map(|(k, v)| match k.as_str() {
                    "frameworks" => (k.clone(), Value::Array(Vec::new())),
                    _ => (k.clone(), only_structure(v)),
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(only_structure).collect()),
        other => other.clone(),
    }
}

/// Minutes for the full check and the Kurzcheck, by the formula of `domain::reading` on the
/// German texts (the native tests hold the two to each other).
fn durations(full: &serde_json::Value) -> (f64, f64) {
    let text = |v: &serde_json::Value, key: &str| {
        v.get(key).and_then(|t| t.get("de")).and_then(|t| t.as_str()).unwrap_or("").to_string()
    };
    let mut minutes = (0.0, 0.0);
    let dimensions = full.get("dimensions").and_then(|d| d.as_array()).cloned().unwrap_or_default();
    for dimension in &dimensions {
        for category in dimension.get("categories").and_then(|c| c.as_array()).into_iter().flatten() {
            for q in category.get("questions").and_then(|q| q.as_array()).into_iter().flatten() {
                let levels: Vec<String> = q
                    .get("levels")
                    .and_then(|l| l.get("de"))
                    .and_then(|l| l.as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(|l| l.as_str().map(str::to_string))
                    .collect();
                let m =
                    formula::question_minutes(&text(q, "text"), levels.iter().map(String::as_str), &text(q, "help"));
                minutes.0 += m;
                if q.get("kurzcheck").and_then(|k| k.as_bool()).unwrap_or(false) {
                    minutes.1 += m;
                }
            }
        }
    }
    minutes
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h: u64, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dir = Path::new(QUESTIONNAIRE_DIR);
    println!("cargo:rerun-if-changed={QUESTIONNAIRE_DIR}");

    let mut head = read_toml(&dir.join("questionnaire.toml"));
    let files = head
        .get("dimensions")
        .and_then(|d| d.as_array())
        .unwrap_or_else(|| panic!("{QUESTIONNAIRE_DIR}/questionnaire.toml: `dimensions` must list the dimension files"))
        .clone();
    let dimensions: Vec<toml::Value> = files
        .iter()
        .map(|file| {
            let file = file.as_str().expect("dimension file names are strings");
            let mut dimension = read_toml(&dir.join(file));
            dimension
                .as_table_mut()
                .unwrap_or_else(|| panic!("{file}: not a table"))
                .insert("source_file".into(), toml::Value::String(file.into()));
            dimension
        })
        .collect();
    let table = head.as_table_mut().expect("questionnaire.toml is a table");
    table.insert("dimensions".into(), toml::Value::Array(dimensions));
    // The reference catalogue and the glossary, as arrays of the questionnaire.
    for (file, list, field) in [("frameworks.toml", "reference", "frameworks"), ("glossary.toml", "term", "glossary")] {
        let mut catalogue = read_toml(&dir.join(file));
        let entries = catalogue
            .as_table_mut()
            .and_then(|t| t.remove(list))
            .unwrap_or_else(|| panic!("{QUESTIONNAIRE_DIR}/{file}: needs [[{list}]] entries"));
        table.insert(field.into(), entries);
    }
    let full = serde_json::to_value(&head).expect("TOML converts to JSON");

    // The app embeds the structure only (ids, weights, flags, targets, links): it scores,
    // migrates and lists assessments with it. The texts of each language are files of their
    // own, fetched after the first screen, so the start page does not wait for them.
    let generated = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("../target/generated");
    std::fs::create_dir_all(&generated).expect("target/ is writable");
    for old in std::fs::read_dir(&generated).expect("readable").flatten() {
        let name = old.file_name().to_string_lossy().into_owned();
        if name.starts_with("questionnaire-")
            || name.starts_with("beispieldaten-")
            || name.starts_with("ui-en-")
            || name.starts_with("ui-de-")
        {
            let _ = std::fs::remove_file(old.path());
        }
    }
    let structure = serde_json::to_string(&only_structure(&without_texts(&full))).expect("JSON serializes");
    std::fs::write(Path::new(&out).join("questionnaire.structure.json"), structure).expect("OUT_DIR is writable");
    // Each language's texts come in parts (`content::TextsPart`): what every screen needs, the
    // Methodik with the glossary's explanations, the next steps, and two files per dimension
    // with its questions, fetched when a screen shows them — so the first question page waits
    // for its own category only.
    let mut files = String::from("// Written by build.rs: the content-hashed texts files next to index.html.\n");
    for lang in ["de", "en"] {
        let texts = only_language(&full, lang);
        std::fs::write(Path::new(&out).join(format!("questionnaire.{lang}.json")), texts.to_string())
            .expect("OUT_DIR is writable");
        let mut common = texts.clone();
        let head = common.as_object_mut().expect("the questionnaire is an object");
        let reference = serde_json::json!({
            "methodology": head.remove("methodology").unwrap_or_default(),
            "glossary": head.remove("glossary").unwrap_or_default(),
        });
        // What is no text is in the embedded structure: every question page waits for this part.
        for structure_only in ["carried", "reset", "renamed"] {
            head.remove(structure_only);
        }
        // Each dimension's file carries the catalogue entries its questions cite (a question
        // page shows their titles), so the common part, which every question page waits for,
        // does not carry the whole catalogue.
        let catalogue = head.remove("frameworks").unwrap_or_else(|| serde_json::Value::Array(Vec::new()));
        let catalogue = catalogue.as_array().expect("frameworks.toml: [[reference]] entries are an array");
        // The questions' next steps, which only the evaluation shows, are a part of their own:
        // (question id, the steps' texts) in the questionnaire's order (`StepTexts`).
        let mut steps = Vec::new();
        let mut dimensions = Vec::new();
        for dimension in common["dimensions"].as_array_mut().expect("dimensions are an array") {
            for question in dimension["categories"]
                .as_array_mut()
                .expect("categories are an array")
                .iter_mut()
                .flat_map(|c| c["questions"].as_array_mut().expect("questions are an array"))
            {
                let question = question.as_object_mut().expect("a question is an object");
                let texts: Vec<serde_json::Value> = match question.remove("steps") {
                    Some(serde_json::Value::Array(list)) => list.into_iter().map(|s| s[lang].clone()).collect(),
                    _ => Vec::new(),
                };
                steps.push(serde_json::json!([question["id"], texts]));
            }
            // Two files per dimension: its first category, which the page opening the dimension
            // shows (the first question of all waits for no more), and its other categories,
            // fetched once the user is at work on that page. Each carries the catalogue entries
            // its questions cite (a question page shows their titles), so the common part does
            // not carry the whole catalogue.
            let categories = dimension["categories"].as_array().expect("categories are an array");
            let (first, others) = categories.split_at(1);
            for (suffix, categories) in [("anfang-", first), ("", others)] {
                let cited: std::collections::BTreeSet<&str> = categories
                    .iter()
                    .flat_map(|c| c["questions"].as_array().into_iter().flatten())
                    .flat_map(|q| q["references"].as_array().into_iter().flatten())
                    .filter_map(|r| r.as_str())
                    .collect();
                let frameworks: Vec<&serde_json::Value> =
                    catalogue.iter().filter(|f| f["id"].as_str().is_some_and(|id| cited.contains(id))).collect();
                // The dimension's own texts are in the common part.
                let part = serde_json::json!({
                    "id": dimension["id"], "title": dimension["title"], "categories": categories,
                });
                let name = format!("{}-{suffix}", dimension["id"].as_str().expect("dimension ids are strings"));
                dimensions.push((name, serde_json::json!({ "dimension": part, "frameworks": frameworks })));
            }
            let own = dimension.as_object_mut().expect("a dimension is an object");
            own.remove("targets");
            own.remove("source_file");
            // A category's description and links are shown with its questions only: they come
            // with the dimension's part.
            for category in dimension["categories"].as_array_mut().expect("categories are an array") {
                category["questions"] = serde_json::Value::Array(Vec::new());
                let category = category.as_object_mut().expect("a category is an object");
                category.remove("description");
                category.remove("resources");
            }
        }
        let mut names = Vec::new();
        let steps = serde_json::Value::Array(steps);
        for (part, json) in
            [(String::new(), common), ("methodik-".to_string(), reference), ("schritte-".to_string(), steps)]
                .into_iter()
                .chain(dimensions)
        {
            let json = json.to_string();
            // scripts/post-build.mjs copies these into dist/ under the same names.
            let file = format!("questionnaire-{lang}-{part}{:016x}.json", fnv1a64(json.as_bytes()));
            std::fs::write(generated.join(&file), &json).expect("target/generated is writable");
            std::fs::write(Path::new(&out).join(&file), &json).expect("OUT_DIR is writable");
            names.push(file);
        }
        files.push_str(&format!("const TEXTS_FILES_{}: [&str; {}] = {names:?};\n", lang.to_uppercase(), names.len()));
    }
    std::fs::write(Path::new(&out).join("texts_files.rs"), files).expect("OUT_DIR is writable");
    let (full_minutes, kurz_minutes) = durations(&full);
    println!("cargo:rustc-env=PROMISED_MINUTES_FULL={}", formula::promise(full_minutes));
    println!("cargo:rustc-env=PROMISED_MINUTES_KURZCHECK={}", formula::promise(kurz_minutes));

    // The example pack, compacted (the file in the repository is pretty-printed for review): a
    // file of its own as well, read after the first screen.
    println!("cargo:rerun-if-changed={PACK_FILE}");
    let pack: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(PACK_FILE).expect("pack readable"))
        .unwrap_or_else(|e| panic!("{PACK_FILE}: {e}"));
    let pack = serde_json::to_string(&pack).expect("JSON serializes");
    std::fs::write(Path::new(&out).join("beispieldaten.json"), &pack).expect("OUT_DIR is writable");
    let file = format!("beispieldaten-{:016x}.json", fnv1a64(pack.as_bytes()));
    std::fs::write(generated.join(&file), &pack).expect("target/generated is writable");
    println!("cargo:rustc-env=EXAMPLE_PACK_FILE={file}");

    // The English UI texts (`i18n::install_english`) and the German ones of the late groups
    // (`i18n::install_german`), compacted: files of their own, fetched when someone switches to
    // English or first opens a screen that shows them. core/tests/i18n.rs writes the sources
    // from the code.
    for (source, prefix, variable) in
        [(ENGLISH_FILE, "ui-en", "UI_TEXTS_EN_FILE"), (GERMAN_LATE_FILE, "ui-de", "UI_TEXTS_DE_FILE")]
    {
        println!("cargo:rerun-if-changed={source}");
        // The app reads the texts alone, in this order (`Texts::from_json`): their keys stay here.
        let pairs: Vec<(String, String)> =
            serde_json::from_str(&std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}")))
                .unwrap_or_else(|e| panic!("{source}: {e}"));
        let texts: Vec<&str> = pairs.iter().map(|(_, text)| text.as_str()).collect();
        let json = serde_json::to_string(&texts).expect("JSON serializes");
        let file = format!("{prefix}-{:016x}.json", fnv1a64(json.as_bytes()));
        std::fs::write(generated.join(&file), &json).expect("target/generated is writable");
        println!("cargo:rustc-env={variable}={file}");
    }

    let operator = operator_literal(&read_toml(Path::new(OPERATOR_FILE)));
    std::fs::write(Path::new(&out).join("betreiber.rs"), operator).expect("OUT_DIR is writable");
}

/// The operator settings as the Rust literal of `content::OPERATOR`, checked here: a wrong
/// file fails the build with the file and the key named, and the app parses nothing at start.
fn operator_literal(settings: &toml::Value) -> String {
    // (key, required); `example` is the one flag, every other value is a text.
    const KEYS: [(&str, bool); 10] = [
        ("example", true),
        ("name", true),
        ("address", true),
        ("email", true),
        ("phone", false),
        ("imprint_url", true),
        ("accessibility_email", true),
        ("accessibility_reviewed", true),
        ("conciliation_name", true),
        ("conciliation_url", true),
    ];
    let fail = |problem: String| -> ! { panic!("{OPERATOR_FILE}: {problem}") };
    let table = settings.as_table().unwrap_or_else(|| fail("must be a table of settings".into()));
    if let Some(unknown) = table.keys().find(|k| !KEYS.iter().any(|(key, _)| key == k)) {
        let known: Vec<&str> = KEYS.iter().map(|(key, _)| *key).collect();
        fail(format!("unknown key `{unknown}` (known: {})", known.join(", ")));
    }
    let mut fields = String::new();
    for (key, required) in KEYS {
        let value = match (table.get(key), key) {
            (None, _) if required => fail(format!("`{key}` is missing")),
            (None, _) => "\"\"".to_string(),
            (Some(toml::Value::Boolean(flag)), "example") => flag.to_string(),
            (Some(_), "example") => fail("`example` must be true or false".into()),
            // Debug formatting of a string is a valid Rust string literal.
            (Some(toml::Value::String(text)), _) => format!("{text:?}"),
            (Some(_), _) => fail(format!("`{key}` must be a text in quotes")),
        };
        fields.push_str(&format!("    {key}: {value},\n"));
    }
    format!("// Written by build.rs from {OPERATOR_FILE}.\npub static OPERATOR: Operator = Operator {{\n{fields}}};\n")
}
