use crate::app::{use_state, use_title};
use leptos::prelude::*;
#[component]
pub fn PlanPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().plan.title.to_string());
    view! { <h1 tabindex="-1">{move || state.texts().plan.title}</h1> }
}
#[component]
pub fn ProviderPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 tabindex="-1">{move || state.texts().plan.title}</h1> }
}
