//! Fragen: one page per category, each question a fieldset with native radios.
//!
//! The page re-renders only when the language or the scope changes; an answer updates just
//! the inputs that show it, so focus and scroll position stay where the user is.

use leptos::prelude::*;

use crate::components::export::{ExportButton, ReturnPartButton};
use crate::components::part_banner::PartBanner;
use crate::components::resources::ResourceList;
use crate::components::title::use_title;
use crate::domain::assessment::{categories_in_scope, question_page, Response, Walk};
use crate::domain::questionnaire::{Lang, Question, LEVELS};
use crate::i18n::Texts;
use crate::state::{use_state, Route, TermKey};
use crate::view;
use crate::view::glossary::{self, Segment};

#[component]
pub fn QuestionsPage(number: usize) -> impl IntoView {
    let state = use_state();
    // The pages a Teilbogen goes through are its categories only.
    let walk = state.walk();
    use_title(move || {
        let lang = state.lang();
        categories_in_scope(state.questionnaire(), &walk.get())
            .get(number - 1)
            .map(|(_, c)| c.title.get(lang).to_string())
            .unwrap_or_else(|| state.texts().common.not_found_title.into())
    });

    move || {
        let t = state.texts();
        let lang = state.lang();
        let walk = walk.get();
        let Some(page) = question_page(state.questionnaire(), &walk, number) else {
            return view! {
                <h1 tabindex="-1">{t.common.not_found_title}</h1>
                <p><a href=Route::Questions(1).href()>{t.common.nav_questions}</a></p>
            }
            .into_any();
        };
        let (dimension, category, total) = (page.dimension, page.category, page.pages);
        let questions = page.questions.into_iter().map(|(n, q)| {
            view! { <QuestionFieldset question=q number=n t=t lang=lang/> }
        });
        let next = if number == total && walk.only.is_some() {
            view! { <ReturnPartButton/> }.into_any()
        } else if number == total {
            view! { <button type="button" class="button button--primary" on:click=move |_| state.navigate(Route::Results)>{t.flow.evaluate}</button> }.into_any()
        } else {
            view! { <button type="button" class="button button--primary" on:click=move |_| state.navigate(Route::Questions(number + 1))>{t.common.next}</button> }.into_any()
        };
        view! {
            <div class="questions-layout">
                <div class="questions-main">
                    <p class="kicker">{dimension.title.get(lang).to_string()}</p>
                    <h1 tabindex="-1">{category.title.get(lang).to_string()}</h1>
                    <p class="progress-text">{t.flow.category_of(&number.to_string(), &total.to_string())}</p>
                    <progress max=total value=number aria-label=t.flow.progress_label></progress>
                    <PartBanner/>
                    <p>{category.description.get(lang).to_string()}</p>
                    <p class="hint">{t.flow.unanswered_hint}</p>
                    {questions.collect_view()}
                    <ResourceList resources=&category.resources/>
                    <div class="actions actions--split">
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            state.navigate(if number > 1 { Route::Questions(number - 1) } else { Route::Profile });
                        }>{t.common.back}</button>
                        {next}
                    </div>
                    <p class="export-hint">{t.flow.export_hint} " " <ExportButton/></p>
                </div>
                <CategoryNav current=number walk=walk t=t lang=lang/>
            </div>
        }
        .into_any()
    }
}

/// Progress per dimension and jump links to every category.
#[component]
fn CategoryNav(current: usize, walk: Walk, t: &'static Texts, lang: Lang) -> impl IntoView {
    let state = use_state();
    let pages = categories_in_scope(state.questionnaire(), &walk);
    // A Teilbogen shows only the dimensions it has categories of.
    let shown = state.questionnaire().dimensions.iter().filter(|d| pages.iter().any(|(pd, _)| pd.id == d.id));
    let dimensions = shown.map(|d| {
        let walk = walk.clone();
        let progress = move || {
            let (answered, total) = if walk.only.is_some() {
                state.current().with(|a| a.as_ref().map(|a| walk.progress(state.questionnaire(), a, &d.id)).unwrap_or_default())
            } else {
                let coverage = state.results().with(|r| r.as_ref().and_then(|r| r.dimension(&d.id)).map(|r| r.coverage)).unwrap_or_default();
                (coverage.answered, coverage.in_scope)
            };
            t.flow.dimension_progress(&answered.to_string(), &total.to_string())
        };
        let items = pages.iter().enumerate().filter(|(_, (pd, _))| pd.id == d.id).map(|(i, (_, c))| {
            let n = i + 1;
            view! { <li><a href=Route::Questions(n).href() aria-current=(n == current).then_some("step")>{c.title.get(lang).to_string()}</a></li> }
        });
        view! {
            <div class="category-nav__dimension">
                <h3>{d.title.get(lang).to_string()}</h3>
                <p class="hint">{progress}</p>
                <ol>{items.collect_view()}</ol>
            </div>
        }
    });
    view! {
        <nav class="category-nav" aria-label=t.flow.jump_label>
            <h2 class="visually-hidden">{t.flow.jump_label}</h2>
            {dimensions.collect_view()}
        </nav>
    }
}

