//! Small browser helpers: time, ids, file download and upload, focus.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::versioned::FileError;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("runs in a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// Milliseconds since the page started loading, with sub-millisecond precision.
pub fn performance_now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}

/// The window's inner width in CSS pixels.
pub fn viewport_width() -> f64 {
    window().inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(800.0)
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// A random local identifier (not a secret, only unique on this device).
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 1e12) as u64;
    format!("{:x}-{:x}", now_ms(), random)
}

/// Offers `content` as a file download without any network request.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    document().body().ok_or("no body")?.append_child(&a)?;
    a.click();
    a.remove();
    // Revoke later: some browsers start the download asynchronously.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Reads many files at once (in parallel, not one after another: a coordinator drops
/// thousands), refusing those above `max_bytes` before reading. Failures are the same
/// [`FileError`] the parsers give, so one place words them all (`view::errors`).
pub async fn read_texts(files: &[web_sys::File], max_bytes: usize) -> Vec<Result<String, FileError>> {
    let promises = js_sys::Array::new();
    for file in files.iter().filter(|f| f.size() <= max_bytes as f64) {
        promises.push(&file.text());
    }
    let settled = match JsFuture::from(js_sys::Promise::all_settled(&promises)).await {
        Ok(settled) => js_sys::Array::from(&settled),
        Err(_) => js_sys::Array::new(),
    };
    let mut settled = settled.iter();
    files
        .iter()
        .map(|file| {
            if file.size() > max_bytes as f64 {
                return Err(FileError::TooLarge { bytes: file.size() as usize });
            }
            let outcome = settled.next().ok_or(FileError::Unreadable)?;
            js_sys::Reflect::get(&outcome, &"value".into())
                .ok()
                .and_then(|v| v.as_string())
                .ok_or(FileError::Unreadable)
        })
        .collect()
}

/// Files from an `<input type=file>` change or a drop event.
pub fn files(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Where focus goes after the next render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The element with this id (a message, a dialog's first button).
    Id(&'static str),
    /// The page's `main h1` (or the element a page marks `data-arrival`, such as the term a
    /// link opened the glossary at); with `only_if_lost`, only where focus has fallen back to
    /// the body because the focused element was replaced.
    Heading { only_if_lost: bool },
}

/// Moves focus in the next animation frame, after the render that shows its target.
pub fn focus_after_render(focus: Focus) {
    leptos::prelude::request_animation_frame(move || {
        let document = document();
        let target = match focus {
            Focus::Id(id) => document.get_element_by_id(id),
            Focus::Heading { only_if_lost } => {
                let lost = document
                    .active_element()
                    .is_none_or(|active| document.body().is_some_and(|body| body.is_same_node(Some(&active))));
                if only_if_lost && !lost {
                    return;
                }
                let arrival = document.query_selector("main [data-arrival]").ok().flatten();
                arrival.or_else(|| document.query_selector("main h1").ok().flatten())
            }
        };
        if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Sets, or with `None` removes, a custom property on the root element. The report's running
/// header comes this way: `@page` margin boxes cannot show the document's text, only a string
/// they inherit (the print rules in style/main.css read `--report-header`). CSSOM, so the CSP
/// allows it.
pub fn set_root_property(name: &str, value: Option<&str>) {
    let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let style = root.style();
    let _ = match value {
        Some(value) => style.set_property(name, value),
        None => style.remove_property(name).map(drop),
    };
}

pub fn set_html_lang(code: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", code);
    }
}

pub fn print() {
    let _ = window().print();
}

/// Loads the page anew (after texts could not be fetched).
pub fn reload() {
    let _ = window().location().reload();
}

/// Whether the browser prints `@page` margin boxes (the report's „Seite x von y“). Gecko does
/// not (Firefox 153), and CSS cannot ask; every other engine the app supports does.
pub fn prints_page_numbers() -> bool {
    !window().navigator().user_agent().is_ok_and(|ua| ua.contains("Gecko/") && ua.contains("Firefox/"))
}

/// Returns `text` with a UTF-8 byte order mark, so that German Excel detects the encoding.
pub fn with_bom(text: &str) -> String {
    format!("\u{feff}{text}")
}

/// Registers `sw.js` (written by scripts/post-build.mjs) so the app also opens offline.
/// Browsers allow this only on HTTPS or localhost; elsewhere it is skipped silently.
pub fn register_service_worker() {
    let navigator = window().navigator();
    let Ok(container) = js_sys::Reflect::get(&navigator, &"serviceWorker".into()) else { return };
    if container.is_undefined() || container.is_null() {
        return;
    }
    let register =
        js_sys::Reflect::get(&container, &"register".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(register) = register {
        // Relative to the page, so it also works under a sub-path. A failure is not an error of
        // the app: without a service worker it works the same, only not offline.
        if let Ok(promise) = register.call1(&container, &JsValue::from_str("sw.js")) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                leptos::task::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        }
    }
}

/// GETs a file of this app (same origin) as text.
pub async fn fetch_text(url: &str) -> Result<String, JsValue> {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url)).await?.dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!("HTTP {}", response.status())));
    }
    JsFuture::from(response.text()?).await?.as_string().ok_or_else(|| JsValue::from_str("not text"))
}
