//! The start page's list of assessments saved in this browser.

use crate::domain::assessment::{Assessment, Scope, Walk};
use crate::domain::exchange::Migration;
use crate::domain::questionnaire::{Lang, Questionnaire};
use crate::domain::scoring;
use crate::i18n::{self, Texts};

#[derive(Clone, Debug, PartialEq)]
pub struct SavedRow {
    pub id: String,
    pub name: String,
    pub date: String,
    /// „Vollständiger Check“, „Kurzcheck“ or „Teilbogen für „Kämmerei““.
    pub scope: String,
    /// Share of the questions in scope that are answered: „45 %“.
    pub progress: String,
}

/// The name to list an assessment under; „(ohne Namen)“ until one is entered.
/// What an import converted, one sentence per kind of change, for the import message.
pub fn migration_lines(t: &'static Texts, m: &Migration) -> Vec<String> {
    let mut lines = Vec::new();
    if m.from_format.is_some() || m.from_questionnaire_version.is_some() {
        lines.push(t.start.migrated.to_string());
    }
    if !m.renamed.is_empty() {
        lines.push(t.start.migrated_renamed(&m.renamed.len().to_string()));
    }
    let s = &t.start;
    let carried: Vec<String> = m.carried.iter().map(|(old, _)| old.clone()).collect();
    for (ids, line) in [
        (&carried, s.migrated_carried(&carried.len().to_string(), &carried.join(", "))),
        (&m.reset, s.migrated_reset(&m.reset.len().to_string(), &m.reset.join(", "))),
        (
            &m.critical_not_applicable,
            s.migrated_critical(&m.critical_not_applicable.len().to_string(), &m.critical_not_applicable.join(", ")),
        ),
        (&m.dropped, s.migrated_dropped(&m.dropped.len().to_string(), &m.dropped.join(", "))),
    ] {
        if !ids.is_empty() {
            lines.push(line);
        }
    }
    lines
}

pub fn name_or_unnamed(t: &'static Texts, a: &Assessment) -> String {
    match a.display_name() {
        "" => t.start.unnamed.to_string(),
        name => name.to_string(),
    }
}

/// The share of its questions an assessment has answered; a Teilbogen's are its categories'.
fn progress(questionnaire: &Questionnaire, a: &Assessment) -> f64 {
    if !a.is_part() {
        return scoring::score(questionnaire, a).coverage.ratio();
    }
    let walk = Walk::of(a);
    let (answered, total) = questionnaire
        .dimensions
        .iter()
        .map(|d| walk.progress(questionnaire, a, &d.id))
        .fold((0, 0), |(x, n), (dx, dn)| (x + dx, n + dn));
    if total == 0 {
        0.0
    } else {
        answered as f64 / total as f64
    }
}

/// One row per assessment, in the order given (most recently changed first).
pub fn rows(t: &'static Texts, lang: Lang, questionnaire: &Questionnaire, list: &[Assessment]) -> Vec<SavedRow> {
    list.iter()
        .map(|a| SavedRow {
            id: a.id.clone(),
            name: name_or_unnamed(t, a),
            date: i18n::date(lang, &a.date),
            scope: match (&a.part, a.profile.scope) {
                (Some(part), _) => t.parts.list_label(&part.label),
                (None, Scope::Full) => t.common.scope_full.to_string(),
                (None, Scope::Kurzcheck) => t.common.scope_kurz.to_string(),
            },
            progress: i18n::percent(lang, progress(questionnaire, a) * 100.0),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::domain::assessment::Response;

    #[test]
    fn rows_name_date_scope_and_progress_in_both_languages() {
        let q = content::questionnaire();
        let mut named = Assessment::new("a".into(), q, "2026-11-25".into());
        named.profile.name = "  Musterhausen ".into();
        let first = q.questions().next().unwrap().question.id.clone();
        named.set_response(&first, Some(Response::Level { level: 2 }));
        let mut kurz = Assessment::new("b".into(), q, "2026-01-05".into());
        kurz.profile.scope = Scope::Kurzcheck;

        let de = rows(i18n::texts(Lang::De), Lang::De, q, &[named.clone(), kurz.clone()]);
        assert_eq!(de[0].name, "Musterhausen");
        assert_eq!(de[0].date, "25.11.2026");
        assert_eq!(de[0].scope, i18n::texts(Lang::De).common.scope_full);
        assert_eq!(de[0].progress, i18n::percent(Lang::De, 100.0 / f64::from(q.questions().count() as u32)));
        assert_eq!(de[1].name, i18n::texts(Lang::De).start.unnamed);
        assert_eq!(de[1].progress, "0\u{202f}%", "a narrow no-break space before %");
        assert_eq!(de[1].scope, i18n::texts(Lang::De).common.scope_kurz);

        let en = rows(i18n::texts(Lang::En), Lang::En, q, &[kurz]);
        assert_eq!(en[0].name, i18n::texts(Lang::En).start.unnamed);
        assert_ne!(en[0].date, "05.01.2026", "English dates are not German ones");
    }

    #[test]
    fn a_kurzcheck_counts_progress_against_its_own_questions() {
        let q = content::questionnaire();
        let mut kurz = Assessment::new("k".into(), q, "2026-11-25".into());
        kurz.profile.scope = Scope::Kurzcheck;
        for at in q.questions().filter(|at| Scope::Kurzcheck.includes(at.question)) {
            kurz.set_response(&at.question.id, Some(Response::Level { level: 1 }));
        }
        let rows = rows(i18n::texts(Lang::De), Lang::De, q, &[kurz]);
        assert_eq!(rows[0].progress, "100\u{202f}%");
    }

    #[test]
    fn a_teilbogen_says_whose_it_is_and_counts_only_its_categories() {
        let q = content::questionnaire();
        let mut main = Assessment::new("m".into(), q, "2026-11-25".into());
        main.profile.name = "Probstadt".into();
        let (_, first) = q.categories().next().unwrap();
        let mut part = crate::domain::parts::create(&main, q, "p".into(), "Kämmerei", std::slice::from_ref(&first.id));
        for question in &first.questions {
            part.set_response(&question.id, Some(Response::Level { level: 2 }));
        }
        let rows = rows(i18n::texts(Lang::De), Lang::De, q, &[part]);
        assert_eq!(rows[0].scope, "Teilbogen für „Kämmerei“");
        assert_eq!(rows[0].progress, "100\u{202f}%");
    }

    #[test]
    fn the_order_given_is_kept() {
        let q = content::questionnaire();
        let list: Vec<Assessment> =
            ["c", "a", "b"].iter().map(|id| Assessment::new(id.to_string(), q, "2026-01-01".into())).collect();
        let ids: Vec<String> = rows(i18n::texts(Lang::En), Lang::En, q, &list).into_iter().map(|r| r.id).collect();
        assert_eq!(ids, ["c", "a", "b"]);
    }
}
