//! Maßnahmenplan (prioritised measures with tracking, CSV export) and
//! „Fragen an den IT-Dienstleister“.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::scenario::ScenarioSection;
use crate::components::title::use_title;
use crate::domain::action_plan::{self, Measure};
use crate::domain::assessment::MeasureStatus;
use crate::domain::csv;
use crate::i18n::labels;
use crate::state::{use_state, AppState, Route};
use crate::view;
use crate::view::file_name;
use crate::web;

#[component]
pub fn PlanPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().plan.title.to_string());
    let export_csv = move |_| {
        let name = state.current().with_untracked(|a| a.as_ref().map(|a| (a.profile.name.clone(), a.date.clone())));
        let (name, date) = name.unwrap_or_default();
        let text = web::with_bom(&csv::write(&state.current().with_untracked(|a| {
            let tracking = a.as_ref().map(|a| a.measures.clone()).unwrap_or_default();
            state
                .plan()
                .with_untracked(|plan| view::plan::csv_rows(state.texts(), state.lang_untracked(), plan, &tracking))
        })));
        let _ = web::download(&file_name(&format!("{name} massnahmen"), &date, "csv"), "text/csv;charset=utf-8", &text);
    };
    let list = move || state.plan().get();
    let ranked = move || list().into_iter().enumerate().collect::<Vec<_>>();
    // Rows stay while only owner, date or status change, so typing keeps its focus.
    let measure_key = |(i, m): &(usize, Measure<'static>)| {
        format!("{i}/{}/{:?}/{:?}", m.question_id(), m.basis, m.step.map(|s| s.from))
    };
    move || {
        let t = state.texts();
        view! {
            <h1 tabindex="-1">{t.plan.title}</h1>
            <p>{t.plan.intro}</p>
            <p class="actions">
                <button type="button" class="button button--secondary" on:click=export_csv>{t.plan.csv_button}</button>
                <span class="hint">{t.plan.csv_hint}</span>
            </p>
            <p><a href=Route::Provider.href()>{t.plan.provider_title}</a></p>
            <Show when=move || !list().is_empty() fallback=move || view! { <p>{t.plan.empty}</p> }>
                <ScenarioSection/>
                <h2>{t.plan.list_title}</h2>
                <p class="hint">{move || t.plan.count(&list().len().to_string())}</p>
                <ol class="measures">
                    <For each=ranked key=measure_key children=move |(i, m)| view! { <MeasureItem rank={i + 1} measure=m/> }/>
                </ol>
            </Show>
        }
    }
}

