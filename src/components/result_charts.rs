//! The four result charts with their summaries and data tables, shared by the results page
//! and the report. What they show comes from `view::results`; here it is only arranged.

use leptos::prelude::*;

use crate::charts;
use crate::components::chart::ChartFigure;
use crate::components::table::TableWrap;
use crate::state::{use_state, AppState};
use crate::view::results::{self, ComparisonRow};

/// The Kommune's name for chart legends, as a memo: the assessment changes with every answer
/// and target, the name rarely, and a chart should not redraw for a change it does not show.
fn use_own_label(state: AppState) -> Memo<String> {
    Memo::new(move |_| state.current().with(|a| results::own_label(state.texts(), a.as_ref())))
}

/// What a chart shows, drawn: one memo type for all four charts (each distinct memo type adds
/// reactive machinery to the download).
#[derive(Clone, Debug, Default, PartialEq)]
struct Drawn<Row> {
    svg: String,
    summary: String,
    rows: Vec<Row>,
}

fn drawn<Input, Row>(view: results::ChartView<Input, Row>, draw: fn(&Input) -> String) -> Drawn<Row> {
    Drawn { svg: draw(&view.input), summary: view.summary, rows: view.rows }
}

/// Provided by the report: there the comparison figures are shown only if they are real or the
/// user included the simulated ones. A marker, not a signal: a signal owned by the page would be
/// disposed before the charts that read it when the page is left.
#[derive(Clone, Copy)]
pub struct ReportPeers;

/// Whether this page shows the comparison figures: always, except in the report (above).
pub fn use_peers_shown() -> Signal<bool> {
    let state = use_state();
    if use_context::<ReportPeers>().is_some() {
        Signal::derive(move || !state.peers_simulated() || state.report_includes_simulated().get())
    } else {
        Signal::derive(|| true)
    }
}

fn peers_hidden() -> impl Fn() -> bool + Copy {
    let shown = use_peers_shown();
    move || !shown.get()
}

/// The comparison figures a chart draws (none where the page hides them), tracked.
fn chart_peers<R>(state: AppState, hidden: impl Fn() -> bool, draw: impl FnOnce(results::Peers) -> R) -> R {
    let simulated = state.peers_simulated();
    state
        .peer_figures()
        .with(|peers| draw(results::Peers { figures: if hidden() { None } else { peers.as_ref() }, simulated }))
}

fn toggle(state: AppState, show_table: bool) -> Option<Signal<&'static str>> {
    (!show_table).then(|| Signal::derive(move || state.texts().results.table_toggle))
}

#[component]
pub fn RadarChart(#[prop(optional)] tables_open: bool) -> impl IntoView {
    let state = use_state();
    let hidden = peers_hidden();
    let own = use_own_label(state);
    let shown = Memo::new(move |_| {
        let (t, lang, width) = (state.texts(), state.lang(), state.chart_width());
        chart_peers(state, hidden, |peers| {
            state.results().with(|r| {
                state.scenario_results().with(|scenario| {
                    let view = results::radar(t, lang, r.as_ref(), peers, &own.get(), width);
                    drawn(results::with_scenario(t, view, scenario.as_ref()), charts::radar)
                })
            })
        })
    });
    view! {
        <ComparisonFigure id="chart-radar" caption=Signal::derive(move || state.texts().results.radar_caption.to_string())
            first_column=Signal::derive(move || state.texts().results.col_dimension) shown=shown table_toggle=toggle(state, tables_open)/>
    }
}

/// A chart whose text alternative is the level/target/gap/peer table: the radar, the gaps, a
/// dimension's categories and the report's overview.
#[component]
fn ComparisonFigure(
    #[prop(into)] id: String,
    caption: Signal<String>,
    first_column: Signal<&'static str>,
    shown: Memo<Drawn<ComparisonRow>>,
    table_toggle: Option<Signal<&'static str>>,
) -> impl IntoView {
    let svg = Signal::derive(move || shown.with(|v| v.svg.clone()));
    let summary = Signal::derive(move || shown.with(|v| v.summary.clone()));
    view! {
        <ChartFigure id=id caption=caption summary=summary svg=svg table_toggle=table_toggle>
            <ComparisonTable rows=Signal::derive(move || shown.with(|v| v.rows.clone())) first_column=first_column/>
        </ChartFigure>
    }
}

