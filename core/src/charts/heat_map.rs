//! Heat map of answer distributions: categories × levels 0–4 plus "don't know".

use plotters::prelude::{Color, RGBColor};
use plotters::style::text_anchor::{HPos, VPos};

use super::draw::{chars_for, chart_width, ink, label_column_width, render, row_height, LINE_H, MARGIN, WHITE};
use super::geometry::wrap_label;

/// One category: how many answers fell on each level 0–4, and how many were "don't know".
#[derive(Clone, Debug, PartialEq)]
pub struct HeatMapRow {
    pub label: String,
    pub counts: [usize; 5],
    /// Level cells whose count must not be shown (the Kreisübersicht's protection): drawn grey
    /// with [`HeatMapInput::hidden_mark`], never shaded or printed, so they do not read as zero.
    /// Their counts still belong to the row's total, by which the shown cells are shaded.
    pub hidden: [bool; 5],
    pub dont_know: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HeatMapInput {
    pub rows: Vec<HeatMapRow>,
    /// Headers of the level columns 0–4 and the "don't know" column.
    pub column_labels: [String; 6],
    /// Whether the "don't know" column is drawn (the Kreisübersicht has none).
    pub last_column: bool,
    /// The mark in a hidden cell (the legend under the chart explains it).
    pub hidden_mark: String,
    /// Drawing width, clamped to 300..=760; the height grows with the rows.
    pub width: u32,
}

/// Cell shades by step 1–4 (step 0, a zero count, stays unfilled). Steps 3 and 4 carry white
/// text (5.3:1 and 11.3:1); steps 1 and 2 carry the text colour.
const SHADES: [RGBColor; 4] =
    [RGBColor(0xde, 0xeb, 0xf7), RGBColor(0x9e, 0xca, 0xe1), RGBColor(0x2f, 0x6d, 0xb5), RGBColor(0x16, 0x3a, 0x6b)];
/// Gap between the level columns and the "don't know" column.
const SEPARATOR: f64 = 4.0;
const GRID_ALPHA: f64 = 0.3;
/// Fill of a hidden cell: a light grey, unlike any shade of a count.
const HIDDEN: RGBColor = RGBColor(0xe4, 0xe4, 0xe4);

/// Shade step 0–4 of `count` out of `total`: 0 only for a zero count, else ⌈share × 4⌉.
pub(crate) fn shade_step(count: usize, total: usize) -> usize {
    if count == 0 || total == 0 {
        return 0;
    }
    let share = count as f64 / total as f64;
    ((share * 4.0).ceil() as usize).clamp(1, 4)
}

/// Heat map as an SVG string: one row per category, one column per level and "don't know".
pub fn heat_map(input: &HeatMapInput) -> String {
    let width = chart_width(input.width);
    let label_w = label_column_width(width);
    let x0 = MARGIN + label_w + 8.0;
    let columns = if input.last_column { 6 } else { 5 };
    let cell_w = (width - MARGIN - x0 - if input.last_column { SEPARATOR } else { 0.0 }) / columns as f64;
    let column_x = |j: usize| x0 + j as f64 * cell_w + if j == 5 { SEPARATOR } else { 0.0 };

    let headers: Vec<Vec<String>> =
        input.column_labels.iter().take(columns).map(|l| wrap_label(l, chars_for(cell_w - 2.0), 3)).collect();
    let header_lines = headers.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let rows_top = MARGIN + header_lines as f64 * LINE_H + 4.0;
    let mut top = rows_top;
    let rows: Vec<(Vec<String>, f64, f64)> = input
        .rows
        .iter()
        .map(|row| {
            let lines = wrap_label(&row.label, chars_for(label_w), 3);
            let h = row_height(lines.len(), 28.0);
            let placed = (lines, top, h);
            top += h;
            placed
        })
        .collect();
    let rows_bottom = top;
    let height = rows_bottom + MARGIN;

    render(width, height, |c| {
        for (j, lines) in headers.iter().enumerate() {
            let block = LINE_H * lines.len() as f64;
            c.lines(lines, column_x(j) + cell_w / 2.0, rows_top - 4.0 - block, HPos::Center, ink());
        }
        for (row, (lines, top, h)) in input.rows.iter().zip(&rows) {
            let block = LINE_H * lines.len() as f64;
            c.lines(lines, MARGIN, top + (h - block) / 2.0, HPos::Left, ink());
            let total = row.counts.iter().fold(row.dont_know, |sum, &n| sum.saturating_add(n));
            let cells = row.counts.iter().copied().chain(std::iter::once(row.dont_know)).take(columns);
            for (j, count) in cells.enumerate() {
                let x = column_x(j);
                if row.hidden.get(j).copied().unwrap_or(false) {
                    c.fill_rect((x, *top), (x + cell_w, top + h), HIDDEN.to_rgba());
                    c.text(&input.hidden_mark, (x + cell_w / 2.0, top + h / 2.0), HPos::Center, VPos::Center, ink());
                    continue;
                }
                let step = shade_step(count, total);
                if step == 0 {
                    continue;
                }
                c.fill_rect((x, *top), (x + cell_w, top + h), SHADES[step - 1].to_rgba());
                let color = if step >= 3 { WHITE.to_rgba() } else { ink() };
                c.text(&count.to_string(), (x + cell_w / 2.0, top + h / 2.0), HPos::Center, VPos::Center, color);
            }
        }
        // Grid over the cells: two blocks (levels 0–4 and "don't know").
        if !rows.is_empty() {
            let grid = ink().mix(GRID_ALPHA);
            let blocks = [(column_x(0), column_x(0) + 5.0 * cell_w), (column_x(5), column_x(5) + cell_w)];
            for &(left, right) in &blocks[..columns - 4] {
                c.path(&[(left, rows_top), (right, rows_top)], grid, 1);
                for (_, top, h) in &rows {
                    c.path(&[(left, top + h), (right, top + h)], grid, 1);
                }
            }
            for j in 0..columns {
                c.path(&[(column_x(j), rows_top), (column_x(j), rows_bottom)], grid, 1);
            }
            for &x in &[column_x(4) + cell_w, column_x(5) + cell_w][..columns - 4] {
                c.path(&[(x, rows_top), (x, rows_bottom)], grid, 1);
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::draw::test_support::*;
    use super::*;
    use proptest::prelude::*;

    fn columns() -> [String; 6] {
        ["0", "1", "2", "3", "4", "?"].map(String::from)
    }

    fn input(width: u32) -> HeatMapInput {
        HeatMapInput {
            rows: (0..23)
                .map(|i| HeatMapRow {
                    label: format!("Kategorie {i} mit einem etwas längeren Namen"),
                    counts: [i % 4, (i * 7) % 5, 12, 0, i % 2],
                    hidden: [false; 5],
                    dont_know: i % 3,
                })
                .collect(),
            column_labels: columns(),
            width,
            last_column: true,
            hidden_mark: "•".into(),
        }
    }

    #[test]
    fn shade_steps() {
        assert_eq!(shade_step(0, 10), 0);
        assert_eq!(shade_step(1, 10), 1);
        assert_eq!(shade_step(3, 10), 2);
        assert_eq!(shade_step(6, 10), 3);
        assert_eq!(shade_step(10, 10), 4);
        assert_eq!(shade_step(5, 0), 0);
        assert_eq!(shade_step(usize::MAX, usize::MAX), 4);
    }

    #[test]
    fn prints_every_non_zero_count() {
        let input = HeatMapInput {
            rows: vec![
                HeatMapRow { label: "Strategie".into(), counts: [0, 3, 17, 0, 1], hidden: [false; 5], dont_know: 2 },
                HeatMapRow { label: "Beschaffung".into(), counts: [5, 0, 0, 0, 0], hidden: [false; 5], dont_know: 0 },
            ],
            column_labels: columns(),
            width: 400,
            last_column: true,
            hidden_mark: "•".into(),
        };
        let svg = heat_map(&input);
        assert_clean(&svg);
        assert_inside(&svg);
        let contents: Vec<(String, String)> = texts(&svg).into_iter().map(|t| (t.3, t.2)).collect();
        let cells: Vec<&str> = contents
            .iter()
            .map(|(c, _)| c.as_str())
            .filter(|c| !matches!(*c, "0" | "1" | "2" | "3" | "4" | "?" | "Strategie" | "Beschaffung"))
            .collect();
        assert_eq!(cells, ["17", "5"]);
        assert!(contents.iter().any(|(c, _)| c == "1"));
        // 17 of 23 is the darkest shade with white text; 3 of 23 light with currentColor
        assert!(contents.contains(&("17".into(), "#FFFFFF".into())));
        assert!(contents.contains(&("3".into(), "currentColor".into())));
        assert!(contents.contains(&("5".into(), "#FFFFFF".into())));
        // 4 non-zero cells in row 1, 1 in row 2 → 5 filled cells
        assert_eq!(svg.matches("<rect").count(), 5);
        for header in ["0", "1", "2", "3", "4", "?"] {
            assert!(contents.iter().any(|(c, _)| c == header));
        }
    }

    #[test]
    fn a_hidden_cell_shows_its_mark_and_never_its_count() {
        let input = HeatMapInput {
            rows: vec![HeatMapRow {
                label: "Strategie".into(),
                counts: [0, 6, 5, 3, 0],
                hidden: [false, true, false, true, false],
                dont_know: 0,
            }],
            column_labels: columns(),
            width: 400,
            last_column: false,
            hidden_mark: "•".into(),
        };
        let svg = heat_map(&input);
        assert_clean(&svg);
        assert_inside(&svg);
        let contents: Vec<String> = texts(&svg).into_iter().map(|t| t.3).collect();
        assert_eq!(contents.iter().filter(|c| *c == "•").count(), 2);
        // „3“ only as the column header.
        assert!(
            !contents.iter().any(|c| c == "6") && contents.iter().filter(|c| *c == "3").count() == 1,
            "{contents:?}"
        );
        // Two grey cells and the shown 5, shaded as 5 of 14 (step 2, light) with dark text.
        assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
        assert!(texts(&svg).iter().any(|t| t.3 == "5" && t.2 == "currentColor"), "{svg}");
        assert!(svg.to_uppercase().contains("#E4E4E4"), "{svg}");
    }

    #[test]
    fn fits_at_all_widths() {
        for width in [300, 360, 520, 760] {
            let svg = heat_map(&input(width));
            assert_clean(&svg);
            assert_inside(&svg);
        }
        let mut long = input(300);
        long.column_labels = ["keine", "Anfang", "Aufbau", "etabliert", "optimiert", "weiß nicht"].map(String::from);
        long.rows[0].label = "Ü".repeat(120);
        let svg = heat_map(&long);
        assert_clean(&svg);
        assert_inside(&svg);
    }

    #[test]
    fn empty_and_all_zero_rows() {
        for width in [300, 760] {
            let empty = HeatMapInput {
                rows: vec![],
                column_labels: Default::default(),
                width,
                last_column: true,
                hidden_mark: "•".into(),
            };
            let svg = heat_map(&empty);
            assert_clean(&svg);
            assert_inside(&svg);
            assert!(!svg.contains("<text"));
        }
        let zero = HeatMapInput {
            rows: vec![HeatMapRow { label: "<script>".into(), counts: [0; 5], hidden: [false; 5], dont_know: 0 }],
            column_labels: columns(),
            width: 760,
            last_column: true,
            hidden_mark: "•".into(),
        };
        let svg = heat_map(&zero);
        assert_clean(&svg);
        assert!(svg.contains("&lt;script&gt;"));
        assert_eq!(svg.matches("<rect").count(), 0);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn arbitrary_counts_give_valid_svg(
            rows in prop::collection::vec(("\\PC{0,130}", prop::array::uniform5(0usize..500), 0usize..500), 0..30),
            width in 250u32..900,
        ) {
            let input = HeatMapInput {
                rows: rows.iter().map(|(label, counts, dk)| HeatMapRow { label: label.clone(), counts: *counts, hidden: [false; 5], dont_know: *dk }).collect(),
                column_labels: columns(),
                width,
                last_column: true,
                hidden_mark: "•".into(),
            };
            let svg = heat_map(&input);
            assert_clean(&svg);
            assert_inside(&svg);
            let printed = texts(&svg).len();
            let non_zero: usize = rows.iter().map(|r| r.1.iter().filter(|&&n| n > 0).count() + usize::from(r.2 > 0)).sum();
            let labels: usize = rows.iter().map(|r| wrap_label(&r.0, chars_for(label_column_width(chart_width(width))), 3).len()).sum();
            prop_assert_eq!(printed, non_zero + labels + 6);
        }
    }
}