#[component]
fn MeasureItem(rank: usize, measure: Measure<'static>) -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    let id = measure.at.question.id.as_str();
    let tracking =
        move || state.current().with(|a| a.as_ref().and_then(|a| a.measures.get(id).cloned()).unwrap_or_default());
    let resources: Vec<_> = measure.at.category.resources.iter().chain(&measure.at.question.resources).collect();
    let (owner_id, due_id, status_id) = (format!("m-{id}-owner"), format!("m-{id}-due"), format!("m-{id}-status"));
    let scenario_id = format!("m-{id}-scenario");
    let steps_id = format!("m-{id}-steps");
    let scenario_steps = move || state.current().with(|a| a.as_ref().and_then(|a| a.scenario.get(id).copied()));
    let in_scenario = move || scenario_steps().is_some();
    // How far this measure can go in the scenario: one step, or further up to the top.
    let choices = state.current().with_untracked(|a| {
        let answer = a.as_ref().and_then(|a| a.answers.get(id).cloned()).unwrap_or_default();
        view::scenario::step_choices(t, &answer, measure.at.question)
    });
    let further = choices.len() > 1;
    view! {
        <li class="measure" class:measure--critical=measure.caps_dimension>
            <h3>{t.plan.measure_heading(&rank.to_string(), measure.at.question.text.get(lang))}</h3>
            <p class="measure__meta">
                {t.plan.where_label(measure.at.category.title.get(lang), measure.at.dimension.title.get(lang))}
                {measure.caps_dimension.then(|| view! {
                    " " <span class="badge badge--critical">{t.plan.caps_label(measure.at.dimension.title.get(lang))}</span>
                })}
            </p>
            <p><strong>{t.plan.now_label} ": "</strong>{view::plan::now_text(t, lang, &measure)}</p>
            <p><strong>{t.plan.step_label} ": "</strong>{view::plan::step_text(t, lang, &measure)}
                " (" {t.common.effort_label} ": " {labels::effort(t, measure.effort())} ")"</p>
            {(!resources.is_empty()).then(|| view! {
                <p><strong>{t.plan.resources_label} ": "</strong>
                    {resources.into_iter().enumerate().map(|(i, r)| view! {
                        {(i > 0).then_some(" · ")}
                        <a href=r.url.clone() rel="noreferrer">{r.title.get(lang).to_string()}</a>
                    }).collect_view()}
                </p>
            })}
            <div class="choice choice--checkbox measure__scenario">
                // Named „Im Szenario: <Frage>“ (many checkboxes on one page need distinct names);
                // the visible label is the name's beginning (WCAG 2.5.3).
                <input type="checkbox" id=scenario_id.clone() prop:checked=in_scenario
                    aria-label=t.scenario.checkbox_name(measure.at.question.text.get(lang))
                    on:change=move |ev| state.set_in_scenario(id, event_target_checked(&ev))/>
                <label for=scenario_id>{t.scenario.checkbox}</label>
            </div>
            <Show when=move || further && in_scenario()>
                <div class="field measure__steps">
                    <label class="label label--small" for=steps_id.clone()>{t.scenario.steps_label}</label>
                    <select id=steps_id.clone() aria-label=t.scenario.steps_name(measure.at.question.text.get(lang))
                        on:change=move |ev| {
                            if let Ok(steps) = event_target_value(&ev).parse::<u8>() {
                                state.set_scenario_steps(id, steps);
                            }
                        }>
                        {choices.clone().into_iter().map(|(steps, label)| view! {
                            <option value=steps.to_string() selected=move || scenario_steps() == Some(steps)>{label}</option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            <div class="measure__fields">
                <div class="field">
                    <label class="label label--small" for=owner_id.clone()>{t.plan.owner_label}</label>
                    <input type="text" id=owner_id maxlength="200" prop:value=move || tracking().owner
                        on:input=move |ev| { let v = event_target_value(&ev); state.type_into_current(|a| a.measures.entry(id.to_string()).or_default().owner = v); }/>
                </div>
                <div class="field">
                    <label class="label label--small" for=due_id.clone()>{t.plan.due_label}</label>
                    <input type="date" id=due_id prop:value=move || tracking().due
                        on:change=move |ev| { let v = event_target_value(&ev); state.update_current(|a| a.measures.entry(id.to_string()).or_default().due = v); }/>
                </div>
                <div class="field">
                    <label class="label label--small" for=status_id.clone()>{t.plan.status_label}</label>
                    <select id=status_id on:change=move |ev| {
                        let status = match event_target_value(&ev).as_str() {
                            "in-arbeit" => MeasureStatus::InArbeit,
                            "erledigt" => MeasureStatus::Erledigt,
                            _ => MeasureStatus::Offen,
                        };
                        state.update_current(|a| a.measures.entry(id.to_string()).or_default().status = status);
                    }>
                        {[(MeasureStatus::Offen, "offen"), (MeasureStatus::InArbeit, "in-arbeit"), (MeasureStatus::Erledigt, "erledigt")].into_iter().map(|(s, v)| view! {
                            <option value=v selected=move || tracking().status == s>{labels::status(t, s)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
        </li>
    }
}

/// The provider list as plain text, for the clipboard.
fn provider_text(state: &AppState) -> String {
    let t = state.texts();
    let lang = state.lang_untracked();
    state.current().with_untracked(|a| {
        let Some(a) = a else { return String::new() };
        let mut out = format!("{} – {}\n\n", t.plan.provider_title, a.display_name());
        for (i, at) in action_plan::provider_questions(state.questionnaire(), a).iter().enumerate() {
            let answer = a.answers.get(&at.question.id).cloned().unwrap_or_default();
            out.push_str(&format!(
                "{}. {}\n   {} › {}\n",
                i + 1,
                at.question.text.get(lang),
                at.dimension.title.get(lang),
                at.category.title.get(lang)
            ));
            out.push_str(&format!("   {}\n", t.plan.provider_answer(&labels::response(t, answer.response.as_ref()))));
            if !answer.note.trim().is_empty() {
                out.push_str(&format!("   {}\n", t.plan.provider_note(answer.note.trim())));
            }
            out.push('\n');
        }
        out
    })
}

#[component]
pub fn ProviderPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().plan.provider_title.to_string());
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = provider_text(&state);
        let clipboard =
            js_sys::Reflect::get(&web::window().navigator(), &"clipboard".into()).ok().filter(|c| !c.is_undefined());
        let ok = clipboard
            .and_then(|c| {
                let write = js_sys::Reflect::get(&c, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
                write.call1(&c, &text.into()).ok()
            })
            .is_some();
        copied.set(Some(ok));
    };
    let items = move || {
        state.current().with(|a| {
            let Some(a) = a else { return Vec::new() };
            action_plan::provider_questions(state.questionnaire(), a)
                .into_iter()
                .map(|at| (at, a.answers.get(&at.question.id).cloned().unwrap_or_default()))
                .collect::<Vec<_>>()
        })
    };
    move || {
        let t = state.texts();
        let lang = state.lang();
        view! {
            <h1 tabindex="-1">{t.plan.provider_title}</h1>
            <p>{t.plan.provider_intro}</p>
            <p class="actions">
                <button type="button" class="button button--secondary" on:click=|_| web::print()>{t.plan.print}</button>
                <button type="button" class="button button--secondary" on:click=copy>{t.plan.copy}</button>
            </p>
            <p role="status" class="status-message">{move || copied.get().map(|ok| if ok { t.plan.copied } else { t.plan.copy_failed })}</p>
            {move || {
                let items = items();
                if items.is_empty() {
                    return view! { <p>{t.plan.provider_empty}</p> }.into_any();
                }
                view! {
                    <ol class="provider-list">
                        {items.into_iter().map(|(at, answer)| {
                            let reason = if answer.by_provider { t.plan.provider_reason_provider } else { t.plan.provider_reason_unknown };
                            view! {
                                <li class="no-break">
                                    <strong>{at.question.text.get(lang).to_string()}</strong>
                                    <br/><span class="hint">{format!("{} › {} · {reason}", at.dimension.title.get(lang), at.category.title.get(lang))}</span>
                                    <br/>{t.plan.provider_answer(&labels::response(t, answer.response.as_ref()))}
                                    {(!answer.note.trim().is_empty()).then(|| view! { <br/>{t.plan.provider_note(answer.note.trim())} })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        }
    }
}
