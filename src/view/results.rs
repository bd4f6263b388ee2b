//! The four result charts (radar, gaps, heat map, one dimension's categories): for each, the
//! chart input, its one-sentence summary and the rows of its data table. The numbers come
//! from `domain::comparison` and `domain::scoring`; here they become text.

use crate::charts::{
    CategoryBarRow, CategoryBarsInput, GapBarRow, GapBarsInput, HeatMapInput, HeatMapRow, PeerBand, RadarAxis,
    RadarInput,
};
use crate::domain::assessment::Assessment;
use crate::domain::benchmark::{GroupFigures, Stats};
use crate::domain::comparison::{self, Compared};
use crate::domain::questionnaire::{Lang, ReferenceValue, Region};
use crate::domain::scoring::Results;
use crate::i18n::{self, Texts};
use crate::view::level_or_dash;

/// A chart as a screen shows it: what to draw, the sentence that says what it shows, and the
/// table that is its text alternative.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartView<Input, Row> {
    pub input: Input,
    pub summary: String,
    pub rows: Vec<Row>,
}

/// A row of the level/target/gap/peer table under the radar, gap and dimension charts.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    pub label: String,
    pub level: String,
    pub percent: String,
    pub target: String,
    pub gap: String,
    pub peer_q1: String,
    pub peer_median: String,
    pub peer_q3: String,
}

/// A row of the heat map's table: answers per level 0–4, then „weiß nicht“.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatRow {
    pub label: String,
    pub counts: [usize; 5],
    pub dont_know: usize,
}

fn band(stats: Option<Stats>) -> Option<PeerBand> {
    stats.map(|s| PeerBand { q1: s.q1, median: s.median, q3: s.q3 })
}

fn comparison_row(lang: Lang, label: String, c: &Compared) -> ComparisonRow {
    ComparisonRow {
        label,
        level: level_or_dash(lang, c.level),
        percent: c.level.map_or_else(|| "–".into(), |l| i18n::level_percent(lang, l)),
        target: i18n::level(lang, c.target),
        gap: level_or_dash(lang, c.gap),
        peer_q1: level_or_dash(lang, c.peer.map(|p| p.q1)),
        peer_median: level_or_dash(lang, c.peer.map(|p| p.median)),
        peer_q3: level_or_dash(lang, c.peer.map(|p| p.q3)),
    }
}

/// The Kommune's name for chart legends; „Ihre Kommune“ while it has none.
pub fn own_label(t: &'static Texts, assessment: Option<&Assessment>) -> String {
    assessment
        .map(|a| a.display_name().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| t.results.own_legend.to_string())
}

pub type RadarView = ChartView<RadarInput, ComparisonRow>;

/// The radar of the dimension levels against targets and the peer group.
/// The comparison figures for a chart, and whether they are simulated example data.
#[derive(Clone, Copy, Debug, Default)]
pub struct Peers<'a> {
    pub figures: Option<&'a GroupFigures>,
    pub simulated: bool,
}

/// How the comparison figures are named: a real pack's „Vergleichsgruppe“, or the shipped
/// example pack's „Beispieldaten (simuliert)“ in every legend and column (never a census).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeerWording {
    pub band_legend: &'static str,
    pub quartiles_legend: &'static str,
    pub gap_legend: &'static str,
    pub col_q1: &'static str,
    pub col_median: &'static str,
    pub col_q3: &'static str,
    pub median: &'static str,
}

pub fn peer_wording(t: &'static Texts, simulated: bool) -> PeerWording {
    let r = &t.results;
    if simulated {
        PeerWording {
            band_legend: r.radar_peer_legend_simulated,
            quartiles_legend: r.peer_quartiles_simulated,
            gap_legend: r.peer_gap_legend_simulated,
            col_q1: r.col_peer_q1_simulated,
            col_median: r.col_peer_median_simulated,
            col_q3: r.col_peer_q3_simulated,
            median: r.peer_median_simulated,
        }
    } else {
        PeerWording {
            band_legend: r.radar_peer_legend,
            quartiles_legend: r.peer_quartiles,
            gap_legend: r.peer_gap_legend,
            col_q1: r.col_peer_q1,
            col_median: r.col_peer_median,
            col_q3: r.col_peer_q3,
            median: r.peer_median,
        }
    }
}

