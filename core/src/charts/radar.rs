//! Radar chart of the dimension levels: own values, targets and the peer group on a 0–4 scale.

use plotters::prelude::Color;
use plotters::style::text_anchor::{HPos, VPos};

use super::draw::{
    block_width, chars_for, chart_width, closed, draw_legend, ink, layout_legend, level, render, Canvas, Legend,
    BAND_ALPHA, GRID_ALPHA, LINE_H, MARGIN, OWN, OWN_FILL_ALPHA, PEER, SAMPLE_W, SCALE_MAX, SCENARIO, TARGET, WHITE,
};
use super::geometry::{radar_point, radar_points, wrap_label};
use super::PeerBand;

/// One spoke of the radar (a dimension).
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    pub label: String,
    /// Own level 0–4; `None` when not (yet) assessed: no marker, and no own polygon.
    pub own: Option<f64>,
    /// The second series (the target, or on „Verlauf“ the earlier assessment); `None` where it
    /// has no value: no marker there, and no polygon (never drawn as 0).
    pub target: Option<f64>,
    pub peer: Option<PeerBand>,
    /// The level in the „Was wäre, wenn“ scenario; drawn only with a `scenario_label`.
    pub scenario: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RadarInput {
    pub axes: Vec<RadarAxis>,
    /// The municipality's name (legend label of the own series).
    pub own_label: String,
    pub target_label: String,
    /// Legend label of the peer series; `None` hides the peer series entirely.
    pub peer_label: Option<String>,
    /// Legend label of the scenario series; `None` hides it.
    pub scenario_label: Option<String>,
    /// Drawing width, clamped to 300..=760; the height follows from the layout.
    pub width: u32,
}

/// Horizontal and vertical distance between the outer ring and an axis label.
const LABEL_GAP_X: f64 = 6.0;
const LABEL_GAP_Y: f64 = 10.0;
/// |sin| / |cos| of an axis direction below which a label is centred on it.
const CENTRED: f64 = 0.25;
/// Room kept around the outer ring for markers.
const MARKER_ROOM: f64 = 8.0;

struct AxisLabel {
    lines: Vec<String>,
    /// Anchor x and top y of the text block.
    x: f64,
    top: f64,
    h_pos: HPos,
}

struct Layout {
    width: f64,
    height: f64,
    center: (f64, f64),
    radius: f64,
    labels: Vec<AxisLabel>,
    legend: Legend,
    legend_top: f64,
}

fn legend_labels(input: &RadarInput) -> Vec<&str> {
    legend_series(input).into_iter().map(|(label, _)| label).collect()
}

#[derive(Clone, Copy)]
enum Series {
    Own,
    Target,
    Peer,
    Scenario,
}

/// The legend's entries in order, with the series each stands for.
fn legend_series(input: &RadarInput) -> Vec<(&str, Series)> {
    let mut series = vec![(input.own_label.as_str(), Series::Own), (input.target_label.as_str(), Series::Target)];
    if let Some(peer) = input.peer_label.as_deref() {
        series.push((peer, Series::Peer));
    }
    if let Some(scenario) = input.scenario_label.as_deref() {
        series.push((scenario, Series::Scenario));
    }
    series
}

/// Vertical extent of a text block of height `h` whose anchor is at `y` on an axis pointing `dir_y`.
fn block_top(y: f64, dir_y: f64, h: f64) -> f64 {
    if dir_y < -CENTRED {
        y - h
    } else if dir_y > CENTRED {
        y
    } else {
        y - h / 2.0
    }
}

/// Horizontal offsets `(left, right)` of a label block relative to its anchor.
fn block_span(h_pos: &HPos, w: f64) -> (f64, f64) {
    match h_pos {
        HPos::Left => (0.0, w),
        HPos::Right => (-w, 0.0),
        HPos::Center => (-w / 2.0, w / 2.0),
    }
}

