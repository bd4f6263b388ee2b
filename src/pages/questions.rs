//! Fragen: one page per category, each question a fieldset with native radios.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{use_state, use_title, Route};
use crate::components::export::ExportButton;
use crate::components::resources::ResourceList;
use crate::domain::assessment::{categories_in_scope, Response};
use crate::domain::questionnaire::{Question, LEVELS};
use crate::i18n::fill;

#[component]
pub fn QuestionsPage(number: usize) -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    let scope = move || state.current.with(|a| a.as_ref().map(|a| a.profile.scope).unwrap_or_default());
    let pages = move || categories_in_scope(state.questionnaire, scope());
    let total = move || pages().len();
    let page = move || pages().get(number - 1).copied();

    use_title(move || {
        let lang = state.lang.get();
        page().map(|(_, c)| c.title.get(lang).to_string()).unwrap_or_else(|| t().common.not_found_title.into())
    });

    view! {
        {move || match page() {
            None => view! {
                <h1 tabindex="-1">{t().common.not_found_title}</h1>
                <p><a href=Route::Questions(1).href()>{t().common.nav_questions}</a></p>
            }.into_any(),
            Some((dimension, category)) => {
                let lang = state.lang.get();
                let first_number = pages()[..number - 1].iter().map(|(_, c)| c.questions.iter().filter(|q| scope().includes(q)).count()).sum::<usize>();
                let questions: Vec<&'static Question> = category.questions.iter().filter(|q| scope().includes(q)).collect();
                let last = number == total();
                view! {
                    <div class="questions-layout">
                        <div class="questions-main">
                            <p class="kicker">{dimension.title.get(lang)}</p>
                            <h1 tabindex="-1">{category.title.get(lang)}</h1>
                            <p class="progress-text">
                                {fill(t().flow.category_of, &[("n", &number.to_string()), ("total", &total().to_string())])}
                            </p>
                            <progress max=total() value=number aria-label=t().flow.progress_label></progress>
                            <p>{category.description.get(lang)}</p>
                            <p class="hint">{t().flow.unanswered_hint}</p>
                            {questions.into_iter().enumerate().map(|(i, q)| view! {
                                <QuestionFieldset question=q number=first_number + i + 1/>
                            }).collect_view()}
                            <ResourceList resources=&category.resources/>
                            <div class="actions actions--split">
                                <button type="button" class="button button--secondary" on:click=move |_| {
                                    state.navigate(if number > 1 { Route::Questions(number - 1) } else { Route::Profile });
                                }>{t().common.back}</button>
                                {if last {
                                    view! {
                                        <button type="button" class="button button--primary" on:click=move |_| state.navigate(Route::Results)>
                                            {t().flow.evaluate}
                                        </button>
                                    }.into_any()
                                } else {
                                    view! {
                                        <button type="button" class="button button--primary" on:click=move |_| state.navigate(Route::Questions(number + 1))>
                                            {t().common.next}
                                        </button>
                                    }.into_any()
                                }}
                            </div>
                            <p class="export-hint">{t().flow.export_hint} " " <ExportButton/></p>
                        </div>
                        <CategoryNav current=number/>
                    </div>
                }.into_any()
            }
        }}
    }
}

/// Progress per dimension and jump links to every category.
#[component]
fn CategoryNav(current: usize) -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    view! {
        <nav class="category-nav" aria-label=move || t().flow.jump_label>
            <h2 class="visually-hidden">{move || t().flow.jump_label}</h2>
            {move || {
                let lang = state.lang.get();
                let scope = state.current.with(|a| a.as_ref().map(|a| a.profile.scope).unwrap_or_default());
                let pages = categories_in_scope(state.questionnaire, scope);
                let results = state.results.get();
                state.questionnaire.dimensions.iter().map(|d| {
                    let coverage = results.as_ref().and_then(|r| r.dimension(&d.id)).map(|r| r.coverage).unwrap_or_default();
                    let progress = fill(t().flow.dimension_progress, &[("answered", &coverage.answered.to_string()), ("total", &coverage.in_scope.to_string())]);
                    let items = pages.iter().enumerate().filter(|(_, (pd, _))| pd.id == d.id).map(|(i, (_, c))| {
                        let n = i + 1;
                        view! {
                            <li>
                                <a href=Route::Questions(n).href() aria-current=(n == current).then_some("step")>
                                    {c.title.get(lang)}
                                </a>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        <div class="category-nav__dimension">
                            <h3>{d.title.get(lang)}</h3>
                            <p class="hint">{progress}</p>
                            <ol>{items}</ol>
                        </div>
                    }
                }).collect_view()
            }}
        </nav>
    }
}

fn target_value(ev: &leptos::ev::Event) -> String {
    ev.target()
        .and_then(|t| {
            t.clone()
                .dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|_| t.dyn_into::<web_sys::HtmlTextAreaElement>().map(|a| a.value()))
                .ok()
        })
        .unwrap_or_default()
}

