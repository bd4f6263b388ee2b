//! Shared drawing helpers: colours, font metrics, a thin error-swallowing wrapper around a
//! plotters SVG drawing area, and the legend layout. Only drawing primitives are used — no
//! `ChartBuilder`, nothing that measures text (on wasm plotters measures through the DOM).

use std::cell::RefCell;

use plotters::coord::Shift;
use plotters::prelude::{
    Circle, Color, DrawingArea, IntoDrawingArea, IntoFont, PathElement, Polygon, RGBAColor, RGBColor, Rectangle,
    SVGBackend, Text, TextStyle, TriangleMarker,
};
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::geometry::{dash_segments, wrap_label};

/// Sentinel for "text colour": replaced by `currentColor` in the finished SVG.
pub(crate) const INK: RGBColor = RGBColor(1, 2, 3);
const INK_HEX: &str = "#010203";
/// The municipality's own values (8.1:1 on white).
pub(crate) const OWN: RGBColor = RGBColor(0x1d, 0x4f, 0x91);
/// Targets (15.9:1 on white), drawn dashed / as square markers / as ticks.
pub(crate) const TARGET: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// Peer group (6.8:1 on white), drawn dotted / as triangle or diamond markers.
pub(crate) const PEER: RGBColor = RGBColor(0x8a, 0x4b, 0x08);
pub(crate) const WHITE: RGBColor = RGBColor(255, 255, 255);
/// The „Was wäre, wenn“ scenario (5.6:1 on white), drawn solid with diamond markers.
pub(crate) const SCENARIO: RGBColor = RGBColor(0x1a, 0x6e, 0x37);

/// Opacity of the light peer band (interquartile range), a background only.
pub(crate) const BAND_ALPHA: f64 = 0.14;
/// Opacity of the own polygon's fill.
pub(crate) const OWN_FILL_ALPHA: f64 = 0.15;
/// Opacity of grid lines.
pub(crate) const GRID_ALPHA: f64 = 0.4;

/// Font size passed to plotters; the SVG backend writes `size / 1.24`, i.e. 12.5 px.
const FONT_SIZE: f64 = 15.5;
/// Rendered font size in px.
pub(crate) const TEXT_PX: f64 = FONT_SIZE / 1.24;
/// Estimated average advance of one character (0.55 em).
pub(crate) const CHAR_W: f64 = 0.55 * TEXT_PX;
/// Line height for wrapped labels.
pub(crate) const LINE_H: f64 = 15.0;
/// Outer margin of every chart.
pub(crate) const MARGIN: f64 = 4.0;
/// Top of the scale used by all charts (levels 0–4).
pub(crate) const SCALE_MAX: f64 = 4.0;

pub(crate) const MIN_WIDTH: u32 = 300;
pub(crate) const MAX_WIDTH: u32 = 760;

/// Width clamped to the supported 300..=760 px.
pub(crate) fn chart_width(width: u32) -> f64 {
    f64::from(width.clamp(MIN_WIDTH, MAX_WIDTH))
}

/// Estimated rendered width of a single line of text.
pub(crate) fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_W
}

/// How many characters fit into `px` (at least 2).
pub(crate) fn chars_for(px: f64) -> usize {
    if px.is_finite() && px > 0.0 {
        ((px / CHAR_W).floor() as usize).max(2)
    } else {
        2
    }
}

/// Width of the left label column of the bar charts and the heat map.
pub(crate) fn label_column_width(width: f64) -> f64 {
    (width * 0.37).clamp(110.0, 230.0)
}

/// Height of a table-like row holding `lines` lines of label text.
pub(crate) fn row_height(lines: usize, min: f64) -> f64 {
    min.max(lines as f64 * LINE_H + 4.0)
}

/// Widest of the given lines.
pub(crate) fn block_width(lines: &[String]) -> f64 {
    lines.iter().map(|l| text_width(l)).fold(0.0, f64::max)
}

/// Level sanitised for drawing: NaN → 0, clamped to 0..=4.
pub(crate) fn level(value: f64) -> f64 {
    super::geometry::clamp_level(value, SCALE_MAX)
}

fn px(v: f64) -> i32 {
    if v.is_finite() {
        v.round().clamp(-1e6, 1e6) as i32
    } else {
        0
    }
}

fn pt(p: (f64, f64)) -> (i32, i32) {
    (px(p.0), px(p.1))
}