/// Level, percent, target, gap and peer figures per row.
#[component]
fn ComparisonTable(rows: Signal<Vec<ComparisonRow>>, first_column: Signal<&'static str>) -> impl IntoView {
    let state = use_state();
    let hidden = peers_hidden();
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
                        {move || (!hidden()).then(|| {
                            let wording = results::peer_wording(t(), state.peers_simulated());
                            view! {
                                <th scope="col" class="num">{wording.col_q1}</th>
                                <th scope="col" class="num">{wording.col_median}</th>
                                <th scope="col" class="num">{wording.col_q3}</th>
                            }
                        })}
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">{r.label}</th>
                            <td class="num">{r.level}</td>
                            <td class="num">{r.percent}</td>
                            <td class="num">{r.target}</td>
                            <td class="num">{r.gap}</td>
                            {(!hidden()).then(|| view! {
                                <td class="num">{r.peer_q1}</td>
                                <td class="num">{r.peer_median}</td>
                                <td class="num">{r.peer_q3}</td>
                            })}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableWrap>
    }
}

#[component]
pub fn GapChart(#[prop(optional)] tables_open: bool) -> impl IntoView {
    let state = use_state();
    let hidden = peers_hidden();
    let shown = Memo::new(move |_| {
        let (t, lang, width) = (state.texts(), state.lang(), state.chart_width());
        chart_peers(state, hidden, |peers| {
            state.results().with(|r| drawn(results::gaps(t, lang, r.as_ref(), peers, width), charts::gap_bars))
        })
    });
    view! {
        <ComparisonFigure id="chart-gaps" caption=Signal::derive(move || state.texts().results.gaps_caption.to_string())
            first_column=Signal::derive(move || state.texts().results.col_category) shown=shown table_toggle=toggle(state, tables_open)/>
    }
}

#[component]
pub fn HeatMapChart(#[prop(optional)] tables_open: bool) -> impl IntoView {
    let state = use_state();
    let shown = Memo::new(move |_| {
        let (t, lang, width) = (state.texts(), state.lang(), state.chart_width());
        state.results().with(|r| drawn(results::heat_map(t, lang, r.as_ref(), width), charts::heat_map))
    });
    let svg = Signal::derive(move || shown.with(|v| v.svg.clone()));
    let summary = Signal::derive(move || shown.with(|v| v.summary.clone()));
    let t = move || state.texts();
    view! {
        <ChartFigure id="chart-heat" caption=Signal::derive(move || state.texts().results.heat_caption.to_string())
            summary=summary svg=svg table_toggle=toggle(state, tables_open)>
            <TableWrap>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{move || t().results.col_category}</th>
                            {(0..5).map(|l| view! { <th scope="col" class="num">{move || t().common.level_label(&l.to_string())}</th> }).collect_view()}
                            <th scope="col" class="num">{move || t().results.col_unknown}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || shown.with(|v| v.rows.clone()).into_iter().map(|r| view! {
                            <tr>
                                <th scope="row">{r.label}</th>
                                {r.counts.into_iter().map(|n| view! { <td class="num">{n}</td> }).collect_view()}
                                <td class="num">{r.dont_know}</td>
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
pub fn DimensionChart(
    dimension_id: &'static str,
    #[prop(optional)] tables_open: bool,
    /// Bars say their gap too („2,0 · Lücke 0,5“): the report prints them without the table.
    #[prop(optional)]
    gap_labels: bool,
) -> impl IntoView {
    let state = use_state();
    let hidden = peers_hidden();
    let own = use_own_label(state);
    let dimension = state.questionnaire().dimension(dimension_id).expect("dimension ids come from the questionnaire");
    let shown = Memo::new(move |_| {
        let (t, lang, width) = (state.texts(), state.lang(), state.chart_width());
        chart_peers(state, hidden, |peers| {
            state.results().with(|r| {
                drawn(
                    results::dimension(
                        t,
                        lang,
                        r.as_ref(),
                        dimension_id,
                        peers,
                        &own.get(),
                        results::Drawing { width, gap_labels },
                    ),
                    charts::category_bars,
                )
            })
        })
    });
    view! {
        <ComparisonFigure id=format!("chart-{dimension_id}") caption=Signal::derive(move || state.texts().results.detail_caption(dimension.title.get(state.lang())))
            first_column=Signal::derive(move || state.texts().results.col_category) shown=shown table_toggle=toggle(state, tables_open)/>
    }
}

/// The four dimensions on one scale with their gaps in words: the report's „Auf einen Blick“.
#[component]
pub fn OverviewChart() -> impl IntoView {
    let state = use_state();
    let hidden = peers_hidden();
    let own = use_own_label(state);
    let shown = Memo::new(move |_| {
        let (t, lang, width) = (state.texts(), state.lang(), state.chart_width());
        chart_peers(state, hidden, |peers| {
            state.results().with(|r| {
                drawn(results::overview(t, lang, r.as_ref(), peers, &own.get(), width), charts::category_bars)
            })
        })
    });
    view! {
        <ComparisonFigure id="chart-overview" caption=Signal::derive(move || state.texts().report.summary_caption.to_string())
            first_column=Signal::derive(move || state.texts().results.col_dimension) shown=shown table_toggle=None/>
    }
}
