//! The four result charts with their summaries and data tables, shared by the results page
//! and the report. They map domain results to chart input and text; the numbers come from
//! `domain::comparison`.

use leptos::prelude::*;

use crate::components::table::TableWrap;

use crate::charts::{self, PeerBand};
use crate::components::chart::{chart_width, ChartFigure};
use crate::domain::benchmark::{GroupFigures, Stats};
use crate::domain::comparison::{self, Compared};
use crate::domain::questionnaire::Lang;
use crate::i18n::{self, fill};
use crate::state::{use_state, AppState};

fn band(stats: Option<Stats>) -> Option<PeerBand> {
    stats.map(|s| PeerBand { q1: s.q1, median: s.median, q3: s.q3 })
}

fn opt_level(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| i18n::level(lang, v))
}

/// The Kommune's name for chart legends, as a memo: the assessment changes with every answer
/// and target, the name rarely, and a chart should not redraw for a change it does not show.
fn use_own_label(state: AppState) -> Memo<String> {
    Memo::new(move |_| {
        state
            .current()
            .with(|a| a.as_ref().map(|a| a.profile.name.trim().to_string()))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| state.texts().results.own_legend.to_string())
    })
}

/// Peer figures of the active comparison, recomputed when profile, pack or choice change.
pub fn use_peers(state: AppState) -> Memo<Option<GroupFigures>> {
    state.peer_figures()
}

fn toggle(state: AppState, show_table: bool) -> Option<Signal<&'static str>> {
    (!show_table).then(|| Signal::derive(move || state.texts().results.table_toggle))
}