/// A drawing surface in pixel coordinates. Drawing errors are ignored: the SVG backend writes
/// into a `String` and cannot fail in practice, and a chart must never panic.
pub(crate) struct Canvas<'a> {
    area: DrawingArea<SVGBackend<'a>, Shift>,
    /// Dash styles in use, by sentinel stroke colour (see [`Canvas::dashed`]).
    dashes: RefCell<Vec<Dash>>,
}

/// A dashed stroke: drawn by plotters in a sentinel colour that [`render`] turns into the real
/// colour plus `stroke-dasharray`.
struct Dash {
    sentinel: RGBColor,
    color: RGBColor,
    on: f64,
    off: f64,
}

/// At most this many dash styles per chart; the sentinels are `#030101` … `#030109`.
const MAX_DASH_STYLES: u8 = 9;

fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// Renders a `width` × `height` SVG with `draw` and returns the markup, text colour resolved
/// to `currentColor`.
pub(crate) fn render(width: f64, height: f64, draw: impl FnOnce(&Canvas)) -> String {
    let size = (px(width).max(1) as u32, px(height.ceil()).max(1) as u32);
    let mut buf = String::new();
    let dashes = {
        let canvas =
            Canvas { area: SVGBackend::with_string(&mut buf, size).into_drawing_area(), dashes: RefCell::default() };
        draw(&canvas);
        let _ = canvas.area.present();
        canvas.dashes.into_inner()
    };
    for dash in dashes {
        buf = buf.replace(
            &format!("stroke=\"{}\"", hex(dash.sentinel)),
            &format!("stroke=\"{}\" stroke-dasharray=\"{} {}\"", hex(dash.color), dash.on, dash.off),
        );
    }
    buf.replace(INK_HEX, "currentColor")
}

impl Canvas<'_> {
    /// Open polyline.
    pub(crate) fn path(&self, points: &[(f64, f64)], color: RGBAColor, width: u32) {
        let points: Vec<(i32, i32)> = points.iter().map(|&p| pt(p)).collect();
        if points.len() >= 2 {
            let _ = self.area.draw(&PathElement::new(points, color.stroke_width(width)));
        }
    }

    /// Closed polyline (the first point is repeated at the end).
    pub(crate) fn closed_path(&self, points: &[(f64, f64)], color: RGBAColor, width: u32) {
        self.path(&closed(points), color, width);
    }

    /// Dashed polyline. The SVG backend has no dash attribute, so the line is drawn once in a
    /// sentinel colour that [`render`] rewrites to `stroke-dasharray`: one element instead of
    /// a piece per dash keeps the SVG small and quick to parse on every redraw. Beyond
    /// [`MAX_DASH_STYLES`] styles it falls back to separate solid pieces.
    pub(crate) fn dashed(&self, points: &[(f64, f64)], color: RGBAColor, width: u32, on: f64, off: f64) {
        let valid = on.is_finite() && on > 0.0 && off.is_finite() && off > 0.0;
        if !valid {
            return self.path(points, color, width);
        }
        let rgb = RGBColor(color.0, color.1, color.2);
        let sentinel = {
            let mut dashes = self.dashes.borrow_mut();
            match dashes.iter().find(|d| d.color == rgb && d.on == on && d.off == off) {
                Some(d) => Some(d.sentinel),
                None if dashes.len() < usize::from(MAX_DASH_STYLES) => {
                    let sentinel = RGBColor(3, 1, dashes.len() as u8 + 1);
                    dashes.push(Dash { sentinel, color: rgb, on, off });
                    Some(sentinel)
                }
                None => None,
            }
        };
        if let Some(sentinel) = sentinel {
            let finite: Vec<(f64, f64)> =
                points.iter().copied().filter(|p| p.0.is_finite() && p.1.is_finite()).collect();
            return self.path(&finite, sentinel.mix(color.3), width);
        }
        for dash in dash_segments(points, on, off) {
            let pixels: Vec<(i32, i32)> = dash.iter().map(|&p| pt(p)).collect();
            if pixels.windows(2).any(|w| w[0] != w[1]) {
                let _ = self.area.draw(&PathElement::new(pixels, color.stroke_width(width)));
            }
        }
    }

    pub(crate) fn polygon(&self, points: &[(f64, f64)], color: RGBAColor) {
        let points: Vec<(i32, i32)> = points.iter().map(|&p| pt(p)).collect();
        if points.len() >= 3 {
            let _ = self.area.draw(&Polygon::new(points, color));
        }
    }

    pub(crate) fn fill_rect(&self, from: (f64, f64), to: (f64, f64), color: RGBAColor) {
        let _ = self.area.draw(&Rectangle::new([pt(from), pt(to)], color.filled()));
    }

    pub(crate) fn circle(&self, center: (f64, f64), radius: u32, color: RGBAColor) {
        let _ = self.area.draw(&Circle::new(pt(center), radius, color.filled()));
    }

    pub(crate) fn circle_outline(&self, center: (f64, f64), radius: f64, color: RGBAColor) {
        let radius = if radius.is_finite() { radius.round().clamp(0.0, 1e6) as u32 } else { 0 };
        let _ = self.area.draw(&Circle::new(pt(center), radius, color.stroke_width(1)));
    }

    /// Upward triangle with circumradius `size`.
    pub(crate) fn triangle(&self, center: (f64, f64), size: i32, color: RGBAColor) {
        let _ = self.area.draw(&TriangleMarker::new(pt(center), size, color.filled()));
    }

    pub(crate) fn diamond(&self, (x, y): (f64, f64), r: f64, color: RGBAColor) {
        self.polygon(&[(x, y - r), (x + r, y), (x, y + r), (x - r, y)], color);
    }

    pub(crate) fn square(&self, (x, y): (f64, f64), half: f64, color: RGBAColor) {
        self.fill_rect((x - half, y - half), (x + half, y + half), color);
    }

    /// One line of text; `(x, y)` is the anchor given by `h` and `v`.
    pub(crate) fn text(&self, text: &str, (x, y): (f64, f64), h: HPos, v: VPos, color: RGBAColor) {
        if text.is_empty() {
            return;
        }
        let style = TextStyle::from(("sans-serif", FONT_SIZE).into_font()).color(&color).pos(Pos::new(h, v));
        let _ = self.area.draw(&Text::new(text, pt((x, y)), style));
    }

    /// A block of lines whose first line starts at `top`; lines are `LINE_H` apart.
    pub(crate) fn lines(&self, lines: &[String], x: f64, top: f64, h: HPos, color: RGBAColor) {
        for (i, line) in lines.iter().enumerate() {
            self.text(line, (x, top + LINE_H * (i as f64 + 0.5)), h, VPos::Center, color);
        }
    }
}

