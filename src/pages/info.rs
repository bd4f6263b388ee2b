use crate::app::use_state;
use leptos::prelude::*;
#[component]
pub fn MethodikPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 tabindex="-1">{move || state.texts().info.methodik_title}</h1> }
}
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 tabindex="-1">{move || state.texts().common.footer_privacy}</h1> }
}
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 tabindex="-1">{move || state.texts().common.footer_accessibility}</h1> }
}
#[component]
pub fn EasyReadPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 tabindex="-1">{move || state.texts().common.footer_easy}</h1> }
}
