//! Bericht: a report for the council, printable on A4 (style/print.css), also a normal page.

use leptos::prelude::*;

use crate::components::table::TableWrap;

use crate::components::result_charts::{
    use_peers_shown, DimensionChart, GapChart, HeatMapChart, PeersShown, RadarChart,
};
use crate::components::title::use_title;
use crate::domain::assessment::Counted;
use crate::domain::comparison;
use crate::domain::questionnaire::Dimension;
use crate::state::{use_state, AppState};

use crate::components::history_tables::HistoryTables;
use crate::components::pack_line::PackLine;
use crate::i18n::{self, labels};
use crate::web;

/// Measures listed in full in the printed plan; the rest are counted.
const PLAN_ROWS: usize = 30;

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().report.title.to_string());
    // The shipped example pack is simulated: a printed report leaves it out unless the user
    // includes it (a real pack always prints, with its source and date).
    let include_simulated = RwSignal::new(false);
    let peers_shown = Signal::derive(move || !state.peers_simulated() || include_simulated.get());
    provide_context(PeersShown(peers_shown));
    move || {
        let t = state.texts();
        view! {
            <div class="no-print">
                <h1 tabindex="-1">{t.report.title}</h1>
                <p>{t.report.intro}</p>
                <Show when=move || state.peers_simulated()>
                    <div class="choice choice--checkbox">
                        <input type="checkbox" id="report-include-simulated"
                            prop:checked=move || include_simulated.get()
                            on:change=move |ev| include_simulated.set(event_target_checked(&ev))/>
                        <label for="report-include-simulated">{t.report.include_simulated}</label>
                    </div>
                </Show>
                <p class="actions">
                    <button type="button" class="button button--primary" on:click=|_| web::print()>{t.report.print}</button>
                </p>
            </div>
            <article class="report" aria-label=t.report.title>
                <Cover/>
                <Summary/>
                <section class="report-section" aria-labelledby="report-charts">
                    <h2 id="report-charts">{t.report.charts_title}</h2>
                    <RadarChart tables_open=true/>
                    <GapChart tables_open=true/>
                    <HeatMapChart tables_open=true/>
                </section>
                <section class="report-section" aria-labelledby="report-detail">
                    <h2 id="report-detail">{t.report.detail_title}</h2>
                    {state.questionnaire().dimensions.iter().map(|d| view! { <DimensionDetail dimension=d/> }).collect_view()}
                </section>
                <PlanSection/>
                <section class="report-section" aria-labelledby="report-comparison">
                    <h2 id="report-comparison">{t.report.comparison_title}</h2>
                    <ComparisonLines/>
                    <HistoryInReport/>
                    <h2>{t.report.method_title}</h2>
                    <p>{t.report.method_text}</p>
                    <p><strong>{t.report.not_a_certificate}</strong></p>
                    <p class="hint">{t.report.generated(&i18n::date(state.lang_untracked(), &web::today()))}</p>
                </section>
            </article>
        }
    }
}

#[component]
fn Cover() -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    let q = state.questionnaire();
    move || {
        state.current().with(|a| {
            let a = a.as_ref()?;
            let coverage = state.results().with(|r| r.as_ref().map(|r| r.coverage).unwrap_or_default());
            let p = &a.profile;
            let row = |label: &'static str, value: String| view! { <dt>{label}</dt><dd>{value}</dd> };
            Some(view! {
                <section class="report-cover" aria-labelledby="report-kommune">
                    <p class="kicker">{t.report.cover_title}</p>
                    <h2 id="report-kommune" class="report-cover__name">{a.display_name().to_string()}</h2>
                    <p class="lead">{t.report.cover_subtitle}</p>
                    <dl class="report-facts">
                        {row(t.report.cover_kind, p.kind.map(|k| labels::kind(t, k).to_string()).unwrap_or_default())}
                        {row(t.report.cover_size, p.size_class().map(|c| labels::size_class(t, c).to_string()).unwrap_or_default())}
                        {row(t.report.cover_date, i18n::date(lang, &a.date))}
                        {row(t.report.cover_respondent, p.respondent.clone())}
                        {row(t.report.cover_scope, labels::scope(t, p.scope).to_string())}
                        {row(t.report.cover_coverage, {
                            let share = i18n::percent(lang, coverage.ratio() * 100.0);
                            if coverage.provisional() { format!("{share} ({})", t.common.provisional) } else { share }
                        })}
                        {row(t.report.cover_version, t.report.cover_version_value(&i18n::date(lang, &q.published), q.title.get(lang), &q.version.to_string()))}
                    </dl>
                    <p><strong>{t.report.not_a_certificate}</strong></p>
                </section>
            })
        })
    }
}

