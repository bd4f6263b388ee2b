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

/// The screens of the first download and the questions' screens, the components they use, and
/// the view functions they call, use no late text group (`i18n::LATE_GROUPS`): in German those
/// texts arrive only with the first screen that shows them, and are empty until then.
#[test]
fn early_screens_use_no_late_texts() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let read = |file: &str| std::fs::read_to_string(src.join(file)).unwrap_or_else(|e| panic!("src/{file}: {e}"));
    let mut early: Vec<(String, String)> = ["pages/start.rs", "pages/profile.rs", "pages/questions.rs", "pages/mod.rs"]
        .iter()
        .map(|f| (f.to_string(), read(f)))
        .chain(sources("app").into_iter().map(|(p, t)| (p.display().to_string(), t)))
        .collect();
    // The components they use, and those components' components.
    let mut i = 0;
    while i < early.len() {
        let text = early[i].1.clone();
        for (at, _) in text.match_indices("crate::components::") {
            let name: String = text[at + "crate::components::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            let file = format!("components/{name}.rs");
            if !name.is_empty() && !early.iter().any(|(f, _)| *f == file) {
                early.push((file.clone(), read(&file)));
            }
        }
        i += 1;
    }
    // The view functions they call (`view::m::f(`, or `m::f(` after `use crate::view::m`): only
    // the function itself, as a view module serves later screens too. `errors::file_error`
    // words the problems of every kind of file; the early screens read assessments only, whose
    // messages are in `start`.
    let allowed = [("errors", "file_error")];
    let mut called = Vec::new();
    for (file, text) in &early {
        let imported: Vec<String> = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("use crate::view::"))
            .map(|rest| rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect())
            .collect();
        let prefixes = std::iter::once("view::".to_string()).chain(imported.iter().map(|m| format!("{m}::")));
        for prefix in prefixes {
            for (at, _) in text.match_indices(&prefix) {
                let qualified = if prefix == "view::" { String::new() } else { prefix.clone() };
                let after = &text[at + prefix.len()..];
                let name: String =
                    after.chars().take_while(|c| c.is_ascii_alphanumeric() || "_:".contains(*c)).collect();
                if !after[name.len()..].starts_with('(') {
                    continue;
                }
                let call = qualified + &name;
                let Some((module, function)) = call.split_once("::") else { continue };
                if function.is_empty() || function.contains(':') || allowed.contains(&(module, function)) {
                    continue;
                }
                let source = read(&format!("view/{module}.rs"));
                let start = source
                    .find(&format!("pub fn {function}("))
                    .or_else(|| source.find(&format!("pub fn {function}<")))
                    .unwrap_or_else(|| panic!("{file} calls view::{module}::{function}, not found"));
                let end = source[start..].find("\n}\n").map_or(source.len(), |e| start + e);
                called.push((format!("view/{module}.rs: {function}"), source[start..end].to_string()));
            }
        }
    }
    assert!(called.iter().any(|(f, _)| f.ends_with("reference_basis")), "the scan finds the view calls");
    assert!(early.iter().any(|(f, _)| f == "components/resources.rs"), "the scan finds the components");
    for (file, text) in early.iter().chain(&called) {
        for group in digikompass_core::i18n::LATE_GROUPS {
            for access in
                [format!("t.{group}."), format!("texts().{group}."), format!("t().{group}."), format!("&t.{group};")]
            {
                assert!(!text.contains(&access), "{file} uses the late text group `{group}` (`{access}`)");
            }
        }
    }
}
