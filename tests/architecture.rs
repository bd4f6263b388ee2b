//! Architecture invariants of the app crate, by reading its sources: dependencies run one way,
//! pages → components → state / view → core, and the view layer knows nothing of Leptos or
//! the browser. (That the core knows nothing of the browser is a Cargo fact: see
//! `core/tests/domain/architecture.rs`.)

use std::path::{Path, PathBuf};

fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir), &mut out);
    assert!(!out.is_empty(), "src/{dir} has sources");
    out
}

fn assert_none(dir: &str, forbidden: &[&str], why: &str) {
    for (path, text) in sources(dir) {
        for word in forbidden {
            assert!(!text.contains(word), "{} mentions `{word}`: {why}", path.display());
        }
    }
}

#[test]
fn the_view_layer_is_pure() {
    assert_none(
        "view",
        &[
            "leptos",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "crate::web",
            "crate::storage",
            "crate::state",
            "crate::components",
            "crate::pages",
            "crate::app",
        ],
        "the view layer turns results into rows and sentences, with no UI or browser (tested natively)",
    );
}

#[test]
fn state_knows_no_screen() {
    assert_none("state", &["crate::pages", "crate::components", "crate::app"], "state lies below the UI");
    assert_none(
        "storage",
        &["crate::pages", "crate::components", "crate::app", "crate::state"],
        "storage lies below the state",
    );
}

#[test]
fn no_signal_is_public() {
    // Pages read through getters and change through named mutations; a public signal would let
    // any component write the state.
    for (path, text) in sources("") {
        for line in text.lines().map(str::trim) {
            let public_field = line.starts_with("pub ") && line.contains(':') && !line.contains('(');
            assert!(
                !(public_field && (line.contains("RwSignal<") || line.contains("WriteSignal<"))),
                "{}: `{line}`: a public writable signal",
                path.display()
            );
        }
    }
}

#[test]
fn components_know_no_page() {
    assert_none("components", &["crate::pages", "crate::app"], "components lie below the pages (no import circle)");
}

#[test]
fn pages_never_import_another_page() {
    for (path, text) in sources("pages") {
        let is_router = path.ends_with("pages/mod.rs");
        for word in ["crate::pages::", "super::", "crate::app"] {
            if is_router && word == "super::" {
                continue;
            }
            assert!(
                !text.contains(word),
                "{} mentions `{word}`: shared pieces belong in components/ or view/",
                path.display()
            );
        }
    }
}

#[test]
fn texts_with_placeholders_are_filled_only_through_their_typed_methods() {
    // `t.start.imported(&name)` is checked by the compiler (see `texts!`); a raw `fill` with
    // placeholder names as strings is not.
    for dir in ["app", "components", "pages", "state", "storage", "view"] {
        assert_none(dir, &["fill("], "use the text's method, whose placeholders the compiler checks");
    }
}
