//! A labelled file input that also accepts files dropped onto it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::versioned::FileError;
use crate::web;

thread_local! {
    static CHOSEN_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// One chosen file: its name and its text, or why it could not be read.
pub type ChosenFile = (String, Result<String, FileError>);

/// When the user last chose or dropped files (`performance.now()`), so that handlers can report
/// how long reading and processing took.
pub fn chosen_at() -> f64 {
    CHOSEN_AT.with(std::cell::Cell::get)
}

#[component]
pub fn FileImport(
    /// Id of the input, for the label and for tests.
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    #[prop(into)] drop_text: String,
    accept: &'static str,
    max_bytes: usize,
    #[prop(optional)] multiple: bool,
    on_files: Callback<Vec<ChosenFile>>,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let read = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        CHOSEN_AT.with(|at| at.set(web::performance_now()));
        spawn_local(async move {
            let texts = web::read_texts(&files, max_bytes).await;
            on_files.run(files.iter().map(|f| f.name()).zip(texts).collect());
        });
    };
    view! {
        <div
            class="dropzone"
            class:dropzone--active=move || dragging.get()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                read(web::files(ev.data_transfer().and_then(|d| d.files())));
            }
        >
            <label for=id class="label">{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <input
                type="file"
                id=id
                accept=accept
                multiple=multiple
                aria-describedby=hint_id
                on:change=move |ev| {
                    let input: web_sys::HtmlInputElement = ev.target().unwrap().unchecked_into();
                    let files = web::files(input.files());
                    read(files);
                    // Allow choosing the same file again after an error.
                    input.set_value("");
                }
            />
            <p class="dropzone__text" aria-hidden="true">{drop_text}</p>
        </div>
    }
}
