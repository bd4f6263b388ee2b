//! Horizontal bar charts on the 0–4 scale: gaps to target (with the peer gap) and the
//! per-dimension detail of category levels (with target tick and peer box).

use plotters::prelude::Color;
use plotters::style::text_anchor::{HPos, VPos};

use super::draw::{
    chars_for, chart_width, draw_legend, ink, label_column_width, layout_legend, level, render, row_height, text_width,
    Canvas, Legend, BAND_ALPHA, LINE_H, MARGIN, OWN, PEER, SAMPLE_W, SCALE_MAX, TARGET, WHITE,
};
use super::geometry::wrap_label;
use super::PeerBand;

/// One category's gap to its target.
#[derive(Clone, Debug, PartialEq)]
pub struct GapBarRow {
    pub label: String,
    /// Gap (target − level) on the 0–4 scale; clamped, NaN drawn as 0.
    pub gap: f64,
    /// The peer group's median gap; shown only when the input has a `peer_label`.
    pub peer_gap: Option<f64>,
    /// Formatted gap printed at the bar end, e.g. "1,5".
    pub value_label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GapBarsInput {
    /// Rows in display order (the caller sorts them).
    pub rows: Vec<GapBarRow>,
    /// Legend label of the bars, e.g. "Lücke zum Ziel".
    pub gap_label: String,
    /// Legend label of the peer markers; `None` hides them.
    pub peer_label: Option<String>,
    /// Drawing width, clamped to 300..=760; the height grows with the rows.
    pub width: u32,
}

/// One category of a dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryBarRow {
    pub label: String,
    /// Own level 0–4; `None`: no bar (the caller passes a "–"-style value label).
    pub level: Option<f64>,
    pub target: f64,
    /// Peer quartiles; shown only when the input has a `peer_label`.
    pub peer: Option<PeerBand>,
    pub value_label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CategoryBarsInput {
    pub rows: Vec<CategoryBarRow>,
    pub own_label: String,
    pub target_label: String,
    /// Legend label of the peer box; `None` hides the peer boxes.
    pub peer_label: Option<String>,
    pub width: u32,
}

/// Grid-line opacity of the bar charts (lighter than the radar's rings).
const GRID_ALPHA: f64 = 0.25;

/// Row positions and the value scale shared by both bar charts.
struct Frame {
    width: f64,
    height: f64,
    /// Value axis from 0 (x0) to 4 (x1).
    x0: f64,
    x1: f64,
    /// (label lines, top, height) per row.
    rows: Vec<(Vec<String>, f64, f64)>,
    rows_top: f64,
    axis_y: f64,
    legend: Legend,
    legend_top: f64,
}

impl Frame {
    /// `right_extra`: room right of the scale's end before the value label (markers, gap).
    fn new(
        labels: &[&str],
        value_labels: &[&str],
        legend: &[&str],
        width: u32,
        min_row: f64,
        right_extra: f64,
    ) -> Self {
        let width = chart_width(width);
        let label_w = label_column_width(width);
        let value_w = value_labels.iter().map(|l| text_width(l)).fold(0.0, f64::max).min(width * 0.2);
        let x0 = MARGIN + label_w + 8.0;
        let x1 = width - MARGIN - value_w - right_extra;
        let rows_top = MARGIN;
        let mut top = rows_top;
        let rows = labels
            .iter()
            .map(|label| {
                let lines = wrap_label(label, chars_for(label_w), 3);
                let h = row_height(lines.len(), min_row);
                let row = (lines, top, h);
                top += h;
                row
            })
            .collect();
        let axis_y = top + 2.0;
        let legend = layout_legend(legend, width - 2.0 * MARGIN);
        let legend_top = axis_y + 6.0 + LINE_H + 12.0;
        let height = legend_top + legend.height + MARGIN;
        Frame { width, height, x0, x1, rows, rows_top, axis_y, legend, legend_top }
    }

    fn x(&self, value: f64) -> f64 {
        self.x0 + level(value) / SCALE_MAX * (self.x1 - self.x0)
    }

