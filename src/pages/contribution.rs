//! „Anonymer Beitrag für einen Vergleich“: export a scores-only contribution.

use leptos::prelude::*;

use crate::components::table::TableWrap;

use crate::components::title::use_title;
use crate::domain::benchmark::PeerGroup;
use crate::domain::contribution::{self, Contribution};
use crate::i18n::labels::group_name;
use crate::i18n::{self, Texts};
use crate::state::{use_state, Route};
use crate::web;

fn year_of(date: &str) -> u16 {
    date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026)
}

#[component]
pub fn ContributionPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().contribution.title.to_string());
    let contribution = Memo::new(move |_| {
        state.current().with(|a| {
            state.results().with(|r| match (a, r) {
                (Some(a), Some(r)) => contribution::from_assessment(state.questionnaire(), a, r, year_of(&a.date)).ok(),
                _ => None,
            })
        })
    });
    move || {
        let t = state.texts();
        let lang = state.lang();
        view! {
            <h1 tabindex="-1">{t.contribution.title}</h1>
            <p>{t.contribution.intro}</p>
            {move || match contribution.get() {
                None => view! {
                    <p class="callout callout--warning">{t.contribution.missing}</p>
                    <p><a href=Route::Profile.href()>{t.contribution.to_profile}</a></p>
                }.into_any(),
                Some(c) => view! { <ContributionView c=c t=t lang=lang/> }.into_any(),
            }}
        }
    }
}

#[component]
fn ContributionView(c: Contribution, t: &'static Texts, lang: i18n::Lang) -> impl IntoView {
    let state = use_state();
    let json = contribution::to_json(&c);
    let group = PeerGroup { kind: Some(c.kind), size_class: Some(c.size_class) };
    let name_of = |id: &str| {
        state
            .questionnaire()
            .dimension(id)
            .map(|d| d.title.get(lang).to_string())
            .or_else(|| state.questionnaire().category(id).map(|(_, c)| c.title.get(lang).to_string()))
            .unwrap_or_else(|| id.to_string())
    };
    let rows: Vec<(String, f64)> =
        c.dimensions.iter().chain(c.categories.iter()).map(|(id, v)| (name_of(id), *v)).collect();
    let file = format!("digikompass-beitrag-{}-{}.json", c.year, &c.contribution_id[..8.min(c.contribution_id.len())]);
    let download = json.clone();
    view! {
        <section aria-labelledby="contains-heading">
            <h2 id="contains-heading">{t.contribution.contains_title}</h2>
            <ul>
                <li>{t.contribution.contains_version(&c.questionnaire_id, &c.questionnaire_version.to_string())}</li>
                <li>{t.contribution.contains_group(&group_name(t, group))}</li>
                <li>{t.contribution.contains_year(&c.year.to_string())}</li>
                <li>{t.contribution.contains_coverage(&i18n::share(lang, c.coverage))}</li>
            </ul>
            <p><strong>{t.contribution.contains_not}</strong></p>
            <TableWrap>
                <table>
                    <caption>{t.contribution.levels_caption}</caption>
                    <thead><tr>
                        <th scope="col">{t.results.col_category}</th>
                        <th scope="col" class="num">{t.results.col_level}</th>
                        <th scope="col" class="num">{t.results.col_percent}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(name, v)| view! {
                            <tr><th scope="row">{name}</th><td class="num">{i18n::level(lang, v)}</td><td class="num">{i18n::level_percent(lang, v)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </TableWrap>
            <h3>{t.contribution.raw_title}</h3>
            <pre class="raw-json" tabindex="0" aria-label=t.contribution.raw_title>{json}</pre>
            <p class="actions">
                <button type="button" class="button button--primary" on:click=move |_| {
                    let _ = web::download(&file, "application/json", &download);
                }>{t.contribution.save}</button>
                <span class="hint">{t.contribution.saved_hint}</span>
            </p>
        </section>
    }
}
