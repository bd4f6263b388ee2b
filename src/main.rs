use digikompass::state::english;

fn main() {
    // Marks for scripts/bench.mjs: when the module starts, and when the first screen is built.
    let mark = |name: &str| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(name);
        }
    };
    mark("digikompass-start");
    console_error_panic_hook::set_once();
    let started = std::rc::Rc::new(std::cell::Cell::new(false));
    let start = move || {
        if started.replace(true) {
            return;
        }
        leptos::mount::mount_to_body(digikompass::app::App);
        mark("digikompass-mounted");
        digikompass::web::register_service_worker();
    };
    // English was chosen last time: its texts first, so the first screen is not German; but
    // not for longer than `START_WAIT` (then German, and the app says why).
    if english::needed_at_start() {
        let on_time = start.clone();
        wasm_bindgen_futures::spawn_local(async move {
            english::load().await;
            on_time();
        });
        leptos::prelude::set_timeout(start, english::START_WAIT);
    } else {
        start();
    }
}