/// The points with the first one repeated at the end.
pub(crate) fn closed(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut v = points.to_vec();
    if let Some(&first) = points.first() {
        v.push(first);
    }
    v
}

pub(crate) fn ink() -> RGBAColor {
    INK.to_rgba()
}

/// Width of a legend sample (line/marker) before its label.
pub(crate) const SAMPLE_W: f64 = 30.0;
const SAMPLE_GAP: f64 = 6.0;
const ENTRY_GAP: f64 = 18.0;
const ROW_GAP: f64 = 4.0;

/// One legend entry, positioned relative to the legend's top-left corner.
pub(crate) struct LegendEntry {
    pub x: f64,
    pub y: f64,
    pub lines: Vec<String>,
}

pub(crate) struct Legend {
    pub entries: Vec<LegendEntry>,
    pub height: f64,
}

/// Lays the labelled entries out left to right, wrapping to new rows (and wrapping long labels)
/// so that everything fits into `width`.
pub(crate) fn layout_legend(labels: &[&str], width: f64) -> Legend {
    let text_max = (width - SAMPLE_W - SAMPLE_GAP).max(CHAR_W * 2.0);
    let mut entries = Vec::new();
    let (mut x, mut y, mut row_h) = (0.0f64, 0.0f64, 0.0f64);
    for label in labels {
        let lines = wrap_label(label, chars_for(text_max), 3);
        let entry_w = SAMPLE_W + SAMPLE_GAP + block_width(&lines);
        let entry_h = LINE_H * lines.len().max(1) as f64;
        if x > 0.0 && x + entry_w > width {
            x = 0.0;
            y += row_h + ROW_GAP;
            row_h = 0.0;
        }
        entries.push(LegendEntry { x, y, lines });
        x += entry_w + ENTRY_GAP;
        row_h = row_h.max(entry_h);
    }
    Legend { entries, height: y + row_h }
}

