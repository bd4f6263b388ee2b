//! One module per screen. `page` picks the screen for a route.

mod benchmark;
mod contribution;
mod district;
mod history;
mod info;
mod part_create;
mod part_merge;
mod plan;
mod profile;
mod questions;
mod report;
mod results;
mod start;

use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::components::title::use_title;
use crate::domain::questionnaire::Lang;
use crate::state::{ui_texts, use_state, QuestionnaireTexts, Route, TermKey};
use crate::web;

pub fn page(route: Route) -> AnyView {
    let state = use_state();
    if route.needs_assessment() && state.current().with_untracked(Option::is_none) {
        return view! { <NoAssessment/> }.into_any();
    }
    if route.evaluates() && state.current_is_part_untracked() {
        return view! { <PartNotEvaluated/> }.into_any();
    }
    // The questionnaire's texts arrive after the first screen, in parts; a screen waits for
    // the parts it shows.
    match state.questionnaire_texts().get() {
        QuestionnaireTexts::Ready => {}
        QuestionnaireTexts::Loading => return view! { <TextsLoading/> }.into_any(),
        QuestionnaireTexts::Unavailable => return view! { <TextsUnavailable/> }.into_any(),
    }
    match route {
        // Only the start page is in the first download; every other screen's code is a chunk of
        // its own, fetched when the screen is first shown (scripts/build-wasm.mjs) — the
        // profile's and the questions' right after the first paint (`prefetch_walk`).
        Route::Start => view! { <start::StartPage/> }.into_any(),
        Route::Profile => lazily(profile_page()),
        Route::Questions(n) => lazily(async move { questions_page().await.map(|page| move || page(n)) }),
        Route::NotFound => view! { <NotFound/> }.into_any(),
        // The other screens show the late texts too (see `i18n::Texts`).
        Route::Results => lazily(with_late_texts(results_page())),
        Route::Plan => lazily(with_late_texts(plan_page())),
        Route::Provider => lazily(with_late_texts(provider_page())),
        Route::Report => lazily(with_late_texts(report_page())),
        Route::History => lazily(with_late_texts(history_page())),
        Route::Benchmark => lazily(with_late_texts(benchmark_page())),
        Route::District => lazily(with_late_texts(district_page())),
        Route::PartCreate => lazily(with_late_texts(part_create_page())),
        Route::PartMerge => lazily(with_late_texts(part_merge_page())),
        Route::Contribution => lazily(with_late_texts(contribution_page())),
        Route::Methodik => lazily(with_late_texts(methodik_page())),
        Route::Begriffe(term) => {
            lazily(with_late_texts(async move { glossary_page().await.map(|page| move || page(term)) }))
        }
        Route::Datenschutz => lazily(with_late_texts(privacy_page())),
        Route::Barrierefreiheit => lazily(with_late_texts(accessibility_page())),
        Route::LeichteSprache => lazily(with_late_texts(easy_read_page())),
    }
}

/// A screen's code, and in German the texts of the late groups, which the screen shows; both
/// fetched at once. English has all its texts once the app is in English.
fn with_late_texts<P>(
    load: impl std::future::Future<Output = Result<P, ScreenMissing>>,
) -> impl std::future::Future<Output = Result<P, ScreenMissing>> {
    let german = use_state().lang_untracked() == Lang::De;
    let texts = async move { !german || ui_texts::german().await };
    async move {
        match futures::future::join(texts, load).await {
            (true, page) => page,
            (false, _) => Err(ScreenMissing),
        }
    }
}

/// A screen's code could not be fetched (the connection dropped, or the app was updated on the
/// server since this page was loaded).
#[derive(Clone, Copy)]
struct ScreenMissing;

impl From<SplitLoaderError> for ScreenMissing {
    fn from(_: SplitLoaderError) -> ScreenMissing {
        ScreenMissing
    }
}

/// A screen whose code arrives when it is first shown: a heading says so until then (or that it
/// cannot be fetched), and focus moves on to the screen's own heading once it is there. `load`
/// gives the screen's constructor, which runs here, inside the app, where the state is known.
fn lazily<P>(load: impl std::future::Future<Output = Result<P, ScreenMissing>> + 'static) -> AnyView
where
    P: Fn() -> AnyView + Clone + Send + Sync + 'static,
{
    let state = use_state();
    // Once a group's code is here, its future is ready at the first poll: then the screen is
    // built at once, without a round through the task queue (which would show the loading
    // heading for a moment and build the screen twice).
    let mut load = Box::pin(load);
    if let Poll::Ready(page) = load.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        return match page {
            Ok(page) => page(),
            Err(ScreenMissing) => view! { <ScreenUnavailable/> }.into_any(),
        };
    }
    let loaded = RwSignal::new(None::<Result<P, ScreenMissing>>);
    leptos::task::spawn_local(async move {
        // The user may have gone on meanwhile; then the signal is gone, and that is fine.
        let _ = loaded.try_set(Some(load.await));
        if state.user_moved() {
            web::focus_after_render(web::Focus::Heading { only_if_lost: true });
        }
    });
    (move || match loaded.get() {
        None => view! { <h1 tabindex="-1" aria-busy="true">{state.texts().common.page_loading}</h1> }.into_any(),
        Some(Err(ScreenMissing)) => view! { <ScreenUnavailable/> }.into_any(),
        Some(Ok(page)) => page(),
    })
    .into_any()
}

