//! The questionnaire's texts. The app embeds the questionnaire's structure only (enough to
//! score, migrate and list assessments); the texts of each language are a content-hashed file,
//! fetched once when that language is first needed — for the language in use right after the
//! first screen, so the start page does not wait for them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::content;
use crate::domain::questionnaire::{Lang, Questionnaire};
use crate::web;

/// Whether the questionnaire's texts can be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionnaireTexts {
    Loading,
    /// Texts are here: of the language in use, or of the other one while those arrive (or
    /// when they cannot be fetched).
    Ready,
    /// No language's texts could be fetched.
    Unavailable,
}

/// What fetching one language's texts gave.
#[derive(Clone, Copy, Debug)]
enum Fetched {
    Loaded(&'static Questionnaire),
    Failed,
}

/// The texts of both languages as fetched so far.
#[derive(Clone, Copy)]
pub(super) struct TextFiles {
    de: RwSignal<Option<Fetched>>,
    en: RwSignal<Option<Fetched>>,
    /// Languages whose file was asked for (each is fetched once).
    requested: StoredValue<[bool; 2]>,
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::De => 0,
        Lang::En => 1,
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    }
}

impl TextFiles {
    pub(super) fn new() -> TextFiles {
        TextFiles { de: RwSignal::new(None), en: RwSignal::new(None), requested: StoredValue::new([false; 2]) }
    }

    fn signal(&self, lang: Lang) -> RwSignal<Option<Fetched>> {
        match lang {
            Lang::De => self.de,
            Lang::En => self.en,
        }
    }

    fn loaded(&self, lang: Lang) -> Option<&'static Questionnaire> {
        match self.signal(lang).get() {
            Some(Fetched::Loaded(q)) => Some(q),
            _ => None,
        }
    }

    /// Whether `lang`'s texts could not be fetched (tracked).
    pub(super) fn failed(&self, lang: Lang) -> bool {
        matches!(self.signal(lang).get(), Some(Fetched::Failed))
    }

    /// The questionnaire to show in `lang` (tracked): with `lang`'s texts, else with the other
    /// language's, else the structure alone.
    pub(super) fn questionnaire(&self, lang: Lang) -> &'static Questionnaire {
        self.loaded(lang).or_else(|| self.loaded(other(lang))).unwrap_or_else(content::structure)
    }

    /// Whether there are texts to show in `lang` (tracked).
    pub(super) fn status(&self, lang: Lang) -> QuestionnaireTexts {
        if self.loaded(lang).or_else(|| self.loaded(other(lang))).is_some() {
            QuestionnaireTexts::Ready
        } else if self.failed(lang) && self.failed(other(lang)) {
            QuestionnaireTexts::Unavailable
        } else {
            QuestionnaireTexts::Loading
        }
    }

    /// Fetches `lang`'s texts, once.
    pub(super) fn fetch(&self, lang: Lang) {
        let asked = self.requested.with_value(|r| r[index(lang)]);
        if asked {
            return;
        }
        self.requested.update_value(|r| r[index(lang)] = true);
        let signal = self.signal(lang);
        spawn_local(async move {
            let text = web::fetch_text(content::texts_file(lang)).await.ok();
            signal.set(Some(match text.and_then(|text| content::with_texts(lang, &text).ok()) {
                Some(q) => Fetched::Loaded(q),
                None => Fetched::Failed,
            }));
        });
    }

    /// When `lang`'s texts cannot be fetched, the other language's stand in.
    pub(super) fn fetch_fallback(&self, lang: Lang) {
        self.fetch(other(lang));
    }
}
