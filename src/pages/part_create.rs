//! „Teilbogen erstellen“: some categories of the open assessment, for someone else in the
//! administration to answer („Kämmerei“), saved as a file to send.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::components::title::use_title;
use crate::domain::exchange;
use crate::domain::parts;
use crate::state::{use_state, Route};
use crate::view;
use crate::view::file_name;
use crate::web;

/// What is missing before a Teilbogen can be made: the field to go to and what to say.
#[derive(Clone, Copy, PartialEq)]
enum Missing {
    Label,
    Categories,
}

impl Missing {
    fn field(self) -> &'static str {
        match self {
            Missing::Label => "part-label",
            Missing::Categories => "part-categories",
        }
    }
}

#[component]
pub fn PartCreatePage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().part_screens.create_title.to_string());
    let label = RwSignal::new(String::new());
    let chosen = RwSignal::new(BTreeSet::<String>::new());
    // Problems are shown once the user tried to save, and then kept current.
    let tried = RwSignal::new(false);
    let created = RwSignal::new(None::<String>);
    let missing = move || {
        if !tried.get() {
            return Vec::new();
        }
        let mut missing = Vec::new();
        if label.with(|l| l.trim().is_empty()) {
            missing.push(Missing::Label);
        }
        if chosen.with(BTreeSet::is_empty) {
            missing.push(Missing::Categories);
        }
        missing
    };
    let message = move |m: Missing| match m {
        Missing::Label => state.texts().part_screens.label_missing,
        Missing::Categories => state.texts().part_screens.categories_missing,
    };
    let shows = move |m: Missing| move || missing().contains(&m);

    let save = move || {
        tried.set(true);
        if !missing().is_empty() {
            created.set(None);
            web::focus_after_render(web::Focus::Id("part-errors"));
            return;
        }
        let Some(main) = state.current().get_untracked() else { return };
        let questionnaire = state.questionnaire();
        let categories: Vec<String> = chosen.with_untracked(|chosen| {
            questionnaire.categories().map(|(_, c)| c.id.clone()).filter(|id| chosen.contains(id)).collect()
        });
        let who = label.get_untracked();
        let part = parts::create(&main, questionnaire, web::new_id(), &who, &categories);
        let file = file_name(&view::parts::file_stem(&part), &part.date, "json");
        if web::download(&file, "application/json", &exchange::export(&part)).is_ok() {
            created.set(Some(state.texts().part_screens.created(&file, who.trim())));
            web::focus_after_render(web::Focus::Id("part-created"));
        }
    };

    move || {
        let t = state.texts();
        let lang = state.lang();
        let main = state.current().get_untracked();
        let Some(main) = main.filter(|a| !a.is_part() && !a.profile.name.trim().is_empty()) else {
            let is_part = state.current_is_part_untracked();
            return view! {
                <h1 tabindex="-1">{t.part_screens.create_title}</h1>
                <p>{if is_part { t.parts.is_part_main } else { t.parts.create_needs_main }}</p>
                <p><a href=Route::Start.href()>{t.common.to_start}</a></p>
            }
            .into_any();
        };
        let choices = view::parts::category_choices(t, lang, state.questionnaire(), main.profile.scope);
        let dimensions = choices.into_iter().enumerate().map(|(d, dimension)| {
            let boxes = dimension.categories.into_iter().map(|c| {
                let input_id = format!("part-cat-{}", c.id);
                let count_id = format!("{input_id}-count");
                let id = c.id.clone();
                let checked_id = c.id.clone();
                view! {
                    <div class="choice choice--checkbox">
                        <input type="checkbox" id=input_id.clone() aria-describedby=count_id.clone()
                            prop:checked=move || chosen.with(|s| s.contains(&checked_id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|s| if on { s.insert(id.clone()); } else { s.remove(&id); });
                            }/>
                        <label for=input_id>{c.title}</label>
                        " " <span class="hint" id=count_id>"(" {c.questions} ")"</span>
                    </div>
                }
            });
            // The first group carries the id the error summary links to (and takes focus).
            let first = d == 0;
            view! {
                <fieldset class="field part-categories" id=first.then_some(Missing::Categories.field())
                    tabindex=first.then_some("-1")>
                    <legend class="label">{dimension.legend}</legend>
                    <div class="choices">{boxes.collect_view()}</div>
                </fieldset>
            }
        });
        view! {
            <h1 tabindex="-1">{t.part_screens.create_title}</h1>
            <p>{t.part_screens.create_intro(main.display_name())}</p>
            <Show when=move || !missing().is_empty()>
                <div class="error-summary" id="part-errors" tabindex="-1" role="alert" aria-labelledby="part-errors-title">
                    <h2 id="part-errors-title">{t.part_screens.errors_title}</h2>
                    <ul>
                        {move || missing().into_iter().map(|m| view! {
                            <li><a href=format!("#{}", m.field()) on:click=move |ev| {
                                ev.prevent_default();
                                web::focus_after_render(web::Focus::Id(m.field()));
                            }>{message(m)}</a></li>
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <form class="form" novalidate on:submit=move |ev| { ev.prevent_default(); save(); }>
                <div class="field" class:field--error=shows(Missing::Label)>
                    <label for="part-label" class="label">{t.part_screens.label_label}</label>
                    <p class="hint" id="part-label-hint">{t.part_screens.label_hint}</p>
                    <Show when=shows(Missing::Label)>
                        <p class="field__error" id="part-label-error">{t.part_screens.label_missing}</p>
                    </Show>
                    <input id="part-label" type="text" maxlength="100" autocomplete="off"
                        aria-invalid=move || shows(Missing::Label)().then_some("true")
                        aria-describedby=move || if shows(Missing::Label)() { "part-label-hint part-label-error" } else { "part-label-hint" }
                        prop:value=move || label.get()
                        on:input=move |ev| label.set(event_target_value(&ev))/>
                </div>
                <div class="field" class:field--error=shows(Missing::Categories)>
                    <p class="hint">{t.part_screens.categories_hint}</p>
                    <Show when=shows(Missing::Categories)>
                        <p class="field__error">{t.part_screens.categories_missing}</p>
                    </Show>
                    {dimensions.collect_view()}
                </div>
                <div class="actions">
                    <button type="button" class="button button--secondary" on:click=move |_| state.navigate(Route::Start)>
                        {t.common.back}
                    </button>
                    <button type="submit" class="button button--primary">{t.part_screens.save_file}</button>
                </div>
            </form>
            <div id="part-created" tabindex="-1">
                {move || created.get().map(|text| view! { <p class="message message--success" role="status">{text}</p> })}
            </div>
        }
        .into_any()
    }
}
