//! One Kommune's assessment: its profile and its answers (PRODUCT.md §3).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::kommune::{Kind, SizeClass};
use super::questionnaire::{Question, Questionnaire, MAX_LEVEL};

/// What was answered to one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Response {
    /// A level 0–4.
    Level { level: u8 },
    /// „nicht zutreffend“: left out of the score like an unanswered question.
    NotApplicable {
        #[serde(default)]
        reason: String,
    },
    /// „weiß nicht“: scores 0 and becomes a task to clarify.
    DontKnow,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
    /// Note or evidence, free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// „erbringt unser IT-Dienstleister“.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_provider: bool,
    /// The follow-up „schriftlich zugesichert?“; only meaningful with `by_provider`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured: Option<bool>,
    /// Who gave this answer when it came from a Teilbogen („Kämmerei“); empty: the main
    /// assessment itself (format 3).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        self.response.is_none() && self.note.is_empty() && !self.by_provider
    }

    /// What this answer counts as for `question` (PRODUCT.md §3–§4). The one place where the
    /// rules that close loopholes live:
    /// - a service the provider performs counts only once it is assured in writing; until then
    ///   it is open („beim Dienstleister klären“), whatever level was picked;
    /// - a critical question cannot be „nicht zutreffend“: such an answer (from an old or a
    ///   hand-made file) is open, so it caps instead of silently removing the cap.
    pub fn counted(&self, question: &Question) -> Option<Counted> {
        if self.by_provider && self.assured != Some(true) {
            return Some(Counted::Open(Open::Provider));
        }
        Some(match self.response.as_ref()? {
            Response::Level { level } => Counted::Level((*level).min(MAX_LEVEL)),
            Response::DontKnow => Counted::Open(Open::DontKnow),
            Response::NotApplicable { .. } if question.critical => Counted::Open(Open::DontKnow),
            Response::NotApplicable { .. } => Counted::NotApplicable,
        })
    }

    /// A level the provider assured in writing.
    pub fn provider_assured(&self) -> bool {
        self.by_provider && self.assured == Some(true) && matches!(self.response, Some(Response::Level { .. }))
    }
}

/// What an answer counts as in the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    Level(u8),
    /// „offen zu klären“: scores 0, does not count as covered, becomes a task.
    Open(Open),
    /// Left out of the level like an unanswered question, but covered.
    NotApplicable,
}

/// Why an answer is still open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    /// „weiß nicht“.
    DontKnow,
    /// „erbringt unser IT-Dienstleister“, not (yet) assured in writing.
    Provider,
}

