//! Information pages: Methodik, Datenschutz, Erklärung zur Barrierefreiheit, Leichte Sprache.
//!
//! Each page renders in one closure keyed on the language; only the parts that change with
//! other state (the deletion confirmation) have closures of their own.

use leptos::prelude::*;

use crate::components::table::TableWrap;

use crate::components::title::use_title;
use crate::content::{self, Operator};
use crate::domain::assessment::Scope;
use crate::domain::questionnaire::MAX_LEVEL;
use crate::i18n::{self, labels, EasyReadFacts, Info, Texts};
use crate::state::{use_state, Route, TermKey};
use crate::storage;
use crate::web;

/// Paragraphs separated by blank lines.
fn paragraphs(text: &'static str) -> impl IntoView {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(|p| view! { <p>{p}</p> }).collect_view()
}

/// The operator's contact block: name, address, e-mail (and phone on the privacy page).
fn contact(t: &'static Texts, operator: &'static Operator, email: &'static str, phone: bool) -> impl IntoView {
    view! {
        <address>
            {operator.name}<br/>
            {operator.address}<br/>
            {t.info.email_label} " " <a href=format!("mailto:{email}")>{email}</a>
            {(phone && !operator.phone.is_empty()).then(|| view! {
                <br/>{t.info.phone_label} " " {operator.phone}
            })}
        </address>
    }
}

/// The notice shown while `config/betreiber.toml` still holds example values.
fn example_notice(t: &'static Texts, operator: &'static Operator) -> impl IntoView {
    operator.example.then(|| view! { <p class="callout callout--warning" role="note">{t.common.example_operator}</p> })
}