#[component]
pub fn RadarChart(#[prop(optional)] tables_open: bool) -> impl IntoView {
    let state = use_state();
    let peers = use_peers(state);
    let own = use_own_label(state);
    let rows = Memo::new(move |_| {
        let lang = state.lang();
        let peers = peers.get();
        state
            .results()
            .with(|r| {
                r.as_ref().map(|r| {
                    r.dimensions
                        .iter()
                        .map(|d| (d.dimension.title.get(lang).to_string(), comparison::dimension(d, peers.as_ref())))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let svg = Memo::new(move |_| {
        let t = state.texts();
        let has_peer = rows.with(|r| r.iter().any(|(_, c)| c.peer.is_some()));
        charts::radar(&charts::RadarInput {
            axes: rows
                .get()
                .into_iter()
                .map(|(label, c)| charts::RadarAxis { label, own: c.level, target: Some(c.target), peer: band(c.peer) })
                .collect(),
            own_label: own.get(),
            target_label: t.results.target.to_string(),
            peer_label: has_peer.then(|| t.results.radar_peer_legend.to_string()),
            width: chart_width(),
        })
    });
    let summary = Memo::new(move |_| {
        let t = state.texts();
        let lang = state.lang();
        state
            .results()
            .with(|r| {
                let r = r.as_ref()?;
                let (weakest, level) = comparison::weakest_dimension(r)?;
                let mean = r.mean_level()?;
                Some(fill(
                    t.results.radar_summary,
                    &[
                        ("name", &own.get()),
                        ("mean", &i18n::level(lang, mean)),
                        ("dimension", weakest.title.get(lang)),
                        ("level", &i18n::level(lang, level)),
                    ],
                ))
            })
            .unwrap_or_else(|| t.results.radar_summary_empty.to_string())
    });
    view! {
        <ChartFigure id="chart-radar" caption=Signal::derive(move || state.texts().results.radar_caption.to_string())
            summary=summary svg=svg table_toggle=toggle(state, tables_open)>
            <ComparisonTable rows=Signal::derive(move || rows.get()) first_column=Signal::derive(move || state.texts().results.col_dimension)/>
        </ChartFigure>
    }
}

/// Level, percent, target, gap and peer figures per row.
#[component]
fn ComparisonTable(rows: Signal<Vec<(String, Compared)>>, first_column: Signal<&'static str>) -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    view! {
        <TableWrap>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{move || first_column.get()}</th>
                        <th scope="col" class="num">{move || t().results.col_level}</th>
                        <th scope="col" class="num">{move || t().results.col_percent}</th>
                        <th scope="col" class="num">{move || t().results.col_target}</th>
                        <th scope="col" class="num">{move || t().results.col_gap}</th>
                        <th scope="col" class="num">{move || t().results.col_peer_q1}</th>
                        <th scope="col" class="num">{move || t().results.col_peer_median}</th>
                        <th scope="col" class="num">{move || t().results.col_peer_q3}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let lang = state.lang();
                        rows.get().into_iter().map(|(label, c)| view! {
                            <tr>
                                <th scope="row">{label}</th>
                                <td class="num">{opt_level(lang, c.level)}</td>
                                <td class="num">{c.level.map_or_else(|| "–".into(), |l| i18n::level_percent(lang, l))}</td>
                                <td class="num">{i18n::level(lang, c.target)}</td>
                                <td class="num">{opt_level(lang, c.gap)}</td>
                                <td class="num">{opt_level(lang, c.peer.map(|p| p.q1))}</td>
                                <td class="num">{opt_level(lang, c.peer.map(|p| p.median))}</td>
                                <td class="num">{opt_level(lang, c.peer.map(|p| p.q3))}</td>
                            </tr>
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </TableWrap>
    }
}

#[component]
pub fn GapChart(#[prop(optional)] tables_open: bool) -> impl IntoView {
    let state = use_state();
    let peers = use_peers(state);
    let rows = Memo::new(move |_| {
        let lang = state.lang();
        let peers = peers.get();
        state
            .results()
            .with(|r| {
                r.as_ref().map(|r| {
                    comparison::categories_by_gap(r, peers.as_ref())
                        .into_iter()
                        .filter(|(_, _, c)| c.level.is_some())
                        .map(|(_, c, cmp)| (c.title.get(lang).to_string(), cmp))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let svg = Memo::new(move |_| {
        let t = state.texts();
        let lang = state.lang();
        let has_peer = rows.with(|r| r.iter().any(|(_, c)| c.peer.is_some()));
        charts::gap_bars(&charts::GapBarsInput {
            rows: rows
                .get()
                .into_iter()
                .map(|(label, c)| charts::GapBarRow {
                    label,
                    gap: c.gap.unwrap_or(0.0),
                    peer_gap: c.peer_gap,
                    value_label: opt_level(lang, c.gap),
                })
                .collect(),
            gap_label: t.results.gap_legend.to_string(),
            peer_label: has_peer.then(|| t.results.peer_gap_legend.to_string()),
            width: chart_width(),
        })
    });
    let summary = Memo::new(move |_| {
        let t = state.texts();
        let lang = state.lang();
        state
            .results()
            .with(|r| {
                let (category, gap) = comparison::largest_gap(r.as_ref()?)?;
                Some(fill(
                    t.results.gaps_summary,
                    &[("category", category.title.get(lang)), ("gap", &i18n::level(lang, gap))],
                ))
            })
            .unwrap_or_else(|| t.results.gaps_summary_none.to_string())
    });
    view! {
        <ChartFigure id="chart-gaps" caption=Signal::derive(move || state.texts().results.gaps_caption.to_string())
            summary=summary svg=svg table_toggle=toggle(state, tables_open)>
            <ComparisonTable rows=Signal::derive(move || rows.get()) first_column=Signal::derive(move || state.texts().results.col_category)/>
        </ChartFigure>
    }
}

#[component]
pub fn HeatMapChart(#[prop(optional)] tables_open: bool) -> impl IntoView {
    let state = use_state();
    let rows = Memo::new(move |_| {
        let lang = state.lang();
        state
            .results()
            .with(|r| {
                r.as_ref().map(|r| {
                    r.dimensions
                        .iter()
                        .flat_map(|d| d.categories.iter())
                        .map(|c| (c.category.title.get(lang).to_string(), c.level_counts, c.coverage.dont_know))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let svg = Memo::new(move |_| {
        let t = state.texts();
        let c = &t.common;
        charts::heat_map(&charts::HeatMapInput {
            rows: rows
                .get()
                .into_iter()
                .map(|(label, counts, dont_know)| charts::HeatMapRow { label, counts, dont_know })
                .collect(),
            column_labels: ["0".into(), "1".into(), "2".into(), "3".into(), "4".into(), c.dont_know.to_string()],
            width: chart_width(),
        })
    });
    let summary = Memo::new(move |_| {
        let t = state.texts();
        let totals = state.results().with(|r| r.as_ref().map(|r| r.level_totals()).unwrap_or_default());
        let answered: usize = totals.iter().sum();
        fill(
            t.results.heat_summary,
            &[
                ("answered", &answered.to_string()),
                ("low", &(totals[0] + totals[1]).to_string()),
                ("high", &(totals[3] + totals[4]).to_string()),
            ],
        )
    });
    let t = move || state.texts();
    view! {
        <ChartFigure id="chart-heat" caption=Signal::derive(move || state.texts().results.heat_caption.to_string())
            summary=summary svg=svg table_toggle=toggle(state, tables_open)>
            <TableWrap>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{move || t().results.col_category}</th>
                            {(0..5).map(|l| view! { <th scope="col" class="num">{move || fill(t().common.level_label, &[("n", &l.to_string())])}</th> }).collect_view()}
                            <th scope="col" class="num">{move || t().results.col_unknown}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|(label, counts, dont_know)| view! {
                            <tr>
                                <th scope="row">{label}</th>
                                {counts.into_iter().map(|n| view! { <td class="num">{n}</td> }).collect_view()}
                                <td class="num">{dont_know}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </TableWrap>
        </ChartFigure>
    }
}

/// Categories of one dimension against the peer quartiles.
#[component]
pub fn DimensionChart(dimension_id: &'static str, #[prop(optional)] tables_open: bool) -> impl IntoView {
    let state = use_state();
    let peers = use_peers(state);
    let own = use_own_label(state);
    let dimension = state.questionnaire().dimension(dimension_id).expect("dimension ids come from the questionnaire");
    let rows = Memo::new(move |_| {
        let lang = state.lang();
        let peers = peers.get();
        state
            .results()
            .with(|r| {
                r.as_ref().and_then(|r| r.dimension(dimension_id)).map(|d| {
                    d.categories
                        .iter()
                        .map(|c| (c.category.title.get(lang).to_string(), comparison::category(c, peers.as_ref())))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let svg = Memo::new(move |_| {
        let t = state.texts();
        let lang = state.lang();
        let has_peer = rows.with(|r| r.iter().any(|(_, c)| c.peer.is_some()));
        charts::category_bars(&charts::CategoryBarsInput {
            rows: rows
                .get()
                .into_iter()
                .map(|(label, c)| charts::CategoryBarRow {
                    label,
                    level: c.level,
                    target: c.target,
                    peer: band(c.peer),
                    value_label: opt_level(lang, c.level),
                })
                .collect(),
            own_label: own.get(),
            target_label: t.results.target.to_string(),
            peer_label: has_peer.then(|| t.results.peer_quartiles.to_string()),
            width: chart_width(),
        })
    });
    let summary = Memo::new(move |_| {
        let t = state.texts();
        let lang = state.lang();
        state
            .results()
            .with(|r| {
                let (best, worst) = r.as_ref()?.dimension(dimension_id)?.strongest_and_weakest()?;
                Some(fill(
                    t.results.detail_summary,
                    &[
                        ("best", best.category.title.get(lang)),
                        ("best_level", &opt_level(lang, best.level)),
                        ("worst", worst.category.title.get(lang)),
                        ("worst_level", &opt_level(lang, worst.level)),
                    ],
                ))
            })
            .unwrap_or_else(|| t.results.detail_summary_empty.to_string())
    });
    view! {
        <ChartFigure id=format!("chart-{dimension_id}")
            caption=Signal::derive(move || fill(state.texts().results.detail_caption, &[("dimension", dimension.title.get(state.lang()))]))
            summary=summary svg=svg table_toggle=toggle(state, tables_open)>
            <ComparisonTable rows=Signal::derive(move || rows.get()) first_column=Signal::derive(move || state.texts().results.col_category)/>
        </ChartFigure>
    }
}
