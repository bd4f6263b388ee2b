//! Contribution files and their aggregation: no input may panic.
#![no_main]
use digikompass_core::content;
use digikompass_core::domain::{aggregate, contribution};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let q = content::questionnaire();
    if let Ok(c) = contribution::parse(&text, q) {
        // What parses must survive the whole path to a pack.
        let again = contribution::parse(&contribution::to_json(&c), q).expect("to_json → parse");
        assert_eq!(again, c);
        let collected = aggregate::collect([("a.json", text.as_ref())], q);
        let meta = aggregate::PackMeta { title: "t".into(), source: "s".into(), date: "2026-11-25".into(), synthetic: false };
        let _ = aggregate::build_pack(&collected.contributions(), q, meta);
    }
});
