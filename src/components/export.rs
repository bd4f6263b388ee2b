//! „Exportieren“: the open assessment as a versioned JSON file.

use leptos::prelude::*;

use crate::domain::exchange;
use crate::state::use_state;
use crate::web;

/// File name from the Kommune's name and the date, ASCII only: `digikompass-musterhausen-2026-11-25.json`.
pub fn file_name(name: &str, date: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in name.trim().to_lowercase().chars() {
        match c {
            'ä' => slug.push_str("ae"),
            'ö' => slug.push_str("oe"),
            'ü' => slug.push_str("ue"),
            'ß' => slug.push_str("ss"),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ if !slug.ends_with('-') => slug.push('-'),
            _ => {}
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(40).collect();
    let slug = if slug.is_empty() { "selbsteinschaetzung".to_string() } else { slug };
    format!("digikompass-{slug}-{date}.{extension}")
}

#[component]
pub fn ExportButton() -> impl IntoView {
    let state = use_state();
    let export = move |_| {
        if let Some(a) = state.current().get_untracked() {
            let _ =
                web::download(&file_name(&a.profile.name, &a.date, "json"), "application/json", &exchange::export(&a));
        }
    };
    view! {
        <button type="button" class="button button--secondary button--small" on:click=export>
            {move || state.texts().common.export}
        </button>
    }
}
