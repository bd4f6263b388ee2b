//! The application state shared by all screens, and every change to it. Knows nothing of
//! pages: pages and components read it through getters (read-only signals and memos) and change
//! it only through the named mutations here; they never write storage themselves.
//!
//! Values that several screens derive (the open assessment, its results, the peer figures, the
//! action plan, the comparison with an earlier assessment) are memos here, computed once per
//! change instead of once per component.
//! Each change to an assessment is saved at once (autosave), and the outcome is shown as
//! [`SaveStatus`].

use leptos::prelude::*;

use crate::content;
use crate::domain::assessment::{Assessment, Walk};
use crate::domain::benchmark::{GroupFigures, Pack, PeerGroup};
use crate::domain::contribution::Contribution;
use crate::domain::exchange::Imported;
use crate::domain::questionnaire::{Lang, Questionnaire};
use crate::domain::scoring::{self, Results};
use crate::domain::versioned::FileError;
use crate::i18n::{self, Texts};
use crate::storage::{self, ChangedKey, LocalStore, Original, ReadAssessment, SaveError, Settings, Store, Unreadable};
use crate::view;
use crate::web;

mod later;
mod parts;
pub mod reader;
mod route;
mod session;
mod texts;
pub mod ui_texts;

use later::Later;
pub use parts::{ChosenPart, MergeDone};
pub use route::{Route, TermKey};
pub use texts::QuestionnaireTexts;
use texts::TextFiles;

/// The state of the app, provided as context by the root component.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// The browser's storage with the app's layout on it.
fn store() -> Store<LocalStore> {
    Store::new(LocalStore)
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saved {
        at_ms: u64,
    },
    /// Storage is blocked: the app works in memory.
    MemoryOnly,
    Failed(SaveError),
}

/// A message shown in the notices area until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    StorageBlocked,
    StorageFull,
    SaveFailed(String),
    Unreadable(usize),
    SettingsDamaged,
    ChangedElsewhere(String),
    DeletedElsewhere,
    /// The English questionnaire texts could not be fetched: the questions stay German.
    EnglishQuestionsUnavailable,
    /// The English UI texts could not be fetched: the app stays in German.
    EnglishUiUnavailable,
    /// The German texts of the evaluation screens could not be fetched: the app stays in English.
    GermanUiUnavailable,
    /// Neither language's questionnaire texts could be fetched.
    TextsUnavailable,
    /// The code that reads stored assessments could not be fetched: they stay unread.
    StoredNotRead,
    /// Stored assessments of an older format or questionnaire version were converted at start.
    Migrated {
        assessments: usize,
        dropped: Vec<String>,
    },
}

/// A kept original (see [`storage::Original`]) with what the start page says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptOriginal {
    pub original: Original,
    /// The assessment's id and name, and the answers its conversion dropped.
    pub id: Option<String>,
    pub name: String,
    pub dropped: Vec<String>,
}