#[component]
fn Summary() -> impl IntoView {
    let state = use_state();
    let peers_shown = use_peers_shown();
    let t = state.texts();
    let lang = state.lang_untracked();
    let peers = state.peer_figures();
    let dash = || "–".to_string();
    move || {
        let shown = peers_shown.get();
        let peers = peers.get().filter(|_| shown);
        let rows = state
            .results()
            .with(|r| {
                r.as_ref().map(|r| {
                    r.dimensions
                        .iter()
                        .map(|d| (d.dimension, comparison::dimension(d, peers.as_ref()), d.capped_by.clone()))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default();
        let capped: Vec<_> = rows.iter().filter_map(|(d, _, cap)| cap.clone().map(|c| (*d, c))).collect();
        let top: Vec<_> = state.plan().with(|plan| plan.iter().take(3).cloned().collect());
        view! {
            <section class="report-section report-summary" aria-labelledby="report-summary">
                <h2 id="report-summary">{t.report.summary_title}</h2>
                <TableWrap>
                    <table>
                        <caption>{t.report.summary_caption}</caption>
                        <thead><tr>
                            <th scope="col">{t.results.col_dimension}</th>
                            <th scope="col" class="num">{t.results.col_level}</th>
                            <th scope="col" class="num">{t.results.col_percent}</th>
                            <th scope="col" class="num">{t.results.col_target}</th>
                            <th scope="col" class="num">{t.results.col_gap}</th>
                            {shown.then(|| view! {
                                <th scope="col" class="num">{crate::view::results::peer_wording(t, state.peers_simulated()).col_median}</th>
                            })}
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(d, c, _)| view! {
                                <tr>
                                    <th scope="row">{d.title.get(lang).to_string()}</th>
                                    <td class="num">{c.level.map_or_else(dash, |l| i18n::level(lang, l))}</td>
                                    <td class="num">{c.level.map_or_else(dash, |l| i18n::level_percent(lang, l))}</td>
                                    <td class="num">{i18n::level(lang, c.target)}</td>
                                    <td class="num">{c.gap.map_or_else(dash, |g| i18n::level(lang, g))}</td>
                                    {shown.then(|| view! {
                                        <td class="num">{c.peer.map_or_else(dash, |p| i18n::level(lang, p.median))}</td>
                                    })}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableWrap>
                <h3>{t.report.capped_title}</h3>
                {if capped.is_empty() {
                    view! { <p>{t.report.none_capped}</p> }.into_any()
                } else {
                    view! { <ul>{capped.into_iter().map(|(d, cap)| view! {
                        <li>{format!("{}: ", d.title.get(lang))}{t.results.capped(&cap.level.to_string(), &i18n::level(lang, cap.limit), cap.question.text.get(lang))}</li>
                    }).collect_view()}</ul> }.into_any()
                }}
                <h3>{t.report.top_measures}</h3>
                {if top.is_empty() {
                    view! { <p>{t.plan.empty}</p> }.into_any()
                } else {
                    view! { <ol>{top.into_iter().map(|m| view! {
                        <li><strong>{m.at.question.text.get(lang).to_string()}</strong>
                            <br/>{m.step.map(|s| s.text(lang).to_string()).unwrap_or_default()}
                            " (" {t.common.effort_label} ": " {labels::effort(t, m.effort())} ")"</li>
                    }).collect_view()}</ol> }.into_any()
                }}
            </section>
        }
    }
}

#[component]
fn DimensionDetail(dimension: &'static Dimension) -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    let notable = move || {
        state.current().with(|a| {
            let Some(a) = a.as_ref() else { return (Vec::new(), Vec::new()) };
            let scope = a.profile.scope;
            let questions =
                || dimension.categories.iter().flat_map(|c| &c.questions).filter(move |q| scope.includes(q));
            let low_critical: Vec<(String, String)> = questions()
                .filter(|q| q.critical)
                .filter_map(|q| {
                    let answer = a.answers.get(&q.id)?;
                    (answer.counted(q)?.scored_level()? < 3)
                        .then(|| (q.text.get(lang).to_string(), labels::answer(t, answer, q)))
                })
                .collect();
            let unknown: Vec<String> = questions()
                .filter(|q| matches!(a.counted(q), Some(Counted::Open(_))))
                .map(|q| q.text.get(lang).to_string())
                .collect();
            (low_critical, unknown)
        })
    };
    let heading_id = format!("report-dim-{}", dimension.id);
    let labelled = heading_id.clone();
    view! {
        <section class="report-dimension" aria-labelledby=labelled>
            <h3 id=heading_id>{dimension.title.get(lang).to_string()}</h3>
            <DimensionChart dimension_id=dimension.id.as_str() tables_open=true/>
            <div class="no-break">
                <h4>{t.report.notable_title}</h4>
                {move || {
                    let (low, unknown) = notable();
                    view! {
                        <p><strong>{t.report.notable_critical_low}</strong></p>
                        {if low.is_empty() { view! { <p>{t.report.notable_none}</p> }.into_any() } else {
                            view! { <ul>{low.into_iter().map(|(q, r)| view! { <li>{q} " – " {r}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        <p><strong>{t.report.notable_unknown}</strong></p>
                        {if unknown.is_empty() { view! { <p>{t.report.notable_none}</p> }.into_any() } else {
                            view! { <ul>{unknown.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul> }.into_any()
                        }}
                    }
                }}
            </div>
        </section>
    }
}

#[component]
fn PlanSection() -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    move || {
        let all = state.plan().get();
        let more = all.len().saturating_sub(PLAN_ROWS);
        let tracking = state.current().with(|a| a.as_ref().map(|a| a.measures.clone()).unwrap_or_default());
        view! {
            <section class="report-section" aria-labelledby="report-plan">
                <h2 id="report-plan">{t.report.plan_title}</h2>
                {if all.is_empty() { view! { <p>{t.plan.empty}</p> }.into_any() } else { view! {
                    <TableWrap>
                        <table class="plan-table">
                            <thead><tr>
                                <th scope="col" class="num">{t.plan.csv_rank}</th>
                                <th scope="col">{t.common.nav_questions}</th>
                                <th scope="col">{t.plan.step_label}</th>
                                <th scope="col">{t.common.effort_label}</th>
                                <th scope="col">{t.plan.owner_label}</th>
                                <th scope="col">{t.plan.due_label}</th>
                                <th scope="col">{t.plan.status_label}</th>
                            </tr></thead>
                            <tbody>
                                {all.iter().take(PLAN_ROWS).enumerate().map(|(i, m)| {
                                    let track = tracking.get(m.question_id()).cloned().unwrap_or_default();
                                    view! {
                                        <tr>
                                            <td class="num">{i + 1}</td>
                                            <td>{m.at.question.text.get(lang).to_string()}
                                                <br/><span class="hint">{format!("{} · {}", m.at.dimension.title.get(lang), labels::basis(t, m.basis))}</span></td>
                                            <td>{m.step.map(|s| s.text(lang).to_string()).unwrap_or_default()}</td>
                                            <td>{labels::effort(t, m.effort())}</td>
                                            <td>{track.owner}</td>
                                            <td>{i18n::date(lang, &track.due)}</td>
                                            <td>{labels::status(t, track.status)}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableWrap>
                    {(more > 0).then(|| view! { <p>{t.report.plan_more(&more.to_string())}</p> })}
                }.into_any() }}
            </section>
        }
    }
}

#[component]
fn ComparisonLines() -> impl IntoView {
    let state = use_state();
    let shown = use_peers_shown();
    let t = state.texts();
    let peers = state.peer_figures();
    move || {
        if !shown.get() {
            return view! { <p>{t.report.simulated_left_out}</p> }.into_any();
        }
        view! {
            <PackLine/>
            <p>{move || match peers.get() {
                Some(g) => crate::view::results::comparison_group(t, &g, state.peers_simulated()),
                None => t.results.comparison_none.to_string(),
            }}</p>
        }
        .into_any()
    }
}

#[component]
fn HistoryInReport() -> impl IntoView {
    let state: AppState = use_state();
    let t = state.texts();
    move || {
        state.history_choice().get().map(|_| {
            view! {
                <h2>{t.report.history_title}</h2>
                <HistoryTables/>
            }
        })
    }
}
