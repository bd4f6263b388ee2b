//! The root component: creates the state, follows the URL fragment and other tabs' changes,
//! and moves focus on screen change.

use leptos::prelude::*;

use crate::components::layout::Layout;
use crate::domain::questionnaire::Lang;
use crate::i18n;
use crate::pages;
use crate::state::{AppState, Route};
use crate::web::{self, Focus};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);

    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = web::window().location().hash().unwrap_or_default();
        if let Some(route) = Route::parse(&hash) {
            state.follow_route(route);
        }
    });
    on_cleanup(move || on_hash.remove());

    let on_storage = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        if let Some(key) = ev.key() {
            state.storage_changed(&key, ev.new_value());
        }
    });
    on_cleanup(move || on_storage.remove());

    // Leaving or reloading the page: save typing that still waits for its pause.
    let on_pagehide = window_event_listener(leptos::ev::pagehide, move |_| state.save_pending());
    on_cleanup(move || on_pagehide.remove());

    let on_resize = window_event_listener(leptos::ev::resize, move |_| state.viewport_resized(web::viewport_width()));
    on_cleanup(move || on_resize.remove());

    Effect::new(move |_| web::set_html_lang(i18n::code(state.lang())));
    // Once the first screen is painted (a task after its animation frame), fetch what the walk
    // through the questions needs: its texts and its code. Started any earlier, compiling the
    // code would hold up that first paint.
    request_animation_frame(move || {
        set_timeout(
            move || {
                state.prefetch_texts();
                pages::prefetch_walk();
            },
            std::time::Duration::ZERO,
        )
    });

    // After every screen change except the first: focus the new page's heading, so screen
    // readers announce it and keyboard users start at the top.
    Effect::new(move |previous: Option<Route>| {
        let route = state.route().get();
        if previous.is_some_and(|p| p != route) {
            state.note_user_moved();
            web::focus_after_render(Focus::Heading { only_if_lost: false });
        }
        route
    });
    Effect::new(move |previous: Option<Lang>| {
        let lang = state.lang();
        if previous.is_some_and(|p| p != lang) {
            state.note_user_moved();
        }
        lang
    });
    // Late data rebuilds the page: the questionnaire's texts arrive after the first screen (and
    // the English ones after the language switch), and the page built without them is replaced,
    // taking the focused heading with it. Where focus was lost that way, put it on the new
    // heading, so nobody loses their place (and no test depends on which came first). On the
    // page as it loaded, focus stays where the browser put it.
    Effect::new(move |previous: Option<usize>| {
        let questionnaire = std::ptr::from_ref(state.questionnaire()) as usize;
        if previous.is_some_and(|p| p != questionnaire) && state.user_moved() {
            web::focus_after_render(Focus::Heading { only_if_lost: true });
        }
        questionnaire
    });

    view! { <Layout>{move || pages::page(state.route().get())}</Layout> }
}