/// Frameworks explained on the Methodik page, shown when a reference starts with the prefix.
fn frameworks(t: &'static Texts) -> [(&'static [&'static str], &'static str, &'static str); 9] {
    let i = &t.info;
    [
        (&["BSI"], i.fw_bsi, i.fw_bsi_text),
        (&["WiBA"], i.fw_wiba, i.fw_wiba_text),
        (&["DIN SPEC 27076"], i.fw_din, i.fw_din_text),
        (&["CSBW"], i.fw_csbw, i.fw_csbw_text),
        (&["DCAT-AP"], i.fw_dcat, i.fw_dcat_text),
        (&["ODM"], i.fw_odm, i.fw_odm_text),
        (&["EU Open Source Strategy"], i.fw_eu_oss, i.fw_eu_oss_text),
        (&["DigComp"], i.fw_digcomp, i.fw_digcomp_text),
        (&["KGSt"], i.fw_kgst, i.fw_kgst_text),
    ]
}

#[component]
pub fn MethodikPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().info.methodik_title.to_string());
    let q = state.questionnaire();
    move || {
        let t = state.texts();
        let lang = state.lang();
        let i = &t.info;
        let total = q.question_count();
        let critical_total = q.questions().filter(|r| r.question.critical).count();
        let kurz = q.questions().filter(|r| r.question.kurzcheck).count();
        let critical_kurz = q.questions().filter(|r| r.question.critical && r.question.kurzcheck).count();
        let critical = q
            .dimensions
            .iter()
            .filter_map(|d| {
                let items: Vec<_> = d
                    .categories
                    .iter()
                    .flat_map(|c| c.questions.iter().filter(|x| x.critical).map(move |x| (c, x)))
                    .map(|(c, x)| {
                        view! { <li>{x.text.get(lang)} " " <span class="hint">"(" {c.title.get(lang)} ")"</span></li> }
                    })
                    .collect();
                (!items.is_empty()).then(|| view! { <h3>{d.title.get(lang)}</h3><ul>{items}</ul> })
            })
            .collect_view();
        let references: Vec<_> = q
            .questions()
            .filter_map(|r| r.question.reference.as_ref().map(|v| (r, v)))
            .map(|(r, v)| {
                view! {
                    <tr>
                        <th scope="row">{r.question.text.get(lang)}</th>
                        <td>{v.text.get(lang)}</td>
                        <td><a href=v.url.as_str()>{v.source.as_str()}</a></td>
                        <td class="num">{v.year}</td>
                        <td>{crate::view::results::reference_basis(t, lang, v)}</td>
                    </tr>
                }
            })
            .collect();
        let all_refs: Vec<&'static str> = q.frameworks.iter().map(|f| f.id.as_str()).collect();
        let catalogue = q
            .frameworks
            .iter()
            .map(|f| {
                view! {
                    <tr>
                        <td><a href=f.url.as_str() rel="noreferrer">{f.label(lang)}</a></td>
                        <td>{format!("{}, {}", f.source, f.edition)}</td>
                    </tr>
                }
            })
            .collect_view();
        let explained = frameworks(t)
            .into_iter()
            .filter(|(prefixes, _, _)| all_refs.iter().any(|r| prefixes.iter().any(|p| r.starts_with(p))))
            .map(|(_, name, text)| view! { <li><strong>{name}</strong>": "{text}</li> })
            .collect_view();
        let scale = (0..=MAX_LEVEL)
            .map(|l| {
                view! {
                    <tr>
                        <th scope="row">{labels::level_name(t, l)}</th>
                        <td class="num">{i18n::level_percent(lang, f64::from(l))}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h1 tabindex="-1">{i.methodik_title}</h1>
            <p class="lead">{i.methodik_intro(&total.to_string(), &i18n::date(lang, &q.published), q.title.get(lang), &q.version.to_string())}</p>
            {q.methodology.iter().map(|s| view! { <h2>{s.title.get(lang)}</h2>{paragraphs(s.body.get(lang))} }).collect_view()}

            <h2>{i.critical_title}</h2>
            {if critical_total == 0 {
                view! { <p>{i.critical_none}</p> }.into_any()
            } else {
                view! { <p>{i.critical_intro(&critical_total.to_string())}</p>{critical} }.into_any()
            }}

            <h2>{i.kurzcheck_title}</h2>
            <p>{i.kurzcheck_text(&kurz.to_string(), &total.to_string())}</p>
            {(critical_total > 0).then(|| view! {
                <p>{i.kurzcheck_critical(&critical_kurz.to_string(), &critical_total.to_string())}</p>
            })}
            <p>{i.kurzcheck_compare}</p>
            <h2>{i.scenario_title}</h2>
            <p>{i.scenario_text}</p>
            <h2>{i.district_title}</h2>
            <p>{i.district_text}</p>
            <h2>{i.parts_title}</h2>
            <p>{i.parts_text}</p>

            <h2>{i.scale_title}</h2>
            <p>{i.scale_intro}</p>
            <TableWrap>
                <table>
                    <caption>{i.scale_caption}</caption>
                    <thead><tr><th scope="col">{i.scale_col_level}</th><th scope="col" class="num">{i.scale_col_percent}</th></tr></thead>
                    <tbody>{scale}</tbody>
                </table>
            </TableWrap>
            <ul>
                <li>{i.scale_dont_know}</li>
                <li>{i.scale_not_applicable}</li>
            </ul>

            <h2>{i.references_title}</h2>
            {if references.is_empty() {
                view! { <p>{i.references_none}</p> }.into_any()
            } else {
                view! {
                    <p>{i.references_intro}</p>
                    <TableWrap>
                        <table>
                            <caption>{i.references_caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i.references_col_question}</th>
                                    <th scope="col">{i.references_col_value}</th>
                                    <th scope="col">{i.references_col_source}</th>
                                    <th scope="col" class="num">{i.references_col_year}</th>
                                    <th scope="col">{i.references_col_basis}</th>
                                </tr>
                            </thead>
                            <tbody>{references}</tbody>
                        </table>
                    </TableWrap>
                }.into_any()
            }}

            <h2>{i.frameworks_title}</h2>
            <p>{i.frameworks_intro}</p>
            <ul>{explained}</ul>
            <h3>{i.frameworks_all(&all_refs.len().to_string())}</h3>
            <TableWrap>
                <table class="catalogue">
                    <caption>{i.frameworks_caption}</caption>
                    <thead><tr><th scope="col">{i.frameworks_col_reference}</th><th scope="col">{i.frameworks_col_edition}</th></tr></thead>
                    <tbody>{catalogue}</tbody>
                </table>
            </TableWrap>
        }
    }
}

/// „Begriffe“: every term of the glossary; opened at one term, that term gets the focus.
#[component]
pub fn GlossaryPage(term: Option<TermKey>) -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().info.glossary_title.to_string());
    let q = state.questionnaire();
    move || {
        let t = state.texts();
        let lang = state.lang();
        let i = &t.info;
        let entries = q
            .glossary
            .iter()
            .map(|g| {
                let arrival = term.is_some_and(|k| k.as_str() == g.id).then_some("");
                let long = g.long.get(lang);
                view! {
                    <dt id=format!("begriff-{}", g.id) tabindex="-1" data-arrival=arrival>
                        <dfn>{g.term.as_str()}</dfn>
                        {(!long.is_empty()).then(|| view! { <span class="glossary__long">{long}</span> })}
                    </dt>
                    <dd>
                        {g.explanation.get(lang)}
                        {g.url.as_ref().map(|u| view! { " " <a href=u.as_str() rel="noreferrer">{i.glossary_more}</a> })}
                    </dd>
                }
            })
            .collect_view();
        view! {
            <h1 tabindex="-1">{i.glossary_title}</h1>
            <p class="lead">{i.glossary_intro}</p>
            <dl class="glossary">{entries}</dl>
        }
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().info.privacy_title.to_string());
    let operator = &content::OPERATOR;
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(false);
    let count = move || state.assessments().with(Vec::len);
    move || {
        let t = state.texts();
        let i = &t.info;
        let count_text = move || match count() {
            0 => i.delete_all_count_none.to_string(),
            1 => i.delete_all_count_one.to_string(),
            n => i.delete_all_count_many(&n.to_string()),
        };
        let close = move |deleted: bool| {
            if deleted {
                state.clear_everything();
            }
            confirming.set(false);
            done.set(deleted);
            web::focus_after_render(web::Focus::Id("delete-all"));
        };
        view! {
            <h1 tabindex="-1">{i.privacy_title}</h1>
            <p class="lead">{i.privacy_lead}</p>

            <h2>{i.stored_title}</h2>
            <p>{i.stored_intro}</p>
            <TableWrap>
                <table>
                    <caption>{i.stored_caption}</caption>
                    <thead><tr><th scope="col">{i.stored_col_key}</th><th scope="col">{i.stored_col_content}</th></tr></thead>
                    <tbody>
                        <tr><th scope="row"><code>{storage::assessment_key_pattern(i.key_id)}</code></th><td>{i.stored_assessment}</td></tr>
                        <tr><th scope="row"><code>{storage::SETTINGS_KEY}</code></th><td>{i.stored_settings}</td></tr>
                        <tr><th scope="row"><code>{storage::PACK_KEY}</code></th><td>{i.stored_pack}</td></tr>
                        <tr><th scope="row"><code>{storage::original_key_pattern(i.key_id)}</code></th><td>{i.stored_original}</td></tr>
                        <tr><th scope="row"><code>{storage::PROBE_KEY}</code></th><td>{i.stored_probe}</td></tr>
                    </tbody>
                </table>
            </TableWrap>
            <p>{i.stored_personal}</p>
            <p>{i.stored_cache}</p>

            <h2>{i.transfer_title}</h2>
            <p>{i.transfer_text}</p>
            <p>{i.server_text}</p>
            <p>{i.links_text}</p>

            <h2>{i.exports_title}</h2>
            <p>{i.exports_intro}</p>
            <ul>
                <li>{i.export_assessment}</li>
                <li>{i.export_csv}</li>
                <li>{i.export_report}</li>
                <li>{i.export_contribution}</li>
            </ul>
            <p>{i.exports_control}</p>

            <h2>{i.legal_title}</h2>
            <p>{i.legal_text}</p>

            <h2>{i.responsible_title}</h2>
            {example_notice(t, operator)}
            <p>{i.responsible_intro}</p>
            {contact(t, operator, operator.email, true)}
            <p><a href=operator.imprint_url>{t.common.footer_imprint}</a></p>
            <p>{i.responsible_note}</p>

            <h2>{i.delete_title}</h2>
            <p>{i.delete_one} " " <a href=Route::Start.href()>{t.common.to_start}</a></p>
            <p>{i.delete_browser}</p>
            <p>{i.delete_all_intro}</p>
            <p>
                <button type="button" id="delete-all" class="button button--danger" aria-controls="delete-all-confirm"
                    aria-expanded=move || confirming.get().to_string()
                    on:click=move |_| {
                        done.set(false);
                        confirming.set(true);
                    }>{i.delete_all_button}</button>
            </p>
            <div id="delete-all-confirm">
                <Show when=move || confirming.get()>
                    <div class="confirm" role="group" aria-labelledby="delete-all-question">
                        <p id="delete-all-question"><strong>{i.delete_all_question}</strong></p>
                        <p>{count_text}</p>
                        <p>{i.delete_all_warning}</p>
                        <button type="button" class="button button--danger" on:click=move |_| close(true)>{i.delete_all_yes}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| close(false)>{t.common.cancel}</button>
                    </div>
                </Show>
            </div>
            <p role="status" class="status-message">{move || done.get().then_some(i.delete_all_done)}</p>
        }
    }
}

