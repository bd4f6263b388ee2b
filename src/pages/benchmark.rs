//! Vergleichsdaten: the active benchmark pack, the peer group, loading another pack.

use leptos::prelude::*;

use crate::components::table::TableWrap;

use crate::components::file_import::{ChosenFile, FileImport};
use crate::components::pack_builder::PackBuilder;
use crate::components::pack_line::PackLine;
use crate::components::title::use_title;
use crate::domain::benchmark::{self, Pack, PeerGroup};
use crate::domain::synthetic::pack_texts;
use crate::i18n;
use crate::i18n::labels::group_label;
use crate::state::{use_state, Route};
use crate::view::errors::{self, FileKind};

#[component]
pub fn BenchmarkPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().benchmark.title.to_string());
    let result = RwSignal::new(None::<Result<String, String>>);
    let on_files = Callback::new(move |files: Vec<ChosenFile>| {
        let Some((_, read)) = files.into_iter().next() else { return };
        let t = state.texts();
        let lang = state.lang_untracked();
        let outcome = match read {
            Err(e) => {
                Err(errors::file_error(t, lang, FileKind::Pack { expected_version: state.questionnaire().version }, &e))
            }
            Ok(text) => match Pack::parse(&text, state.questionnaire()) {
                Err(e) => Err(errors::file_error(
                    t,
                    lang,
                    FileKind::Pack { expected_version: state.questionnaire().version },
                    &e,
                )),
                Ok(pack) => {
                    let (title, _) = pack_texts(&pack, lang);
                    let saved = state.set_pack(Some((pack, text)));
                    let mut message = t.benchmark.loaded(&title);
                    if saved.is_err() {
                        message = format!("{message} {}", t.benchmark.storage_note);
                    }
                    Ok(message)
                }
            },
        };
        result.set(Some(outcome));
        crate::web::focus_after_render(crate::web::Focus::Id("pack-result"));
    });

    move || {
        let t = state.texts();
        let lang = state.lang();
        view! {
            <h1 tabindex="-1">{t.benchmark.title}</h1>
            <p>{t.benchmark.intro}</p>
            <section aria-labelledby="pack-heading">
                <h2 id="pack-heading">{t.benchmark.active_title}</h2>
                {move || state.pack().get().map(|active| {
                    let p = active.pack;
                    let rows: Vec<(String, u32)> = p.shown_groups().map(|g| (group_label(t, g), g.n)).collect();
                    let total = p.group(PeerGroup::ALL).map(|g| g.n);
                    let (title, source) = pack_texts(&p, lang);
                    view! {
                        <p class="hint">{if active.built_in { t.benchmark.pack_built_in } else { t.benchmark.pack_loaded }}</p>
                        <dl class="report-facts">
                            <dt>{t.benchmark.pack_title}</dt><dd>{title}</dd>
                            <dt>{t.benchmark.pack_source}</dt><dd>{source}</dd>
                            <dt>{t.benchmark.pack_date}</dt><dd>{i18n::date(lang, &p.date)}</dd>
                            <dt>{t.benchmark.pack_n}</dt><dd>{total.map(|n| n.to_string()).unwrap_or_else(|| "–".into())}</dd>
                        </dl>
                        {p.synthetic.then(|| view! { <p><strong class="badge badge--synthetic">{t.results.synthetic_notice}</strong></p> })}
                        <TableWrap>
                            <table>
                                <caption>{t.benchmark.groups_caption}</caption>
                                <thead><tr><th scope="col">{t.benchmark.col_group}</th><th scope="col" class="num">{t.benchmark.col_n}</th></tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|(label, n)| view! {
                                        <tr><th scope="row">{label}</th><td class="num">{n}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </TableWrap>
                        {(!active.built_in).then(|| view! {
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                let _ = state.set_pack(None);
                                result.set(None);
                            }>{t.benchmark.reset}</button>
                        })}
                    }
                })}
            </section>
            <section aria-labelledby="choose-heading">
                <h2 id="choose-heading">{t.benchmark.choose_title}</h2>
                <div class="field">
                    <label class="label" for="peer-group">{t.benchmark.choose_label}</label>
                    <p class="hint" id="peer-group-hint">{t.benchmark.choose_hint}</p>
                    <select id="peer-group" aria-describedby="peer-group-hint" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        state.set_peer_choice(PeerGroup::from_key(&value));
                    }>
                        <option value="" selected=move || state.peer_choice().get().is_none()>{t.benchmark.choose_auto}</option>
                        {move || state.pack().get().map(|active| active.pack.shown_groups().map(|g| {
                            let group = g.group;
                            view! {
                                <option value=group.key() selected=move || state.peer_choice().get() == Some(group)>
                                    {format!("{} (n = {})", group_label(t, g), g.n)}
                                </option>
                            }
                        }).collect_view())}
                    </select>
                </div>
                <Show when=move || state.current().with(Option::is_some)>
                    <PackLine/>
                    <p><a href=Route::Results.href()>{t.common.nav_results}</a></p>
                </Show>
            </section>
            <section aria-labelledby="load-heading">
                <h2 id="load-heading">{t.benchmark.load_title}</h2>
                <FileImport
                    id="pack-file"
                    label=t.benchmark.load_label
                    hint=t.benchmark.load_hint(&state.questionnaire().version.to_string())
                    drop_text=t.start.drop_here
                    accept=".json,application/json"
                    max_bytes=benchmark::MAX_BYTES
                    on_files=on_files
                />
                <div id="pack-result" tabindex="-1">
                    {move || result.get().map(|r| match r {
                        Ok(message) => view! { <div class="message message--success" role="status"><p>{message}</p></div> }.into_any(),
                        Err(error) => view! {
                            <div class="message message--error" role="alert">
                                <h3>{t.benchmark.load_error_title}</h3>
                                <p>{error}</p>
                                <p>{t.benchmark.load_kept}</p>
                            </div>
                        }.into_any(),
                    })}
                </div>
            </section>
            <PackBuilder t=t/>
        }
    }
}