impl KeptOriginal {
    fn describe(original: Original, questionnaire: &Questionnaire, read: ReadAssessment) -> KeptOriginal {
        match read(&original.raw, questionnaire) {
            Ok(i) => KeptOriginal {
                id: Some(i.assessment.id.clone()),
                name: i.assessment.display_name().to_string(),
                dropped: i.migration.changed_answers(),
                original,
            },
            Err(_) => KeptOriginal { id: None, name: original.key.clone(), dropped: Vec::new(), original },
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActivePack {
    pub pack: Pack,
    /// The pack built into the app (synthetic example data).
    pub built_in: bool,
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The questionnaire's texts per language, fetched when first needed (see `texts.rs`).
    texts: TextFiles,
    texts_status: Memo<QuestionnaireTexts>,
    /// The pages the open assessment goes through (a full check's without one).
    walk: Memo<Walk>,
    /// The questionnaire with the texts of the language in use (or the other language's while
    /// they arrive; the structure alone before any).
    questionnaire_signal: Memo<&'static Questionnaire>,
    lang: RwSignal<Lang>,
    route: RwSignal<Route>,
    /// All assessments in this browser, most recently changed first.
    assessments: RwSignal<Vec<Assessment>>,
    /// Id of the open assessment.
    active: RwSignal<Option<String>>,
    unreadable: RwSignal<Vec<Unreadable>>,
    /// Texts of assessments from before a conversion that dropped answers.
    originals: RwSignal<Vec<KeptOriginal>>,
    storage_available: RwSignal<bool>,
    save_status: RwSignal<SaveStatus>,
    notices: RwSignal<Vec<Notice>>,
    pack: RwSignal<Option<ActivePack>>,
    /// Whether the pack was read (see [`AppState::ensure_pack`]).
    pack_read: StoredValue<bool>,
    /// The peer group chosen by the user; `None` means "best match for the profile".
    peer_choice: RwSignal<Option<PeerGroup>>,
    /// The earlier assessment chosen on „Verlauf“ (shown in the report too).
    history_choice: RwSignal<Option<String>>,
    /// The open assessment (a copy, recomputed when it changes).
    current: Memo<Option<Assessment>>,
    results: Memo<Option<Results<'static>>>,
    peer_figures: Memo<Option<GroupFigures>>,
    /// The plan, the scenario and the comparison with an earlier assessment (see `later.rs`).
    later: Later,
    /// The width charts are drawn at; follows the window's width.
    chart_width: RwSignal<u32>,
    /// Whether the printed report includes the comparison with simulated example data. Held
    /// here, not by the report page: its charts still read it while the page is torn down.
    report_includes_simulated: RwSignal<bool>,
    /// The contributions of the last pack built here, for the „Kreisübersicht“; in memory only
    /// (they are the coordinator's files, not this browser's data).
    district: RwSignal<Vec<Contribution>>,
    /// Teilbögen chosen for „Zusammenführen“, and the last merge (see `parts.rs`).
    parts_to_merge: RwSignal<Vec<ChosenPart>>,
    last_merge: RwSignal<Option<MergeDone>>,
    /// Whether the user has moved on from the page as it loaded (to another screen or
    /// language): late content then takes focus to its heading, as a screen change does.
    user_moved: StoredValue<bool>,
    /// A save waiting for a pause in typing (see [`AppState::type_into_current`]).
    pending_save: StoredValue<Option<TimeoutHandle>>,
    /// The English UI texts are being fetched after a click on „English“ (see
    /// [`AppState::set_lang`]): further clicks wait for that fetch.
    english_pending: StoredValue<bool>,
    /// English was chosen, but its texts could not be fetched at the start: the app shows
    /// German, and keeps English as the stored choice until the user picks a language.
    english_wanted: StoredValue<bool>,
}

/// How long typing must pause before the text is saved: a keystroke should not serialise the
/// whole assessment, and a pause this short loses nothing (the page's `pagehide` saves too).
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(400);

impl AppState {
    pub fn load() -> AppState {
        let questionnaire = content::structure();
        let start = session::start(&store(), questionnaire, reader::loaded().map(|r| r.assessment), web::now_ms());
        let storage_available = start.storage_available;
        let settings = start.settings;
        let (assessments, active, notices) = (start.assessments, start.active, start.notices);
        let (unreadable, originals) = (start.unreadable, start.originals);

        let assessments = RwSignal::new(assessments);
        let active = RwSignal::new(active);
        let current = Memo::new(move |_| {
            let id = active.get()?;
            assessments.with(|list| list.iter().find(|a| a.id == id).cloned())
        });
        // English was chosen last time, but its texts could not be fetched before the start
        // (src/main.rs): German, and a notice.
        let mut notices = notices;
        let english_wanted = settings.lang == Some(Lang::En) && i18n::english().is_none();
        if english_wanted {
            notices.push(Notice::EnglishUiUnavailable);
        }
        let lang = RwSignal::new(if english_wanted { Lang::De } else { settings.lang.unwrap_or_default() });
        let texts = TextFiles::new();
        let initial_route = Route::parse(&web::window().location().hash().unwrap_or_default()).unwrap_or(Route::Start);
        let route = RwSignal::new(initial_route);
        // Without an open assessment, the walk of a full check (the one a new assessment starts).
        let walk = Memo::new(move |_| current.with(|a| a.as_ref().map(Walk::of).unwrap_or_default()));
        let texts_needed = Memo::new(move |_| walk.with(|walk| texts::needed(route.get(), walk)));
        let texts_shown =
            Memo::new(move |before: Option<&u32>| texts::shown(before.copied().unwrap_or(0), &texts_needed.get()));
        // Compared by address: the questionnaires differ only in their texts.
        let questionnaire_signal = Memo::new_with_compare(
            move |_| texts.questionnaire(texts_shown.get()),
            |a, b| !matches!((a, b), (Some(a), Some(b)) if std::ptr::eq(*a, *b)),
        );
        let texts_status = Memo::new(move |_| texts_needed.with(|need| texts.status(lang.get(), need)));
        let results = Memo::new(move |_| {
            let questionnaire = questionnaire_signal.get();
            current.with(|a| a.as_ref().map(|a| scoring::score(questionnaire, a)))
        });
        let pack = RwSignal::new(None::<ActivePack>);
        let peer_choice = RwSignal::new(settings.peer_group.as_deref().and_then(PeerGroup::from_key));
        let peer_figures = Memo::new(move |_| {
            let choice = peer_choice.get();
            pack.with(|p| {
                let pack = &p.as_ref()?.pack;
                let chosen = choice.and_then(|g| pack.group(g));
                let best_match = || {
                    current.with(|a| {
                        let profile = a.as_ref().map(|a| &a.profile);
                        pack.best_group(profile.and_then(|p| p.kind), profile.and_then(|p| p.size_class()))
                    })
                };
                chosen.or_else(best_match).cloned()
            })
        });
        let history_choice = RwSignal::new(settings.history.clone());

        let state = AppState {
            texts,
            texts_status,
            walk,
            questionnaire_signal,
            lang,
            route,
            assessments,
            active,
            unreadable: RwSignal::new(unreadable),
            originals: RwSignal::new(originals),
            storage_available: RwSignal::new(storage_available),
            save_status: RwSignal::new(if storage_available { SaveStatus::Idle } else { SaveStatus::MemoryOnly }),
            notices: RwSignal::new(notices),
            pack,
            pack_read: StoredValue::new(false),
            peer_choice,
            history_choice,
            current,
            results,
            peer_figures,
            later: Later::new(),
            chart_width: RwSignal::new(view::chart_width(web::viewport_width())),
            report_includes_simulated: RwSignal::new(false),
            district: RwSignal::new(Vec::new()),
            parts_to_merge: RwSignal::new(Vec::new()),
            last_merge: RwSignal::new(None),
            user_moved: StoredValue::new(false),
            pending_save: StoredValue::new(None),
            english_pending: StoredValue::new(false),
            english_wanted: StoredValue::new(english_wanted),
        };
        // The texts the screen shows, and, once the user is at work on a question page, those
        // the next page will (see `texts.rs`).
        Effect::new(move |_| {
            let lang = lang.get();
            texts.fetch_all(lang, texts_needed.get());
            let route = route.get();
            if current.with(|a| a.as_ref().is_some_and(|a| walk.with(|walk| texts::at_work(route, walk, a)))) {
                texts.fetch_all(lang, walk.with(|walk| texts::ahead(route, walk)));
            }
        });
        // Texts that cannot be fetched: the other language's stand in, and a notice says so.
        Effect::new(move |_| {
            let lang = lang.get();
            let failed = texts.failed(lang);
            if !failed.is_empty() {
                texts.fetch_fallback(lang, failed);
                if lang == Lang::En {
                    state.notify(Notice::EnglishQuestionsUnavailable);
                }
            }
            if texts.unavailable() {
                state.notify(Notice::TextsUnavailable);
            }
        });
        state
    }

    /// Reads the benchmark pack once: a loaded one from storage, else the built-in example.
    /// Called by the screens that compare, so the walk through the questions never waits for it.
    pub fn ensure_pack(&self) {
        if self.pack_read.get_value() {
            return;
        }
        self.pack_read.set_value(true);
        match store().load_pack().map(|json| Pack::parse(&json, content::structure())) {
            Some(Ok(pack)) => self.pack.set(Some(ActivePack { pack, built_in: false })),
            _ => self.use_example_pack(),
        }
    }

    /// The example pack (simulated data) is a file of its own: fetched, parsed and used, unless
    /// the user chose a pack meanwhile.
    fn use_example_pack(&self) {
        let pack = self.pack;
        leptos::task::spawn_local(async move {
            let json = web::fetch_text(content::EXAMPLE_PACK_FILE).await.ok();
            let example = json.and_then(|json| Pack::parse(&json, content::structure()).ok());
            if pack.with_untracked(Option::is_none) {
                pack.set(example.map(|pack| ActivePack { pack, built_in: true }));
            }
        });
    }

    /// The questionnaire in use (reactive: changes when texts arrive).
    pub fn questionnaire(&self) -> &'static Questionnaire {
        self.questionnaire_signal.get()
    }

    /// The pages the open assessment goes through: a Teilbogen's categories only, the questions
    /// of its scope (a full check's without an open assessment).
    pub fn walk(&self) -> Memo<Walk> {
        self.walk
    }

    /// Whether the questionnaire's texts can be shown yet.
    pub fn questionnaire_texts(&self) -> Memo<QuestionnaireTexts> {
        self.texts_status
    }

    /// Fetches the questionnaire's texts that the screen the user is likely to open next shows:
    /// the page to continue the open assessment at, else the first question page.
    pub fn prefetch_texts(&self) {
        let next = self.current.with_untracked(|a| a.as_ref().map_or(Route::Questions(1), |a| self.resume_route(a)));
        let need = self.walk.with_untracked(|walk| texts::needed(next, walk));
        self.texts.fetch_all(self.lang.get_untracked(), need);
    }

    /// Where to continue assessment `a`: the profile while it lacks a name, else the first
    /// page with an unanswered question, else the results.
    pub fn resume_route(&self, a: &Assessment) -> Route {
        if a.profile.name.trim().is_empty() {
            return Route::Profile;
        }
        Walk::of(a).resume_page(content::structure(), a).map_or(Route::Results, Route::Questions)
    }

    // Read-only views of the state. Signals are returned read-only: every change goes through
    // a named mutation below.

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn route(&self) -> ReadSignal<Route> {
        self.route.read_only()
    }

    /// All assessments in this browser, most recently changed first.
    pub fn assessments(&self) -> ReadSignal<Vec<Assessment>> {
        self.assessments.read_only()
    }

    pub fn unreadable(&self) -> ReadSignal<Vec<Unreadable>> {
        self.unreadable.read_only()
    }

    /// Texts of assessments from before a conversion that dropped answers.
    pub fn originals(&self) -> ReadSignal<Vec<KeptOriginal>> {
        self.originals.read_only()
    }

    pub fn save_status(&self) -> ReadSignal<SaveStatus> {
        self.save_status.read_only()
    }

    pub fn notices(&self) -> ReadSignal<Vec<Notice>> {
        self.notices.read_only()
    }

    pub fn pack(&self) -> ReadSignal<Option<ActivePack>> {
        self.pack.read_only()
    }

    /// Whether the comparison figures come from simulated example data (tracked).
    pub fn peers_simulated(&self) -> bool {
        self.pack.with(|p| p.as_ref().is_some_and(|active| active.pack.synthetic))
    }

    /// Whether the report includes the comparison with simulated example data (off unless
    /// the user ticks it; a real pack always prints).
    pub fn report_includes_simulated(&self) -> RwSignal<bool> {
        self.report_includes_simulated
    }

    /// The contributions behind the „Kreisübersicht“ (empty until a pack was built here).
    pub fn district(&self) -> ReadSignal<Vec<Contribution>> {
        self.district.read_only()
    }

    /// Keeps the contributions a pack was just built from, for the „Kreisübersicht“.
    pub fn set_district(&self, contributions: Vec<Contribution>) {
        self.district.set(contributions);
    }

    /// The peer group chosen by the user; `None` means "best match for the profile".
    pub fn peer_choice(&self) -> ReadSignal<Option<PeerGroup>> {
        self.peer_choice.read_only()
    }

    /// The earlier assessment chosen on „Verlauf“ (shown in the report too).
    pub fn history_choice(&self) -> ReadSignal<Option<String>> {
        self.history_choice.read_only()
    }

    /// The open assessment.
    pub fn current(&self) -> Memo<Option<Assessment>> {
        self.current
    }

    /// Whether the open assessment is a Teilbogen, without subscribing to its changes.
    pub fn current_is_part_untracked(&self) -> bool {
        self.current.with_untracked(|a| a.as_ref().is_some_and(Assessment::is_part))
    }

    pub fn results(&self) -> Memo<Option<Results<'static>>> {
        self.results
    }

    /// How many steps a measure in the scenario goes (see `domain::scenario::max_steps`).
    pub fn set_scenario_steps(&self, question_id: &str, steps: u8) {
        self.update_current(|a| {
            a.scenario.insert(question_id.to_string(), steps);
        });
    }

    /// Puts a measure into the scenario (its next step) or takes it out.
    pub fn set_in_scenario(&self, question_id: &str, chosen: bool) {
        self.update_current(|a| {
            if chosen {
                a.scenario.insert(question_id.to_string(), 1);
            } else {
                a.scenario.remove(question_id);
            }
        });
    }

    /// The peer group figures to compare with: the user's choice if in the pack, else the best
    /// match for the profile.
    pub fn peer_figures(&self) -> Memo<Option<GroupFigures>> {
        self.peer_figures
    }

    /// The width to draw charts at (reactive: follows the window's width).
    pub fn chart_width(&self) -> u32 {
        self.chart_width.get()
    }

    /// Follows the window's width (the `resize` event); charts redraw only when their width
    /// changes, which it does not above 824 px.
    pub fn viewport_resized(&self, viewport_px: f64) {
        let width = view::chart_width(viewport_px);
        if self.chart_width.get_untracked() != width {
            self.chart_width.set(width);
        }
    }

    /// Notes that the user moved on from the page as it loaded.
    pub fn note_user_moved(&self) {
        self.user_moved.set_value(true);
    }

    /// Whether the user moved on from the page as it loaded (to another screen or language).
    pub fn user_moved(&self) -> bool {
        self.user_moved.get_value()
    }

    /// Follows the URL fragment (the `hashchange` event).
    pub fn follow_route(&self, route: Route) {
        self.route.set(route);
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|list| list.retain(|n| n != notice));
    }