#[component]
fn QuestionFieldset(question: &'static Question, number: usize) -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    let id = question.id.as_str();
    let answer =
        move || state.current.with(|a| a.as_ref().and_then(|a| a.answers.get(id).cloned()).unwrap_or_default());
    let response = move || answer().response;
    let set = move |r: Option<Response>| state.update_current(|a| a.set_response(id, r));
    let help_id = format!("q-{id}-help");
    let help_ref = help_id.clone();
    let name = format!("q-{id}");
    let is_na = move || matches!(response(), Some(Response::NotApplicable { .. }));
    let reason_missing =
        move || matches!(response(), Some(Response::NotApplicable { reason }) if reason.trim().is_empty());

    let level_choices = (0..LEVELS as u8).map(|level| {
        let input_id = format!("q-{id}-l{level}");
        let name = name.clone();
        view! {
            <div class="choice choice--level">
                <input type="radio" name=name id=input_id.clone() value=level.to_string()
                    prop:checked=move || response() == Some(Response::Level { level })
                    on:change=move |_| set(Some(Response::Level { level }))/>
                <label for=input_id>
                    <span class="choice__level">{move || fill(t().common.level_label, &[("n", &level.to_string())])} ": "</span>
                    {move || question.levels.get(state.lang.get(), level).to_string()}
                </label>
            </div>
        }
    }).collect_view();

    let (na_id, dk_id) = (format!("q-{id}-na"), format!("q-{id}-dk"));
    let (reason_id, note_id, provider_id) =
        (format!("q-{id}-reason"), format!("q-{id}-note"), format!("q-{id}-provider"));
    let reason_hint_id = move || format!("q-{id}-reason-hint");

    view! {
        <fieldset class="question" id=format!("question-{id}") aria-describedby=help_ref>
            <legend>
                <span class="question__number">{move || fill(t().flow.question_number, &[("n", &number.to_string())])}</span>
                <span class="question__text">{move || question.text.get(state.lang.get()).to_string()}</span>
                {question.critical.then(|| view! { <span class="badge badge--critical">{move || t().common.critical_badge}</span> })}
            </legend>
            <p class="question__help" id=help_id>{move || question.help.get(state.lang.get()).to_string()}</p>
            <div class="choices">
                {level_choices}
                <div class="choice choice--other">
                    <input type="radio" name=name.clone() id=na_id.clone() value="na"
                        prop:checked=is_na
                        on:change=move |_| set(Some(Response::NotApplicable { reason: String::new() }))/>
                    <label for=na_id>{move || t().common.not_applicable}</label>
                </div>
                <div class="choice choice--other">
                    <input type="radio" name=name id=dk_id.clone() value="dk"
                        prop:checked=move || response() == Some(Response::DontKnow)
                        on:change=move |_| set(Some(Response::DontKnow))/>
                    <label for=dk_id>{move || t().common.dont_know}</label>
                </div>
            </div>
            <Show when=is_na>
                <div class="field field--nested" class:field--warning=reason_missing>
                    <label for=reason_id.clone() class="label">{move || t().flow.reason_label}</label>
                    <Show when=reason_missing>
                        <p class="field__warning" id=reason_hint_id>{move || t().flow.reason_missing}</p>
                    </Show>
                    <input type="text" id=reason_id.clone() maxlength="500"
                        aria-describedby=move || reason_missing().then(reason_hint_id)
                        prop:value=move || match response() { Some(Response::NotApplicable { reason }) => reason, _ => String::new() }
                        on:input=move |ev| {
                            let reason = target_value(&ev);
                            set(Some(Response::NotApplicable { reason }));
                        }/>
                </div>
            </Show>
            <div class="question__extra">
                <div class="choice choice--checkbox">
                    <input type="checkbox" id=provider_id.clone()
                        prop:checked=move || answer().by_provider
                        on:change=move |ev| {
                            let checked = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
                            state.update_current(|a| a.update_answer(id, |ans| ans.by_provider = checked));
                        }/>
                    <label for=provider_id>{move || t().flow.by_provider_label}</label>
                </div>
                <div class="field">
                    <label for=note_id.clone() class="label label--small">{move || t().flow.note_label}</label>
                    <textarea id=note_id rows="2" maxlength="5000"
                        prop:value=move || answer().note
                        on:input=move |ev| {
                            let note = target_value(&ev);
                            state.update_current(|a| a.update_answer(id, |ans| ans.note = note));
                        }></textarea>
                </div>
                <Show when=move || response().is_some()>
                    <button type="button" class="button button--link" on:click=move |_| set(None)>
                        {move || t().flow.clear_answer}
                    </button>
                </Show>
            </div>
            {(!question.references.is_empty()).then(|| view! {
                <p class="question__refs"><span>{move || t().flow.references_label} ": "</span>{question.references.join(" · ")}</p>
            })}
            {question.reference.as_ref().map(|r| view! {
                <p class="question__reference">
                    <strong>{move || t().flow.reference_value} ": "</strong>
                    {move || r.text.get(state.lang.get()).to_string()} " "
                    <a href=r.url.clone() rel="noreferrer">{format!("{} ({})", r.source, r.year)}</a>
                </p>
            })}
            {(!question.resources.is_empty()).then(|| view! { <ResourceList resources=&question.resources/> })}
        </fieldset>
    }
}