    /// Row labels, vertical grid lines, the baseline and the 0–4 axis with ticks.
    fn draw_axes(&self, c: &Canvas) {
        for (lines, top, h) in &self.rows {
            let block = LINE_H * lines.len() as f64;
            c.lines(lines, MARGIN, top + (h - block) / 2.0, HPos::Left, ink());
        }
        for k in 1..=4 {
            let x = self.x(f64::from(k));
            c.path(&[(x, self.rows_top), (x, self.axis_y)], ink().mix(GRID_ALPHA), 1);
        }
        c.path(&[(self.x0, self.rows_top), (self.x0, self.axis_y)], ink(), 1);
        c.path(&[(self.x0, self.axis_y), (self.x1, self.axis_y)], ink(), 1);
        for k in 0..=4 {
            let x = self.x(f64::from(k));
            c.path(&[(x, self.axis_y), (x, self.axis_y + 4.0)], ink(), 1);
            c.text(&k.to_string(), (x, self.axis_y + 6.0), HPos::Center, VPos::Top, ink());
        }
    }
}

fn peer_diamond(c: &Canvas, at: (f64, f64)) {
    c.diamond(at, 8.5, WHITE.to_rgba());
    c.diamond(at, 6.0, PEER.to_rgba());
}

/// Horizontal bars of the gaps to target, one row per category, in the given order.
pub fn gap_bars(input: &GapBarsInput) -> String {
    let labels: Vec<&str> = input.rows.iter().map(|r| r.label.as_str()).collect();
    let values: Vec<&str> = input.rows.iter().map(|r| r.value_label.as_str()).collect();
    let mut legend = vec![input.gap_label.as_str()];
    legend.extend(input.peer_label.as_deref());
    let show_peer = input.peer_label.is_some();
    let f = Frame::new(&labels, &values, &legend, input.width, 28.0, 7.0 + 5.0);

    render(f.width, f.height, |c| {
        f.draw_axes(c);
        for (row, (_, top, h)) in input.rows.iter().zip(&f.rows) {
            let mid = top + h / 2.0;
            let end = f.x(row.gap);
            if end - f.x0 >= 0.5 {
                c.fill_rect((f.x0, mid - 7.0), (end, mid + 7.0), OWN.to_rgba());
            }
            let mut label_x = end;
            if let (true, Some(peer)) = (show_peer, row.peer_gap) {
                let px = f.x(peer);
                peer_diamond(c, (px, mid));
                label_x = label_x.max(px + 7.0);
            }
            c.text(&row.value_label, (label_x + 5.0, mid), HPos::Left, VPos::Center, ink());
        }
        draw_legend(c, &f.legend, (MARGIN, f.legend_top), |c, i, x, y| {
            if i == 0 {
                c.fill_rect((x, y - 6.0), (x + SAMPLE_W, y + 6.0), OWN.to_rgba());
            } else {
                peer_diamond(c, (x + SAMPLE_W / 2.0, y));
            }
        });
    })
}

/// Target: a short vertical dark tick with a square cap, on a white halo so it stays
/// distinct where it crosses a bar.
fn target_tick(c: &Canvas, x: f64, mid: f64, half: f64) {
    c.path(&[(x, mid - half), (x, mid + half)], WHITE.to_rgba(), 4);
    c.path(&[(x, mid - half), (x, mid + half)], TARGET.to_rgba(), 2);
    c.square((x, mid - half), 3.0, TARGET.to_rgba());
}

/// Peer interquartile range as a light band (a background, drawn first).
fn peer_band(c: &Canvas, q1: f64, q3: f64, mid: f64, half: f64) {
    c.fill_rect((q1, mid - half), (q3, mid + half), ink().mix(BAND_ALPHA));
}

/// Peer median: a brown stroke on a white halo with a triangle below.
fn peer_median(c: &Canvas, x: f64, mid: f64, half: f64) {
    c.path(&[(x, mid - half), (x, mid + half)], WHITE.to_rgba(), 5);
    c.path(&[(x, mid - half), (x, mid + half)], PEER.to_rgba(), 3);
    c.triangle((x, mid + half + 2.0), 4, PEER.to_rgba());
}

/// Per-dimension detail: level bar, target tick and peer box per category.
pub fn category_bars(input: &CategoryBarsInput) -> String {
    let labels: Vec<&str> = input.rows.iter().map(|r| r.label.as_str()).collect();
    let values: Vec<&str> = input.rows.iter().map(|r| r.value_label.as_str()).collect();
    let mut legend = vec![input.own_label.as_str(), input.target_label.as_str()];
    legend.extend(input.peer_label.as_deref());
    let show_peer = input.peer_label.is_some();
    let f = Frame::new(&labels, &values, &legend, input.width, 32.0, 6.0 + 6.0);

    render(f.width, f.height, |c| {
        f.draw_axes(c);
        for (row, (_, top, h)) in input.rows.iter().zip(&f.rows) {
            let mid = top + h / 2.0;
            let mut label_x = f.x0;
            let peer = row.peer.filter(|_| show_peer).map(|p| {
                let (a, b) = (f.x(p.q1), f.x(p.q3));
                (a.min(b), f.x(p.median), a.max(b))
            });
            if let Some((q1, _, q3)) = peer {
                peer_band(c, q1, q3, mid, 10.0);
            }
            if let Some(value) = row.level {
                let end = f.x(value);
                if end - f.x0 >= 0.5 {
                    c.fill_rect((f.x0, mid - 6.0), (end, mid + 6.0), OWN.to_rgba());
                }
                label_x = label_x.max(end);
            }
            if let Some((_, median, q3)) = peer {
                peer_median(c, median, mid, 10.0);
                label_x = label_x.max(q3).max(median + 5.0);
            }
            let target = f.x(row.target);
            target_tick(c, target, mid, 12.0);
            label_x = label_x.max(target + 4.0);
            c.text(&row.value_label, (label_x + 6.0, mid), HPos::Left, VPos::Center, ink());
        }
        draw_legend(c, &f.legend, (MARGIN, f.legend_top), |c, i, x, y| match i {
            0 => c.fill_rect((x, y - 6.0), (x + SAMPLE_W, y + 6.0), OWN.to_rgba()),
            1 => target_tick(c, x + SAMPLE_W / 2.0, y + 1.0, 6.0),
            _ => {
                peer_band(c, x + 4.0, x + SAMPLE_W - 4.0, y - 1.0, 6.0);
                peer_median(c, x + SAMPLE_W / 2.0, y - 1.0, 6.0);
            }
        });
    })
}

#[cfg(test)]
mod tests {
    use super::super::draw::test_support::*;
    use super::*;
    use proptest::prelude::*;

