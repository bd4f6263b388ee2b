//! The „Kreisübersicht“ as text: the table of Kommunen per category and level with suppressed
//! cells, the heat map's input and the training ranking. The counting is `domain::district`.

use crate::charts::{HeatMapInput, HeatMapRow};
use crate::domain::contribution::Contribution;
use crate::domain::district::{overview, training_ranking, CategoryDistribution};
use crate::domain::questionnaire::{Lang, Questionnaire, LEVELS};
use crate::i18n::{self, Texts};

#[derive(Clone, Debug, PartialEq)]
pub struct DistrictRow {
    pub category: String,
    pub n: String,
    /// Per level 0–4: the count, or `None` where it is hidden (`domain::district::protect`).
    pub cells: Vec<Option<String>>,
    /// The share below level 2, or `None` where it is hidden.
    pub below: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TrainingItem {
    pub text: String,
    /// (title, address) of the category's offers.
    pub offers: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DistrictView {
    pub intro: String,
    pub summary: String,
    pub heat: HeatMapInput,
    pub rows: Vec<DistrictRow>,
    pub ranking: Vec<TrainingItem>,
}

/// The share below level 2, where the number behind it may be shown.
fn share(lang: Lang, d: &CategoryDistribution) -> Option<String> {
    d.share_below().map(|s| i18n::share(lang, s))
}

pub fn district(
    t: &'static Texts,
    lang: Lang,
    questionnaire: &Questionnaire,
    contributions: &[Contribution],
    width: u32,
) -> DistrictView {
    let s = &t.district;
    let all = overview(questionnaire, contributions);
    let shown: Vec<&CategoryDistribution> = all.iter().filter(|d| d.shown()).collect();
    let rows = shown
        .iter()
        .map(|d| DistrictRow {
            category: d.category.title.get(lang).to_string(),
            n: d.n.to_string(),
            cells: (0..LEVELS).map(|l| d.cell(l).map(|n| n.to_string())).collect(),
            below: share(lang, d),
        })
        .collect();
    let ranked = training_ranking(&all);
    let summary = match ranked.first() {
        None => s.heat_summary_none.to_string(),
        Some(d) => match share(lang, d) {
            Some(share) => s.heat_summary(d.category.title.get(lang), &share),
            // Hidden shares rank last: the first is hidden only when all are.
            None => s.heat_summary_hidden.to_string(),
        },
    };
    let ranking = ranked
        .iter()
        .map(|d| {
            let (category, dimension) = (d.category.title.get(lang), d.dimension.title.get(lang));
            TrainingItem {
                text: match share(lang, d) {
                    Some(share) => s.ranking_item(&share, category, dimension),
                    None => s.ranking_item_hidden(category, dimension),
                },
                offers: d.category.resources.iter().map(|r| (r.title.get(lang).to_string(), r.url.clone())).collect(),
            }
        })
        .collect();
    let heat = HeatMapInput {
        rows: shown
            .iter()
            .map(|d| HeatMapRow {
                label: d.category.title.get(lang).to_string(),
                counts: d.counts(),
                hidden: std::array::from_fn(|l| d.cell(l).is_none()),
                dont_know: 0,
            })
            .collect(),
        column_labels: ["0".into(), "1".into(), "2".into(), "3".into(), "4".into(), String::new()],
        last_column: false,
        hidden_mark: s.suppressed.to_string(),
        width,
    };
    DistrictView { intro: s.intro(&contributions.len().to_string()), summary, heat, rows, ranking }
}

#[cfg(test)]
mod tests;
