//! „Kreisübersicht“: where the contributing Kommunen need training, for a coordinator.

use leptos::prelude::*;

use crate::charts;
use crate::components::chart::ChartFigure;
use crate::components::table::TableWrap;
use crate::components::title::use_title;
use crate::i18n::DistrictTexts;
use crate::state::{use_state, Route};
use crate::view::district::district;
use crate::web;

#[component]
pub fn DistrictPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().district.title.to_string());
    let t = state.texts();
    let s = &t.district;
    let lang = state.lang_untracked();
    let shown = Memo::new(move |_| {
        let width = state.chart_width();
        state.district().with(|all| (!all.is_empty()).then(|| district(t, lang, state.questionnaire(), all, width)))
    });
    let svg = Signal::derive(move || shown.with(|v| v.as_ref().map(|v| charts::heat_map(&v.heat)).unwrap_or_default()));
    let summary = Signal::derive(move || shown.with(|v| v.as_ref().map(|v| v.summary.clone()).unwrap_or_default()));
    view! {
        <h1 tabindex="-1">{s.title}</h1>
        {move || match shown.get() {
            None => view! { <p>{s.none}</p><p><a href=Route::Benchmark.href()>{t.benchmark.title}</a></p> }.into_any(),
            Some(v) => {
                let rows = StoredValue::new(v.rows);
                view! {
                <p>{v.intro}</p>
                <p class="actions">
                    <button type="button" class="button button--secondary" on:click=|_| web::print()>{s.print}</button>
                </p>
                <ChartFigure id="chart-district" caption=Signal::derive(move || s.heat_caption.to_string())
                    summary=summary svg=svg table_toggle=None>
                    <TableWrap>
                        <table>
                            <thead><tr>
                                <th scope="col">{t.results.col_category}</th>
                                <th scope="col" class="num">{s.col_n}</th>
                                {(0..5).map(|l| view! { <th scope="col" class="num">{t.common.level_label(&l.to_string())}</th> }).collect_view()}
                                <th scope="col" class="num">{s.col_below}</th>
                            </tr></thead>
                            <tbody>
                                {rows.get_value().into_iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{r.category}</th>
                                        <td class="num">{r.n}</td>
                                        {r.cells.into_iter().map(|c| view! { <Cell value=c texts=s/> }).collect_view()}
                                        <Cell value=r.below texts=s/>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </TableWrap>
                    <p class="hint"><span aria-hidden="true">{s.suppressed}</span>" "{s.suppressed_label}</p>
                </ChartFigure>
                <section aria-labelledby="training-title">
                    <h2 id="training-title">{s.ranking_title}</h2>
                    <p>{s.ranking_intro}</p>
                    <ol class="training-ranking">
                        {v.ranking.into_iter().map(|item| view! {
                            <li>
                                {item.text}
                                {(!item.offers.is_empty()).then(|| view! {
                                    <br/><span class="hint">{s.offers} ": "</span>
                                    {item.offers.into_iter().map(|(title, url)| view! { <a href=url rel="noreferrer">{title}</a> " " }).collect_view()}
                                })}
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
                }
                .into_any()
            }
        }}
    }
}

/// A number of the table, or the mark of a hidden one (read out as „ausgeblendet“).
#[component]
fn Cell(value: Option<String>, texts: &'static DistrictTexts) -> impl IntoView {
    match value {
        Some(value) => view! { <td class="num">{value}</td> }.into_any(),
        None => view! {
            <td class="num"><span aria-hidden="true">{texts.suppressed}</span><span class="visually-hidden">{texts.hidden_cell}</span></td>
        }
        .into_any(),
    }
}
