//! The notice on the screens of a Teilbogen: whose part it is, and which areas it holds.

use leptos::prelude::*;

use crate::state::use_state;
use crate::view;

/// Shown while the open assessment is a Teilbogen; nothing otherwise.
#[component]
pub fn PartBanner() -> impl IntoView {
    let state = use_state();
    // A memo, so that an answer (which changes the assessment) does not redraw the notice.
    let part = Memo::new(move |_| {
        let lang = state.lang();
        state.current().with(|a| {
            let a = a.as_ref()?;
            let label = a.part.as_ref()?.label.clone();
            Some((label, a.profile.name.clone(), view::parts::areas(lang, state.questionnaire(), a)))
        })
    });
    move || {
        part.get().map(|(label, name, areas)| {
            let t = state.texts();
            view! {
                <section class="callout callout--part" aria-labelledby="part-banner-title">
                    <h2 id="part-banner-title">{t.parts.banner_title(&label)}</h2>
                    <p>{t.parts.banner_text(&name)}</p>
                    <p>{t.parts.areas(&areas)}</p>
                </section>
            }
        })
    }
}
