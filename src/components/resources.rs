//! A list of resource links (BSI, CSBW, GovData …).

use leptos::prelude::*;

use crate::domain::questionnaire::Resource;
use crate::state::use_state;

#[component]
pub fn ResourceList(resources: &'static [Resource]) -> impl IntoView {
    let state = use_state();
    (!resources.is_empty()).then(|| {
        view! {
            <div class="resources">
                <h2 class="resources__title">{move || state.texts().flow.resources_label}</h2>
                <ul>
                    {resources.iter().map(|r| view! {
                        <li><a href=r.url.clone() rel="noreferrer">{move || r.title.get(state.lang()).to_string()}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}