    const CATEGORIES: [&str; 23] = [
        "Strategie & Grundsatzbeschluss",
        "Bestandsaufnahme & Abhängigkeiten",
        "Beschaffung",
        "Einsatz souveräner Lösungen",
        "Nachnutzung & Veröffentlichung",
        "Governance & Kooperation",
        "Strategie & Zuständigkeit",
        "Dateninventur & Priorisierung",
        "Veröffentlichung & Auffindbarkeit",
        "Lizenzen & Recht",
        "Qualität & Formate",
        "Nutzung & Wirkung",
        "Informationssicherheitsmanagement",
        "Datensicherung & Wiederherstellung",
        "Notfallmanagement",
        "Sensibilisierung",
        "Zugriffsschutz",
        "Digitalstrategie & Steuerung",
        "Rollen & Verantwortlichkeiten",
        "Digitale Basiskompetenzen der Beschäftigten",
        "Qualifizierung & Personalentwicklung",
        "Kooperation & Netzwerke",
        "Patch- und Schwachstellenmanagement",
    ];

    fn gap_input(width: u32) -> GapBarsInput {
        GapBarsInput {
            rows: CATEGORIES
                .iter()
                .enumerate()
                .map(|(i, label)| {
                    let gap = (23 - i) as f64 * 0.17;
                    GapBarRow {
                        label: label.to_string(),
                        gap,
                        peer_gap: (i % 3 != 0).then_some(gap * 0.7),
                        value_label: format!("{:.1}", gap).replace('.', ","),
                    }
                })
                .collect(),
            gap_label: "Lücke zum Ziel".into(),
            peer_label: Some("Lücke der Vergleichsgruppe (Median)".into()),
            width,
        }
    }

    fn category_input(width: u32) -> CategoryBarsInput {
        CategoryBarsInput {
            rows: CATEGORIES[..6]
                .iter()
                .enumerate()
                .map(|(i, label)| CategoryBarRow {
                    label: label.to_string(),
                    level: (i != 2).then_some(i as f64 * 0.75),
                    target: 3.0,
                    peer: Some(PeerBand { q1: 1.0, median: 1.5 + i as f64 * 0.25, q3: 2.5 }),
                    value_label: if i == 2 {
                        "–".into()
                    } else {
                        format!("{:.2}", i as f64 * 0.75).replace('.', ",")
                    },
                })
                .collect(),
            own_label: "Musterhausen".into(),
            target_label: "Ziel".into(),
            peer_label: Some("Vergleichsgruppe: Median und mittlere 50 %".into()),
            width,
        }
    }

