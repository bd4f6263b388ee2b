//! „Szenario“: where the Kommune would stand with the chosen measures done. On the plan, where
//! measures are chosen, and in the report when a scenario exists.

use leptos::prelude::*;

use crate::components::table::TableWrap;
use crate::state::use_state;
use crate::view::scenario::scenario;

#[component]
pub fn ScenarioSection(
    /// In the report: no introduction, no button, and nothing at all while the scenario is empty.
    #[prop(optional)]
    in_report: bool,
) -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    let shown = Memo::new(move |_| {
        state.current().with(|a| {
            let a = a.as_ref()?;
            state.results().with(|now| {
                let now = now.as_ref()?;
                state.scenario_results().with(|then| scenario(t, lang, state.questionnaire(), a, now, then.as_ref()))
            })
        })
    });
    let s = &t.scenario;
    // The sentence is a live region that stays in place, so a tick on a measure is announced;
    // the table below is rebuilt.
    let summary = move || shown.with(|v| v.as_ref().map_or_else(|| s.empty.to_string(), |v| v.summary.clone()));
    let details = move || {
        shown.get().map(|v| {
            view! {
                <TableWrap>
                    <table>
                        <caption>{s.caption}</caption>
                        <thead><tr>
                            <th scope="col">{t.results.col_dimension}</th>
                            <th scope="col" class="num">{t.results.level}</th>
                            <th scope="col" class="num">{s.col_scenario}</th>
                            <th scope="col" class="num">{t.results.target}</th>
                            <th scope="col">{s.col_reached}</th>
                        </tr></thead>
                        <tbody>
                            {v.rows.into_iter().map(|r| view! {
                                <tr>
                                    <th scope="row">{r.dimension}</th>
                                    <td class="num">{r.now}</td>
                                    <td class="num">{r.scenario}</td>
                                    <td class="num">{r.target}</td>
                                    <td>{r.reached}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableWrap>
                <h3>{s.caps_title}</h3>
                <ul>{v.caps.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                <p>{v.effort}</p>
                {(!in_report).then(|| view! {
                    <p class="actions">
                        <button type="button" class="button button--secondary button--small"
                            on:click=move |_| state.update_current(|a| a.scenario.clear())>{s.clear}</button>
                    </p>
                })}
            }
        })
    };
    let hidden = move || in_report && shown.with(Option::is_none);
    view! {
        <section class="scenario no-break" hidden=hidden aria-labelledby="scenario-title">
            <h2 id="scenario-title">{if in_report { s.report_title } else { s.title }}</h2>
            {(!in_report).then(|| view! { <p>{s.intro}</p> })}
            <p role="status"><strong>{summary}</strong></p>
            {details}
        </section>
    }
}
