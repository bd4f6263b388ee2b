use crate::app::use_state;
use leptos::prelude::*;
#[component]
pub fn HistoryPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 tabindex="-1">{move || state.texts().common.nav_history}</h1> }
}
