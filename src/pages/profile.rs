//! Profil: who is assessing. Saved on every change; checked when the user goes on, with an
//! error summary at the top (GOV.UK/KERN pattern) and a message at each field.

use leptos::prelude::*;

use crate::components::part_banner::PartBanner;
use crate::components::title::use_title;
use crate::content;
use crate::domain::assessment::{parse_inhabitants, ItProvider, ProfileProblem, Scope};
use crate::domain::kommune::{AgsProblem, Kind};
use crate::i18n::labels;
use crate::i18n::Texts;
use crate::state::{use_state, Route};
use crate::web;

fn problem_field(p: ProfileProblem) -> &'static str {
    match p {
        ProfileProblem::NameMissing => "profile-name",
        ProfileProblem::KindMissing => "profile-kind",
        ProfileProblem::InhabitantsMissing => "profile-inhabitants",
        ProfileProblem::Ags(_) => "profile-ags",
    }
}

fn problem_text(t: &'static Texts, p: ProfileProblem) -> &'static str {
    match p {
        ProfileProblem::NameMissing => t.flow.err_name,
        ProfileProblem::KindMissing => t.flow.err_kind,
        ProfileProblem::InhabitantsMissing => t.flow.err_inhabitants,
        ProfileProblem::Ags(AgsProblem::NotEightDigits) => t.flow.err_ags_digits,
        ProfileProblem::Ags(AgsProblem::NotBadenWuerttemberg) => t.flow.err_ags_bw,
    }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    // Problems are shown only after the user tried to go on, and then kept current.
    let checked = RwSignal::new(false);
    let problems = move || {
        if !checked.get() {
            return Vec::new();
        }
        state.current().with(|a| a.as_ref().map(|a| a.profile.problems()).unwrap_or_default())
    };
    let error_for = move |field: &'static str| {
        move || problems().into_iter().find(|p| problem_field(*p) == field).map(|p| problem_text(state.texts(), p))
    };
    use_title(move || {
        let prefix = if problems().is_empty() { "" } else { t().flow.error_title_prefix };
        format!("{prefix}{}", t().flow.profile_title)
    });

    let profile = move || state.current().with(|a| a.as_ref().map(|a| a.profile.clone()).unwrap_or_default());
    let inhabitants_text = RwSignal::new(profile().inhabitants.map(|n| n.to_string()).unwrap_or_default());

    let go_on = move |_| {
        checked.set(true);
        let has_problems =
            state.current().with_untracked(|a| a.as_ref().is_some_and(|a| !a.profile.problems().is_empty()));
        if has_problems {
            web::focus_after_render(web::Focus::Id("error-summary"));
        } else {
            state.navigate(Route::Questions(1));
        }
    };

    let field_class = move |field: &'static str| {
        move || {
            if error_for(field)().is_some() {
                "field field--error"
            } else {
                "field"
            }
        }
    };
    let described = move |field: &'static str, hint: bool| {
        move || {
            let mut ids = Vec::new();
            if hint {
                ids.push(format!("{field}-hint"));
            }
            if error_for(field)().is_some() {
                ids.push(format!("{field}-error"));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let error_message = move |field: &'static str| {
        view! {
            {move || error_for(field)().map(|msg| view! {
                <p class="field__error" id=format!("{field}-error")>{msg}</p>
            })}
        }
    };

    let is_part = state.current_is_part_untracked();
    move || {
        let t = state.texts();
        view! {
            <h1 tabindex="-1">{t.flow.profile_title}</h1>
            <Show when=move || !problems().is_empty()>
                <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{t.flow.error_summary_title}</h2>
                    <ul>
                        {move || problems().into_iter().map(|p| {
                            let field = problem_field(p);
                            view! {
                                <li><a href=format!("#{field}") on:click=move |ev| {
                                    ev.prevent_default();
                                    web::focus_after_render(web::Focus::Id(field));
                                }>{problem_text(state.texts(), p)}</a></li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <PartBanner/>
            <p>{if is_part { t.parts.profile_readonly } else { t.flow.profile_intro }}</p>
            <form class="form" novalidate on:submit=move |ev| { ev.prevent_default(); go_on(()); }>
                // A Teilbogen shows the profile of the assessment it belongs to, to read only.
                <fieldset class="form__fields" disabled=is_part>
                    <div class=field_class("profile-name")>
                        <label for="profile-name" class="label">
                            {t.flow.name_label}
                            " " <span class="label__required">"(" {t.flow.required} ")"</span>
                        </label>
                        {error_message("profile-name")}
                        <input id="profile-name" type="text" autocomplete="organization" maxlength="200"
                            aria-invalid=move || error_for("profile-name")().is_some().then_some("true")
                            aria-describedby=described("profile-name", false)
                            prop:value=move || profile().name
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                state.type_into_current(|a| a.profile.name = v);
                            }/>
                    </div>
                    <div class=field_class("profile-kind")>
                        <label for="profile-kind" class="label">
                            {t.flow.kind_label}
                            " " <span class="label__required">"(" {t.flow.required} ")"</span>
                        </label>
                        {error_message("profile-kind")}
                        <select id="profile-kind"
                            aria-invalid=move || error_for("profile-kind")().is_some().then_some("true")
                            aria-describedby=described("profile-kind", false)
                            on:change=move |ev| {
                                let kind = Kind::from_id(&event_target_value(&ev));
                                state.update_current(|a| a.profile.kind = kind);
                            }>
                            <option value="" selected=move || profile().kind.is_none()>{t.flow.kind_choose}</option>
                            {Kind::ALL.into_iter().map(|kind| view! {
                                <option value=kind.id() selected=move || profile().kind == Some(kind)>
                                    {move || labels::kind(state.texts(), kind)}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class=field_class("profile-inhabitants")>
                        <label for="profile-inhabitants" class="label">
                            {t.flow.inhabitants_label}
                            " " <span class="label__required">"(" {t.flow.required} ")"</span>
                        </label>
                        <p class="hint" id="profile-inhabitants-hint">{t.flow.inhabitants_hint}</p>
                        {error_message("profile-inhabitants")}
                        <input id="profile-inhabitants" type="text" inputmode="numeric" autocomplete="off" class="input--short"
                            aria-invalid=move || error_for("profile-inhabitants")().is_some().then_some("true")
                            aria-describedby=described("profile-inhabitants", true)
                            prop:value=move || inhabitants_text.get()
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                let n = parse_inhabitants(&text);
                                inhabitants_text.set(text);
                                state.update_current(|a| a.profile.inhabitants = n);
                            }/>
                        <p class="hint" aria-live="polite">
                            {move || profile().size_class().map(|c| t.flow.size_class_shown(labels::size_class(t, c)))}
                        </p>
                    </div>
                    <div class=field_class("profile-ags")>
                        <label for="profile-ags" class="label">
                            {t.flow.ags_label} " " <span class="label__optional">"(" {t.flow.optional} ")"</span>
                        </label>
                        <p class="hint" id="profile-ags-hint">{t.flow.ags_hint}</p>
                        {error_message("profile-ags")}
                        <input id="profile-ags" type="text" inputmode="numeric" maxlength="8" autocomplete="off" class="input--short"
                            aria-invalid=move || error_for("profile-ags")().is_some().then_some("true")
                            aria-describedby=described("profile-ags", true)
                            prop:value=move || profile().ags
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                state.type_into_current(|a| a.profile.ags = v.trim().to_string());
                            }/>
                    </div>
                    <div class="field">
                        <label for="profile-landkreis" class="label">
                            {t.flow.landkreis_label} " " <span class="label__optional">"(" {t.flow.optional} ")"</span>
                        </label>
                        <input id="profile-landkreis" type="text" maxlength="200"
                            prop:value=move || profile().landkreis
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                state.type_into_current(|a| a.profile.landkreis = v);
                            }/>
                    </div>
                    <fieldset class="field">
                        <legend class="label">{t.flow.provider_label}</legend>
                        <div class="choices">
                            {ItProvider::ALL.into_iter().map(|p| {
                                let id = format!("profile-provider-{}", labels::provider_id(p));
                                view! {
                                    <div class="choice">
                                        <input type="radio" name="profile-provider" id=id.clone()
                                            prop:checked=move || profile().it_provider == Some(p)
                                            on:change=move |_| state.update_current(|a| a.profile.it_provider = Some(p))/>
                                        <label for=id>{move || labels::provider(state.texts(), p)}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                        <Show when=move || profile().it_provider == Some(ItProvider::Anderer)>
                            <div class="field field--nested">
                                <label for="profile-provider-name" class="label">{t.flow.provider_name_label}</label>
                                <input id="profile-provider-name" type="text" maxlength="200"
                                    prop:value=move || profile().it_provider_name
                                    on:input=move |ev| {
                                        let v = event_target_value(&ev);
                                        state.type_into_current(|a| a.profile.it_provider_name = v);
                                    }/>
                            </div>
                        </Show>
                    </fieldset>
                    <div class="field">
                        <label for="profile-respondent" class="label">
                            {t.flow.respondent_label} " " <span class="label__optional">"(" {t.flow.optional} ")"</span>
                        </label>
                        <p class="hint" id="profile-respondent-hint">{t.flow.respondent_hint}</p>
                        <input id="profile-respondent" type="text" maxlength="300" aria-describedby="profile-respondent-hint"
                            prop:value=move || profile().respondent
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                state.type_into_current(|a| a.profile.respondent = v);
                            }/>
                    </div>
                    <fieldset class="field">
                        <legend class="label">{t.flow.scope_legend}</legend>
                        <div class="choices">
                            {[(Scope::Full, "scope-full"), (Scope::Kurzcheck, "scope-kurz")].into_iter().map(|(scope, id)| {
                                let hint_id = format!("{id}-hint");
                                view! {
                                    <div class="choice">
                                        <input type="radio" name="profile-scope" id=id aria-describedby=hint_id.clone()
                                            prop:checked=move || profile().scope == scope
                                            on:change=move |_| state.update_current(|a| a.profile.scope = scope)/>
                                        <label for=id>{move || labels::scope(state.texts(), scope)}</label>
                                        <p class="hint" id=hint_id>{move || match scope {
                                            Scope::Full => t.flow.scope_full_hint(&content::promised_minutes(Scope::Full).to_string()),
                                            Scope::Kurzcheck => t.flow.scope_kurz_hint(&content::promised_minutes(Scope::Kurzcheck).to_string()),
                                        }}</p>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                </fieldset>
                <div class="actions">
                    <button type="button" class="button button--secondary" on:click=move |_| state.navigate(Route::Start)>
                        {t.common.back}
                    </button>
                    <button type="submit" class="button button--primary">{t.common.next}</button>
                </div>
            </form>
        }
    }
}
