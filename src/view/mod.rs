//! The pure view layer: from results, comparisons, texts and language to what a screen shows —
//! table rows, chart inputs, one-sentence summaries, captions. No Leptos and no browser here
//! (`tests/architecture.rs` checks it), so every string a screen shows is tested natively;
//! components only arrange what these functions return.

pub mod history;
