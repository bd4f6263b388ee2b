//! Ergebnisse: levels, coverage, caps, targets, comparison and the four charts.

use leptos::prelude::*;

use crate::components::pack_line::PackLine;
use crate::components::result_charts::{DimensionChart, GapChart, HeatMapChart, RadarChart};
use crate::components::title::use_title;
use crate::domain::benchmark::Position;
use crate::domain::comparison;
use crate::domain::questionnaire::Dimension;
use crate::domain::scoring;
use crate::i18n::{self, labels, Texts};
use crate::state::{use_state, AppState, Route};

pub fn position_text(t: &'static Texts, p: Position) -> &'static str {
    match p {
        Position::BelowQ1 => t.results.position_below_q1,
        Position::Q1ToMedian => t.results.position_q1_median,
        Position::MedianToQ3 => t.results.position_median_q3,
        Position::AboveQ3 => t.results.position_above_q3,
    }
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().results.title.to_string());
    move || {
        let t = state.texts();
        let t = move || t;
        let header = move || {
            let lang = state.lang();
            state.current().with(|a| {
                a.as_ref().map(|a| {
                    t().results.for_kommune(
                        &i18n::date(lang, &a.date),
                        a.display_name(),
                        labels::scope(t(), a.profile.scope),
                    )
                })
            })
        };
        view! {
            <h1 tabindex="-1">{t().results.title}</h1>
            <p class="lead">{header}</p>
            <CoverageSection/>
            <section aria-labelledby="dimensions-heading">
                <h2 id="dimensions-heading">{t().results.dimensions_title}</h2>
                <ul class="cards">
                    {state.questionnaire().dimensions.iter().map(|d| view! { <DimensionCard dimension=d/> }).collect_view()}
                </ul>
            </section>
            <ComparisonInfo/>
            <section aria-labelledby="charts-heading">
                <h2 id="charts-heading">{t().results.charts_title}</h2>
                <RadarChart/>
                <GapChart/>
                <HeatMapChart/>
                {state.questionnaire().dimensions.iter().map(|d| view! {
                    <DimensionChart dimension_id=d.id.as_str()/>
                    <ReferenceValues dimension=d/>
                }).collect_view()}
            </section>
            <section aria-labelledby="next-heading">
                <h2 id="next-heading">{t().results.next_title}</h2>
                <ul>
                    <li><a href=Route::Plan.href()>{t().results.to_plan}</a></li>
                    <li><a href=Route::Provider.href()>{t().results.to_provider}</a></li>
                    <li><a href=Route::Report.href()>{t().results.to_report}</a></li>
                    <li><a href=Route::History.href()>{t().results.to_history}</a></li>
                    <li><a href=Route::Contribution.href()>{t().results.to_contribution}</a></li>
                </ul>
            </section>
        }
    }
}

#[component]
fn CoverageSection() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    let coverage = move || state.results().with(|r| r.as_ref().map(|r| r.coverage).unwrap_or_default());
    let share = move || i18n::share(state.lang(), coverage().ratio());
    view! {
        <Show when=move || coverage().provisional()>
            <div class="callout callout--warning" role="note">
                <h2>{t().results.provisional_title} " " <span class="badge badge--provisional">{t().common.provisional}</span></h2>
                <p>{move || t().results.provisional_text(&share())}</p>
            </div>
        </Show>
        <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{t().results.coverage_title}</h2>
            <p>{move || {
                let c = coverage();
                t().results.coverage_text(&c.covered().to_string(), &share(), &c.in_scope.to_string())
            }}</p>
            <ul>
                <li>{move || t().results.open_to_clarify(&coverage().open.to_string())}</li>
                <li>{move || t().results.not_applicable_count(&coverage().not_applicable.to_string())}</li>
            </ul>
        </section>
    }
}

