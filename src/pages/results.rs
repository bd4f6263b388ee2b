use crate::app::{use_state, use_title};
use leptos::prelude::*;
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().results.title.to_string());
    view! { <h1 tabindex="-1">{move || state.texts().results.title}</h1> }
}
