//! The line naming the benchmark pack in use.

use leptos::prelude::*;

use crate::domain::synthetic::pack_texts;
use crate::i18n;
use crate::state::use_state;

/// „Vergleichsdaten: title, source, date“ and, for synthetic packs, the notice.
#[component]
pub fn PackLine() -> impl IntoView {
    let state = use_state();
    let t = move || state.texts();
    view! {
        {move || state.pack().get().map(|active| {
            let p = active.pack;
            let lang = state.lang();
            let (title, source) = pack_texts(&p, lang);
            view! {
                <p class="pack-line">{t().results.pack_line(&i18n::date(lang, &p.date), source.trim().trim_end_matches('.'), &title)}</p>
                {p.synthetic.then(|| view! { <p><strong class="badge badge--synthetic">{t().results.synthetic_notice}</strong></p> })}
            }
        })}
    }
}
