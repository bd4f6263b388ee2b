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
}
