//! Assessment files (import and browser storage): no input may panic; what imports exports
//! and imports again unchanged.
#![no_main]
use digikompass_core::content;
use digikompass_core::domain::{exchange, scoring};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let q = content::questionnaire();
    if let Ok(imported) = exchange::import(&text, q) {
        let _ = scoring::score(q, &imported.assessment);
        let again = exchange::import(&exchange::export(&imported.assessment), q).expect("export → import");
        assert_eq!(again.assessment, imported.assessment);
    }
});
