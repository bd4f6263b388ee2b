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

use leptos::prelude::*;

use crate::components::title::use_title;
use crate::state::{use_state, QuestionnaireTexts, Route};
use crate::web;

pub fn page(route: Route) -> AnyView {
    let state = use_state();
    if route.needs_assessment() && state.current().with_untracked(Option::is_none) {
        return view! { <NoAssessment/> }.into_any();
    }
    if route.needs_pack() {
        state.ensure_pack();
    }
    // The questionnaire's texts arrive after the first screen; a screen that shows them waits.
    if route.shows_questionnaire_texts() {
        match state.questionnaire_texts().get() {
            QuestionnaireTexts::Ready => {}
            QuestionnaireTexts::Loading => return view! { <TextsLoading/> }.into_any(),
            QuestionnaireTexts::Unavailable => return view! { <TextsUnavailable/> }.into_any(),
        }
    }
    match route {
        Route::Start => view! { <start::StartPage/> }.into_any(),
        Route::Profile => view! { <profile::ProfilePage/> }.into_any(),
        Route::Questions(n) => view! { <questions::QuestionsPage number=n/> }.into_any(),
        Route::Results => view! { <results::ResultsPage/> }.into_any(),
        Route::Plan => view! { <plan::PlanPage/> }.into_any(),
        Route::Provider => view! { <plan::ProviderPage/> }.into_any(),
        Route::Report => view! { <report::ReportPage/> }.into_any(),
        Route::History => view! { <history::HistoryPage/> }.into_any(),
        Route::Benchmark => view! { <benchmark::BenchmarkPage/> }.into_any(),
        Route::District => view! { <district::DistrictPage/> }.into_any(),
        Route::PartCreate => view! { <part_create::PartCreatePage/> }.into_any(),
        Route::PartMerge => view! { <part_merge::PartMergePage/> }.into_any(),
        Route::Contribution => view! { <contribution::ContributionPage/> }.into_any(),
        Route::Methodik => view! { <info::MethodikPage/> }.into_any(),
        Route::Begriffe(term) => view! { <info::GlossaryPage term=term/> }.into_any(),
        Route::Datenschutz => view! { <info::PrivacyPage/> }.into_any(),
        Route::Barrierefreiheit => view! { <info::AccessibilityPage/> }.into_any(),
        Route::LeichteSprache => view! { <info::EasyReadPage/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    }
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
