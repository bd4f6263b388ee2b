//! Turns the shipped questionnaire (TOML files under `questionnaires/kommunal/`) and the
//! operator settings (`config/betreiber.toml`) into JSON that the app embeds, so the browser
//! bundle needs no TOML parser; splits the questionnaire by language; compacts the example pack. Syntax errors fail the build with the file named; the
//! questionnaire's content rules are checked by `domain::questionnaire::validate`, at start-up
//! and in the native tests (`tests/questionnaire.rs`).

use std::path::Path;

// Cargo runs build scripts in the crate's directory (core/); the content sits at the top of the repository.
const QUESTIONNAIRE_DIR: &str = "../questionnaires/kommunal";
const OPERATOR_FILE: &str = "../config/betreiber.toml";
const PACK_FILE: &str = "../benchmarks/beispieldaten.json";

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

    // German is embedded in the app; English is a separate file that the app fetches only when
    // someone switches to English, so a German visit does not download it.
    let german = serde_json::to_string(&only_language(&full, "de")).expect("JSON serializes");
    std::fs::write(Path::new(&out).join("questionnaire.de.json"), german).expect("OUT_DIR is writable");
    let english = serde_json::to_string(&only_language(&full, "en")).expect("JSON serializes");
    let file = format!("questionnaire-en-{:016x}.json", fnv1a64(english.as_bytes()));
    std::fs::write(Path::new(&out).join("questionnaire.en.json"), &english).expect("OUT_DIR is writable");
    // scripts/post-build.mjs copies this into dist/ under the same, content-hashed name.
    let generated = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("../target/generated");
    std::fs::create_dir_all(&generated).expect("target/ is writable");
    for old in std::fs::read_dir(&generated).expect("readable").flatten() {
        if old.file_name().to_string_lossy().starts_with("questionnaire-en-") {
            let _ = std::fs::remove_file(old.path());
        }
    }
    std::fs::write(generated.join(&file), &english).expect("target/generated is writable");
    println!("cargo:rustc-env=QUESTIONNAIRE_EN_FILE={file}");

    // The example pack, compacted (the file in the repository is pretty-printed for review).
    println!("cargo:rerun-if-changed={PACK_FILE}");
    let pack: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(PACK_FILE).expect("pack readable"))
        .unwrap_or_else(|e| panic!("{PACK_FILE}: {e}"));
    std::fs::write(Path::new(&out).join("beispieldaten.json"), serde_json::to_string(&pack).expect("JSON serializes"))
        .expect("OUT_DIR is writable");

    let operator = read_toml(Path::new(OPERATOR_FILE));
    let json = serde_json::to_string(&operator).expect("TOML converts to JSON");
    std::fs::write(Path::new(&out).join("betreiber.json"), json).expect("OUT_DIR is writable");
}
