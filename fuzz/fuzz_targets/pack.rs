//! Benchmark packs loaded by users: no input may panic; what parses can be looked up.
#![no_main]
use digikompass_core::content;
use digikompass_core::domain::benchmark::Pack;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(pack) = Pack::parse(&text, content::questionnaire()) {
        let _ = pack.best_group(None, None);
        for g in pack.shown_groups() {
            assert!(g.n >= 5);
        }
    }
});