fn layout(input: &RadarInput) -> Layout {
    let width = chart_width(input.width);
    let n = input.axes.len();
    let dirs: Vec<(f64, f64)> = (0..n).map(|i| radar_point(i, n, 1.0, 1.0, (0.0, 0.0), 1.0)).collect();
    let wrapped: Vec<(Vec<String>, HPos)> = input
        .axes
        .iter()
        .zip(&dirs)
        .map(|(axis, dir)| {
            if dir.0.abs() <= CENTRED {
                let lines = wrap_label(&axis.label, chars_for((width * 0.6).min(width - 2.0 * MARGIN)), 2);
                (lines, HPos::Center)
            } else {
                let lines = wrap_label(&axis.label, chars_for(width * 0.26), 3);
                (lines, if dir.0 > 0.0 { HPos::Left } else { HPos::Right })
            }
        })
        .collect();
    let spans: Vec<(f64, f64)> = wrapped.iter().map(|(lines, h_pos)| block_span(h_pos, block_width(lines))).collect();

    // Horizontal extent (relative to the centre) of rings, markers and labels at radius `r`.
    let extent = |r: f64| {
        let ring = if n >= 3 { 0.0 } else { r };
        let (mut lo, mut hi) = (-ring - MARKER_ROOM, ring + MARKER_ROOM);
        for (dir, span) in dirs.iter().zip(&spans) {
            lo = lo.min(r * dir.0 - MARKER_ROOM).min((r + LABEL_GAP_X) * dir.0 + span.0);
            hi = hi.max(r * dir.0 + MARKER_ROOM).max((r + LABEL_GAP_X) * dir.0 + span.1);
        }
        (lo, hi)
    };
    let fits = |r: f64| {
        let (lo, hi) = extent(r);
        hi - lo <= width - 2.0 * MARGIN
    };
    // Largest radius (bisection; the extent grows with r) that keeps everything inside; the
    // group is then centred, so a wide label on one side need not cost space on the other.
    let (mut lo, mut hi) = (24.0, width * 0.34);
    let radius = if fits(hi) {
        hi
    } else {
        for _ in 0..40 {
            let mid = (lo + hi) / 2.0;
            if fits(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lo
    };
    let (ext_lo, ext_hi) = extent(radius);
    let cx = (width - ext_hi - ext_lo) / 2.0;

    // Vertical extent relative to the centre.
    let mut top_ext = radius + MARKER_ROOM;
    let mut bottom_ext = radius + MARKER_ROOM;
    for ((lines, _), dir) in wrapped.iter().zip(&dirs) {
        let h = LINE_H * lines.len() as f64;
        let top = block_top((radius + LABEL_GAP_Y) * dir.1, dir.1, h);
        top_ext = top_ext.max(-top);
        bottom_ext = bottom_ext.max(top + h);
    }
    let center = (cx, MARGIN + top_ext);
    let labels = wrapped
        .into_iter()
        .zip(&dirs)
        .map(|((lines, h_pos), dir)| {
            let h = LINE_H * lines.len() as f64;
            AxisLabel {
                x: center.0 + (radius + LABEL_GAP_X) * dir.0,
                top: center.1 + block_top((radius + LABEL_GAP_Y) * dir.1, dir.1, h),
                lines,
                h_pos,
            }
        })
        .collect();
    let legend = layout_legend(&legend_labels(input), width - 2.0 * MARGIN);
    let legend_top = center.1 + bottom_ext + 12.0;
    let height = legend_top + legend.height + MARGIN;
    Layout { width, height, center, radius, labels, legend, legend_top }
}

/// Radar chart (scale 0–4) as an SVG string. See the module rules in `charts/mod.rs`.
pub fn radar(input: &RadarInput) -> String {
    let l = layout(input);
    let n = input.axes.len();
    let (center, radius) = (l.center, l.radius);
    let scale = |values: &[f64]| radar_points(values, SCALE_MAX, center, radius);
    let show_peer = input.peer_label.is_some();
    let peers: Option<Vec<PeerBand>> = input.axes.iter().map(|a| a.peer).collect();
    let owns: Option<Vec<f64>> = input.axes.iter().map(|a| a.own).collect();
    let targets: Option<Vec<f64>> = input.axes.iter().map(|a| a.target).collect();

    render(l.width, l.height, |c| {
        // Peer interquartile band: one "keyhole" polygon, outer ring clockwise, inner ring
        // counter-clockwise, so the inside stays empty under any fill rule.
        if let (true, Some(peers)) = (show_peer, &peers) {
            if n >= 3 {
                let lo: Vec<f64> = peers.iter().map(|p| level(p.q1).min(level(p.q3))).collect();
                let hi: Vec<f64> = peers.iter().map(|p| level(p.q1).max(level(p.q3))).collect();
                let mut ring = closed(&scale(&hi));
                let inner = scale(&lo);
                ring.push(inner[0]);
                ring.extend(inner.iter().skip(1).rev());
                ring.push(inner[0]);
                c.polygon(&ring, ink().mix(BAND_ALPHA));
            }
        }

        // Grid: rings at 1–4 (polygons, or circles with fewer than three axes), spokes, ring labels.
        let grid = ink().mix(GRID_ALPHA);
        for k in 1..=4 {
            let r = radius * f64::from(k) / SCALE_MAX;
            if n >= 3 {
                c.closed_path(&scale(&vec![f64::from(k); n]), grid, 1);
            } else {
                c.circle_outline(center, r, grid);
            }
        }
        for i in 0..n {
            c.path(&[center, radar_point(i, n, SCALE_MAX, SCALE_MAX, center, radius)], grid, 1);
        }
        for k in 1..=4 {
            let r = radius * f64::from(k) / SCALE_MAX;
            c.text(&k.to_string(), (center.0 - 6.0, center.1 - r - 2.0), HPos::Right, VPos::Center, ink());
        }

        if let (Some(owns), true) = (&owns, n >= 3) {
            let own: Vec<f64> = owns.iter().map(|&v| level(v)).collect();
            c.polygon(&scale(&own), OWN.mix(OWN_FILL_ALPHA));
        }

        // Target: dashed polygon with square markers.
        if let (Some(targets), true) = (&targets, n >= 2) {
            let targets: Vec<f64> = targets.iter().map(|&v| level(v)).collect();
            c.dashed(&closed(&scale(&targets)), TARGET.to_rgba(), 2, 7.0, 4.0);
        }
        for (i, axis) in input.axes.iter().enumerate() {
            if let Some(v) = axis.target {
                c.square(radar_point(i, n, level(v), SCALE_MAX, center, radius), 3.5, TARGET.to_rgba());
            }
        }

        // Peer median: dotted polygon with triangle markers.
        if show_peer {
            if let (Some(peers), true) = (&peers, n >= 2) {
                let median: Vec<f64> = peers.iter().map(|p| level(p.median)).collect();
                c.dashed(&closed(&scale(&median)), PEER.to_rgba(), 2, 2.0, 3.0);
            }
            for (i, axis) in input.axes.iter().enumerate() {
                if let Some(peer) = axis.peer {
                    let p = radar_point(i, n, level(peer.median), SCALE_MAX, center, radius);
                    c.triangle(p, 6, PEER.to_rgba());
                }
            }
        }

        // Scenario: a solid green line with diamond markers, under the own values.
        if input.scenario_label.is_some() {
            let scenarios: Option<Vec<f64>> = input.axes.iter().map(|a| a.scenario.map(level)).collect();
            if let (Some(values), true) = (&scenarios, n >= 2) {
                c.closed_path(&scale(values), SCENARIO.to_rgba(), 2);
            }
            for (i, axis) in input.axes.iter().enumerate() {
                if let Some(v) = axis.scenario {
                    let p = radar_point(i, n, level(v), SCALE_MAX, center, radius);
                    c.diamond(p, 7.0, WHITE.to_rgba());
                    c.diamond(p, 5.0, SCENARIO.to_rgba());
                }
            }
        }

        // Own values: solid dark line with filled circles on top.
        if let (Some(owns), true) = (&owns, n >= 2) {
            let own: Vec<f64> = owns.iter().map(|&v| level(v)).collect();
            c.closed_path(&scale(&own), OWN.to_rgba(), 3);
        }
        for (i, axis) in input.axes.iter().enumerate() {
            if let Some(v) = axis.own {
                c.circle(radar_point(i, n, level(v), SCALE_MAX, center, radius), 4, OWN.to_rgba());
            }
        }

        for label in &l.labels {
            c.lines(&label.lines, label.x, label.top, label.h_pos, ink());
        }

        let series = legend_series(input);
        draw_legend(c, &l.legend, (MARGIN, l.legend_top), |c, i, x, y| legend_sample(c, series[i].1, x, y));
    })
}

fn legend_sample(c: &Canvas, series: Series, x: f64, y: f64) {
    let line = [(x, y), (x + SAMPLE_W, y)];
    let mid = (x + SAMPLE_W / 2.0, y);
    match series {
        Series::Own => {
            c.fill_rect((x, y - 7.0), (x + SAMPLE_W, y + 7.0), OWN.mix(OWN_FILL_ALPHA));
            c.path(&line, OWN.to_rgba(), 3);
            c.circle(mid, 4, OWN.to_rgba());
        }
        Series::Target => {
            c.dashed(&line, TARGET.to_rgba(), 2, 7.0, 4.0);
            c.square(mid, 3.5, TARGET.to_rgba());
        }
        Series::Scenario => {
            c.path(&line, SCENARIO.to_rgba(), 2);
            c.diamond(mid, 5.0, SCENARIO.to_rgba());
        }
        Series::Peer => {
            c.fill_rect((x, y - 7.0), (x + SAMPLE_W, y + 7.0), ink().mix(BAND_ALPHA));
            c.dashed(&line, PEER.to_rgba(), 2, 2.0, 3.0);
            c.triangle(mid, 6, PEER.to_rgba());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::draw::test_support::*;
    use super::*;
    use proptest::prelude::*;

    fn axis(label: &str, own: Option<f64>, target: f64, peer: Option<(f64, f64, f64)>) -> RadarAxis {
        RadarAxis {
            label: label.to_string(),
            own,
            target: Some(target),
            peer: peer.map(|(q1, median, q3)| PeerBand { q1, median, q3 }),
            scenario: None,
        }
    }

    fn sample(width: u32) -> RadarInput {
        RadarInput {
            axes: vec![
                axis("Open Source & digitale Souveränität", Some(2.5), 3.0, Some((1.0, 1.5, 2.25))),
                axis("Cybersicherheit", Some(1.75), 3.0, Some((1.5, 2.0, 2.5))),
                axis("Open Data", Some(0.5), 2.0, Some((0.25, 0.75, 1.5))),
                axis("Kompetenz & Organisation", Some(3.25), 3.0, Some((1.0, 2.0, 3.0))),
            ],
            own_label: "Musterhausen".into(),
            target_label: "Ziel".into(),
            peer_label: Some("Vergleichsgruppe: Median und mittlere 50 %".into()),
            scenario_label: None,
            width,
        }
    }

    /// `<circle>` elements filled with the own colour, minus the legend's one.
    fn own_markers(svg: &str) -> usize {
        let filled =
            svg.split("<circle ").skip(1).filter(|c| c.split("/>").next().unwrap().contains("fill=\"#1D4F91\""));
        filled.count() - 1
    }

    #[test]
    fn one_own_marker_per_axis_with_a_value() {
        let mut input = sample(520);
        let svg = radar(&input);
        assert_eq!(own_markers(&svg), 4);
        assert!(svg.matches("fill=\"#1D4F91\"").count() >= 5);
        input.axes[1].own = None;
        input.axes[3].own = None;
        let svg = radar(&input);
        assert_eq!(own_markers(&svg), 2);
        // no own polygon: only the legend's solid own line remains, and no own fill polygon
        assert_eq!(svg.matches("stroke=\"#1D4F91\" stroke-width=\"3\"").count(), 1);
        assert_eq!(svg.matches("fill=\"#1D4F91\" points=").count(), 0);
    }

    #[test]
    fn own_polygon_and_fill_when_all_axes_have_values() {
        let svg = radar(&sample(520));
        assert_eq!(svg.matches("stroke=\"#1D4F91\" stroke-width=\"3\"").count(), 2);
        assert!(svg.contains("opacity=\"0.15\" fill=\"#1D4F91\" points="));
    }

    #[test]
    fn a_missing_second_value_gets_no_marker_and_no_polygon() {
        let mut input = sample(520);
        input.axes[1].target = None;
        let svg = radar(&input);
        // 3 squares + legend; only the legend sample is dashed
        assert_eq!(svg.matches("fill=\"#222222\" stroke=\"none\"").count(), 3 + 1);
        let target_dashes = svg.matches("stroke=\"#222222\" stroke-dasharray=\"7 4\" stroke-width=\"2\"").count();
        assert_eq!(target_dashes, 1, "{svg}");
    }

    #[test]
    fn series_have_distinct_markers_and_line_styles() {
        let svg = radar(&sample(520));
        // target: 4 squares + legend, a dashed polygon + legend sample
        assert_eq!(svg.matches("fill=\"#222222\" stroke=\"none\"").count(), 4 + 1);
        let target_dashes = svg.matches("stroke=\"#222222\" stroke-dasharray=\"7 4\" stroke-width=\"2\"").count();
        assert_eq!(target_dashes, 1 + 1, "{svg}");
        // peer: dotted median polygon + legend sample, and 4 + 1 triangles
        let peer_dots = svg.matches("stroke=\"#8A4B08\" stroke-dasharray=\"2 3\" stroke-width=\"2\"").count();
        assert_eq!(peer_dots, 1 + 1, "{svg}");
        let triangles = svg
            .match_indices("fill=\"#8A4B08\" points=\"")
            .filter(|(i, _)| svg[*i..].split('"').nth(3).unwrap().split_whitespace().count() == 3)
            .count();
        assert_eq!(triangles, 5);
        // the band is one keyhole polygon: 4 outer + 1 + 4 inner + 1 = 10 points
        let band = svg.split("opacity=\"0.14\" fill=\"currentColor\" points=\"").nth(1).unwrap();
        assert_eq!(band.split('"').next().unwrap().split_whitespace().count(), 10);
    }

    #[test]
    fn no_peer_series_without_peer_label() {
        let mut input = sample(400);
        input.peer_label = None;
        let svg = radar(&input);
        assert!(!svg.contains("#8A4B08"));
        assert!(!svg.contains("opacity=\"0.14\""));
        assert!(!svg.contains("Vergleichsgruppe"));
    }

    #[test]
    fn grid_rings_and_labels() {
        let svg = radar(&sample(400));
        let contents: Vec<String> = texts(&svg).into_iter().map(|t| t.3).collect();
        for k in ["1", "2", "3", "4"] {
            assert!(contents.iter().any(|c| c == k), "ring label {k}");
        }
        for part in ["Cybersicherheit", "Open Data", "Musterhausen", "Ziel"] {
            assert!(contents.iter().any(|c| c == part), "label {part}: {contents:?}");
        }
        // axis 0 label is centred above, axis 1 starts right of the ring, axis 3 ends left of it
        let find = |s: &str| texts(&svg).into_iter().find(|t| t.3.contains(s)).unwrap();
        assert_eq!(find("Open Source").1, "middle");
        assert_eq!(find("Cybersicherheit").1, "start");
        assert_eq!(find("Organisation").1, "end");
        // 4 grid rings
        assert_eq!(svg.matches("opacity=\"0.4\" stroke=\"currentColor\"").count(), 4 + 4);
    }

    #[test]
    fn labels_are_escaped() {
        let mut input = sample(400);
        input.own_label = "<script>alert(\"x\")</script>".into();
        input.axes[0].label = "<script>alert('y')</script> & Co".into();
        let svg = radar(&input);
        assert_clean(&svg);
        assert!(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
        assert!(svg.contains("&amp; Co"));
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn fits_at_narrow_and_wide_widths() {
        for width in [300, 320, 400, 520, 640, 760] {
            let svg = radar(&sample(width));
            assert_clean(&svg);
            assert_inside(&svg);
            let (w, h) = size(&svg);
            assert_eq!(w, f64::from(width));
            assert!(h > w * 0.5 && h < w * 1.3, "height {h} at {width}");
        }
        // out-of-range widths are clamped
        assert_eq!(size(&radar(&sample(100))).0, 300.0);
        assert_eq!(size(&radar(&sample(5000))).0, 760.0);
    }

    #[test]
    fn radius_stays_usable_on_phones() {
        let l = layout(&sample(300));
        assert!(l.radius >= 65.0, "radius {}", l.radius);
        let l = layout(&sample(760));
        assert!(l.radius >= 220.0, "radius {}", l.radius);
    }

    #[test]
    fn empty_and_degenerate_inputs() {
        let mut input = sample(300);
        input.axes.clear();
        for width in [300, 760] {
            input.width = width;
            let svg = radar(&input);
            assert_clean(&svg);
            assert_inside(&svg);
        }
        let weird = RadarInput {
            axes: vec![
                axis("", Some(f64::NAN), f64::INFINITY, Some((f64::NAN, 9.0, -3.0))),
                axis(&"Sehr langer Achsenname ".repeat(6), Some(-2.0), 7.0, None),
            ],
            own_label: String::new(),
            target_label: "x".repeat(120),
            peer_label: Some(String::new()),
            scenario_label: None,
            width: 300,
        };
        let svg = radar(&weird);
        assert_clean(&svg);
        assert_inside(&svg);
        for n in [1, 3, 5, 8, 12] {
            let mut input = sample(300);
            input.axes = (0..n).map(|i| input.axes[i % 4].clone()).collect();
            let svg = radar(&input);
            assert_clean(&svg);
            assert_inside(&svg);
            assert_eq!(own_markers(&svg), n);
        }
    }

    #[test]
    fn deterministic() {
        assert_eq!(radar(&sample(480)), radar(&sample(480)));
    }

    #[test]
    fn the_scenario_is_a_fourth_series_only_with_its_label() {
        let mut input = sample(760);
        for (i, a) in input.axes.iter_mut().enumerate() {
            a.scenario = Some(1.0 + i as f64 * 0.5);
        }
        let without = radar(&input);
        assert!(!without.contains("#1A6E37"), "no scenario without its label");
        input.scenario_label = Some("Im Szenario".into());
        let with = radar(&input);
        assert_eq!(
            with.matches("#1A6E37").count(),
            1 + input.axes.len() + 2,
            "line, one marker per axis, legend line and marker"
        );
        assert!(with.contains("Im Szenario"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn arbitrary_inputs_give_valid_svg(
            values in prop::collection::vec((-2.0f64..6.0, any::<bool>(), "\\PC{0,60}"), 0..9),
            width in 250u32..900,
        ) {
            let input = RadarInput {
                axes: values
                    .iter()
                    .map(|(v, has, label)| axis(label, has.then_some(*v), 4.0 - v, Some((v - 1.0, *v, v + 1.0))))
                    .collect(),
                own_label: "Musterhausen".into(),
                target_label: "Ziel".into(),
                peer_label: Some("Vergleichsgruppe".into()),
                scenario_label: None,
                width,
            };
            let svg = radar(&input);
            assert_clean(&svg);
            assert_inside(&svg);
            prop_assert_eq!(own_markers(&svg), values.iter().filter(|v| v.1).count());
        }
    }
}
