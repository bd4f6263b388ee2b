//! „Zusammenführen“: the chosen Teilbögen, every question they (or they and the open
//! assessment) answer differently as a choice, and the merge — which can be undone.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::components::table::TableWrap;
use crate::components::title::use_title;
use crate::domain::assessment::Assessment;
use crate::domain::parts::Source;
use crate::domain::questionnaire::Questionnaire;
use crate::state::{use_state, Route};
use crate::view;
use crate::view::parts::ConflictView;
use crate::web;

#[component]
pub fn PartMergePage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().part_screens.merge_title.to_string());
    let undone = RwSignal::new(false);
    // Held by the page, not the list: late English texts rebuild the list, and the choices stay.
    let decided = RwSignal::new(BTreeMap::<String, Source>::new());
    let tried = RwSignal::new(false);
    move || {
        let t = state.texts();
        let questionnaire = state.questionnaire();
        if state.last_merge().with(Option::is_some) {
            return view! { <Merged undone=undone/> }.into_any();
        }
        let chosen: Vec<Assessment> =
            state.parts_to_merge().with(|list| list.iter().map(|p| p.assessment.clone()).collect());
        if chosen.is_empty() {
            return view! {
                <h1 tabindex="-1">{t.part_screens.merge_title}</h1>
                <div id="merge-undone" tabindex="-1">
                    {move || undone.get().then(|| view! { <p class="message message--success" role="status">{t.part_screens.undone}</p> })}
                </div>
                <p>{t.part_screens.nothing_chosen}</p>
                <p><a href=Route::Start.href()>{t.common.to_start}</a></p>
            }
            .into_any();
        }
        view! { <Decide chosen=chosen questionnaire=questionnaire decided=decided tried=tried/> }.into_any()
    }
}

/// The parts, the conflicts to decide and the button that merges.
#[component]
fn Decide(
    chosen: Vec<Assessment>,
    questionnaire: &'static Questionnaire,
    decided: RwSignal<BTreeMap<String, Source>>,
    tried: RwSignal<bool>,
) -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    let main = state.current().get_untracked().unwrap_or_default();
    let rows = view::parts::part_rows(lang, questionnaire, &chosen);
    let conflicts = view::parts::conflicts(t, lang, questionnaire, &main, &chosen);
    let all = StoredValue::new(conflicts.clone());
    // The conflicts still without a choice (id and question), once the user tried to merge.
    let missing = move || {
        if !tried.get() {
            return Vec::new();
        }
        all.with_value(|all| {
            decided.with(|d| {
                let open = view::parts::undecided(all, d);
                all.iter()
                    .filter(|c| open.contains(&c.question_id.as_str()))
                    .map(|c| (c.question_id.clone(), c.question.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let merge = move |_| {
        tried.set(true);
        if missing().is_empty() {
            state.merge_parts(&decided.get_untracked());
            web::focus_after_render(web::Focus::Id("merge-done"));
        } else {
            web::focus_after_render(web::Focus::Id("merge-errors"));
        }
    };
    let count = conflicts.len();
    view! {
        <h1 tabindex="-1">{t.part_screens.merge_title}</h1>
        <p>{t.part_screens.merge_intro(main.display_name())}</p>
        <TableWrap>
            <table>
                <caption>{t.part_screens.parts_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.part_screens.col_part}</th>
                        <th scope="col" class="num">{t.part_screens.col_answers}</th>
                        <th scope="col">{t.part_screens.col_areas}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr><th scope="row">{r.label}</th><td class="num">{r.answers}</td><td>{r.areas}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableWrap>
        <h2>{t.part_screens.conflicts_title}</h2>
        <p>{view::parts::conflicts_line(t, count)}</p>
        <Show when=move || !missing().is_empty()>
            <div class="error-summary" id="merge-errors" tabindex="-1" role="alert" aria-labelledby="merge-errors-title">
                <h2 id="merge-errors-title">{t.part_screens.undecided_title}</h2>
                <p>{move || match missing().len() {
                    1 => t.part_screens.undecided_one.to_string(),
                    n => t.part_screens.undecided_many(&n.to_string()),
                }}</p>
                <ul>
                    {move || missing().into_iter().map(|(id, question)| view! {
                        <li><a href=format!("#merge-{id}")>{question}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
        {conflicts.into_iter().map(|c| view! { <ConflictChoice conflict=c decided=decided/> }).collect_view()}
        <p class="hint">{t.part_screens.confirm_hint}</p>
        <div class="actions">
            <button type="button" class="button button--secondary" on:click=move |_| state.navigate(Route::Start)>
                {t.common.cancel}
            </button>
            <button type="button" class="button button--primary" on:click=merge>{t.part_screens.merge_button}</button>
        </div>
    }
}

/// One question answered differently: a fieldset whose legend is the question, a radio per answer.
#[component]
fn ConflictChoice(conflict: ConflictView, decided: RwSignal<BTreeMap<String, Source>>) -> impl IntoView {
    let qid = conflict.question_id;
    let context_id = format!("merge-{qid}-context");
    let described_by = context_id.clone();
    let radios = conflict.choices.into_iter().enumerate().map(|(i, choice)| {
        let input_id = format!("merge-{qid}-{i}");
        let (qid, checked_qid) = (qid.clone(), qid.clone());
        let source = choice.source.clone();
        view! {
            <div class="choice">
                <input type="radio" name=format!("merge-{qid}") id=input_id.clone()
                    prop:checked=move || decided.with(|d| d.get(&checked_qid) == Some(&choice.source))
                    on:change=move |_| decided.update(|d| { d.insert(qid.clone(), source.clone()); })/>
                <label for=input_id>{choice.label}</label>
            </div>
        }
    });
    view! {
        <fieldset class="question" id=format!("merge-{qid}") aria-describedby=described_by>
            <legend><span class="question__text">{conflict.question}</span></legend>
            <p class="hint" id=context_id>{conflict.context}</p>
            <div class="choices">{radios.collect_view()}</div>
        </fieldset>
    }
}

/// After the merge: how many answers came in, undo, and on to the results.
#[component]
fn Merged(undone: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let taken_over = state.last_merge().with_untracked(|m| m.as_ref().map_or(0, |m| m.taken_over));
    view! {
        <h1 tabindex="-1">{t.part_screens.merge_title}</h1>
        <div id="merge-done" tabindex="-1" class="message message--success" role="status">
            <p>{match taken_over {
                1 => t.part_screens.merged_one.to_string(),
                n => t.part_screens.merged(&n.to_string()),
            }}</p>
        </div>
        <p class="actions">
            <a class="button button--primary" href=Route::Results.href()>{t.part_screens.to_results}</a>
            <button type="button" class="button button--secondary" on:click=move |_| {
                state.undo_merge();
                undone.set(true);
                web::focus_after_render(web::Focus::Id("merge-undone"));
            }>{t.part_screens.undo}</button>
        </p>
        <p class="hint">{t.part_screens.undo_hint}</p>
    }
}
