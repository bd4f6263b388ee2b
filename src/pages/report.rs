//! Bericht: a report for the council, printable on A4 (the print rules at the end of style/main.css), also a normal page.

use leptos::prelude::*;

use crate::components::result_charts::{use_peers_shown, DimensionChart, HeatMapChart, OverviewChart, ReportPeers};
use crate::components::scenario::ScenarioSection;
use crate::components::table::TableWrap;
use crate::components::title::use_title;
use crate::domain::questionnaire::Dimension;
use crate::state::{use_state, AppState};

use crate::components::history_tables::HistoryTables;
use crate::components::pack_line::PackLine;
use crate::i18n::{self, labels};
use crate::view;
use crate::view::report::{glance, notable, plan_entries, running_header, Notable};
use crate::web;

/// The custom property the print rules show in the page header.
const REPORT_HEADER: &str = "--report-header";

/// Measures listed in full in the printed plan; the rest are counted.
const PLAN_ROWS: usize = 30;

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().report.title.to_string());
    // The shipped example pack is simulated: a printed report leaves it out unless the user
    // includes it (a real pack always prints, with its source and date).
    let include_simulated = state.report_includes_simulated();
    provide_context(ReportPeers);
    // The running header of the printed pages (Kommune and date), where margin boxes exist.
    Effect::new(move |_| {
        let header = state.current().with(|a| a.as_ref().map(|a| running_header(state.texts(), state.lang(), a)));
        web::set_root_property(REPORT_HEADER, header.as_deref());
    });
    on_cleanup(|| web::set_root_property(REPORT_HEADER, None));
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
                <Glance/>
                <section class="report-section" aria-labelledby="report-detail">
                    <h2 id="report-detail">{t.report.detail_title}</h2>
                    <p class="print-only">{t.report.print_tables_note}</p>
                    {state.questionnaire().dimensions.iter().map(|d| view! { <DimensionDetail dimension=d/> }).collect_view()}
                </section>
                <PlanSection/>
                <ScenarioSection in_report=true/>
                <section class="report-section report-section--flow" aria-labelledby="report-comparison">
                    <h2 id="report-comparison">{t.report.comparison_title}</h2>
                    <ComparisonLines/>
                    <HistoryInReport/>
                    <h2>{t.report.method_title}</h2>
                    <p>{t.report.method_text}</p>
                    <p><strong>{t.report.not_a_certificate}</strong></p>
                    <p class="hint">{t.report.generated(&i18n::date(state.lang_untracked(), &web::today()))}</p>
                </section>
                // The heat map's counts per level are detail for the reader who wants them.
                <section class="report-section" aria-labelledby="report-appendix">
                    <h2 id="report-appendix">{t.report.appendix_title}</h2>
                    <HeatMapChart tables_open=true/>
                    <Provenance/>
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
                            let share = i18n::share(lang, coverage.ratio());
                            if coverage.provisional() { format!("{share} ({})", t.common.provisional) } else { share }
                        })}
                        {row(t.report.cover_version, t.report.cover_version_value(&i18n::date(lang, &q.published), q.title.get(lang), &q.version.to_string()))}
                    </dl>
                    <p><strong>{t.report.not_a_certificate}</strong></p>
                    {(!web::prints_page_numbers()).then(|| view! { <p class="print-only hint">{t.report.page_numbers_note}</p> })}
                </section>
            })
        })
    }
}

/// „Auf einen Blick“: one page a council member can read without the rest.
#[component]
fn Glance() -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    move || {
        let g = state.results().with(|r| state.plan().with(|plan| glance(t, lang, r.as_ref(), plan)));
        view! {
            <section class="report-section report-glance" aria-labelledby="report-glance">
                <h2 id="report-glance">{t.report.glance_title}</h2>
                <OverviewChart/>
                <p>{g.coverage}</p>
                <h3>{t.report.capped_title}</h3>
                {if g.capped.is_empty() {
                    view! { <p>{t.report.none_capped}</p> }.into_any()
                } else {
                    view! { <ul>{g.capped.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul> }.into_any()
                }}
                <h3>{t.report.top_measures}</h3>
                {if g.top.is_empty() {
                    view! { <p>{t.plan.empty}</p> }.into_any()
                } else {
                    view! { <ol>{g.top.into_iter().map(|m| view! {
                        <li><strong>{m.question}</strong> " (" {m.effort} ")"</li>
                    }).collect_view()}</ol> }.into_any()
                }}
                <h3>{t.report.glance_open_title}</h3>
                {g.open.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </section>
        }
    }
}

#[component]
fn DimensionDetail(dimension: &'static Dimension) -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    let notable_answers =
        move || state.current().with(|a| a.as_ref().map(|a| notable(t, lang, dimension, a)).unwrap_or_default());
    let heading_id = format!("report-dim-{}", dimension.id);
    let labelled = heading_id.clone();
    view! {
        <section class="report-dimension" aria-labelledby=labelled>
            <h3 id=heading_id>{dimension.title.get(lang).to_string()}</h3>
            <DimensionChart dimension_id=dimension.id.as_str() tables_open=true gap_labels=true/>
            <div class="no-break">
                <h4>{t.report.notable_title}</h4>
                {move || {
                    let Notable { critical_low: low, open: unknown } = notable_answers();
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

/// The plan for paper: one block per measure, its effort, owner, date and status side by side.
#[component]
fn PlanSection() -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    move || {
        let (entries, more) = state.plan().with(|all| {
            state.current().with(|a| {
                let tracking = a.as_ref().map(|a| a.measures.clone()).unwrap_or_default();
                (plan_entries(t, lang, all, &tracking, PLAN_ROWS), all.len().saturating_sub(PLAN_ROWS))
            })
        });
        view! {
            <section class="report-section" aria-labelledby="report-plan">
                <h2 id="report-plan">{t.report.plan_title}</h2>
                {if entries.is_empty() { view! { <p>{t.plan.empty}</p> }.into_any() } else { view! {
                    <ol class="plan-entries">
                        {entries.into_iter().map(|e| view! {
                            <li class="plan-entry">
                                <p class="plan-entry__question">{e.question}</p>
                                <p class="plan-entry__context hint">{e.context}</p>
                                <p class="plan-entry__step"><span class="plan-entry__label">{t.plan.step_label} ": "</span>{e.step}</p>
                                <dl class="plan-entry__fields">
                                    {e.fields.into_iter().map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value}</dd></div> }).collect_view()}
                                </dl>
                            </li>
                        }).collect_view()}
                    </ol>
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

/// „Herkunft der Antworten“: which answers came from which Teilbogen (none: nothing shown).
#[component]
fn Provenance() -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    move || {
        let rows = state.current().with(|a| {
            a.as_ref().map(|a| view::parts::provenance(t, lang, state.questionnaire(), a)).unwrap_or_default()
        });
        (!rows.is_empty()).then(|| {
            // On paper a page of its own, so heading, sentence and table stay together.
            view! {
                <div class="report-provenance">
                <h3 id="report-provenance">{t.part_screens.provenance_title}</h3>
                <p>{t.part_screens.provenance_intro}</p>
                <TableWrap>
                    <table>
                        <caption>{t.part_screens.provenance_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.part_screens.col_question}</th>
                                <th scope="col">{t.part_screens.col_answer}</th>
                                <th scope="col">{t.part_screens.col_source}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! {
                                <tr><td>{r.question}</td><td>{r.answer}</td><td>{r.source}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableWrap>
                </div>
            }
        })
    }
}
