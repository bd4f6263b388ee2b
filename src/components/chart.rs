//! A chart as an accessible figure: caption (naming the figure), one-sentence summary, the plotters SVG (presented
//! as one image named by caption and summary) and a data table as the text alternative.

use leptos::prelude::*;

#[component]
pub fn ChartFigure(
    #[prop(into)] id: String,
    #[prop(into)] caption: Signal<String>,
    #[prop(into)] summary: Signal<String>,
    #[prop(into)] svg: Signal<String>,
    /// Label of the button that shows the table; `None` shows the table at once (report).
    #[prop(into)]
    table_toggle: Option<Signal<&'static str>>,
    children: ChildrenFn,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let summary_id = format!("{id}-summary");
    let labelled = format!("{caption_id} {summary_id}");
    let table = StoredValue::new(children);
    let figure_labelled = caption_id.clone();
    view! {
        <figure class="chart" id=id aria-labelledby=figure_labelled>
            // Caption, summary and drawing in one box that print never cuts: Firefox ignores
            // `break-after: avoid`, and a <figcaption> cannot be wrapped (it must be the
            // figure's child), so the caption is a paragraph that names the figure.
            <div class="chart__head">
                <p class="chart__caption" id=caption_id>{move || caption.get()}</p>
                <p class="chart__summary" id=summary_id>{move || summary.get()}</p>
                <div class="chart__svg" role="img" aria-labelledby=labelled inner_html=move || svg.get()></div>
            </div>
            {move || match table_toggle {
                Some(label) => view! {
                    <details class="chart__table">
                        <summary>{move || label.get()}</summary>
                        {table.read_value()()}
                    </details>
                }.into_any(),
                None => view! { <div class="chart__table">{table.read_value()()}</div> }.into_any(),
            }}
        </figure>
    }
}