/// Draws a legend laid out by [`layout_legend`] at `origin`. `sample(canvas, index, left, middle)`
/// draws entry `index`'s marker/line sample in `left..left + SAMPLE_W`, centred on `middle`.
pub(crate) fn draw_legend(
    canvas: &Canvas,
    legend: &Legend,
    origin: (f64, f64),
    sample: impl Fn(&Canvas, usize, f64, f64),
) {
    for (i, entry) in legend.entries.iter().enumerate() {
        let (x, y) = (origin.0 + entry.x, origin.1 + entry.y);
        sample(canvas, i, x, y + LINE_H / 2.0);
        canvas.lines(&entry.lines, x + SAMPLE_W + SAMPLE_GAP, y, HPos::Left, ink());
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Rough structural checks on generated SVG, shared by the chart tests.

    use super::CHAR_W;

    /// All numeric values of attribute `name` (e.g. `x`, `cy`).
    pub(crate) fn attr_values(svg: &str, name: &str) -> Vec<f64> {
        let needle = format!(" {name}=\"");
        svg.match_indices(&needle)
            .filter_map(|(i, _)| {
                let rest = &svg[i + needle.len()..];
                rest[..rest.find('"')?].parse().ok()
            })
            .collect()
    }

    /// Root `width`/`height`.
    pub(crate) fn size(svg: &str) -> (f64, f64) {
        (attr_values(svg, "width")[0], attr_values(svg, "height")[0])
    }

    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
    }

    /// `(x, text-anchor, fill, content)` of every `<text>` element.
    pub(crate) fn texts(svg: &str) -> Vec<(f64, String, String, String)> {
        let mut out = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find("<text ") {
            let tag_end = start + rest[start..].find('>').expect("unterminated text tag");
            let tag = &rest[start..tag_end];
            let close = tag_end + rest[tag_end..].find("</text>").expect("unclosed text");
            let content = unescape(rest[tag_end + 1..close].trim());
            let attr = |name: &str| {
                let needle = format!(" {name}=\"");
                let i = tag.find(&needle).map(|i| i + needle.len()).unwrap_or(0);
                tag[i..i + tag[i..].find('"').unwrap_or(0)].to_string()
            };
            out.push((attr("x").parse().unwrap_or(f64::NAN), attr("text-anchor"), attr("fill"), content));
            rest = &rest[close + 7..];
        }
        out
    }

    /// Basic well-formedness and the CSP/colour rules.
    pub(crate) fn assert_clean(svg: &str) {
        assert!(svg.starts_with("<svg "), "{svg}");
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches("<svg").count(), 1);
        assert!(!svg.contains("style="), "style attribute in output");
        assert!(!svg.contains("#010203"), "sentinel colour left in output");
        assert!(!svg.to_lowercase().contains("<script"));
        assert!(!svg.contains("=\"NaN") && !svg.contains("inf\""), "non-finite number in output");
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        for size in attr_values(svg, "font-size") {
            assert!(size >= 12.0, "font-size {size} below 12 px");
        }
        for (_, _, fill, _) in texts(svg) {
            assert!(fill == "currentColor" || fill == "#FFFFFF", "text fill {fill}");
        }
    }

    /// Every coordinate lies inside the drawing and every text's estimated extent too.
    pub(crate) fn assert_inside(svg: &str) {
        let (w, h) = size(svg);
        for name in ["x", "x1", "x2", "cx"] {
            for v in attr_values(svg, name) {
                assert!((0.0..=w).contains(&v), "{name}={v} outside 0..={w}");
            }
        }
        for name in ["y", "y1", "y2", "cy"] {
            for v in attr_values(svg, name) {
                assert!((0.0..=h).contains(&v), "{name}={v} outside 0..={h}");
            }
        }
        let needle = " points=\"";
        for (i, _) in svg.match_indices(needle) {
            let rest = &svg[i + needle.len()..];
            for pair in rest[..rest.find('"').unwrap()].split_whitespace() {
                let (x, y) = pair.split_once(',').unwrap();
                let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
                assert!((-1.0..=w + 1.0).contains(&x) && (-1.0..=h + 1.0).contains(&y), "point {x},{y}");
            }
        }
        for (x, anchor, _, content) in texts(svg) {
            let tw = content.chars().count() as f64 * CHAR_W;
            let (left, right) = match anchor.as_str() {
                "start" => (x, x + tw),
                "end" => (x - tw, x),
                _ => (x - tw / 2.0, x + tw / 2.0),
            };
            assert!(left >= -0.5 && right <= w + 0.5, "text {content:?} spans {left}..{right}, width {w}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;

    #[test]
    fn text_is_current_color_and_escaped() {
        let svg = render(300.0, 100.0, |c| {
            c.text("<b>\"x\" & 'y'</b>", (10.0, 10.0), HPos::Left, VPos::Top, ink());
            c.text("weiß", (10.0, 40.0), HPos::Left, VPos::Top, WHITE.to_rgba());
        });
        assert_clean(&svg);
        assert!(svg.contains("&lt;b&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/b&gt;"));
        assert!(svg.contains("fill=\"currentColor\""));
        assert!(svg.contains("fill=\"#FFFFFF\""));
        assert!(svg.contains("font-size=\"12.5\""));
        assert!(svg.contains("font-family=\"sans-serif\""));
    }

    #[test]
    fn a_dashed_line_is_one_element_with_its_colour_and_dash_array() {
        let peer = PEER.mix(0.5);
        let svg = render(300.0, 100.0, |c| {
            c.dashed(&[(0.0, 50.0), (100.0, 50.0)], TARGET.to_rgba(), 2, 7.0, 4.0);
            c.dashed(&[(0.0, 60.0), (100.0, 60.0), (100.0, 90.0)], peer, 2, 2.0, 3.0);
            c.dashed(&[(0.0, 70.0), (100.0, 70.0)], TARGET.to_rgba(), 2, 7.0, 4.0);
        });
        assert_eq!(svg.matches("<polyline").count(), 3, "{svg}");
        assert_eq!(svg.matches(r##"stroke="#222222" stroke-dasharray="7 4""##).count(), 2, "{svg}");
        assert_eq!(svg.matches(r##"stroke="#8A4B08" stroke-dasharray="2 3""##).count(), 1, "{svg}");
        assert!(svg.contains(r#"opacity="0.5""#), "the colour's alpha is kept: {svg}");
        assert!(!svg.contains("#0301"), "no sentinel colour is left: {svg}");
    }

    #[test]
    fn an_invalid_dash_pattern_draws_a_solid_line() {
        let whole = render(300.0, 100.0, |c| c.dashed(&[(0.0, 50.0), (100.0, 50.0)], ink(), 2, f64::NAN, 4.0));
        assert_eq!(whole.matches("<polyline").count(), 1);
        assert!(!whole.contains("dasharray"));
    }

    #[test]
    fn beyond_nine_dash_styles_lines_fall_back_to_solid_pieces() {
        let svg = render(300.0, 200.0, |c| {
            for i in 0..10 {
                let y = 10.0 + 15.0 * f64::from(i);
                c.dashed(&[(0.0, y), (100.0, y)], TARGET.to_rgba(), 2, 6.0 + f64::from(i), 4.0);
            }
        });
        assert_eq!(svg.matches("stroke-dasharray").count(), 9, "{svg}");
        assert!(svg.matches("<polyline").count() > 10, "the tenth style is drawn in pieces: {svg}");
        assert!(!svg.contains("#0301"), "{svg}");
    }

    #[test]
    fn non_finite_coordinates_do_not_panic() {
        let svg = render(f64::NAN, f64::INFINITY, |c| {
            c.path(&[(f64::NAN, 0.0), (f64::INFINITY, 3.0)], ink(), 1);
            c.circle_outline((1.0, 1.0), f64::NAN, ink());
            c.polygon(&[(0.0, 0.0), (f64::NAN, 1.0), (2.0, 2.0)], ink());
        });
        assert!(svg.starts_with("<svg"));
    }

    #[test]
    fn legend_wraps_into_rows_within_the_width() {
        let labels = ["Musterhausen", "Ziel", "Vergleichsgruppe: Median und mittlere 50 %"];
        let wide = layout_legend(&labels, 752.0);
        assert!(wide.entries.iter().all(|e| e.y == 0.0), "one row at 760");
        let narrow = layout_legend(&labels, 292.0);
        assert!(narrow.entries[2].y > 0.0);
        for e in &narrow.entries {
            assert!(e.x + SAMPLE_W + SAMPLE_GAP + block_width(&e.lines) <= 292.0);
        }
        assert!(narrow.height > wide.height);
        let empty = layout_legend(&[], 300.0);
        assert_eq!(empty.height, 0.0);
    }
}
