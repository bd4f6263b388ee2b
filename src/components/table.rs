//! A wrapper that lets wide tables scroll sideways on small screens, reachable by keyboard.

use leptos::prelude::*;

use crate::state::use_state;

/// `<div class="table-wrap">` that can take focus (so keyboard users can scroll it with the
/// arrow keys, WCAG 2.1.1) and is announced as a named region.
#[component]
pub fn TableWrap(children: Children) -> impl IntoView {
    let state = use_state();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || state.texts().common.table_region>
            {children()}
        </div>
    }
}