/// „Vergleichsgruppe: … (n = 12)“, or for simulated data the number of simulated Kommunen.
pub fn comparison_group(t: &'static Texts, group: &GroupFigures, simulated: bool) -> String {
    let label = crate::i18n::labels::group_label(t, group);
    if simulated {
        t.results.comparison_group_simulated(&label, &group.n.to_string())
    } else {
        t.results.comparison_group(&label, &group.n.to_string())
    }
}

/// Who a reference value counts: „n = 1.041: Kommunen in Deutschland (bundesweit)“.
pub fn reference_basis(t: &'static Texts, lang: Lang, r: &ReferenceValue) -> String {
    let region = match r.region {
        Region::Bundesweit => t.flow.region_bundesweit,
        Region::BadenWuerttemberg => t.flow.region_bw,
    };
    t.flow.references_basis(&crate::i18n::count(lang, r.n), r.population.get(lang), region)
}

/// Each dimension's title with its level, target, gap and peer figures.
fn dimension_comparisons(
    lang: Lang,
    results: Option<&Results>,
    peers: Option<&GroupFigures>,
) -> Vec<(String, Compared)> {
    results
        .map(|r| {
            r.dimensions
                .iter()
                .map(|d| (d.dimension.title.get(lang).to_string(), comparison::dimension(d, peers)))
                .collect()
        })
        .unwrap_or_default()
}

/// „Musterhausen erreicht im Mittel 1,7 von 4; am niedrigsten liegt …“.
fn mean_and_weakest(t: &'static Texts, lang: Lang, results: Option<&Results>, own: &str) -> String {
    results
        .and_then(|r| {
            let (weakest, level) = comparison::weakest_dimension(r)?;
            let mean = r.mean_level()?;
            Some(t.results.radar_summary(
                weakest.title.get(lang),
                &i18n::level(lang, level),
                &i18n::level(lang, mean),
                own,
            ))
        })
        .unwrap_or_else(|| t.results.radar_summary_empty.to_string())
}

pub fn radar(
    t: &'static Texts,
    lang: Lang,
    results: Option<&Results>,
    peers: Peers,
    own: &str,
    width: u32,
) -> RadarView {
    let Peers { figures: peers, simulated } = peers;
    let compared = dimension_comparisons(lang, results, peers);
    let has_peer = compared.iter().any(|(_, c)| c.peer.is_some());
    let summary = mean_and_weakest(t, lang, results, own);
    ChartView {
        input: RadarInput {
            axes: compared
                .iter()
                .map(|(label, c)| RadarAxis {
                    label: label.clone(),
                    own: c.level,
                    target: Some(c.target),
                    peer: band(c.peer),
                    scenario: None,
                })
                .collect(),
            own_label: own.to_string(),
            target_label: t.results.target.to_string(),
            peer_label: has_peer.then(|| peer_wording(t, simulated).band_legend.to_string()),
            scenario_label: None,
            width,
        },
        summary,
        rows: compared.into_iter().map(|(label, c)| comparison_row(lang, label, &c)).collect(),
    }
}

