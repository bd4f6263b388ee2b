//! On the Vergleichsdaten page: building a benchmark pack from many contributions.

use leptos::prelude::*;

use crate::components::table::TableWrap;

use crate::components::file_import::{chosen_at, ChosenFile, FileImport};
use crate::domain::aggregate::{self, Collected, PackMeta};
use crate::domain::benchmark::MIN_N;
use crate::domain::contribution;
use crate::i18n::labels::group_name;
use crate::i18n::Texts;
use crate::state::{use_state, Route};
use crate::view::errors::{self, FileKind};
use crate::web;

/// What the coordinator has read so far.
#[derive(Clone, Default, PartialEq)]
struct Reading {
    files: usize,
    collected: Collected,
    /// Files the browser could not read at all (too large, unreadable).
    unreadable: Vec<(String, String)>,
    millis: f64,
    /// Of that, checking and counting (the rest is the browser reading the files).
    check_millis: f64,
}

#[component]
pub fn PackBuilder(t: &'static Texts) -> impl IntoView {
    let state = use_state();
    let lang = state.lang_untracked();
    let reading = RwSignal::new(None::<Reading>);
    let title = RwSignal::new(t.contribution.title_default(&web::today()[..4]));
    let source = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let built = RwSignal::new(None::<String>);
    let on_files = Callback::new(move |files: Vec<ChosenFile>| {
        let read_done = web::performance_now();
        let mut unreadable = Vec::new();
        let mut texts = Vec::with_capacity(files.len());
        for (name, read) in &files {
            match read {
                Ok(text) => texts.push((name.as_str(), text.as_str())),
                Err(e) => unreadable.push((name.clone(), errors::file_error(t, lang, FileKind::Contribution, e))),
            }
        }
        let collected = aggregate::collect(texts, state.questionnaire());
        // From the user's choice: reading the files and checking them.
        let now = web::performance_now();
        let (millis, check_millis) = (now - chosen_at(), now - read_done);
        built.set(None);
        reading.set(Some(Reading { files: files.len(), collected, unreadable, millis, check_millis }));
    });
    let build = move |use_now: bool| {
        tried.set(true);
        let Some(r) = reading.get_untracked() else { return };
        if source.get_untracked().trim().is_empty() || r.collected.accepted.is_empty() {
            return;
        }
        let meta = PackMeta {
            title: title.get_untracked(),
            source: source.get_untracked(),
            date: web::today(),
            synthetic: false,
        };
        let contributions = r.collected.contributions();
        let pack = aggregate::build_pack(&contributions, state.questionnaire(), meta);
        state.set_district(contributions);
        let json = serde_json::to_string_pretty(&pack).unwrap_or_default();
        let groups = pack.groups.len();
        if use_now {
            let _ = state.set_pack(Some((pack, json)));
        } else {
            let _ =
                web::download(&format!("digikompass-vergleichsdaten-{}.json", web::today()), "application/json", &json);
        }
        built.set(Some(t.contribution.built(&groups.to_string(), &r.collected.accepted.len().to_string())));
    };
    view! {
        <section aria-labelledby="builder-heading">
            <h2 id="builder-heading">{t.contribution.builder_title}</h2>
            <p>{t.contribution.builder_intro}</p>
            <FileImport id="contribution-files" label=t.contribution.builder_files hint=t.contribution.builder_hint
                drop_text=t.start.drop_here accept=".json,application/json" max_bytes=contribution::MAX_BYTES multiple=true on_files=on_files/>
            {move || reading.get().map(|r| {
                let counts = aggregate::counts(r.collected.accepted.iter().map(|(_, c)| c));
                let skipped: Vec<(String, String)> = r.unreadable.iter().cloned()
                    .chain(r.collected.skipped.iter().map(|s| (s.file.clone(), errors::skip_reason(t, lang, &s.reason))))
                    .collect();
                view! {
                    <p role="status" id="builder-summary">{t.contribution.builder_summary(&r.collected.accepted.len().to_string(), &format!("{:.0}", r.check_millis), &r.files.to_string(), &format!("{:.0}", r.millis), &skipped.len().to_string())}</p>
                    {(!skipped.is_empty()).then(|| view! {
                        <TableWrap>
                            <table>
                                <caption>{t.contribution.skipped_caption}</caption>
                                <thead><tr><th scope="col">{t.contribution.col_file}</th><th scope="col">{t.contribution.col_reason}</th></tr></thead>
                                <tbody>{skipped.into_iter().map(|(f, why)| view! { <tr><th scope="row">{f}</th><td>{why}</td></tr> }).collect_view()}</tbody>
                            </table>
                        </TableWrap>
                    })}
                    <TableWrap>
                        <table>
                            <caption>{t.contribution.counts_caption}</caption>
                            <thead><tr><th scope="col">{t.benchmark.col_group}</th><th scope="col" class="num">{t.benchmark.col_n}</th></tr></thead>
                            <tbody>{counts.into_iter().map(|(g, n)| view! {
                                <tr>
                                    <th scope="row">{group_name(t, g)}</th>
                                    <td class="num">{n}{(n < MIN_N).then(|| format!(" ({})", t.contribution.suppressed))}</td>
                                </tr>
                            }).collect_view()}</tbody>
                        </table>
                    </TableWrap>
                }
            })}
            <Show when=move || reading.with(|r| r.as_ref().is_some_and(|r| !r.collected.accepted.is_empty()))>
                <h3>{t.contribution.meta_title}</h3>
                <div class="field">
                    <label class="label" for="pack-title">{t.contribution.title_label}</label>
                    <input type="text" id="pack-title" maxlength="200" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
                </div>
                <div class="field" class:field--error=move || tried.get() && source.with(|s| s.trim().is_empty())>
                    <label class="label" for="pack-source">{t.contribution.source_label}</label>
                    <Show when=move || tried.get() && source.with(|s| s.trim().is_empty())>
                        <p class="field__error" id="pack-source-error">{t.contribution.source_missing}</p>
                    </Show>
                    <textarea id="pack-source" rows="2" maxlength="1000"
                        aria-invalid=move || (tried.get() && source.with(|s| s.trim().is_empty())).then_some("true")
                        aria-describedby=move || (tried.get() && source.with(|s| s.trim().is_empty())).then_some("pack-source-error")
                        prop:value=move || source.get() on:input=move |ev| source.set(event_target_value(&ev))></textarea>
                </div>
                <p class="actions">
                    <button type="button" class="button button--primary" on:click=move |_| build(false)>{t.contribution.build}</button>
                    <button type="button" class="button button--secondary" on:click=move |_| build(true)>{t.contribution.use_now}</button>
                </p>
                <p role="status">{move || built.get()}</p>
                <Show when=move || built.with(Option::is_some)>
                    <p><a href=Route::District.href()>{t.district.link}</a></p>
                </Show>
            </Show>
        </section>
    }
}