    pub fn texts(&self) -> &'static Texts {
        i18n::texts(self.lang.get())
    }

    pub fn navigate(&self, route: Route) {
        // Setting the hash fires `hashchange`, which updates `self.route` (see app/mod.rs).
        let _ = web::window().location().set_hash(&route.href());
    }

    pub fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice)
            }
        });
    }

    fn settings(&self) -> Settings {
        Settings {
            lang: Some(if self.english_wanted.get_value() { Lang::En } else { self.lang.get_untracked() }),
            active: self.active.get_untracked(),
            peer_group: self.peer_choice.get_untracked().map(|g| g.key()),
            history: self.history_choice.get_untracked(),
        }
    }

    pub fn save_settings(&self) {
        if self.storage_available.get_untracked() {
            let _ = store().save_settings(&self.settings());
        }
    }

    /// Switches the language; to English once its texts are here (fetched the first time, one
    /// fetch however often „English“ is clicked meanwhile), to German once its late texts are
    /// (the screen in use may show them).
    pub fn set_lang(&self, lang: Lang) {
        if lang == Lang::De && self.lang.get_untracked() == Lang::En && i18n::german().is_none() {
            let state = *self;
            leptos::task::spawn_local(async move {
                if ui_texts::german().await {
                    state.apply_lang(Lang::De);
                } else {
                    state.notify(Notice::GermanUiUnavailable);
                }
            });
            return;
        }
        if lang == Lang::En && i18n::english().is_none() {
            if self.english_pending.get_value() {
                return;
            }
            self.english_pending.set_value(true);
            let state = *self;
            leptos::task::spawn_local(async move {
                let loaded = ui_texts::english().await;
                state.english_pending.set_value(false);
                if loaded {
                    state.apply_lang(Lang::En);
                } else {
                    state.notify(Notice::EnglishUiUnavailable);
                }
            });
            return;
        }
        self.apply_lang(lang);
    }

    fn apply_lang(&self, lang: Lang) {
        self.english_wanted.set_value(false);
        match lang {
            Lang::En => self.dismiss(&Notice::EnglishUiUnavailable),
            Lang::De => self.dismiss(&Notice::GermanUiUnavailable),
        }
        self.lang.set(lang);
        self.save_settings();
        // The screen in use fetches what it shows in the new language; this fetches what the
        // next one likely does, as after the first screen.
        self.prefetch_texts();
    }

    fn persist(&self, assessment: &Assessment) {
        if !self.storage_available.get_untracked() {
            self.save_status.set(SaveStatus::MemoryOnly);
            return;
        }
        match store().save_assessment(assessment) {
            Ok(()) => self.save_status.set(SaveStatus::Saved { at_ms: web::now_ms() }),
            Err(error) => {
                match &error {
                    SaveError::Full => self.notify(Notice::StorageFull),
                    SaveError::Unavailable => self.notify(Notice::StorageBlocked),
                    SaveError::Other(reason) => self.notify(Notice::SaveFailed(reason.clone())),
                }
                self.save_status.set(SaveStatus::Failed(error));
            }
        }
    }

    /// Changes the open assessment and saves it.
    pub fn update_current(&self, change: impl FnOnce(&mut Assessment)) {
        if let Some(a) = self.change_current(change) {
            self.cancel_pending_save();
            self.persist(&a);
        }
    }

    /// A keystroke in a text field of the open assessment (a note, a name): shown at once,
    /// saved when typing pauses or the page is left ([`AppState::save_pending`]).
    pub fn type_into_current(&self, change: impl FnOnce(&mut Assessment)) {
        if self.change_current(change).is_none() {
            return;
        }
        self.cancel_pending_save();
        let state = *self;
        let handle = set_timeout_with_handle(move || state.save_pending(), TYPING_PAUSE).ok();
        self.pending_save.set_value(handle);
    }

    /// Saves typing that is still waiting for its pause (called on `pagehide` too).
    pub fn save_pending(&self) {
        if self.pending_save.get_value().is_none() {
            return;
        }
        self.cancel_pending_save();
        if let Some(a) = self.current.get_untracked() {
            self.persist(&a);
        }
    }

    fn cancel_pending_save(&self) {
        if let Some(handle) = self.pending_save.get_value() {
            handle.clear();
            self.pending_save.set_value(None);
        }
    }

    fn change_current(&self, change: impl FnOnce(&mut Assessment)) -> Option<Assessment> {
        let id = self.active.get_untracked()?;
        let mut changed = None;
        self.assessments.update(|list| {
            if let Some(a) = list.iter_mut().find(|a| a.id == id) {
                change(a);
                a.updated_ms = web::now_ms();
                changed = Some(a.clone());
            }
        });
        changed
    }

    /// Adds (or replaces) an assessment, saves it and opens it.
    pub fn add_and_open(&self, mut assessment: Assessment) {
        assessment.updated_ms = web::now_ms();
        self.persist(&assessment);
        let id = assessment.id.clone();
        self.assessments.update(|list| {
            list.retain(|a| a.id != id);
            list.insert(0, assessment);
        });
        self.open(&id);
    }

    pub fn open(&self, id: &str) {
        // Typing into the assessment open until now is saved first: the pending save would
        // otherwise save whichever assessment is open when it runs.
        self.save_pending();
        if self.active.get_untracked().as_deref() != Some(id) {
            self.forget_parts();
        }
        self.active.set(Some(id.to_string()));
        self.history_choice.set(None);
        self.save_settings();
    }

    pub fn start_new(&self) {
        let assessment = Assessment::new(web::new_id(), self.questionnaire_signal.get_untracked(), web::today());
        self.add_and_open(assessment);
    }

    pub fn duplicate(&self, id: &str) {
        let Some(original) = self.assessments.with_untracked(|l| l.iter().find(|a| a.id == id).cloned()) else {
            return;
        };
        self.add_and_open(original.duplicate(web::new_id(), web::today()));
    }

    pub fn delete(&self, id: &str) {
        store().delete_assessment(id);
        // Deleting means deleting: kept originals of this assessment go too.
        for original in self.originals.get_untracked().into_iter().filter(|o| o.id.as_deref() == Some(id)) {
            self.forget_original(&original.original.key);
        }
        self.assessments.update(|list| list.retain(|a| a.id != id));
        if self.active.get_untracked().as_deref() == Some(id) {
            self.active.set(None);
            self.save_settings();
        }
    }

    /// Imports an assessment file. On success the assessment is saved and opened; on failure
    /// nothing changes.
    pub fn import(&self, read: ReadAssessment, text: &str) -> Result<(Imported, bool), FileError> {
        let imported = read(text, self.questionnaire_signal.get_untracked())?;
        let replaced = self.assessments.with_untracked(|l| l.iter().any(|a| a.id == imported.assessment.id));
        self.add_and_open(imported.assessment.clone());
        Ok((imported, replaced))
    }

    pub fn forget_original(&self, key: &str) {
        store().delete_key(key);
        self.originals.update(|list| list.retain(|o| o.original.key != key));
    }

    pub fn forget_unreadable(&self, key: &str) {
        store().delete_key(key);
        self.unreadable.update(|list| list.retain(|u| u.key != key));
    }

    /// „Alle Daten löschen“.
    pub fn clear_everything(&self) {
        self.cancel_pending_save();
        store().clear_all();
        self.assessments.set(Vec::new());
        self.active.set(None);
        self.unreadable.set(Vec::new());
        self.originals.set(Vec::new());
        self.peer_choice.set(None);
        self.pack.set(None);
        self.use_example_pack();
        self.save_status.set(SaveStatus::Idle);
    }

    /// Applies a change another tab made to our storage (the `storage` event).
    pub fn storage_changed(&self, key: &str, new_value: Option<String>) {
        let ChangedKey::Assessment(id) = storage::changed_key(key) else {
            return;
        };
        if let Some(reader) = reader::loaded() {
            self.apply_change(reader.assessment, id, new_value);
            return;
        }
        // The reader's code first. Meanwhile more changes may come: each then applies what
        // storage holds by the time the reader is here, so the last one wins as it should.
        let (state, id) = (*self, id.to_string());
        leptos::task::spawn_local(async move {
            if let Some(reader) = reader::load().await {
                state.apply_change(reader.assessment, &id, store().stored_assessment(&id));
            }
        });
    }

    fn apply_change(&self, read: ReadAssessment, id: &str, new_value: Option<String>) {
        let changed = new_value.map(|text| read(&text, self.questionnaire_signal.get_untracked()));
        let active = self.active.get_untracked();
        let mut notice = None;
        self.assessments.update(|list| notice = session::apply_change(list, active.as_deref(), id, changed));
        if let Some(notice) = notice {
            self.notify(notice);
        }
    }

    pub fn set_pack(&self, pack: Option<(Pack, String)>) -> Result<(), SaveError> {
        match pack {
            Some((pack, json)) => {
                let saved =
                    if self.storage_available.get_untracked() { store().save_pack(Some(&json)) } else { Ok(()) };
                self.pack.set(Some(ActivePack { pack, built_in: false }));
                saved
            }
            None => {
                let _ = store().save_pack(None);
                self.pack.set(None);
                self.use_example_pack();
                Ok(())
            }
        }
    }

    pub fn set_history_choice(&self, id: Option<String>) {
        self.history_choice.set(id);
        self.save_settings();
    }

    pub fn set_peer_choice(&self, group: Option<PeerGroup>) {
        self.peer_choice.set(group);
        self.save_settings();
    }
}
