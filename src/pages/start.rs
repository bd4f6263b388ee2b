//! Start: what DigiKompass is, privacy, start/continue/import, saved assessments.

use leptos::prelude::*;

use crate::components::table::TableWrap;

use crate::components::file_import::{ChosenFile, FileImport};
use crate::components::title::use_title;
use crate::content;
use crate::domain::assessment::Scope;
use crate::domain::exchange;
use crate::i18n::{self, Texts};
use crate::state::{reader, use_state, Route};
use crate::view::errors::{self, FileKind};
use crate::view::saved;
use crate::web;

#[component]
pub fn StartPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().start.title.to_string());
    let start = move |_| {
        state.start_new();
        state.navigate(Route::Profile);
    };
    move || {
        let t = state.texts();
        view! {
            <h1 tabindex="-1">{t.start.title}</h1>
            <p class="lead">{t.start.intro}</p>
            <p>{t.start.duration(
                &content::promised_minutes(Scope::Full).to_string(),
                &content::promised_minutes(Scope::Kurzcheck).to_string(),
            )}</p>
            <section class="callout" aria-labelledby="privacy-heading">
                <h2 id="privacy-heading">{t.start.privacy_title}</h2>
                <p>{t.start.privacy_text}</p>
            </section>
            <Continue t=t/>
            <p class="actions">
                <button type="button" class="button button--primary" on:click=start>{t.start.start_button}</button>
            </p>
            <SavedList t=t/>
            <ImportSection t=t/>
            <PartsSection t=t/>
            <UnreadableList t=t/>
            <OriginalsList t=t/>
            <section aria-labelledby="more-heading">
                <h2 id="more-heading">{t.start.more_title}</h2>
                <ul>
                    <li><a href=Route::Methodik.href()>{t.start.more_methodik}</a></li>
                    <li><a href=Route::Datenschutz.href()>{t.start.more_privacy}</a></li>
                    <li><a href=Route::Barrierefreiheit.href()>{t.start.more_accessibility}</a></li>
                    <li><a href=Route::LeichteSprache.href()>{t.start.more_easy}</a></li>
                </ul>
            </section>
        }
    }
}

#[component]
fn Continue(t: &'static Texts) -> impl IntoView {
    let state = use_state();
    let t = move || t;
    view! {
        <Show when=move || state.current().with(Option::is_some)>
            <section class="callout callout--continue" aria-labelledby="continue-heading">
                <h2 id="continue-heading">{t().start.continue_title}</h2>
                <p>
                    {move || {
                        state.current().with(|a| {
                            let a = a.as_ref()?;
                            let date = i18n::date(state.lang(), &a.date);
                            Some(t().start.continue_text(&date, &saved::name_or_unnamed(t(), a)))
                        })
                    }}
                </p>
                <button type="button" class="button button--primary" on:click=move |_| {
                    if let Some(a) = state.current().get_untracked() {
                        state.navigate(state.resume_route(&a));
                    }
                }>{t().start.continue_button}</button>
            </section>
        </Show>
    }
}

