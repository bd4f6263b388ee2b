//! Verlauf: change against an earlier assessment of the same Kommune.

use leptos::prelude::*;

use crate::components::history_tables::HistoryTables;
use crate::components::title::use_title;
use crate::state::use_state;
use crate::view::history;

#[component]
pub fn HistoryPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().history.title.to_string());
    move || {
        let t = state.texts();
        let lang = state.lang();
        let name =
            state.current().with_untracked(|a| a.as_ref().map(|a| a.display_name().to_string()).unwrap_or_default());
        view! {
            <h1 tabindex="-1">{t.history.title}</h1>
            <p>{t.history.intro}</p>
            {move || {
                let list = state.history_candidates().get();
                if list.is_empty() {
                    return view! { <p>{t.history.none_available(&name)}</p> }.into_any();
                }
                let choice = state.history_choice().get();
                view! {
                    <fieldset class="field">
                        <legend class="label">{t.history.choose_legend}</legend>
                        <div class="choices">
                            <div class="choice">
                                <input type="radio" name="history" id="history-none" prop:checked=choice.is_none()
                                    on:change=move |_| state.set_history_choice(None)/>
                                <label for="history-none">{t.history.option_none}</label>
                            </div>
                            {list.into_iter().map(|a| {
                                let id = format!("history-{}", a.id);
                                let label = history::candidate_label(t, lang, state.questionnaire(), &a);
                                let checked = choice.as_deref() == Some(a.id.as_str());
                                let value = a.id.clone();
                                view! {
                                    <div class="choice">
                                        <input type="radio" name="history" id=id.clone() prop:checked=checked
                                            on:change=move |_| state.set_history_choice(Some(value.clone()))/>
                                        <label for=id>{label}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                }.into_any()
            }}
            <HistoryTables/>
        }
    }
}