/// This installation's address without the route: where the statement applies.
fn app_url() -> String {
    let location = web::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().info.a11y_title.to_string());
    let operator = &content::OPERATOR;
    let url = app_url();
    move || {
        let t = state.texts();
        let lang = state.lang();
        let i = &t.info;
        let email = operator.accessibility_email;
        view! {
            <h1 tabindex="-1">{i.a11y_title}</h1>
            {example_notice(t, operator)}
            <p class="lead">{i.a11y_intro(operator.name)}</p>

            <h2>{i.a11y_scope_title}</h2>
            <p>{i.a11y_scope(&url)}</p>

            <h2>{i.a11y_status_title}</h2>
            <p>{i.a11y_status}</p>
            <p>{i.a11y_method}</p>

            <h2>{i.a11y_limits_title}</h2>
            <ul>
                <li>{i.a11y_limit_dgs} " " <a href=Route::LeichteSprache.href()>{i.easy_title}</a></li>
                <li>{i.a11y_limit_charts}</li>
                <li>{i.a11y_limit_pdf}</li>
            </ul>

            <h2>{i.a11y_date_title}</h2>
            <p>{i.a11y_date(&i18n::date(lang, operator.accessibility_reviewed))}</p>

            <h2>{i.a11y_feedback_title}</h2>
            <p>{i.a11y_feedback}</p>
            {contact(t, operator, email, false)}
            <p>{i.a11y_feedback_answer}</p>

            <h2>{i.a11y_enforcement_title}</h2>
            <p>{i.a11y_enforcement}</p>
            <p><a href=operator.conciliation_url>{operator.conciliation_name}</a></p>
            <p>{i.a11y_enforcement_note}</p>
        }
    }
}

