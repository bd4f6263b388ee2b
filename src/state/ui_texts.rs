//! The UI texts that are files of their own rather than part of the first download (see
//! `i18n::Texts`):
//! - the English ones, since most users never switch. They are fetched when someone switches to
//!   English, or before the app starts when English was chosen last time;
//! - the German ones of the screens whose code is a chunk (the late groups). The first such
//!   screen fetches them before it is built (`pages::with_late_texts`), and so does a switch from
//!   English to German.

use crate::content;
use crate::domain::questionnaire::Lang;
use crate::i18n::{self, Texts};
use crate::web;

/// Fetches and installs the English texts unless they are here; whether they are here now.
pub async fn english() -> bool {
    fetch_unless_here(i18n::english, content::UI_TEXTS_EN_FILE, i18n::install_english).await
}

/// Fetches and installs the late German texts unless they are here; whether they are here now.
pub async fn german() -> bool {
    fetch_unless_here(i18n::german, content::UI_TEXTS_DE_FILE, i18n::install_german).await
}

/// Whether the app starts in English and must fetch its texts first.
pub fn english_needed_at_start() -> bool {
    super::store().stored_lang() == Some(Lang::En)
}

async fn fetch_unless_here(
    here: fn() -> Option<&'static Texts>,
    file: &str,
    install: fn(&str) -> Result<(), String>,
) -> bool {
    if here().is_some() {
        return true;
    }
    match web::fetch_text(file).await {
        Ok(json) => install(&json).is_ok(),
        Err(_) => false,
    }
}
