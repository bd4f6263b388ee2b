use crate::app::use_state;
use leptos::prelude::*;
#[component]
pub fn BenchmarkPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 tabindex="-1">{move || state.texts().common.nav_benchmark}</h1> }
}
#[component]
pub fn ContributionPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 tabindex="-1">{move || state.texts().common.nav_benchmark}</h1> }
}
