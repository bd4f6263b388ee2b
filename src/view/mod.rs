//! The pure view layer: from results, comparisons, texts and language to what a screen shows —
//! table rows, chart inputs, one-sentence summaries, captions. No Leptos and no browser here
//! (`tests/architecture.rs` checks it), so every string a screen shows is tested natively;
//! components only arrange what these functions return.

pub mod district;
pub mod errors;
pub mod glossary;
pub mod history;
pub mod parts;
pub mod plan;
pub mod report;
pub mod results;
pub mod saved;
pub mod scenario;

use crate::domain::questionnaire::Lang;
use crate::i18n;

/// A level with one decimal, or „–“ where there is none (never 0 for a missing value).
pub fn level_or_dash(lang: Lang, level: Option<f64>) -> String {
    level.map_or_else(|| "–".into(), |l| i18n::level(lang, l))
}

/// Width to draw charts at for a viewport `viewport_px` wide: the viewport minus page margins,
/// between 300 and 760 px, so that SVG text keeps its real size on phones (320 px) as on
/// desktops.
pub fn chart_width(viewport_px: f64) -> u32 {
    let width = if viewport_px.is_finite() { viewport_px - 64.0 } else { 800.0 };
    width.clamp(300.0, 760.0) as u32
}

/// File name from the Kommune's name and the date, ASCII only: `digikompass-musterhausen-2026-11-25.json`.
pub fn file_name(name: &str, date: &str, extension: &str) -> String {
    let mut slug = String::new();
    // Only ASCII and the German letters are spelt out, so no Unicode case tables are needed
    // (`to_lowercase` would bring them into the download for this one use).
    for c in name.trim().chars() {
        match c {
            'ä' | 'Ä' => slug.push_str("ae"),
            'ö' | 'Ö' => slug.push_str("oe"),
            'ü' | 'Ü' => slug.push_str("ue"),
            'ß' | 'ẞ' => slug.push_str("ss"),
            c if c.is_ascii_alphanumeric() => slug.push(c.to_ascii_lowercase()),
            _ if !slug.ends_with('-') => slug.push('-'),
            _ => {}
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(40).collect();
    let slug = if slug.is_empty() { "selbsteinschaetzung".to_string() } else { slug };
    format!("digikompass-{slug}-{date}.{extension}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn charts_fit_the_viewport_within_bounds() {
        assert_eq!(super::chart_width(360.0), 300);
        assert_eq!(super::chart_width(600.0), 536);
        assert_eq!(super::chart_width(1280.0), 760);
        assert_eq!(super::chart_width(f64::NAN), 760);
        assert_eq!(super::chart_width(-5.0), 300);
    }

    #[test]
    fn file_names_are_ascii_and_spell_out_german_letters() {
        use super::file_name;
        assert_eq!(file_name("Öhringen", "2026-11-25", "json"), "digikompass-oehringen-2026-11-25.json");
        assert_eq!(
            file_name("  Bad Dürrheim / GVV  ", "2026-11-25", "csv"),
            "digikompass-bad-duerrheim-gvv-2026-11-25.csv"
        );
        assert_eq!(
            file_name("GROSSE KREISSTADT ÜBERLINGEN", "d", "json"),
            "digikompass-grosse-kreisstadt-ueberlingen-d.json"
        );
        assert_eq!(file_name("Straße ẞ", "d", "json"), "digikompass-strasse-ss-d.json");
        assert_eq!(file_name("Évian", "d", "json"), "digikompass-vian-d.json", "other letters are left out");
        assert_eq!(file_name("", "d", "json"), "digikompass-selbsteinschaetzung-d.json");
        assert_eq!(file_name("€€€", "d", "json"), "digikompass-selbsteinschaetzung-d.json");
        let long = file_name(&"a".repeat(100), "d", "json");
        assert_eq!(long, format!("digikompass-{}-d.json", "a".repeat(40)));
    }
}