#[component]
fn QuestionFieldset(question: &'static Question, number: usize, t: &'static Texts, lang: Lang) -> impl IntoView {
    let state = use_state();
    let id = question.id.as_str();
    // One memo per question: an answer to another question re-runs this look-up only, not the
    // dozen bindings below that show this answer.
    let answer = Memo::new(move |_| {
        state.current().with(|a| a.as_ref().and_then(|a| a.answers.get(id).cloned()).unwrap_or_default())
    });
    let response = Memo::new(move |_| answer.with(|a| a.response.clone()));
    let set = move |r: Option<Response>| state.update_current(|a| a.set_response(id, r));
    let name = format!("q-{id}");
    let is_na = move || matches!(response.get(), Some(Response::NotApplicable { .. }));
    let reason_missing =
        move || matches!(response.get(), Some(Response::NotApplicable { reason }) if reason.trim().is_empty());

    let radio = move |value: Option<Response>, input_id: String, label: AnyView, class: &'static str| {
        let checked_value = value.clone();
        view! {
            <div class=class>
                <input type="radio" name=name.clone() id=input_id.clone()
                    prop:checked=move || response.get() == checked_value
                        || (matches!(checked_value, Some(Response::NotApplicable { .. })) && is_na())
                    on:change=move |_| set(value.clone())/>
                <label for=input_id>{label}</label>
            </div>
        }
    };
    let levels = (0..LEVELS as u8).map(|level| {
        let label = view! {
            <span class="choice__level">{t.common.level_label(&level.to_string())} ": "</span>
            {question.levels.get(lang, level).to_string()}
        }
        .into_any();
        radio(Some(Response::Level { level }), format!("q-{id}-l{level}"), label, "choice choice--level")
    });
    // A critical question applies to every administration (PRODUCT.md §3).
    let not_applicable = (!question.critical).then(|| {
        radio(
            Some(Response::NotApplicable { reason: String::new() }),
            format!("q-{id}-na"),
            t.common.not_applicable.into_any(),
            "choice choice--other",
        )
    });
    let dont_know =
        radio(Some(Response::DontKnow), format!("q-{id}-dk"), t.common.dont_know.into_any(), "choice choice--other");

    let help_id = format!("q-{id}-help");
    let described_by = help_id.clone();
    let (reason_id, note_id, provider_id) =
        (format!("q-{id}-reason"), format!("q-{id}-note"), format!("q-{id}-provider"));
    let by_provider = Memo::new(move |_| answer.with(|a| a.by_provider));
    let assured = Memo::new(move |_| answer.with(|a| a.assured));
    let set_assured = move |value: bool| state.update_current(|a| a.update_answer(id, |ans| ans.assured = Some(value)));
    let assured_radio = move |value: bool, label: &'static str| {
        let input_id = format!("q-{id}-assured-{}", if value { "yes" } else { "no" });
        view! {
            <div class="choice choice--other">
                <input type="radio" name=format!("q-{id}-assured") id=input_id.clone()
                    prop:checked=move || assured.get() == Some(value)
                    on:change=move |_| set_assured(value)/>
                <label for=input_id>{label}</label>
            </div>
        }
    };
    let reason_hint_id = move || format!("q-{id}-reason-hint");

    view! {
        <fieldset class="question" id=format!("question-{id}") aria-describedby=described_by>
            <legend>
                <span class="question__number">{t.flow.question_number(&number.to_string())}</span>
                <span class="question__text">{question.text.get(lang).to_string()}</span>
                {question.critical.then(|| view! { <span class="badge badge--critical">{t.common.critical_badge}</span> })}
                <Show when=move || answer.with(|a| a.provider_assured())>
                    <span class="badge badge--assured">{t.flow.assured_badge}</span>
                </Show>
            </legend>
            <p class="question__help" id=help_id>{
                glossary::link_terms(question.help.get(lang), &state.questionnaire().glossary).into_iter().map(|segment| match segment {
                    Segment::Text(text) => text.to_string().into_any(),
                    Segment::Term { text, id } => view! {
                        <a href=Route::Begriffe(TermKey::new(id)).href() class="term">{text.to_string()}</a>
                    }.into_any(),
                }).collect_view()
            }</p>
            <div class="choices">
                {levels.collect_view()}
                {not_applicable}
                {dont_know}
            </div>
            {question.critical.then(|| view! { <p class="hint">{t.flow.critical_no_na}</p> })}
            <Show when=is_na>
                <div class="field field--nested" class:field--warning=reason_missing>
                    <label for=reason_id.clone() class="label">{t.flow.reason_label}</label>
                    <Show when=reason_missing>
                        <p class="field__warning" id=reason_hint_id>{t.flow.reason_missing}</p>
                    </Show>
                    <input type="text" id=reason_id.clone() maxlength="500"
                        aria-describedby=move || reason_missing().then(reason_hint_id)
                        prop:value=move || match response.get() { Some(Response::NotApplicable { reason }) => reason, _ => String::new() }
                        on:input=move |ev| set(Some(Response::NotApplicable { reason: event_target_value(&ev) }))/>
                </div>
            </Show>
            <div class="question__extra">
                <div class="choice choice--checkbox">
                    <input type="checkbox" id=provider_id.clone()
                        prop:checked=move || by_provider.get()
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            state.update_current(|a| a.update_answer(id, |ans| ans.by_provider = checked));
                        }/>
                    <label for=provider_id>{t.flow.by_provider_label}</label>
                </div>
                <Show when=move || by_provider.get()>
                    <fieldset class="field--nested assured">
                        <legend class="label">{t.flow.assured_legend}</legend>
                        {assured_radio(true, t.flow.assured_yes)}
                        {assured_radio(false, t.flow.assured_no)}
                        <Show when=move || assured.get() != Some(true)>
                            <p class="hint">{t.flow.assured_hint}</p>
                        </Show>
                    </fieldset>
                </Show>
                <div class="field">
                    <label for=note_id.clone() class="label label--small">{t.flow.note_label}</label>
                    <textarea id=note_id rows="2" maxlength="5000"
                        prop:value=move || answer.with(|a| a.note.clone())
                        on:input=move |ev| {
                            let note = event_target_value(&ev);
                            state.type_into_current(|a| a.update_answer(id, |ans| ans.note = note));
                        }></textarea>
                </div>
                <Show when=move || response.get().is_some()>
                    <button type="button" class="button button--link" on:click=move |_| set(None)>{t.flow.clear_answer}</button>
                </Show>
                {move || Some(answer.with(|a| a.source.clone())).filter(|s| !s.is_empty()).map(|source| view! {
                    <p class="hint question__source">{t.parts.answered_by(&source)}</p>
                })}
            </div>
            {(!question.references.is_empty()).then(|| view! {
                <p class="question__refs"><span>{t.flow.references_label} ": "</span>{
                    question.references.iter().enumerate().map(|(i, id)| {
                        let separator = (i > 0).then_some(" · ");
                        let reference = match state.questionnaire().framework(id) {
                            Some(f) => view! { <a href=f.url.clone() rel="noreferrer">{f.label(lang)}</a> }.into_any(),
                            None => id.clone().into_any(),
                        };
                        view! { {separator} {reference} }
                    }).collect_view()
                }</p>
            })}
            {question.reference.as_ref().map(|r| view! {
                <p class="question__reference">
                    <strong>{t.flow.reference_value} ": "</strong>
                    {r.text.get(lang).to_string()} " "
                    <a href=r.url.clone() rel="noreferrer">{format!("{} ({})", r.source, r.year)}</a>
                    {format!(" – {}", view::results::reference_basis(t, lang, r))}
                </p>
            })}
            {(!question.resources.is_empty()).then(|| view! { <ResourceList resources=&question.resources/> })}
        </fieldset>
    }
}