/// One line of the Leichte-Sprache text, with `[text](target)` links.
fn rich(mut line: &str) -> Vec<AnyView> {
    let mut out = Vec::new();
    while let Some(start) = line.find('[') {
        let Some(mid) = line[start..].find("](").map(|m| start + m) else { break };
        let Some(end) = line[mid..].find(')').map(|e| mid + e) else { break };
        out.push(line[..start].to_string().into_any());
        let (text, target) = (line[start + 1..mid].to_string(), line[mid + 2..end].to_string());
        out.push(view! { <a href=target>{text}</a> }.into_any());
        line = &line[end + 1..];
    }
    out.push(line.to_string().into_any());
    out
}

/// Renders [`Info::EASY_READ`]: one paragraph per sentence line, headings, lists.
fn easy_read(text: &str) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut items = Vec::new();
    let flush = |items: &mut Vec<AnyView>, out: &mut Vec<AnyView>| {
        if !items.is_empty() {
            out.push(view! { <ul>{std::mem::take(items)}</ul> }.into_any());
        }
    };
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(item) = line.strip_prefix("- ") {
            items.push(view! { <li>{rich(item)}</li> }.into_any());
            continue;
        }
        flush(&mut items, &mut out);
        out.push(if let Some(h) = line.strip_prefix("### ") {
            view! { <h3>{rich(h)}</h3> }.into_any()
        } else if let Some(h) = line.strip_prefix("## ") {
            view! { <h2>{rich(h)}</h2> }.into_any()
        } else {
            view! { <p>{rich(line)}</p> }.into_any()
        });
    }
    flush(&mut items, &mut out);
    out
}

#[component]
pub fn EasyReadPage() -> impl IntoView {
    let state = use_state();
    use_title(move || state.texts().info.easy_title.to_string());
    let operator = &content::OPERATOR;
    let (full, kurz) =
        (content::promised_minutes(Scope::Full).to_string(), content::promised_minutes(Scope::Kurzcheck).to_string());
    let text = Info::easy_read(&EasyReadFacts {
        address: operator.address,
        conciliation_name: operator.conciliation_name,
        conciliation_url: operator.conciliation_url,
        email: operator.accessibility_email,
        full_minutes: &full,
        imprint_url: operator.imprint_url,
        kurz_minutes: &kurz,
        name: operator.name,
    });
    move || {
        let t = state.texts();
        view! {
            <h1 tabindex="-1">{t.info.easy_title}</h1>
            <p class="lead">{t.info.easy_english_note}</p>
            {example_notice(t, operator)}
            <div lang="de" class="easy-read">{easy_read(&text)}</div>
        }
    }
}
