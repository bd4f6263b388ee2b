use crate::app::{use_state, use_title};
use leptos::prelude::*;
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().report.title.to_string());
    view! { <h1 tabindex="-1">{move || state.texts().report.title}</h1> }
}