    /// `y` of each text whose content is one of `wanted`, in document order.
    fn text_order<'a>(svg: &str, wanted: &[&'a str]) -> Vec<&'a str> {
        texts(svg).into_iter().filter_map(|t| wanted.iter().find(|w| **w == t.3).copied()).collect()
    }

    fn bars(svg: &str) -> Vec<(f64, f64)> {
        // filled own-colour rects: (y, width), legend sample included
        svg.split("<rect ")
            .skip(1)
            .filter(|r| r.contains("fill=\"#1D4F91\""))
            .map(|r| (attr_values(r, "y")[0], attr_values(r, "width")[0]))
            .collect()
    }

    #[test]
    fn gap_bars_keep_row_order_and_print_values() {
        let input = gap_input(520);
        let svg = gap_bars(&input);
        assert_clean(&svg);
        let firsts = ["Beschaffung", "Notfallmanagement", "Sensibilisierung", "Zugriffsschutz"];
        assert_eq!(text_order(&svg, &firsts), firsts);
        // bars get shorter row by row (gaps arrive sorted descending) and move down
        let b = bars(&svg);
        assert_eq!(b.len(), 23 + 1);
        for w in b[..23].windows(2) {
            assert!(w[1].0 > w[0].0 && w[1].1 <= w[0].1, "{w:?}");
        }
        let contents: Vec<String> = texts(&svg).into_iter().map(|t| t.3).collect();
        for row in &input.rows {
            assert!(contents.contains(&row.value_label), "{}", row.value_label);
        }
        // peer diamonds (halo + marker) for rows with a peer gap, plus the legend's
        let markers = svg.matches("fill=\"#8A4B08\" points=").count();
        assert_eq!(markers, input.rows.iter().filter(|r| r.peer_gap.is_some()).count() + 1);
        for tick in ["0", "1", "2", "3", "4"] {
            assert!(contents.iter().any(|c| c == tick));
        }
    }

    #[test]
    fn gap_bar_length_is_proportional() {
        let mut input = gap_input(500);
        input.rows.truncate(3);
        input.rows[0].gap = 4.0;
        input.rows[1].gap = 2.0;
        input.rows[2].gap = 0.0;
        let svg = gap_bars(&input);
        let b = bars(&svg);
        assert_eq!(b.len(), 2 + 1, "zero gap draws no bar");
        assert!((b[0].1 - 2.0 * b[1].1).abs() <= 1.0, "{b:?}");
        // the zero-gap row still prints its value label
        assert!(texts(&svg).iter().any(|t| t.3 == input.rows[2].value_label));
    }

    #[test]
    fn height_grows_with_rows() {
        let mut input = gap_input(600);
        let full = size(&gap_bars(&input)).1;
        input.rows.truncate(5);
        let five = size(&gap_bars(&input)).1;
        let per_row = (full - five) / 18.0;
        assert!((28.0..=35.0).contains(&per_row), "{per_row} px per row");
    }

    #[test]
    fn gap_bars_fit_at_all_widths_and_handle_edge_cases() {
        for width in [300, 360, 520, 760] {
            let svg = gap_bars(&gap_input(width));
            assert_clean(&svg);
            assert_inside(&svg);
        }
        for width in [300, 760] {
            let empty = GapBarsInput { rows: vec![], gap_label: String::new(), peer_label: None, width };
            let svg = gap_bars(&empty);
            assert_clean(&svg);
            assert_inside(&svg);
            assert_eq!(svg.matches("<rect").count(), 1, "only the legend sample");
        }
        let weird = GapBarsInput {
            rows: vec![
                GapBarRow {
                    label: "x".repeat(120),
                    gap: f64::NAN,
                    peer_gap: Some(f64::INFINITY),
                    value_label: "".into(),
                },
                GapBarRow { label: "".into(), gap: -3.0, peer_gap: Some(-1.0), value_label: "-3".into() },
                GapBarRow {
                    label: "<script>alert(1)</script>".into(),
                    gap: 9.0,
                    peer_gap: None,
                    value_label: "9".into(),
                },
            ],
            gap_label: "Lücke".into(),
            peer_label: Some("Peer".into()),
            width: 760,
        };
        for width in [300, 760] {
            let svg = gap_bars(&GapBarsInput { width, ..weird.clone() });
            assert_clean(&svg);
            assert_inside(&svg);
            assert!(svg.contains("&lt;script&gt;"));
        }
    }

    #[test]
    fn no_peer_markers_without_peer_label() {
        let mut input = gap_input(400);
        input.peer_label = None;
        assert!(!gap_bars(&input).contains("#8A4B08"));
        let mut input = category_input(400);
        input.peer_label = None;
        let svg = category_bars(&input);
        assert!(!svg.contains("#8A4B08"));
        assert!(!svg.contains("opacity=\"0.14\""));
    }

    #[test]
    fn category_bars_draw_levels_targets_and_peer_boxes() {
        let input = category_input(600);
        let svg = category_bars(&input);
        assert_clean(&svg);
        assert_inside(&svg);
        // one bar per row with a positive level (row 0 has level 0, row 2 none) + legend
        assert_eq!(bars(&svg).len(), 4 + 1);
        // one target tick per row + legend
        assert_eq!(svg.matches("stroke=\"#222222\" stroke-width=\"2\"").count(), 6 + 1);
        // peer band and median per row + legend
        assert_eq!(svg.matches("opacity=\"0.14\" fill=\"currentColor\"").count(), 6 + 1);
        assert_eq!(svg.matches("stroke=\"#8A4B08\" stroke-width=\"3\"").count(), 6 + 1);
        let contents: Vec<String> = texts(&svg).into_iter().map(|t| t.3).collect();
        for row in &input.rows {
            assert!(contents.contains(&row.value_label));
        }
        let labels: Vec<&str> = input.rows.iter().map(|r| r.label.as_str()).collect();
        let found = text_order(&svg, &labels);
        assert!(found.len() >= 4, "{found:?}");
        let in_input_order: Vec<&str> = labels.iter().filter(|l| found.contains(l)).copied().collect();
        assert_eq!(found, in_input_order);
    }

    #[test]
    fn category_bars_fit_at_all_widths_and_handle_edge_cases() {
        for width in [300, 400, 760] {
            let svg = category_bars(&category_input(width));
            assert_clean(&svg);
            assert_inside(&svg);
        }
        for width in [300, 760] {
            let empty = CategoryBarsInput {
                rows: vec![],
                own_label: String::new(),
                target_label: String::new(),
                peer_label: None,
                width,
            };
            let svg = category_bars(&empty);
            assert_clean(&svg);
            assert_inside(&svg);
        }
        let weird = CategoryBarsInput {
            rows: vec![CategoryBarRow {
                label: "Ä".repeat(120),
                level: Some(f64::NAN),
                target: -7.0,
                peer: Some(PeerBand { q1: 5.0, median: f64::NAN, q3: -1.0 }),
                value_label: "<script>".into(),
            }],
            own_label: "\"Musterhausen\" <script>".into(),
            target_label: String::new(),
            peer_label: Some(String::new()),
            width: 300,
        };
        let svg = category_bars(&weird);
        assert_clean(&svg);
        assert_inside(&svg);
        assert!(svg.contains("&quot;Musterhausen&quot; &lt;script&gt;"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn arbitrary_rows_give_valid_svg(
            rows in prop::collection::vec(("\\PC{0,130}", -2.0f64..7.0, prop::option::of(-2.0f64..7.0), "[0-9,–]{0,5}"), 0..30),
            width in 250u32..900,
        ) {
            let gap = GapBarsInput {
                rows: rows.iter().map(|(label, g, p, v)| GapBarRow {
                    label: label.clone(), gap: *g, peer_gap: *p, value_label: v.clone(),
                }).collect(),
                gap_label: "Lücke zum Ziel".into(),
                peer_label: Some("Vergleichsgruppe".into()),
                width,
            };
            let svg = gap_bars(&gap);
            assert_clean(&svg);
            assert_inside(&svg);
            let cat = CategoryBarsInput {
                rows: rows.iter().map(|(label, g, p, v)| CategoryBarRow {
                    label: label.clone(),
                    level: p.map(|_| *g),
                    target: 4.0 - g,
                    peer: p.map(|m| PeerBand { q1: m - 1.0, median: m, q3: m + 0.5 }),
                    value_label: v.clone(),
                }).collect(),
                own_label: "Musterhausen".into(),
                target_label: "Ziel".into(),
                peer_label: Some("Vergleichsgruppe".into()),
                width,
            };
            let svg = category_bars(&cat);
            assert_clean(&svg);
            assert_inside(&svg);
        }
    }
}