/// The four dimensions as bars on one scale, for the report's „Auf einen Blick“: level, target
/// tick and, at the bar's end, the gap in words („1,8 · Lücke 1,2“), so the chart reads on
/// paper without its table. Same figures as the radar.
pub fn overview(
    t: &'static Texts,
    lang: Lang,
    results: Option<&Results>,
    peers: Peers,
    own: &str,
    width: u32,
) -> DimensionView {
    let Peers { figures: peers, simulated } = peers;
    let compared = dimension_comparisons(lang, results, peers);
    let has_peer = compared.iter().any(|(_, c)| c.peer.is_some());
    let drawing = Drawing { width, gap_labels: true };
    ChartView {
        input: CategoryBarsInput {
            rows: compared.iter().map(|(label, c)| bar_row(t, lang, label, c, drawing)).collect(),
            own_label: own.to_string(),
            target_label: t.results.target.to_string(),
            peer_label: has_peer.then(|| peer_wording(t, simulated).quartiles_legend.to_string()),
            width,
        },
        summary: mean_and_weakest(t, lang, results, own),
        rows: compared.into_iter().map(|(label, c)| comparison_row(lang, label, &c)).collect(),
    }
}

/// A bar of the dimension and overview charts: level, target tick, peer box and value label.
fn bar_row(t: &'static Texts, lang: Lang, label: &str, c: &Compared, drawing: Drawing) -> CategoryBarRow {
    CategoryBarRow {
        label: label.to_string(),
        level: c.level,
        target: c.target,
        peer: band(c.peer),
        value_label: if drawing.gap_labels {
            bar_label(t, lang, c.level, c.gap, drawing.width)
        } else {
            level_or_dash(lang, c.level)
        },
    }
}

/// The radar with the „Was wäre, wenn“ scenario as a further series, where there is one.
pub fn with_scenario(t: &'static Texts, mut view: RadarView, scenario: Option<&Results>) -> RadarView {
    let Some(scenario) = scenario else { return view };
    for (axis, d) in view.input.axes.iter_mut().zip(&scenario.dimensions) {
        axis.scenario = d.level;
    }
    view.input.scenario_label = Some(t.scenario.col_scenario.to_string());
    if let Some(mean) = scenario.mean_level() {
        view.summary = format!("{} {}", view.summary, t.scenario.radar_summary(&i18n::level(t.lang, mean)));
    }
    view
}

/// How a dimension chart is drawn: its width, and whether its bars also say their gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Drawing {
    pub width: u32,
    pub gap_labels: bool,
}

impl Drawing {
    /// The results screen: levels at the bars, the gaps in the table below.
    pub fn screen(width: u32) -> Self {
        Drawing { width, gap_labels: false }
    }
}

/// Below this drawing width a bar's end has room for the level only.
const GAP_LABEL_MIN_WIDTH: u32 = 600;

/// A bar's value label: the level, and where there is room the gap in words („1,8 · Lücke 1,2“,
/// „3,0 · Ziel erreicht“), so that a printed chart needs no table beside it.
fn bar_label(t: &'static Texts, lang: Lang, level: Option<f64>, gap: Option<f64>, width: u32) -> String {
    match (level, gap) {
        (None, _) => "–".to_string(),
        (Some(l), _) if width < GAP_LABEL_MIN_WIDTH => i18n::level(lang, l),
        (Some(l), Some(g)) if g > 0.0 => t.report.glance_value(&i18n::level(lang, l), &i18n::level(lang, g)),
        (Some(l), _) => t.report.glance_value_met(&i18n::level(lang, l)),
    }
}

pub type GapView = ChartView<GapBarsInput, ComparisonRow>;

/// The categories with the largest gap to their target first (answered categories only).
pub fn gaps(t: &'static Texts, lang: Lang, results: Option<&Results>, peers: Peers, width: u32) -> GapView {
    let Peers { figures: peers, simulated } = peers;
    let compared: Vec<(String, Compared)> = results
        .map(|r| {
            comparison::categories_by_gap(r, peers)
                .into_iter()
                .filter(|(_, _, c)| c.level.is_some())
                .map(|(_, c, cmp)| (c.title.get(lang).to_string(), cmp))
                .collect()
        })
        .unwrap_or_default();
    let has_peer = compared.iter().any(|(_, c)| c.peer.is_some());
    let summary = results
        .and_then(comparison::largest_gap)
        .map(|(category, gap)| t.results.gaps_summary(category.title.get(lang), &i18n::level(lang, gap)))
        .unwrap_or_else(|| t.results.gaps_summary_none.to_string());
    ChartView {
        input: GapBarsInput {
            rows: compared
                .iter()
                .map(|(label, c)| GapBarRow {
                    label: label.clone(),
                    gap: c.gap.unwrap_or(0.0),
                    peer_gap: c.peer_gap,
                    value_label: level_or_dash(lang, c.gap),
                })
                .collect(),
            gap_label: t.results.gap_legend.to_string(),
            peer_label: has_peer.then(|| peer_wording(t, simulated).gap_legend.to_string()),
            width,
        },
        summary,
        rows: compared.into_iter().map(|(label, c)| comparison_row(lang, label, &c)).collect(),
    }
}

