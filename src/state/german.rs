//! The German texts of the screens whose code is a chunk (the late groups, see `i18n::Texts`)
//! are a file of their own: the first download and the way to the first question do not carry
//! them. The first such screen fetches them before it is built (`pages::lazily`), and so does a
//! switch from English to German.

use crate::content;
use crate::i18n;
use crate::web;

/// Fetches and installs the late German texts unless they are here; whether they are here now.
pub async fn load() -> bool {
    if i18n::german().is_some() {
        return true;
    }
    match web::fetch_text(content::UI_TEXTS_DE_FILE).await {
        Ok(json) => i18n::install_german(&json).is_ok(),
        Err(_) => false,
    }
}
