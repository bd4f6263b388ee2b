//! Verlauf: change against an earlier assessment of the same Kommune.

use leptos::prelude::*;

use crate::components::table::TableWrap;

use crate::app::{use_state, use_title, AppState};
use crate::charts;
use crate::components::chart::{chart_width, ChartFigure};
use crate::domain::assessment::Assessment;
use crate::domain::history::{self, Comparison, LevelChange};
use crate::domain::scoring::score;
use crate::i18n::{self, fill, labels};

fn candidates(state: &AppState) -> Vec<Assessment> {
    state.current.with(|current| {
        let Some(current) = current else { return Vec::new() };
        state.assessments.with(|all| history::earlier(current, all).into_iter().cloned().collect())
    })
}

/// The chosen earlier assessment, if it still is a valid candidate.
fn chosen(state: &AppState) -> Option<Assessment> {
    let id = state.history_choice.get()?;
    candidates(state).into_iter().find(|a| a.id == id)
}

fn with_comparison<T>(state: &AppState, f: impl FnOnce(&Assessment, &Comparison<'static>) -> T) -> Option<T> {
    let earlier = chosen(state)?;
    state.current.with(|later| {
        let later = later.as_ref()?;
        Some(f(&earlier, &history::compare(state.questionnaire(), &earlier, later)))
    })
}

fn signed(lang: i18n::Lang, change: Option<f64>) -> String {
    match change {
        None => "–".into(),
        Some(c) if c > 0.0 => format!("+{}", i18n::level(lang, c)),
        Some(c) => i18n::level(lang, c),
    }
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().history.title.to_string());
    move || {
        let t = state.texts();
        let lang = state.lang.get();
        let name =
            state.current.with_untracked(|a| a.as_ref().map(|a| a.display_name().to_string()).unwrap_or_default());
        view! {
            <h1 tabindex="-1">{t.history.title}</h1>
            <p>{t.history.intro}</p>
            {move || {
                let list = candidates(&state);
                if list.is_empty() {
                    return view! { <p>{fill(t.history.none_available, &[("name", &name)])}</p> }.into_any();
                }
                let choice = state.history_choice.get();
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
                                let answered = score(state.questionnaire(), &a).coverage.answered;
                                let label = fill(t.history.option, &[
                                    ("date", &i18n::date(lang, &a.date)),
                                    ("scope", labels::scope(t, a.profile.scope)),
                                    ("answered", &answered.to_string()),
                                ]);
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

/// Chart and tables of the chosen comparison (also used in the report).
#[component]
pub fn HistoryTables() -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang.get_untracked();
    let dates = move || {
        let earlier = chosen(&state).map(|a| i18n::date(lang, &a.date)).unwrap_or_default();
        let later = state.current.with(|a| a.as_ref().map(|a| i18n::date(lang, &a.date)).unwrap_or_default());
        (earlier, later)
    };
    let svg = Signal::derive(move || {
        let (earlier, later) = dates();
        with_comparison(&state, |_, c| {
            charts::radar(&charts::RadarInput {
                axes: c
                    .dimensions
                    .iter()
                    .map(|d| charts::RadarAxis {
                        label: d.item.title.get(lang).to_string(),
                        own: d.later,
                        target: d.earlier.unwrap_or(0.0),
                        peer: None,
                    })
                    .collect(),
                own_label: later,
                target_label: earlier,
                peer_label: None,
                width: chart_width(),
            })
        })
        .unwrap_or_default()
    });
    let summary = Signal::derive(move || {
        with_comparison(&state, |_, c| match c.largest_dimension_change() {
            Some((d, ch)) => {
                fill(t.history.chart_summary, &[("dimension", d.title.get(lang)), ("change", &signed(lang, Some(ch)))])
            }
            None => t.history.chart_summary_none.to_string(),
        })
        .unwrap_or_default()
    });
    let caption = Signal::derive(move || {
        let (earlier, later) = dates();
        fill(t.history.chart_caption, &[("earlier", &earlier), ("later", &later)])
    });
    let level_rows = move |rows: Vec<LevelChange<String>>| {
        rows.into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row">{r.item.clone()}</th>
                        <td class="num">{r.earlier.map_or_else(|| "–".into(), |l| i18n::level(lang, l))}</td>
                        <td class="num">{r.later.map_or_else(|| "–".into(), |l| i18n::level(lang, l))}</td>
                        <td class="num">{signed(lang, r.change())}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    move || {
        chosen(&state).is_some().then(|| {
            let (earlier, later) = dates();
            let (dims, cats, answers) = with_comparison(&state, |_, c| {
                (
                    c.dimensions.iter().map(|d| LevelChange { item: d.item.title.get(lang).to_string(), earlier: d.earlier, later: d.later }).collect::<Vec<_>>(),
                    c.categories.iter().map(|d| LevelChange { item: d.item.title.get(lang).to_string(), earlier: d.earlier, later: d.later }).collect::<Vec<_>>(),
                    c.answers.iter().map(|a| (
                        a.at.question.text.get(lang).to_string(),
                        labels::response(t, a.earlier.as_ref()),
                        labels::response(t, a.later.as_ref()),
                    )).collect::<Vec<_>>(),
                )
            }).unwrap_or_default();
            let header = move |first: &'static str| view! {
                <thead><tr>
                    <th scope="col">{first}</th>
                    <th scope="col" class="num">{earlier.clone()}</th>
                    <th scope="col" class="num">{later.clone()}</th>
                    <th scope="col" class="num">{t.history.col_change}</th>
                </tr></thead>
            };
            let (e2, l2) = dates();
            let chart_header = header.clone();
            let dims_for_chart = dims.clone();
            let dimension_table = move || {
                let (header, rows) = (chart_header.clone(), dims_for_chart.clone());
                view! { <TableWrap><table>{header(t.results.col_dimension)}<tbody>{level_rows(rows)}</tbody></table></TableWrap> }
            };
            view! {
                <ChartFigure id="chart-history" caption=caption summary=summary svg=svg table_toggle=None>
                    {dimension_table()}
                </ChartFigure>
                <TableWrap>
                    <table>
                        <caption>{t.history.categories_caption}</caption>
                        {header(t.results.col_category)}
                        <tbody>{level_rows(cats.clone())}</tbody>
                    </table>
                </TableWrap>
                <h3>{t.history.answers_title}</h3>
                {if answers.is_empty() { view! { <p>{t.history.no_changes}</p> }.into_any() } else { view! {
                    <TableWrap>
                        <table>
                            <caption>{fill(t.history.answers_caption, &[("earlier", &e2)])}</caption>
                            <thead><tr>
                                <th scope="col">{t.history.col_question}</th>
                                <th scope="col">{e2.clone()}</th>
                                <th scope="col">{l2.clone()}</th>
                            </tr></thead>
                            <tbody>
                                {answers.into_iter().map(|(q, before, after)| view! {
                                    <tr><th scope="row">{q}</th><td>{before}</td><td>{after}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableWrap>
                }.into_any() }}
            }
        })
    }
}
