use std::time::Duration;

use digikompass::state::{reader, ui_texts};

/// How long the start waits for what the first screen needs (see `main`) before it comes up
/// without it, with a notice: a stalled connection must not leave the page blank.
const START_WAIT: Duration = Duration::from_secs(4);

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
    // Before the first screen, what it must show: the reader when storage holds assessments,
    // and the English texts when English was chosen last time, both at once; but not for
    // longer than `START_WAIT` (then without, and the app says why).
    let need_reader = reader::needed_at_start();
    let need_english = ui_texts::english_needed_at_start();
    if need_reader || need_english {
        let on_time = start.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let reader = async {
                if need_reader {
                    reader::load().await;
                }
            };
            let english = async {
                if need_english {
                    ui_texts::english().await;
                }
            };
            futures::future::join(reader, english).await;
            on_time();
        });
        leptos::prelude::set_timeout(start, START_WAIT);
    } else {
        start();
    }
}
