//! The document title of the page shown.

use leptos::prelude::*;

use crate::web;

/// Sets the document title for the current page: „Ergebnisse – DigiKompass“.
pub fn use_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| web::set_title(&format!("{} – DigiKompass", title())));
}