#[component]
fn DimensionCard(dimension: &'static Dimension) -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    let peers = state.peer_figures();
    // Memos, not closures: a target change re-scores every dimension, but a card should only
    // touch the DOM where its own figures changed (the one-frame budget on „Ergebnisse“).
    let compared = Memo::new(move |_| {
        let peers = peers.get();
        state.results().with(|r| r.as_ref()?.dimension(&dimension.id).map(|d| comparison::dimension(d, peers.as_ref())))
    });
    let cap_text = Memo::new(move |_| {
        let lang = state.lang();
        state.results().with(|r| {
            let cap = r.as_ref()?.dimension(&dimension.id)?.capped_by.as_ref()?;
            Some(t().results.capped(&cap.level.to_string(), &i18n::level(lang, cap.limit), cap.question.text.get(lang)))
        })
    });
    let compared = move || compared.get();
    let input_id = format!("target-{}", dimension.id);
    let hint_id = format!("target-{}-hint", dimension.id);
    let default_target = Memo::new(move |_| {
        state
            .current()
            .with(|a| a.as_ref().map(|a| scoring::default_dimension_target(dimension, &a.profile)))
            .unwrap_or(3.0)
    });
    let has_override =
        move || state.current().with(|a| a.as_ref().is_some_and(|a| a.targets.contains_key(&dimension.id)));
    view! {
        <li class="card">
            <h3>{move || dimension.title.get(state.lang()).to_string()}</h3>
            {move || {
                let lang = state.lang();
                match compared() {
                    Some(Compared { level: Some(level), .. }) => view! {
                        <p class="card__level">{t().common.level_of_four(&i18n::level(lang, level))}</p>
                        <p>{i18n::level_percent(lang, level)}</p>
                    }.into_any(),
                    _ => view! { <p class="card__level">{t().common.no_value}</p><p>{t().results.no_answers}</p> }.into_any(),
                }
            }}
            <dl>
                <dt>{t().results.target}</dt>
                <dd>{move || compared().map(|c| i18n::level(state.lang(), c.target))}</dd>
                <dt>{t().results.gap}</dt>
                <dd>{move || compared().and_then(|c| c.gap).map_or_else(|| "–".into(), |g| i18n::level(state.lang(), g))}</dd>
                <Show when=move || compared().is_some_and(|c| c.peer.is_some())>
                    <dt>{move || crate::view::results::peer_wording(t(), state.peers_simulated()).median}</dt>
                    <dd>{move || compared().and_then(|c| c.peer).map(|p| i18n::level(state.lang(), p.median))}</dd>
                </Show>
            </dl>
            {move || compared().and_then(|c| c.position).map(|p| view! {
                <p class="hint">{position_text(t(), p)} {state.peers_simulated().then(|| format!(" {}", t().results.position_simulated))}</p>
            })}
            {move || cap_text.get().map(|text| view! { <p class="cap-note">{text}</p> })}
            <div class="target-input">
                <label for=input_id.clone()>{move || t().results.target_label(dimension.title.get(state.lang()))}</label>
                <input type="number" id=input_id min="0" max="4" step="0.5" inputmode="decimal" aria-describedby=hint_id.clone()
                    prop:value=move || compared().map(|c| c.target.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if let Some(target) = crate::domain::assessment::parse_target(&value) {
                            state.update_current(|a| { a.targets.insert(dimension.id.clone(), target); });
                        }
                    }/>
                <Show when=has_override>
                    <button type="button" class="button button--link" on:click=move |_| {
                        state.update_current(|a| { a.targets.remove(&dimension.id); });
                    }>{t().results.target_reset}</button>
                </Show>
            </div>
            <p class="hint" id=hint_id>{move || t().results.target_hint(&i18n::level(state.lang(), default_target.get()))}</p>
        </li>
    }
}

use crate::domain::comparison::Compared;

/// Which pack and group the comparison uses, with the synthetic-data notice where it applies.
#[component]
pub fn ComparisonInfo() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    let peers = state.peer_figures();
    view! {
        <section aria-labelledby="comparison-heading" class="pack-info">
            <h2 id="comparison-heading">{t().results.comparison_title}</h2>
            <PackLine/>
            <p>{move || match peers.get() {
                Some(g) => crate::view::results::comparison_group(t(), &g, state.peers_simulated()),
                None => t().results.comparison_none.to_string(),
            }}</p>
            <p class="no-print"><a href=Route::Benchmark.href()>{t().results.comparison_change}</a></p>
        </section>
    }
}

/// Published reference figures for the questions of one dimension, with the own answer.
#[component]
fn ReferenceValues(dimension: &'static Dimension) -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    let refs: Vec<_> = dimension
        .categories
        .iter()
        .flat_map(|c| &c.questions)
        .filter_map(|q| q.reference.as_ref().map(|r| (q, r)))
        .collect();
    (!refs.is_empty()).then(move || view! {
        <div class="reference-values">
            <h3>{t().results.reference_values_title}</h3>
            <p class="hint">{t().results.reference_values_intro}</p>
            <ul>
                {refs.into_iter().map(|(q, r)| view! {
                    <li>
                        <strong>{move || q.text.get(state.lang()).to_string()}</strong>
                        <br/>{move || r.text.get(state.lang()).to_string()} " "
                        <a href=r.url.clone() rel="noreferrer">{format!("{} ({})", r.source, r.year)}</a>
                        <br/>{move || format!("{}: {}", t().results.own_legend, state.current().with(|a| labels::response(t(), a.as_ref().and_then(|a| a.response(&q.id)))))}
                    </li>
                }).collect_view()}
            </ul>
        </div>
    })
}

#[allow(dead_code)]
fn _assert_state_is_copy(s: AppState) -> (AppState, AppState) {
    (s, s)
}
