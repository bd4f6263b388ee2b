//! Chart and tables of the comparison with an earlier assessment („Verlauf“ and the report).

use leptos::prelude::*;

use crate::charts;
use crate::components::chart::ChartFigure;
use crate::components::table::TableWrap;
use crate::state::use_state;
use crate::view::history::{self, ChangeRow, HistoryView};

fn change_rows(rows: Vec<ChangeRow>) -> impl IntoView {
    rows.into_iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{r.label}</th>
                    <td class="num">{r.earlier}</td>
                    <td class="num">{r.later}</td>
                    <td class="num">{r.change}</td>
                </tr>
            }
        })
        .collect_view()
}

#[component]
pub fn HistoryTables() -> impl IntoView {
    let state = use_state();
    let t = state.texts();
    let lang = state.lang_untracked();
    let shown = Memo::new(move |_| {
        state.history().with(|h| {
            let (earlier, comparison) = h.as_ref()?;
            state.current().with(|later| Some(history::history(t, lang, earlier, later.as_ref()?, comparison)))
        })
    });
    let part = move |f: fn(&HistoryView) -> String| {
        Signal::derive(move || shown.with(|v| v.as_ref().map(f)).unwrap_or_default())
    };
    let svg = Signal::derive(move || {
        shown.with(|v| v.as_ref().map(|v| charts::radar(&v.radar(state.chart_width())))).unwrap_or_default()
    });
    let caption = part(|v| v.chart_caption.clone());
    let summary = part(|v| v.chart_summary.clone());
    move || {
        shown.get().map(|v| {
            let header = move |first: &'static str, earlier: String, later: String| {
                view! {
                    <thead><tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="num">{earlier}</th>
                        <th scope="col" class="num">{later}</th>
                        <th scope="col" class="num">{t.history.col_change}</th>
                    </tr></thead>
                }
            };
            let (dimensions, earlier, later) = (v.dimensions.clone(), v.earlier_date.clone(), v.later_date.clone());
            let dimension_table = move || {
                let (head, rows) =
                    (header(t.results.col_dimension, earlier.clone(), later.clone()), dimensions.clone());
                view! {
                    <TableWrap><table>
                        {head}
                        <tbody>{change_rows(rows)}</tbody>
                    </table></TableWrap>
                }
            };
            let category_head = header(t.results.col_category, v.earlier_date.clone(), v.later_date.clone());
            let answers = if v.answers.is_empty() {
                view! { <p>{t.history.no_changes}</p> }.into_any()
            } else {
                view! {
                    <TableWrap>
                        <table>
                            <caption>{v.answers_caption}</caption>
                            <thead><tr>
                                <th scope="col">{t.history.col_question}</th>
                                <th scope="col">{v.earlier_date}</th>
                                <th scope="col">{v.later_date}</th>
                            </tr></thead>
                            <tbody>
                                {v.answers.into_iter().map(|a| view! {
                                    <tr><th scope="row">{a.question}</th><td>{a.earlier}</td><td>{a.later}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableWrap>
                }
                .into_any()
            };
            view! {
                <ChartFigure id="chart-history" caption=caption summary=summary svg=svg table_toggle=None>
                    {dimension_table()}
                </ChartFigure>
                <TableWrap>
                    <table>
                        <caption>{t.history.categories_caption}</caption>
                        {category_head}
                        <tbody>{change_rows(v.categories)}</tbody>
                    </table>
                </TableWrap>
                <h3>{t.history.answers_title}</h3>
                {answers}
            }
        })
    }
}
