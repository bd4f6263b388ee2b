//! The frame around every screen: skip link, header with navigation and language switch,
//! notices, save status, main region, footer with the legally required links.

use leptos::prelude::*;

use crate::content;
use crate::domain::questionnaire::Lang;
use crate::i18n::{self, Texts};
use crate::state::{use_state, Notice, Route, SaveStatus};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let state = use_state();
    let header = move || {
        let t = state.texts();
        view! {
            <a class="skip-link" href="#main" on:click=|ev| {
                ev.prevent_default();
                crate::web::focus_after_render(crate::web::Focus::Id("main"));
            }>{t.common.skip_link}</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a class="brand" href=Route::Start.href()>
                        <span class="brand__name">{t.common.app_name}</span>
                        <span class="brand__tagline">{t.common.app_tagline}</span>
                    </a>
                    <LanguageSwitch/>
                </div>
                <Navigation t=t/>
            </header>
        }
    };
    view! {
        {header}
        <Notices/>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <Footer/>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    let other = move || i18n::other(state.lang());
    view! {
        <p class="lang-switch">
            <a
                href=move || state.route().get().href()
                lang=move || i18n::code(other())
                hreflang=move || i18n::code(other())
                on:click=move |ev| {
                    ev.prevent_default();
                    state.set_lang(other());
                }
            >
                {move || match other() {
                    Lang::En => "English",
                    Lang::De => "Deutsch",
                }}
            </a>
        </p>
    }
}

#[component]
fn Navigation(t: &'static Texts) -> impl IntoView {
    let state = use_state();
    let has_assessment = Memo::new(move |_| state.current().with(Option::is_some));
    // A Teilbogen is evaluated only in the assessment it is merged into.
    let evaluable = Memo::new(move |_| state.current().with(|a| a.as_ref().is_some_and(|a| !a.is_part())));
    let item = move |route: Route, label: &'static str| {
        let current = move || {
            let now = state.route().get();
            let same = match (now, route) {
                (Route::Questions(_), Route::Questions(_)) => true,
                (a, b) => a == b,
            };
            same.then_some("page")
        };
        view! {
            <li>
                <a href=route.href() aria-current=current>{label}</a>
            </li>
        }
    };
    view! {
        <nav class="site-nav" aria-label=t.common.nav_label>
            <ul>
                {item(Route::Start, t.common.nav_start)}
                <Show when=move || has_assessment.get()>
                    {item(Route::Profile, t.common.nav_profile)}
                    {item(Route::Questions(1), t.common.nav_questions)}
                </Show>
                <Show when=move || evaluable.get()>
                    {item(Route::Results, t.common.nav_results)}
                    {item(Route::Plan, t.common.nav_plan)}
                    {item(Route::Report, t.common.nav_report)}
                    {item(Route::History, t.common.nav_history)}
                </Show>
                {item(Route::Benchmark, t.common.nav_benchmark)}
            </ul>
            <SaveIndicator/>
        </nav>
    }
}

/// Autosave status, announced politely by screen readers.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let state = use_state();
    let text = move || {
        let t = state.texts();
        if state.current().with(Option::is_none) {
            return String::new();
        }
        match state.save_status().get() {
            SaveStatus::Idle => String::new(),
            SaveStatus::Saved { at_ms } => {
                let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
                let time = format!("{:02}:{:02}", d.get_hours(), d.get_minutes());
                t.common.saved_at(&time)
            }
            SaveStatus::MemoryOnly => t.common.not_saved_memory.to_string(),
            SaveStatus::Failed(crate::storage::SaveError::Full) => t.common.not_saved_full.to_string(),
            SaveStatus::Failed(_) => t.common.not_saved_memory.to_string(),
        }
    };
    let failed = move || matches!(state.save_status().get(), SaveStatus::Failed(_) | SaveStatus::MemoryOnly);
    view! {
        <p class="save-status" class:save-status--problem=failed role="status" id="save-status">
            {text}
        </p>
    }
}

fn notice_text(t: &'static Texts, notice: &Notice) -> String {
    let c = &t.common;
    match notice {
        Notice::StorageBlocked => c.notice_storage_blocked.into(),
        Notice::StorageFull => c.notice_storage_full.into(),
        Notice::SaveFailed(reason) => c.notice_save_failed(reason),
        Notice::Unreadable(1) => c.notice_unreadable_one.into(),
        Notice::Unreadable(n) => c.notice_unreadable(&n.to_string()),
        Notice::Migrated { assessments, dropped } => {
            let mut text = c.notice_migrated(&assessments.to_string());
            if !dropped.is_empty() {
                text.push(' ');
                text.push_str(&c.notice_migrated_dropped(&dropped.len().to_string(), &dropped.join(", ")));
            }
            text
        }
        Notice::SettingsDamaged => c.notice_settings_damaged.into(),
        Notice::ChangedElsewhere(name) => c.notice_changed_elsewhere(name),
        Notice::DeletedElsewhere => c.notice_deleted_elsewhere.into(),
        Notice::EnglishQuestionsUnavailable => c.notice_english_unavailable.into(),
        Notice::EnglishUiUnavailable => c.notice_english_ui_unavailable.into(),
        Notice::GermanUiUnavailable => c.notice_german_ui_unavailable.into(),
        Notice::TextsUnavailable => c.notice_texts_unavailable.into(),
        Notice::StoredNotRead => c.notice_stored_not_read.into(),
    }
}

#[component]
fn Notices() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="notices" role="region" aria-label=move || state.texts().common.notices_label
            hidden=move || state.notices().with(Vec::is_empty)>
            <For each=move || state.notices().get() key=|n| format!("{n:?}") let:notice>
                {
                    let dismiss = notice.clone();
                    view! {
                        <div class="notice" role="alert">
                            <p>{move || notice_text(state.texts(), &notice)}</p>
                            <button type="button" class="button button--small button--secondary"
                                on:click=move |_| state.dismiss(&dismiss)>
                                {move || state.texts().common.notice_dismiss}
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let state = use_state();
    let operator = &content::OPERATOR;
    move || {
        let t = state.texts();
        view! {
            <footer class="site-footer">
                <nav aria-label=t.common.footer_label>
                    <ul>
                        <li><a href=Route::Methodik.href()>{t.common.footer_methodik}</a></li>
                        <li><a href=Route::Begriffe(None).href()>{t.common.footer_glossary}</a></li>
                        <li><a href=Route::Datenschutz.href()>{t.common.footer_privacy}</a></li>
                        <li><a href=Route::Barrierefreiheit.href()>{t.common.footer_accessibility}</a></li>
                        <li><a href=Route::LeichteSprache.href()>{t.common.footer_easy}</a></li>
                        <li><a href=format!("mailto:{}", operator.accessibility_email)>{t.common.footer_feedback}</a></li>
                        <li><a href=operator.imprint_url rel="noreferrer">{t.common.footer_imprint}</a></li>
                    </ul>
                </nav>
                <p>{t.common.footer_operator(operator.name)}</p>
                {operator.example.then(|| view! { <p class="hint">{t.common.example_operator}</p> })}
                <p class="hint">{t.common.footer_licence}</p>
            </footer>
        }
    }
}
