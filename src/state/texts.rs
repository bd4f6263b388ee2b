//! The questionnaire's texts. The app embeds the questionnaire's structure only (enough to
//! score, migrate and list assessments); the texts of each language are content-hashed files in
//! parts (`content::TextsPart`): the common part, the Methodik with the glossary, the next
//! steps, and two per dimension (its first category, its other categories). A screen waits
//! only for the parts it shows ([`needed`]): the first question page for the common part and
//! its own category's questions. They are fetched right after the first screen for the page the
//! user is likely to open, what the next page shows once the user is at work on the page before
//! it ([`ahead`]), the rest when a screen shows them (the service worker keeps them all for
//! offline use).

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::route::Route;
use crate::content::{self, Texts, TextsPart};
use crate::domain::assessment::{question_page, Assessment, Walk};
use crate::domain::questionnaire::{Lang, Questionnaire};
use crate::web;

/// Whether the questionnaire's texts that a screen shows are here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionnaireTexts {
    Loading,
    /// Texts are here: of the language in use, or of the other one while those arrive (or
    /// when they cannot be fetched).
    Ready,
    /// A part could be fetched in neither language.
    Unavailable,
}

/// What fetching one part of one language's texts gave.
#[derive(Clone, Copy, Debug)]
enum Fetched {
    Loaded(&'static Texts),
    Failed,
}

type Parts = [RwSignal<Option<Fetched>>; TextsPart::COUNT];

/// The texts parts of both languages as fetched so far.
#[derive(Clone, Copy)]
pub(super) struct TextFiles {
    de: Parts,
    en: Parts,
    /// Parts whose file was asked for (each is fetched once), by language.
    requested: StoredValue<[[bool; TextsPart::COUNT]; 2]>,
}

const LANGS: [Lang; 2] = [Lang::De, Lang::En];

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

/// The parts of the texts that `route` shows, for the open assessment's `walk` (a full check's
/// without one).
pub(super) fn needed(route: Route, walk: &Walk) -> Vec<TextsPart> {
    match route {
        Route::Start
        | Route::Profile
        | Route::Datenschutz
        | Route::Barrierefreiheit
        | Route::LeichteSprache
        | Route::NotFound => Vec::new(),
        Route::Begriffe(_) => vec![TextsPart::Common, TextsPart::Reference],
        Route::Questions(page) => std::iter::once(TextsPart::Common).chain(page_part(walk, page)).collect(),
        _ => TextsPart::all().collect(),
    }
}

/// What to fetch ahead on `route`: on a question page, what the page after it shows — the rest
/// of the dimension on the page that opens it, the next dimension's first category on a
/// dimension's last page, everything the results show on the last page — so that „Weiter“ does
/// not wait for it. The state asks once the page has an answer: the first question of a visit
/// waits for nothing else, and the user is seconds away from „Weiter“.
pub(super) fn ahead(route: Route, walk: &Walk) -> Vec<TextsPart> {
    let Route::Questions(page) = route else { return Vec::new() };
    let next = if page < walk.last_page(content::structure()) {
        Route::Questions(page + 1)
    } else if walk.only.is_some() {
        // A Teilbogen is evaluated only once merged, in its sender's browser.
        return Vec::new();
    } else {
        Route::Results
    };
    let now = needed(route, walk);
    needed(next, walk).into_iter().filter(|part| !now.contains(part)).collect()
}

/// The parts screens have needed so far, `before` and `need`, as bits by part index: what the
/// questionnaire in use is made of ([`TextFiles::questionnaire`]).
pub(super) fn shown(before: u32, need: &[TextsPart]) -> u32 {
    need.iter().fold(before, |bits, part| bits | 1 << part.index())
}

/// Whether the user is at work on question page `route` of `assessment`: a question on it has
/// an answer (when [`ahead`] is fetched).
pub(super) fn at_work(route: Route, walk: &Walk, assessment: &Assessment) -> bool {
    let Route::Questions(page) = route else { return false };
    walk.answered_on(content::structure(), assessment, page)
}

/// The part with the questions of question page `page` of `walk`.
fn page_part(walk: &Walk, page: usize) -> Option<TextsPart> {
    TextsPart::holding(&question_page(content::structure(), walk, page)?.category.id)
}

// A questionnaire's bits below: one per part and language.
const _: () = assert!(2 * TextsPart::COUNT <= u32::BITS as usize);

thread_local! {
    /// The questionnaire with each combination of parts met so far, by the bits of the loaded
    /// (language, part) pairs. Parts only ever arrive, so there are at most `2 × COUNT` of them.
    static MERGED: RefCell<Vec<(u32, &'static Questionnaire)>> = const { RefCell::new(Vec::new()) };
}

impl TextFiles {
    pub(super) fn new() -> TextFiles {
        TextFiles {
            de: std::array::from_fn(|_| RwSignal::new(None)),
            en: std::array::from_fn(|_| RwSignal::new(None)),
            requested: StoredValue::new([[false; TextsPart::COUNT]; 2]),
        }
    }

    fn signal(&self, lang: Lang, part: TextsPart) -> RwSignal<Option<Fetched>> {
        let parts = match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
        };
        parts[part.index()]
    }

    fn loaded(&self, lang: Lang, part: TextsPart) -> Option<&'static Texts> {
        match self.signal(lang, part).get() {
            Some(Fetched::Loaded(texts)) => Some(texts),
            _ => None,
        }
    }

