//! Architecture invariant: the core and the charts know nothing of the browser.

#[test]
fn core_and_charts_use_no_browser_crates() {
    let forbidden =
        ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo", "crate::web", "crate::storage", "crate::app"];
    for dir in ["src/domain", "src/charts"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            for word in forbidden {
                assert!(
                    !text.contains(word),
                    "{} mentions `{word}`: the core must not depend on the browser",
                    path.display()
                );
            }
        }
    }
}