#[component]
fn SavedList(t: &'static Texts) -> impl IntoView {
    let state = use_state();
    let t = move || t;
    let confirming = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let listed = Memo::new(move |_| {
        let (t, lang, questionnaire) = (t(), state.lang(), state.questionnaire());
        state.assessments().with(|list| saved::rows(t, lang, questionnaire, list))
    });
    let rows = move || {
        listed
            .get()
            .into_iter()
            .map(move |row| {
                let id = row.id.clone();
                let name = row.name.clone();
                let (open_id, dup_id, del_id, yes_id) = (id.clone(), id.clone(), id.clone(), id.clone());
                let (n1, n2, n3, n4) = (name.clone(), name.clone(), name.clone(), name.clone());
                let question_id = format!("delete-question-{id}");
                let is_confirming = {
                    let id = id.clone();
                    move || confirming.get().as_deref() == Some(id.as_str())
                };
                view! {
                    <tr>
                        <th scope="row">{name.clone()}</th>
                        <td>{row.date}</td>
                        <td>{row.scope}</td>
                        <td>{row.progress}</td>
                        <td class="row-actions">
                            <button type="button" class="button button--small"
                                aria-label=t().start.open_named(&n1)
                                on:click=move |_| {
                                    state.open(&open_id);
                                    if let Some(a) = state.current().get_untracked() {
                                        state.navigate(state.resume_route(&a));
                                    }
                                }>{t().start.open}</button>
                            <button type="button" class="button button--small button--secondary"
                                aria-label=t().start.duplicate_named(&n2)
                                on:click=move |_| {
                                    state.duplicate(&dup_id);
                                    message.set(Some(t().start.duplicated.to_string()));
                                }>{t().start.duplicate}</button>
                            <button type="button" class="button button--small button--danger"
                                aria-label=t().start.delete_named(&n3)
                                aria-expanded={
                                    let is_confirming = is_confirming.clone();
                                    move || is_confirming().to_string()
                                }
                                on:click=move |_| confirming.set(Some(del_id.clone()))>{t().start.delete}</button>
                            <Show when=is_confirming.clone()>
                                <div class="confirm" role="alertdialog" aria-labelledby=question_id.clone()>
                                    <p id=question_id.clone()>{t().start.delete_confirm(&n4)}</p>
                                    <button type="button" class="button button--small button--danger" on:click={
                                        let (yes_id, name) = (yes_id.clone(), n4.clone());
                                        move |_| {
                                            state.delete(&yes_id);
                                            confirming.set(None);
                                            message.set(Some(t().start.deleted(&name)));
                                        }
                                    }>{t().start.delete_yes}</button>
                                    <button type="button" class="button button--small button--secondary"
                                        on:click=move |_| confirming.set(None)>{t().common.cancel}</button>
                                </div>
                            </Show>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="saved-heading">
            <h2 id="saved-heading">{t().start.saved_title}</h2>
            <p role="status" class="status-message">{move || message.get()}</p>
            <Show
                when=move || state.assessments().with(|l| !l.is_empty())
                fallback=move || view! { <p>{t().start.none_saved}</p> }
            >
                <TableWrap>
                    <table>
                        <caption>{t().start.saved_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t().start.col_name}</th>
                                <th scope="col">{t().start.col_date}</th>
                                <th scope="col">{t().start.col_scope}</th>
                                <th scope="col">{t().start.col_progress}</th>
                                <th scope="col">{t().start.col_actions}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableWrap>
            </Show>
        </section>
    }
}

#[component]
fn ImportSection(t: &'static Texts) -> impl IntoView {
    let state = use_state();
    let t = move || t;
    let result = RwSignal::new(None::<Result<Vec<String>, String>>);
    let on_files = Callback::new(move |files: Vec<ChosenFile>| {
        let Some((_, file)) = files.into_iter().next() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let t = state.texts();
            let lang = state.lang_untracked();
            let outcome = match file {
                Err(e) => Err(errors::file_error(t, lang, FileKind::Assessment, &e)),
                Ok(text) => match reader::load().await {
                    None => Err(t.common.reader_unavailable.to_string()),
                    Some(reader) => match state.import(reader.assessment, &text) {
                        Err(e) => Err(errors::file_error(t, lang, FileKind::Assessment, &e)),
                        Ok((imported, replaced)) => {
                            let name = saved::name_or_unnamed(t, &imported.assessment);
                            let imported_line =
                                if replaced { t.start.imported_replaced(&name) } else { t.start.imported(&name) };
                            let mut lines = vec![imported_line];
                            lines.extend(saved::migration_lines(t, &imported.migration));
                            Ok(lines)
                        }
                    },
                },
            };
            // The user may have left the page while the reader was fetched.
            if result.try_set(Some(outcome)).is_none() {
                web::focus_after_render(web::Focus::Id("import-result"));
            }
        });
    });
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{t().start.import_title}</h2>
            <FileImport
                id="import-file"
                label=t().common.import_label
                hint=t().start.import_text
                drop_text=t().start.drop_here
                accept=".json,application/json"
                max_bytes=exchange::MAX_BYTES
                on_files=on_files
            />
            <div id="import-result" tabindex="-1">
                {move || match result.get() {
                    None => ().into_any(),
                    Some(Ok(lines)) => view! {
                        <div class="message message--success" role="status">
                            {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                        </div>
                    }.into_any(),
                    Some(Err(error)) => view! {
                        <div class="message message--error" role="alert">
                            <h3>{t().start.import_error_title}</h3>
                            <p>{error}</p>
                            <p>{t().start.import_unchanged}</p>
                        </div>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}

/// What the Teilbögen section can offer for the open assessment.
#[derive(Clone, PartialEq)]
enum PartsOffer {
    /// No assessment open, or it has no name yet.
    NeedsMain,
    /// The open assessment is itself a Teilbogen.
    IsPart,
    /// Create and merge for the assessment of this name.
    For(String),
}

/// „Gemeinsam ausfüllen“: create Teilbögen of the open assessment, and merge those sent back.
#[component]
fn PartsSection(t: &'static Texts) -> impl IntoView {
    let state = use_state();
    let t = move || t;
    let offer = Memo::new(move |_| {
        state.current().with(|a| match a {
            Some(a) if a.is_part() => PartsOffer::IsPart,
            Some(a) if !a.profile.name.trim().is_empty() => PartsOffer::For(a.profile.name.clone()),
            _ => PartsOffer::NeedsMain,
        })
    });
    let problems = RwSignal::new(Vec::<String>::new());
    let on_files = Callback::new(move |files: Vec<ChosenFile>| {
        leptos::task::spawn_local(async move {
            let (t, lang) = (state.texts(), state.lang_untracked());
            let found = match reader::load().await {
                None => vec![t.common.reader_unavailable.to_string()],
                Some(reader) => match state.choose_parts(reader.parts, &files) {
                    Ok(()) => {
                        problems.set(Vec::new());
                        state.navigate(Route::PartMerge);
                        return;
                    }
                    Err(found) => {
                        let version =
                            state.current().with_untracked(|a| a.as_ref().map_or(0, |a| a.questionnaire_version));
                        found.iter().map(|(file, p)| errors::part_problem(t, lang, version, file, p)).collect()
                    }
                },
            };
            // The user may have left the page while the reader was fetched.
            if problems.try_set(found).is_none() {
                web::focus_after_render(web::Focus::Id("merge-result"));
            }
        });
    });
    view! {
        <section aria-labelledby="parts-heading">
            <h2 id="parts-heading">{t().parts.together_title}</h2>
            <p>{t().parts.together_text}</p>
            {move || match offer.get() {
                PartsOffer::NeedsMain => view! { <p>{t().parts.create_needs_main}</p> }.into_any(),
                PartsOffer::IsPart => view! { <p>{t().parts.is_part_main}</p> }.into_any(),
                PartsOffer::For(name) => view! {
                    <p>{t().parts.together_for(&name)}</p>
                    <p><a class="button button--secondary" href=Route::PartCreate.href()>{t().parts.create_link}</a></p>
                    <FileImport
                        id="merge-files"
                        label=t().parts.merge_label
                        hint=t().parts.merge_hint
                        drop_text=t().start.drop_here
                        accept=".json,application/json"
                        max_bytes=exchange::MAX_BYTES
                        multiple=true
                        on_files=on_files
                    />
                }.into_any(),
            }}
            <div id="merge-result" tabindex="-1">
                {move || {
                    let found = problems.get();
                    (!found.is_empty()).then(|| view! {
                        <div class="message message--error" role="alert">
                            <h3>{t().parts.merge_error_title}</h3>
                            <ul>{found.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                            <p>{t().parts.merge_unchanged}</p>
                        </div>
                    })
                }}
            </div>
        </section>
    }
}

#[component]
fn UnreadableList(t: &'static Texts) -> impl IntoView {
    let state = use_state();
    let t = move || t;
    view! {
        <Show when=move || state.unreadable().with(|l| !l.is_empty())>
            <section aria-labelledby="unreadable-heading" class="callout callout--warning">
                <h2 id="unreadable-heading">{t().start.unreadable_title}</h2>
                <p>{t().start.unreadable_text}</p>
                <ul>
                    <For each=move || state.unreadable().get() key=|u| u.key.clone() let:entry>
                        {
                            let reason = errors::file_error(state.texts(), state.lang_untracked(), FileKind::Assessment, &entry.error);
                            let key = entry.key.clone();
                            view! {
                                <KeptEntry text=t().start.unreadable_entry(&entry.key, &reason)
                                    file=format!("{}.txt", entry.key.replace(['.', '/'], "-")) mime="text/plain;charset=utf-8" raw=entry.raw
                                    save_label=t().start.unreadable_export delete_label=t().start.unreadable_delete
                                    on_delete=Callback::new(move |()| state.forget_unreadable(&key))/>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// Originals kept where a conversion dropped answers: save as a file, or delete.
#[component]
fn OriginalsList(t: &'static Texts) -> impl IntoView {
    let state = use_state();
    let t = move || t;
    view! {
        <Show when=move || state.originals().with(|l| !l.is_empty())>
            <section aria-labelledby="originals-heading" class="callout callout--warning">
                <h2 id="originals-heading">{t().start.originals_title}</h2>
                <p>{t().start.originals_text}</p>
                <ul>
                    <For each=move || state.originals().get() key=|o| o.original.key.clone() let:entry>
                        {
                            let text = t().start.originals_entry(&entry.dropped.len().to_string(), &entry.dropped.join(", "), &entry.name);
                            let key = entry.original.key.clone();
                            view! {
                                <KeptEntry text=text file=format!("{}.json", key.replace(['.', '/'], "-")) mime="application/json"
                                    raw=entry.original.raw save_label=t().start.originals_export delete_label=t().start.originals_delete
                                    on_delete=Callback::new(move |()| state.forget_original(&key))/>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// One entry kept in storage for the user to decide on: what it is, a button that saves it
/// as a file exactly as stored, and one that deletes it.
#[component]
fn KeptEntry(
    text: String,
    file: String,
    mime: &'static str,
    raw: String,
    save_label: &'static str,
    delete_label: &'static str,
    on_delete: Callback<()>,
) -> impl IntoView {
    // The buttons repeat per entry; the entry's text describes them for screen readers.
    let text_id = format!("kept-{}", file.replace('.', "-"));
    view! {
        <li>
            <p id=text_id.clone()>{text}</p>
            <button type="button" class="button button--small button--secondary" aria-describedby=text_id.clone() on:click=move |_| {
                let _ = web::download(&file, mime, &raw);
            }>{save_label}</button>
            <button type="button" class="button button--small button--danger" aria-describedby=text_id
                on:click=move |_| on_delete.run(())>{delete_label}</button>
        </li>
    }
}