pub type HeatView = ChartView<HeatMapInput, HeatRow>;

/// How often each level was chosen, per category.
pub fn heat_map(t: &'static Texts, lang: Lang, results: Option<&Results>, width: u32) -> HeatView {
    let rows: Vec<HeatRow> = results
        .map(|r| {
            r.dimensions
                .iter()
                .flat_map(|d| d.categories.iter())
                .map(|c| HeatRow {
                    label: c.category.title.get(lang).to_string(),
                    counts: c.level_counts,
                    dont_know: c.coverage.open,
                })
                .collect()
        })
        .unwrap_or_default();
    let totals = results.map(|r| r.level_totals()).unwrap_or_default();
    let summary = t.results.heat_summary(
        &totals.iter().sum::<usize>().to_string(),
        &(totals[3] + totals[4]).to_string(),
        &(totals[0] + totals[1]).to_string(),
    );
    ChartView {
        input: HeatMapInput {
            rows: rows
                .iter()
                .map(|r| HeatMapRow {
                    label: r.label.clone(),
                    counts: r.counts,
                    hidden: [false; 5],
                    dont_know: r.dont_know,
                })
                .collect(),
            column_labels: [
                "0".into(),
                "1".into(),
                "2".into(),
                "3".into(),
                "4".into(),
                t.common.open_label.to_string(),
            ],
            last_column: true,
            hidden_mark: String::new(),
            width,
        },
        summary,
        rows,
    }
}

pub type DimensionView = ChartView<CategoryBarsInput, ComparisonRow>;

/// One dimension's categories against their targets and the peer quartiles.
pub fn dimension(
    t: &'static Texts,
    lang: Lang,
    results: Option<&Results>,
    dimension_id: &str,
    peers: Peers,
    own: &str,
    drawing: Drawing,
) -> DimensionView {
    let width = drawing.width;
    let Peers { figures: peers, simulated } = peers;
    let result = results.and_then(|r| r.dimension(dimension_id));
    let compared: Vec<(String, Compared)> = result
        .map(|d| {
            d.categories
                .iter()
                .map(|c| (c.category.title.get(lang).to_string(), comparison::category(c, peers)))
                .collect()
        })
        .unwrap_or_default();
    let has_peer = compared.iter().any(|(_, c)| c.peer.is_some());
    let summary = result
        .and_then(|d| d.strongest_and_weakest())
        .map(|(best, worst)| {
            t.results.detail_summary(
                best.category.title.get(lang),
                &level_or_dash(lang, best.level),
                worst.category.title.get(lang),
                &level_or_dash(lang, worst.level),
            )
        })
        .unwrap_or_else(|| t.results.detail_summary_empty.to_string());
    ChartView {
        input: CategoryBarsInput {
            rows: compared.iter().map(|(label, c)| bar_row(t, lang, label, c, drawing)).collect(),
            own_label: own.to_string(),
            target_label: t.results.target.to_string(),
            peer_label: has_peer.then(|| peer_wording(t, simulated).quartiles_legend.to_string()),
            width,
        },
        summary,
        rows: compared.into_iter().map(|(label, c)| comparison_row(lang, label, &c)).collect(),
    }
}

#[cfg(test)]
mod tests;