#[wasm_split(befragung, fallible, preload(preload_walk))]
fn profile_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| view! { <profile::ProfilePage/> }.into_any())
}

#[wasm_split(befragung, fallible)]
fn questions_page() -> Result<fn(usize) -> AnyView, ScreenMissing> {
    Ok(|number| view! { <questions::QuestionsPage number=number/> }.into_any())
}

/// Fetches the profile's and the questions' code right after the first screen, so that
/// „Selbsteinschätzung starten“ does not wait for it.
pub fn prefetch_walk() {
    leptos::task::spawn_local(async {
        let _ = preload_walk().await;
    });
}

/// A screen that compares with the benchmark pack: the pack is read when the first such screen
/// is shown (its code is in the chunks too, not in the first download).
fn comparing(page: AnyView) -> AnyView {
    use_state().ensure_pack();
    page
}

#[wasm_split(auswertung, fallible)]
fn results_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| comparing(view! { <results::ResultsPage/> }.into_any()))
}

#[wasm_split(auswertung, fallible)]
fn plan_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| comparing(view! { <plan::PlanPage/> }.into_any()))
}

#[wasm_split(auswertung, fallible)]
fn provider_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| comparing(view! { <plan::ProviderPage/> }.into_any()))
}

#[wasm_split(auswertung, fallible)]
fn report_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| comparing(view! { <report::ReportPage/> }.into_any()))
}

#[wasm_split(auswertung, fallible)]
fn history_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| comparing(view! { <history::HistoryPage/> }.into_any()))
}

#[wasm_split(koordination, fallible)]
fn benchmark_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| comparing(view! { <benchmark::BenchmarkPage/> }.into_any()))
}

#[wasm_split(koordination, fallible)]
fn district_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| comparing(view! { <district::DistrictPage/> }.into_any()))
}

#[wasm_split(teilboegen, fallible)]
fn part_create_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| view! { <part_create::PartCreatePage/> }.into_any())
}

#[wasm_split(teilboegen, fallible)]
fn part_merge_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| view! { <part_merge::PartMergePage/> }.into_any())
}

#[wasm_split(koordination, fallible)]
fn contribution_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| comparing(view! { <contribution::ContributionPage/> }.into_any()))
}

#[wasm_split(information, fallible)]
fn methodik_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| view! { <info::MethodikPage/> }.into_any())
}

#[wasm_split(information, fallible)]
fn glossary_page() -> Result<fn(Option<TermKey>) -> AnyView, ScreenMissing> {
    Ok(|term| view! { <info::GlossaryPage term=term/> }.into_any())
}

#[wasm_split(information, fallible)]
fn privacy_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| view! { <info::PrivacyPage/> }.into_any())
}

#[wasm_split(information, fallible)]
fn accessibility_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| view! { <info::AccessibilityPage/> }.into_any())
}

#[wasm_split(information, fallible)]
fn easy_read_page() -> Result<fn() -> AnyView, ScreenMissing> {
    Ok(|| view! { <info::EasyReadPage/> }.into_any())
}

#[component]
fn NoAssessment() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    use_title(move || t().common.no_assessment_title.to_string());
    view! {
        <h1 tabindex="-1">{move || t().common.no_assessment_title}</h1>
        <p>{move || t().common.no_assessment_text}</p>
        <p><a class="button" href=Route::Start.href()>{move || t().common.to_start}</a></p>
    }
}

/// An evaluating screen while a Teilbogen is open: it is evaluated once it is merged back.
#[component]
fn PartNotEvaluated() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    let name = state.current().with_untracked(|a| a.as_ref().map(|a| a.profile.name.clone()).unwrap_or_default());
    let last_page = state.walk().with_untracked(|walk| walk.last_page(state.questionnaire()));
    use_title(move || t().parts.not_evaluated_title.to_string());
    // The text sends the reader to the last question page, where the part is saved as a file.
    view! {
        <h1 tabindex="-1">{move || t().parts.not_evaluated_title}</h1>
        <p>{move || t().parts.not_evaluated_text(&name)}</p>
        <p><a class="button" href=Route::Questions(last_page).href()>{move || t().parts.to_last_page}</a></p>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    use_title(move || t().common.not_found_title.to_string());
    view! {
        <h1 tabindex="-1">{move || t().common.not_found_title}</h1>
        <p>{move || t().common.not_found_text}</p>
        <p><a href=Route::Start.href()>{move || t().common.to_start}</a></p>
    }
}

#[component]
fn TextsLoading() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    use_title(move || t().common.texts_loading_title.to_string());
    view! {
        <h1 tabindex="-1" aria-busy="true">{move || t().common.texts_loading_title}</h1>
    }
}

#[component]
fn TextsUnavailable() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    use_title(move || t().common.texts_unavailable_title.to_string());
    view! {
        <h1 tabindex="-1">{move || t().common.texts_unavailable_title}</h1>
        <p>{move || t().common.notice_texts_unavailable}</p>
        <p><button type="button" class="button button--primary" on:click=|_| web::reload()>{move || t().common.reload}</button></p>
    }
}

#[component]
fn ScreenUnavailable() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    use_title(move || t().common.page_unavailable_title.to_string());
    view! {
        <h1 tabindex="-1">{move || t().common.page_unavailable_title}</h1>
        <p>{move || t().common.page_unavailable}</p>
        <p><button type="button" class="button button--primary" on:click=|_| web::reload()>{move || t().common.reload}</button></p>
    }
}
