//! „Exportieren“: the open assessment as a versioned JSON file.

use leptos::prelude::*;

use crate::domain::assessment::Assessment;
use crate::domain::exchange;
use crate::state::{use_state, AppState};
use crate::view;
use crate::view::file_name;
use crate::web;

/// The file an assessment is exported to; a Teilbogen's name says whose part it is.
fn export_file_name(a: &Assessment) -> String {
    match a.part {
        Some(_) => file_name(&view::parts::file_stem(a), &a.date, "json"),
        None => file_name(&a.profile.name, &a.date, "json"),
    }
}

/// Saves the open assessment as a file; its name, or `None` if nothing was saved.
fn export_current(state: AppState) -> Option<String> {
    let a = state.current().get_untracked()?;
    let file = export_file_name(&a);
    web::download(&file, "application/json", &exchange::export(&a)).ok().map(|()| file)
}

/// At the end of a Teilbogen: save it as a file to send back, and say so.
#[component]
pub fn ReturnPartButton() -> impl IntoView {
    let state = use_state();
    let saved = RwSignal::new(None::<String>);
    view! {
        <button type="button" class="button button--primary" on:click=move |_| {
            saved.set(export_current(state));
            web::focus_after_render(web::Focus::Id("part-returned"));
        }>{move || state.texts().parts.return_file}</button>
        <div id="part-returned" tabindex="-1">
            {move || saved.get().map(|file| view! {
                <p class="message message--success" role="status">{state.texts().parts.returned(&file)}</p>
            })}
        </div>
    }
}

#[component]
pub fn ExportButton() -> impl IntoView {
    let state = use_state();
    let export = move |_| {
        export_current(state);
    };
    view! {
        <button type="button" class="button button--secondary button--small" on:click=export>
            {move || state.texts().common.export}
        </button>
    }
}