impl Counted {
    /// The level this answer contributes to a score, if it contributes at all.
    pub fn scored_level(self) -> Option<u8> {
        match self {
            Counted::Level(level) => Some(level),
            Counted::Open(_) => Some(0),
            Counted::NotApplicable => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    #[default]
    Full,
    Kurzcheck,
}

impl Scope {
    pub fn includes(self, question: &Question) -> bool {
        match self {
            Scope::Full => true,
            Scope::Kurzcheck => question.kurzcheck,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItProvider {
    Selbst,
    KommOne,
    Landratsamt,
    Verwaltungsverband,
    Anderer,
}

impl ItProvider {
    pub const ALL: [ItProvider; 5] = [
        ItProvider::Selbst,
        ItProvider::KommOne,
        ItProvider::Landratsamt,
        ItProvider::Verwaltungsverband,
        ItProvider::Anderer,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// „Name der Kommune“.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: Option<Kind>,
    #[serde(default)]
    pub inhabitants: Option<u32>,
    /// Amtlicher Gemeindeschlüssel, optional.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ags: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub landkreis: String,
    #[serde(default)]
    pub it_provider: Option<ItProvider>,
    /// Name of the provider when it is „anderer“.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub it_provider_name: String,
    /// Who answered (names or roles).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub respondent: String,
    #[serde(default)]
    pub scope: Scope,
}

/// Something that keeps a profile from being complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileProblem {
    NameMissing,
    KindMissing,
    InhabitantsMissing,
    Ags(super::kommune::AgsProblem),
}

impl Profile {
    pub fn size_class(&self) -> Option<SizeClass> {
        self.inhabitants.map(SizeClass::for_inhabitants)
    }

    /// What must be fixed before the questions: name, kind, inhabitants; the AGS if given.
    pub fn problems(&self) -> Vec<ProfileProblem> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(ProfileProblem::NameMissing);
        }
        if self.kind.is_none() {
            problems.push(ProfileProblem::KindMissing);
        }
        if self.inhabitants.is_none() {
            problems.push(ProfileProblem::InhabitantsMissing);
        }
        if !self.ags.trim().is_empty() {
            if let Err(p) = super::kommune::check_ags(&self.ags) {
                problems.push(ProfileProblem::Ags(p));
            }
        }
        problems
    }
}

/// Reads an inhabitant count as people type it: „3.200“, "3,200", "3 200" or "3200".
pub fn parse_inhabitants(text: &str) -> Option<u32> {
    let digits: String = text.chars().filter(|c| !matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}')).collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|n| *n > 0)
}

/// Reads a target as people type it: „2,5“ or "2.5", rounded to half steps within 0–4.
pub fn parse_target(text: &str) -> Option<f64> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    value.is_finite().then(|| ((value * 2.0).round() / 2.0).clamp(0.0, f64::from(MAX_LEVEL)))
}

/// One page of the questions: a category, with the questions in scope numbered through the
/// whole assessment (the first question of page 2 continues where page 1 ended).
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionPage<'q> {
    pub dimension: &'q super::questionnaire::Dimension,
    pub category: &'q super::questionnaire::Category,
    pub questions: Vec<(usize, &'q Question)>,
    /// How many pages the scope has.
    pub pages: usize,
}

/// Page `number` (1-based) of the questions `walk` goes through; `None` beyond the last page.
pub fn question_page<'q>(questionnaire: &'q Questionnaire, walk: &Walk, number: usize) -> Option<QuestionPage<'q>> {
    let scope = walk.scope;
    let pages = categories_in_scope(questionnaire, walk);
    let &(dimension, category) = pages.get(number.checked_sub(1)?)?;
    let in_scope = |c: &super::questionnaire::Category| c.questions.iter().filter(|q| scope.includes(q)).count();
    let before: usize = pages[..number - 1].iter().map(|(_, c)| in_scope(c)).sum();
    let questions =
        category.questions.iter().filter(|q| scope.includes(q)).enumerate().map(|(i, q)| (before + i + 1, q)).collect();
    Some(QuestionPage { dimension, category, questions, pages: pages.len() })
}

/// Progress of one measure in the action plan, edited by the user.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureTracking {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    #[serde(default)]
    pub status: MeasureStatus,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeasureStatus {
    #[default]
    Offen,
    InArbeit,
    Erledigt,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Random local identifier; never shown, never shared.
    pub id: String,
    pub questionnaire_id: String,
    pub questionnaire_version: u32,
    /// Date of the assessment, `YYYY-MM-DD`.
    pub date: String,
    /// Last change, milliseconds since the Unix epoch; used to detect edits in another tab.
    #[serde(default)]
    pub updated_ms: u64,
    pub profile: Profile,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Target overrides by dimension or category id.
    #[serde(default)]
    pub targets: BTreeMap<String, f64>,
    #[serde(default)]
    pub measures: BTreeMap<String, MeasureTracking>,
    /// „Was wäre, wenn“: question id → steps its measure is lifted in the scenario (format 3).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scenario: BTreeMap<String, u8>,
    /// Set when this is a Teilbogen of another assessment (format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
}

/// What makes an assessment a Teilbogen: the categories someone else answers for the main
/// assessment, and who („Kämmerei“).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub label: String,
    /// The id of the assessment it belongs to.
    pub main_id: String,
    pub categories: Vec<String>,
}

impl Assessment {
    pub fn new(id: String, questionnaire: &Questionnaire, date: String) -> Assessment {
        Assessment {
            id,
            questionnaire_id: questionnaire.id.clone(),
            questionnaire_version: questionnaire.version,
            date,
            ..Assessment::default()
        }
    }

    /// What the answer to `question` counts as; see [`Answer::counted`].
    pub fn counted(&self, question: &Question) -> Option<Counted> {
        self.answers.get(&question.id)?.counted(question)
    }

    pub fn response(&self, question_id: &str) -> Option<&Response> {
        self.answers.get(question_id).and_then(|a| a.response.as_ref())
    }

