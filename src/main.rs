fn main() {
    // Marks for scripts/bench.mjs: when the module starts, and when the first screen is built.
    let mark = |name: &str| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(name);
        }
    };
    mark("digikompass-start");
    console_error_panic_hook::set_once();
    let start = move || {
        leptos::mount::mount_to_body(digikompass::app::App);
        mark("digikompass-mounted");
        digikompass::web::register_service_worker();
    };
    // English was chosen last time: its texts first, so the first screen is not German.
    if digikompass::state::english::needed_at_start() {
        wasm_bindgen_futures::spawn_local(async move {
            digikompass::state::english::load().await;
            start();
        });
    } else {
        start();
    }
}
