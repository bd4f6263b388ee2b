//! „Verlauf“: the change from an earlier assessment to the open one.

use crate::charts::{RadarAxis, RadarInput};
use crate::domain::assessment::Assessment;
use crate::domain::history::{Comparison, LevelChange};
use crate::domain::questionnaire::{Lang, Questionnaire};
use crate::domain::scoring;
use crate::i18n::{self, labels, Texts};
use crate::view::level_or_dash;

/// One row of a dimension or category table: name, both levels, change („–“ where a level is
/// missing).
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeRow {
    pub label: String,
    pub earlier: String,
    pub later: String,
    pub change: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerRow {
    pub question: String,
    pub earlier: String,
    pub later: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HistoryView {
    /// Column heads: the two dates, formatted.
    pub earlier_date: String,
    pub later_date: String,
    pub chart_caption: String,
    /// The chart's one-sentence text alternative.
    pub chart_summary: String,
    pub dimensions: Vec<ChangeRow>,
    pub categories: Vec<ChangeRow>,
    pub answers_caption: String,
    /// Questions whose answer changed, in questionnaire order.
    pub answers: Vec<AnswerRow>,
    axes: Vec<RadarAxis>,
}

impl HistoryView {
    /// The radar: the open assessment as the solid series, the earlier one as the dashed. A
    /// dimension without an earlier level gets no dashed point (not a point at 0).
    pub fn radar(&self, width: u32) -> RadarInput {
        RadarInput {
            axes: self.axes.clone(),
            own_label: self.later_date.clone(),
            target_label: self.earlier_date.clone(),
            peer_label: None,
            scenario_label: None,
            width,
        }
    }
}

/// An earlier assessment as a choice on „Verlauf“: „20.11.2025 (Vollständiger Check, 29 Antworten)“.
pub fn candidate_label(t: &'static Texts, lang: Lang, questionnaire: &Questionnaire, a: &Assessment) -> String {
    let answered = scoring::score(questionnaire, a).coverage.answered;
    t.history.option(&answered.to_string(), &i18n::date(lang, &a.date), labels::scope(t, a.profile.scope))
}

/// A change in levels with its sign: „+0,5“, „−1,0“ (a real minus sign, U+2212, as German and
/// English typography want), „0,0“, or „–“ where either is missing.
pub fn signed(lang: Lang, change: Option<f64>) -> String {
    let Some(c) = change else { return "–".into() };
    let shown = i18n::level(lang, c);
    let zero = i18n::level(lang, 0.0);
    // A change that rounds to zero has no sign, either way („0,0“, not „+0,0“ or „−0,0“).
    if shown.trim_start_matches('-') == zero {
        zero
    } else if c > 0.0 {
        format!("+{shown}")
    } else {
        shown.replacen('-', "\u{2212}", 1)
    }
}

fn row<T>(lang: Lang, label: &str, change: &LevelChange<T>) -> ChangeRow {
    ChangeRow {
        label: label.to_string(),
        earlier: level_or_dash(lang, change.earlier),
        later: level_or_dash(lang, change.later),
        change: signed(lang, change.change()),
    }
}

pub fn history(
    t: &'static Texts,
    lang: Lang,
    earlier: &Assessment,
    later: &Assessment,
    comparison: &Comparison,
) -> HistoryView {
    let earlier_date = i18n::date(lang, &earlier.date);
    let later_date = i18n::date(lang, &later.date);
    let chart_summary = match comparison.largest_dimension_change() {
        Some((d, change)) => t.history.chart_summary(&signed(lang, Some(change)), d.title.get(lang)),
        None => t.history.chart_summary_none.to_string(),
    };
    HistoryView {
        chart_caption: t.history.chart_caption(&earlier_date, &later_date),
        chart_summary,
        dimensions: comparison.dimensions.iter().map(|d| row(lang, d.item.title.get(lang), d)).collect(),
        categories: comparison.categories.iter().map(|c| row(lang, c.item.title.get(lang), c)).collect(),
        answers_caption: t.history.answers_caption(&earlier_date),
        answers: comparison
            .answers
            .iter()
            .map(|a| AnswerRow {
                question: a.at.question.text.get(lang).to_string(),
                earlier: labels::response(t, a.earlier.as_ref()),
                later: labels::response(t, a.later.as_ref()),
            })
            .collect(),
        axes: comparison
            .dimensions
            .iter()
            .map(|d| RadarAxis {
                label: d.item.title.get(lang).to_string(),
                own: d.later,
                target: d.earlier,
                peer: None,
                scenario: None,
            })
            .collect(),
        earlier_date,
        later_date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::domain::assessment::Response;
    use crate::domain::history::compare;

    fn answered(id: &str, date: &str, dimension: Option<&str>, level: u8) -> Assessment {
        let q = content::questionnaire();
        let mut a = Assessment::new(id.into(), q, date.into());
        a.profile.name = "Musterhausen".into();
        for at in q.questions().filter(|at| dimension.is_none_or(|d| at.dimension.id == d)) {
            a.set_response(&at.question.id, Some(Response::Level { level }));
        }
        a
    }

    #[test]
    fn a_dimension_not_assessed_earlier_shows_a_dash_and_no_earlier_point() {
        let q = content::questionnaire();
        let earlier = answered("e", "2025-11-20", Some("cybersicherheit"), 1);
        let later = answered("l", "2026-11-25", None, 2);
        let comparison = compare(q, &earlier, &later);
        let view = history(i18n::texts(Lang::De), Lang::De, &earlier, &later, &comparison);

        assert_eq!((view.earlier_date.as_str(), view.later_date.as_str()), ("20.11.2025", "25.11.2026"));
        let cyber = view.dimensions.iter().find(|r| r.label == "Cybersicherheit").expect("row");
        assert_eq!((cyber.earlier.as_str(), cyber.later.as_str(), cyber.change.as_str()), ("1,0", "2,0", "+1,0"));
        let open_data = view.dimensions.iter().find(|r| r.label == "Open Data").expect("row");
        assert_eq!((open_data.earlier.as_str(), open_data.change.as_str()), ("–", "–"));

        let radar = view.radar(600);
        let targets: Vec<_> = radar.axes.iter().map(|a| a.target).collect();
        assert_eq!(targets.iter().filter(|t| t.is_none()).count(), 3, "three dimensions had no earlier level");
        assert!(targets.contains(&Some(1.0)));
        assert_eq!(radar.own_label, "25.11.2026");
        assert_eq!(view.chart_summary, "Größte Veränderung: Cybersicherheit, +1,0.");
        assert_eq!(view.chart_caption, "Stand je Dimension: 20.11.2025 und 25.11.2026");
    }

    #[test]
    fn no_change_says_so_and_lists_no_answers() {
        let q = content::questionnaire();
        let earlier = answered("e", "2025-11-20", None, 3);
        let later = answered("l", "2026-11-25", None, 3);
        let view = history(i18n::texts(Lang::En), Lang::En, &earlier, &later, &compare(q, &earlier, &later));
        assert_eq!(view.chart_summary, "No change at the level of the dimensions.");
        assert!(view.answers.is_empty());
        assert!(view.dimensions.iter().all(|r| r.change == "0.0"), "{:?}", view.dimensions);
    }

    #[test]
    fn signs_are_explicit() {
        assert_eq!(signed(Lang::De, Some(0.5)), "+0,5");
        assert_eq!(signed(Lang::De, Some(-1.0)), "\u{2212}1,0");
        assert_eq!(signed(Lang::En, Some(-0.04)), "0.0", "rounds to zero: no sign at all");
        assert_eq!(signed(Lang::De, Some(0.04)), "0,0", "nor a plus");
        assert_eq!(signed(Lang::En, Some(0.0)), "0.0");
        assert_eq!(signed(Lang::En, None), "–");
    }

    #[test]
    fn category_rows_and_changed_answers_are_listed_in_questionnaire_order() {
        let q = content::questionnaire();
        let earlier = answered("e", "2025-11-20", None, 1);
        let mut later = earlier.clone();
        later.id = "l".into();
        later.date = "2026-11-25".into();
        let first = q.questions().next().unwrap();
        later.set_response(&first.question.id, Some(Response::Level { level: 4 }));
        let view = history(i18n::texts(Lang::De), Lang::De, &earlier, &later, &compare(q, &earlier, &later));
        assert_eq!(view.categories.len(), q.categories().count());
        let changed = view.categories.iter().find(|r| r.label == first.category.title.get(Lang::De)).unwrap();
        assert!(changed.change.starts_with('+'), "{changed:?}");
        assert!(view.categories.iter().filter(|r| r.change == "0,0").count() == view.categories.len() - 1);
        assert_eq!(view.answers.len(), 1);
        assert_eq!(view.answers[0].question, first.question.text.get(Lang::De));
        assert_ne!(view.answers[0].earlier, view.answers[0].later);
        assert_eq!(view.answers_caption, "Antworten, die sich seit 20.11.2025 geändert haben");
    }

    #[test]
    fn english_history_uses_english_dates_and_titles() {
        let q = content::with_texts(Lang::En, content::texts_json(Lang::En)).unwrap();
        let mut earlier = Assessment::new("e".into(), q, "2025-11-20".into());
        earlier.profile.name = "Musterhausen".into();
        let mut later = earlier.clone();
        later.id = "l".into();
        later.date = "2026-11-25".into();
        for at in q.questions() {
            later.set_response(&at.question.id, Some(Response::Level { level: 3 }));
        }
        let view = history(i18n::texts(Lang::En), Lang::En, &earlier, &later, &compare(q, &earlier, &later));
        assert_eq!(view.earlier_date, i18n::date(Lang::En, "2025-11-20"));
        assert!(view.dimensions.iter().any(|r| r.label == "Open data"), "{:?}", view.dimensions);
        assert!(view.dimensions.iter().all(|r| r.earlier == "–" && r.later == "3.0"));
        assert!(view.radar(400).axes.iter().all(|a| a.target.is_none()), "nothing earlier: no earlier points");
    }

    #[test]
    fn a_candidate_is_named_by_date_scope_and_answers() {
        let q = content::questionnaire();
        let a = answered("e", "2025-11-20", Some("cybersicherheit"), 1);
        let n = q.dimension("cybersicherheit").unwrap().categories.iter().map(|c| c.questions.len()).sum::<usize>();
        let de = i18n::texts(Lang::De);
        assert_eq!(
            candidate_label(de, Lang::De, q, &a),
            format!("20.11.2025 ({}, {n} Antworten)", de.common.scope_full)
        );
    }
}
