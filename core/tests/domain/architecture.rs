//! Architecture invariant: the core knows nothing of the browser. That it cannot *use* a
//! browser crate is a Cargo fact (the crate does not depend on one); this test keeps it so, by
//! reading the manifest, so that adding one is a deliberate act that fails here first.

const BROWSER_CRATES: [&str; 6] = ["leptos", "web-sys", "wasm-bindgen", "js-sys", "gloo", "console_error_panic_hook"];

#[test]
fn the_core_crate_depends_on_no_browser_crate() {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let manifest: toml::Table = toml::from_str(&manifest).unwrap();
    let mut tables = vec![];
    for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
        tables.extend(manifest.get(section).and_then(|t| t.as_table()));
    }
    if let Some(targets) = manifest.get("target").and_then(|t| t.as_table()) {
        for target in targets.values() {
            for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
                tables.extend(target.get(section).and_then(|t| t.as_table()));
            }
        }
    }
    assert!(!tables.is_empty(), "the manifest lists dependencies");
    for table in tables {
        for name in table.keys() {
            assert!(
                !BROWSER_CRATES.iter().any(|b| name.starts_with(b)),
                "core/Cargo.toml depends on `{name}`: the core must not depend on the browser"
            );
        }
    }
}