    /// Sets or clears the response, keeping note and provider flag.
    pub fn set_response(&mut self, question_id: &str, response: Option<Response>) {
        let answer = self.answers.entry(question_id.to_string()).or_default();
        // An answer changed here is this assessment's own, no longer the Teilbogen's.
        if answer.response != response {
            answer.source.clear();
        }
        answer.response = response;
        if answer.is_empty() {
            self.answers.remove(question_id);
        }
    }

    pub fn update_answer(&mut self, question_id: &str, change: impl FnOnce(&mut Answer)) {
        let answer = self.answers.entry(question_id.to_string()).or_default();
        change(answer);
        if answer.is_empty() {
            self.answers.remove(question_id);
        }
    }

    /// Whether this is a Teilbogen: a part of another assessment, for some of its categories.
    pub fn is_part(&self) -> bool {
        self.part.is_some()
    }

    /// The name to list this assessment under.
    pub fn display_name(&self) -> &str {
        self.profile.name.trim()
    }

    /// A copy to start next year's assessment from: same profile and answers, new id and date,
    /// measure tracking reset.
    pub fn duplicate(&self, id: String, date: String) -> Assessment {
        Assessment {
            id,
            date,
            updated_ms: 0,
            measures: BTreeMap::new(),
            scenario: BTreeMap::new(),
            part: None,
            ..self.clone()
        }
    }
}

/// What an assessment goes through, page by page: the questions of its scope and, in a
/// Teilbogen, only the part's categories.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Walk {
    pub scope: Scope,
    /// A Teilbogen's categories; `None`: all.
    pub only: Option<Vec<String>>,
}

impl Walk {
    pub fn of(assessment: &Assessment) -> Walk {
        Walk { scope: assessment.profile.scope, only: assessment.part.as_ref().map(|p| p.categories.clone()) }
    }

    /// The first question page with a question of this walk that `assessment` has not answered;
    /// `None` when all are answered.
    pub fn resume_page(&self, questionnaire: &Questionnaire, assessment: &Assessment) -> Option<usize> {
        categories_in_scope(questionnaire, self)
            .iter()
            .position(|(_, c)| {
                c.questions.iter().any(|q| self.scope.includes(q) && assessment.response(&q.id).is_none())
            })
            .map(|i| i + 1)
    }

    /// Whether a question on page `page` of this walk has an answer in `assessment`.
    pub fn answered_on(&self, questionnaire: &Questionnaire, assessment: &Assessment, page: usize) -> bool {
        question_page(questionnaire, self, page)
            .is_some_and(|on_page| on_page.questions.iter().any(|(_, q)| assessment.response(&q.id).is_some()))
    }

    /// The number of the walk's last question page (1 for a walk without pages).
    pub fn last_page(&self, questionnaire: &Questionnaire) -> usize {
        categories_in_scope(questionnaire, self).len().max(1)
    }
}

impl Walk {
    /// How many of the questions of `dimension_id` this walk goes through are answered, and
    /// how many it goes through: a Teilbogen's progress counts its own categories only.
    pub fn progress(
        &self,
        questionnaire: &Questionnaire,
        assessment: &Assessment,
        dimension_id: &str,
    ) -> (usize, usize) {
        let questions: Vec<&Question> = categories_in_scope(questionnaire, self)
            .into_iter()
            .filter(|(d, _)| d.id == dimension_id)
            .flat_map(|(_, c)| c.questions.iter().filter(|q| self.scope.includes(q)))
            .collect();
        let answered = questions.iter().filter(|q| assessment.response(&q.id).is_some()).count();
        (answered, questions.len())
    }
}

impl From<Scope> for Walk {
    fn from(scope: Scope) -> Walk {
        Walk { scope, only: None }
    }
}

/// The categories `walk` goes through, one page each.
pub fn categories_in_scope<'q>(
    questionnaire: &'q Questionnaire,
    walk: &Walk,
) -> Vec<(&'q super::questionnaire::Dimension, &'q super::questionnaire::Category)> {
    questionnaire
        .categories()
        .filter(|(_, c)| walk.only.as_ref().is_none_or(|only| only.contains(&c.id)))
        .filter(|(_, c)| c.questions.iter().any(|q| walk.scope.includes(q)))
        .collect()
}
