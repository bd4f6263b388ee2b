fn main() {
    // Marks for scripts/bench.mjs: when the module starts, and when the first screen is built.
    let mark = |name: &str| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(name);
        }
    };
    mark("digikompass-start");
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(digikompass::app::App);
    mark("digikompass-mounted");
    digikompass::web::register_service_worker();
}
