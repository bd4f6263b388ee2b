//! The English UI texts are a file of their own (see `i18n::install_english`): most users never
//! switch, so the first download does not carry them. They are fetched when someone switches
//! to English, or before the app starts when English was chosen last time.

use crate::content;
use crate::domain::questionnaire::Lang;
use crate::i18n;
use crate::web;

/// Fetches and installs the English texts unless they are here; whether they are here now.
pub async fn load() -> bool {
    if i18n::english().is_some() {
        return true;
    }
    match web::fetch_text(content::UI_TEXTS_EN_FILE).await {
        Ok(json) => i18n::install_english(&json).is_ok(),
        Err(_) => false,
    }
}

/// Whether the app starts in English and must fetch its texts first.
pub fn needed_at_start() -> bool {
    super::store().stored_lang() == Some(Lang::En)
}