    fn has_failed(&self, lang: Lang, part: TextsPart) -> bool {
        matches!(self.signal(lang, part).get(), Some(Fetched::Failed))
    }

    /// The parts of `lang` that could not be fetched (tracked).
    pub(super) fn failed(&self, lang: Lang) -> Vec<TextsPart> {
        TextsPart::all().filter(|&part| self.has_failed(lang, part)).collect()
    }

    /// Whether some part could be fetched in neither language (tracked).
    pub(super) fn unavailable(&self) -> bool {
        TextsPart::all().any(|part| self.has_failed(Lang::De, part) && self.has_failed(Lang::En, part))
    }

    /// The questionnaire with the parts fetched so far that a screen has shown (`shown`, see
    /// [`shown`]), in both languages (tracked): a text in one language stands in for the
    /// other's while that is not here. A part fetched ahead changes nothing when it arrives, so
    /// the open page is not redrawn for texts it does not show; it joins when a screen needs it.
    pub(super) fn questionnaire(&self, shown: u32) -> &'static Questionnaire {
        let mut bits = 0u32;
        let mut parts = Vec::new();
        for (l, lang) in LANGS.into_iter().enumerate() {
            for part in TextsPart::all().filter(|part| shown & (1 << part.index()) != 0) {
                if let Some(texts) = self.loaded(lang, part) {
                    bits |= 1 << (l * TextsPart::COUNT + part.index());
                    parts.push((lang, texts));
                }
            }
        }
        if bits == 0 {
            return content::structure();
        }
        MERGED.with(|merged| {
            if let Some(&(_, questionnaire)) = merged.borrow().iter().find(|(b, _)| *b == bits) {
                return questionnaire;
            }
            // Each part was checked against the structure when it arrived (`parse_texts`).
            let questionnaire = content::with_texts_parts(parts).unwrap_or_else(|_| content::structure().clone());
            let questionnaire: &'static Questionnaire = Box::leak(Box::new(questionnaire));
            merged.borrow_mut().push((bits, questionnaire));
            questionnaire
        })
    }

    /// Whether the parts `need` can be shown in `lang` (tracked).
    pub(super) fn status(&self, lang: Lang, need: &[TextsPart]) -> QuestionnaireTexts {
        let mut status = QuestionnaireTexts::Ready;
        for &part in need {
            if self.loaded(lang, part).or_else(|| self.loaded(other(lang), part)).is_some() {
                continue;
            }
            if self.has_failed(lang, part) && self.has_failed(other(lang), part) {
                return QuestionnaireTexts::Unavailable;
            }
            status = QuestionnaireTexts::Loading;
        }
        status
    }

    /// Fetches `parts` of `lang`'s texts, each once.
    pub(super) fn fetch_all(&self, lang: Lang, parts: impl IntoIterator<Item = TextsPart>) {
        parts.into_iter().for_each(|part| self.fetch(lang, part));
    }

    /// Fetches `part` of `lang`'s texts, once.
    pub(super) fn fetch(&self, lang: Lang, part: TextsPart) {
        let asked = self.requested.with_value(|r| r[index(lang)][part.index()]);
        if asked {
            return;
        }
        self.requested.update_value(|r| r[index(lang)][part.index()] = true);
        let signal = self.signal(lang, part);
        spawn_local(async move {
            let text = web::fetch_text(content::texts_file(lang, part)).await.ok();
            // A part that does not fit the embedded structure counts as not fetched.
            let texts = text.and_then(|text| content::parse_texts(lang, part, &text).ok());
            signal.set(Some(match texts {
                Some(texts) => Fetched::Loaded(Box::leak(Box::new(texts))),
                None => Fetched::Failed,
            }));
        });
    }

    /// When parts of `lang`'s texts cannot be fetched, the other language's stand in.
    pub(super) fn fetch_fallback(&self, lang: Lang, parts: Vec<TextsPart>) {
        self.fetch_all(other(lang), parts);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{categories_in_scope, Scope};
    use crate::state::TermKey;

    #[test]
    fn a_screen_waits_for_the_parts_it_shows() {
        for route in [Route::Start, Route::Profile, Route::Datenschutz, Route::Barrierefreiheit, Route::LeichteSprache]
        {
            assert_eq!(needed(route, &Walk::default()), [], "{route:?}");
        }
        assert_eq!(
            needed(Route::Begriffe(TermKey::new("isb")), &Walk::default()),
            [TextsPart::Common, TextsPart::Reference]
        );
        assert_eq!(needed(Route::Questions(1), &Walk::default()), [TextsPart::Common, TextsPart::FirstCategory(0)]);
        let all: Vec<TextsPart> = TextsPart::all().collect();
        assert_eq!(all.len(), 3 + 2 * content::structure().dimensions.len());
        for route in [Route::Results, Route::Plan, Route::Report, Route::Methodik, Route::History, Route::PartCreate] {
            assert_eq!(needed(route, &Walk::default()), all, "{route:?}");
        }
    }

    #[test]
    fn every_question_page_waits_for_its_own_category_and_fetches_what_the_next_page_shows() {
        let structure = content::structure();
        let all: Vec<TextsPart> = TextsPart::all().collect();
        for walk in [Walk::from(Scope::Full), Walk::from(Scope::Kurzcheck)] {
            let pages = categories_in_scope(structure, &walk);
            let part = |dimension: &str, category: &str| {
                let d = structure.dimensions.iter().position(|d| d.id == dimension).unwrap();
                let c = structure.dimensions[d].categories.iter().position(|c| c.id == category).unwrap();
                if c == 0 {
                    TextsPart::FirstCategory(d)
                } else {
                    TextsPart::OtherCategories(d)
                }
            };
            for (i, (dimension, category)) in pages.iter().enumerate() {
                let page = i + 1;
                let own = part(&dimension.id, &category.id);
                assert_eq!(needed(Route::Questions(page), &walk), [TextsPart::Common, own]);
                let expected: Vec<TextsPart> = match pages.get(page) {
                    Some((next, category)) if part(&next.id, &category.id) != own => {
                        vec![part(&next.id, &category.id)]
                    }
                    Some(_) => Vec::new(),
                    // The last page: the results show everything.
                    None => all.iter().copied().filter(|p| *p != TextsPart::Common && *p != own).collect(),
                };
                assert_eq!(ahead(Route::Questions(page), &walk), expected, "page {page}");
            }
            // Beyond the last page: nothing of a dimension.
            assert_eq!(needed(Route::Questions(pages.len() + 1), &walk), [TextsPart::Common]);
        }
        // The first page fetches the rest of its dimension ahead, the first dimension's last
        // page the second dimension's first category.
        assert_eq!(ahead(Route::Questions(1), &Walk::default()), [TextsPart::OtherCategories(0)]);
        assert_eq!(ahead(Route::Questions(2), &Walk::default()), []);
        let last_of_first = structure.dimensions[0].categories.len();
        assert_eq!(ahead(Route::Questions(last_of_first), &Walk::default()), [TextsPart::FirstCategory(1)]);
        assert_eq!(ahead(Route::Results, &Walk::default()), []);
    }

    #[test]
    fn the_questionnaire_in_use_takes_in_every_part_a_screen_has_needed_and_no_other() {
        let first = shown(0, &needed(Route::Questions(1), &Walk::default()));
        assert_eq!(first, 1 << TextsPart::Common.index() | 1 << TextsPart::FirstCategory(0).index());
        // The part fetched ahead is not in until the next page needs it; none is ever dropped.
        assert_eq!(shown(first, &needed(Route::Start, &Walk::default())), first);
        let second = shown(first, &needed(Route::Questions(2), &Walk::default()));
        assert_eq!(second, first | 1 << TextsPart::OtherCategories(0).index());
        let all = shown(second, &needed(Route::Results, &Walk::default()));
        assert_eq!(all, (1 << TextsPart::COUNT) - 1);
    }

    #[test]
    fn the_user_is_at_work_on_a_page_once_a_question_on_it_has_an_answer() {
        use crate::domain::assessment::{Answer, Response};
        let structure = content::structure();
        let walk = Walk::default();
        let mut assessment = Assessment::default();
        assert!(!at_work(Route::Questions(1), &walk, &assessment));
        // A note alone is no answer; an answer on another page does not count.
        let first = &structure.dimensions[0].categories[0].questions[1].id;
        let second = &structure.dimensions[0].categories[1].questions[0].id;
        assessment.answers.insert(first.clone(), Answer { note: "Entwurf".into(), ..Answer::default() });
        assessment.answers.insert(second.clone(), Answer { response: Some(Response::DontKnow), ..Answer::default() });
        assert!(!at_work(Route::Questions(1), &walk, &assessment));
        assert!(at_work(Route::Questions(2), &walk, &assessment));
        assessment.answers.get_mut(first).unwrap().response = Some(Response::Level { level: 2 });
        assert!(at_work(Route::Questions(1), &walk, &assessment));
        assert!(!at_work(Route::Results, &walk, &assessment));
    }

    #[test]
    fn a_teilbogen_page_waits_for_the_part_of_its_own_category() {
        let structure = content::structure();
        let category = structure.dimensions[2].categories[1].id.clone();
        let walk = Walk { scope: Scope::Full, only: Some(vec![category]) };
        assert_eq!(needed(Route::Questions(1), &walk), [TextsPart::Common, TextsPart::OtherCategories(2)]);
        // Its only page is its last, and a Teilbogen is not evaluated on its own: nothing ahead.
        assert_eq!(ahead(Route::Questions(1), &walk), []);
    }
}
