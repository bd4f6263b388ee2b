//! Turns the shipped questionnaire (TOML files under `questionnaires/kommunal/`) and the
//! operator settings (`config/betreiber.toml`) into JSON that the app embeds, so the browser
//! bundle needs no TOML parser. Syntax errors fail the build with the file named; the
//! questionnaire's content rules are checked by `domain::questionnaire::validate`, at start-up
//! and in the native tests (`tests/questionnaire.rs`).

use std::path::Path;

const QUESTIONNAIRE_DIR: &str = "questionnaires/kommunal";
const OPERATOR_FILE: &str = "config/betreiber.toml";

fn read_toml(path: &Path) -> toml::Value {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
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
    head.as_table_mut()
        .expect("questionnaire.toml is a table")
        .insert("dimensions".into(), toml::Value::Array(dimensions));
    let json = serde_json::to_string(&head).expect("TOML converts to JSON");
    std::fs::write(Path::new(&out).join("questionnaire.json"), json).expect("OUT_DIR is writable");

    let operator = read_toml(Path::new(OPERATOR_FILE));
    let json = serde_json::to_string(&operator).expect("TOML converts to JSON");
    std::fs::write(Path::new(&out).join("betreiber.json"), json).expect("OUT_DIR is writable");
}
