//! Charts as SVG strings drawn with plotters' drawing primitives (SVG backend).
//!
//! Pure functions: chart-facing data in, SVG markup out; no browser, no domain arithmetic
//! (the caller passes finished levels). Natively testable. The UI wraps each SVG in a
//! `figure` with caption, one-sentence summary and a data table; the SVG itself is decoration
//! for assistive technology (the wrapper carries `role="img"` and the summary).
//!
//! Design rules shared by all charts:
//! - never colour alone: markers of different shapes, line styles and direct labels;
//! - legible in black-and-white print: dark strokes on white, light fills only as bands;
//! - text colour is `currentColor` (forced-colours mode and print follow the page);
//! - all text passes through plotters, which escapes `<`, `>`, `&`, `"` and `'`.
//! - width/height attributes are the drawing size; CSS scales the SVG to its container.

mod bars;
mod draw;
mod geometry;
mod heat_map;
mod radar;

pub use bars::{category_bars, gap_bars, CategoryBarRow, CategoryBarsInput, GapBarRow, GapBarsInput};
pub use geometry::{radar_point, radar_points};
pub use heat_map::{heat_map, HeatMapInput, HeatMapRow};
pub use radar::{radar, RadarAxis, RadarInput};

/// Quartiles of a peer group for one dimension or category.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeerBand {
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
}
