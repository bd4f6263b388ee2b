//! The questionnaire model (PRODUCT.md §2) and its validation.
//!
//! A questionnaire is written as TOML files under `questionnaires/<name>/`: one
//! `questionnaire.toml` with the metadata and the method text, and one file per dimension.
//! `build.rs` merges them into one JSON document that the app embeds; natively,
//! [`source::load_dir`] reads the TOML files directly. Both paths end in [`validate`], which
//! names the file, the item and the problem for everything it rejects.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::kommune::SizeClass;

pub const LEVELS: usize = 5;
pub const MAX_LEVEL: u8 = 4;

/// A text in both languages. Missing languages deserialize as empty and are reported by
/// [`validate`], so that the message can name the item instead of a line number.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub de: String,
    #[serde(default)]
    pub en: String,
}

impl Text {
    pub fn new(de: &str, en: &str) -> Text {
        Text { de: de.into(), en: en.into() }
    }

    /// The text in `lang`; the other language's while `lang`'s are not loaded (see
    /// [`Questionnaire::with_texts`]).
    pub fn get(&self, lang: Lang) -> &str {
        in_language(lang, &self.de, &self.en)
    }
}

/// The text in `lang`, or in the other language where `lang`'s texts are not loaded (the app
/// shows the texts it has while the others arrive, or when they cannot be fetched).
fn in_language<'a>(lang: Lang, de: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::En if !en.is_empty() => en,
        Lang::De if de.is_empty() => en,
        _ => de,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub id: String,
    pub version: u32,
    pub title: Text,
    #[serde(default)]
    pub description: Text,
    /// Date of publication, `YYYY-MM-DD`.
    pub published: String,
    pub dimensions: Vec<Dimension>,
    #[serde(default)]
    pub methodology: Vec<Section>,
    /// Question ids renamed since an earlier version: old id → new id. Used to migrate answers.
    #[serde(default)]
    pub renamed: BTreeMap<String, String>,
    /// Questions split or merged since an earlier version: old id → the new ids that take
    /// over its answer. Where several old ids lead to one new id, the lowest level is kept.
    #[serde(default)]
    pub carried: BTreeMap<String, Vec<String>>,
    /// Questions that kept their id but whose levels changed so much since an earlier version
    /// that an old answer would mislead: it is not carried over (its note is).
    #[serde(default)]
    pub reset: Vec<String>,
    /// Every framework, law and programme the questions cite (`frameworks.toml`).
    #[serde(default)]
    pub frameworks: Vec<Framework>,
    /// Abbreviations and terms, shown on „Begriffe“ and linked from help texts (`glossary.toml`).
    #[serde(default)]
    pub glossary: Vec<Term>,
}

/// The texts only the Methodik, „Begriffe“ and the report show: a part of the texts of its own
/// (`content::TextsPart::Reference`), so that the questions do not wait for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceTexts {
    pub methodology: Vec<Section>,
    pub glossary: Vec<Term>,
}

impl ReferenceTexts {
    pub fn of(questionnaire: &Questionnaire) -> ReferenceTexts {
        ReferenceTexts { methodology: questionnaire.methodology.clone(), glossary: questionnaire.glossary.clone() }
    }
}

/// The next steps' texts of every question, in the questionnaire's order: (question id, one text
/// per step). A part of the texts of its own (`content::TextsPart::Steps`): only the evaluation
/// shows them, so the questions do not wait for them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StepTexts(pub Vec<(String, Vec<String>)>);

impl StepTexts {
    pub fn of(questionnaire: &Questionnaire, lang: Lang) -> StepTexts {
        let text = |s: &Step| match lang {
            Lang::De => s.de.clone(),
            Lang::En => s.en.clone(),
        };
        let steps =
            questionnaire.questions().map(|r| (r.question.id.clone(), r.question.steps.iter().map(text).collect()));
        StepTexts(steps.collect())
    }
}

/// Question texts of some categories of one dimension as the app fetches them
/// (`content::TextsPart::FirstCategory`, `OtherCategories`): with the entries of the reference
/// catalogue their questions cite, because a question shows their titles and the common part
/// does not carry the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionTexts {
    pub dimension: Dimension,
    pub frameworks: Vec<Framework>,
}

/// One entry of the reference catalogue: what a question's `references` id stands for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub id: String,
    /// The official title.
    pub title: Text,
    /// The publication it belongs to, e.g. „BSI IT-Grundschutz-Kompendium“.
    pub source: String,
    pub edition: String,
    pub url: String,
}

impl Framework {
    /// The id with the title, without saying the number twice: „BSI OPS.2.3 Nutzung von
    /// Outsourcing“, „DSGVO Art. 30 – Verzeichnis von Verarbeitungstätigkeiten“.
    pub fn label(&self, lang: Lang) -> String {
        let title = self.title.get(lang);
        let (prefix, code) = self.id.split_once(' ').unwrap_or(("", &self.id));
        if title.starts_with(&self.id) {
            title.to_string()
        } else if !prefix.is_empty() && title.starts_with(code) {
            format!("{prefix} {title}")
        } else if !prefix.is_empty() && title.contains(prefix) && title.contains(code) {
            // „WiBA-Checkliste „Backup““ says all that „WiBA Backup“ does.
            title.to_string()
        } else {
            format!("{} – {title}", self.id)
        }
    }
}

/// One entry of „Begriffe“.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    /// As written in the German texts, where the app links it.
    pub term: String,
    /// The long form of an abbreviation; empty for other terms.
    #[serde(default)]
    pub long: Text,
    pub explanation: Text,
    #[serde(default)]
    pub url: Option<String>,
}

/// A titled block of prose; paragraphs are separated by blank lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: Text,
    pub body: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub description: Text,
    /// Default target level per size class.
    #[serde(default)]
    pub targets: BTreeMap<SizeClass, f64>,
    pub categories: Vec<Category>,
    /// The file this dimension came from, for messages. Set by the loaders, not by authors.
    #[serde(default)]
    pub source_file: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub resources: Vec<Resource>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: Text,
    pub url: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effort {
    Gering,
    Mittel,
    Hoch,
}

/// The five level descriptors, written for one question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelTexts {
    #[serde(default)]
    pub de: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

impl LevelTexts {
    pub fn get(&self, lang: Lang, level: u8) -> &str {
        let de = self.de.get(level as usize).map(String::as_str).unwrap_or("");
        let en = self.en.get(level as usize).map(String::as_str).unwrap_or("");
        in_language(lang, de, en)
    }
}

/// How to move up from one level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The level this step starts from (0–3).
    pub from: u8,
    pub effort: Effort,
    #[serde(default)]
    pub de: String,
    #[serde(default)]
    pub en: String,
}

impl Step {
    pub fn text(&self, lang: Lang) -> &str {
        in_language(lang, &self.de, &self.en)
    }
}

/// A published figure that matches a question, shown as a sourced reference, never as a
/// Baden-Württemberg average.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceValue {
    pub text: Text,
    pub source: String,
    pub year: u16,
    pub url: String,
    /// How many answered the survey behind the figure.
    pub n: u32,
    /// Who was asked, e.g. „Kommunen in Deutschland“.
    pub population: Text,
    pub region: Region,
}

/// Where a reference value was measured. Only a figure measured in Baden-Württemberg may be
/// shown as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    Bundesweit,
    BadenWuerttemberg,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: Text,
    #[serde(default)]
    pub help: Text,
    pub levels: LevelTexts,
    /// Importance 1–3.
    pub weight: u8,
    #[serde(default)]
    pub critical: bool,
    #[serde(default)]
    pub kurzcheck: bool,
    #[serde(default)]
    pub references: Vec<String>,
    #[serde(default)]
    pub steps: Vec<Step>,
    #[serde(default)]
    pub resources: Vec<Resource>,
    #[serde(default)]
    pub reference: Option<ReferenceValue>,
}

impl Question {
    /// The step that leads up from `level`, if the questionnaire has one.
    pub fn step_from(&self, level: u8) -> Option<&Step> {
        self.steps.iter().find(|s| s.from == level)
    }
}

/// Where a question sits in the questionnaire.
#[derive(Clone, Copy, Debug)]
pub struct QuestionRef<'q> {
    pub dimension: &'q Dimension,
    pub category: &'q Category,
    pub question: &'q Question,
}

/// The same place in the same questionnaire: compared by address, which is cheap and also
/// tells the German questionnaire from the one with English texts.
impl PartialEq for QuestionRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.question, other.question)
            && std::ptr::eq(self.category, other.category)
            && std::ptr::eq(self.dimension, other.dimension)
    }
}

impl Questionnaire {
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn categories(&self) -> impl Iterator<Item = (&Dimension, &Category)> {
        self.dimensions.iter().flat_map(|d| d.categories.iter().map(move |c| (d, c)))
    }

    pub fn category(&self, id: &str) -> Option<(&Dimension, &Category)> {
        self.categories().find(|(_, c)| c.id == id)
    }

    pub fn questions(&self) -> impl Iterator<Item = QuestionRef<'_>> {
        self.categories().flat_map(|(dimension, category)| {
            category.questions.iter().map(move |question| QuestionRef { dimension, category, question })
        })
    }

    pub fn question(&self, id: &str) -> Option<QuestionRef<'_>> {
        self.questions().find(|r| r.question.id == id)
    }

    /// The catalogue entry for a question's reference id.
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }

    pub fn question_count(&self) -> usize {
        self.categories().map(|(_, c)| c.questions.len()).sum()
    }

    /// This questionnaire with the texts in `lang` of `texts`, which must be the same
    /// questionnaire (same ids in the same order): [`Questionnaire::add_common_texts`] and
    /// [`Questionnaire::add_reference_texts`] and [`Questionnaire::add_question_texts`] for every
    /// dimension at once.
    pub fn with_texts(&self, texts: &Questionnaire, lang: Lang) -> Result<Questionnaire, String> {
        let mut merged = self.clone();
        merged.add_common_texts(texts, lang)?;
        merged.add_reference_texts(&ReferenceTexts::of(texts), lang)?;
        for (dimension, own) in texts.dimensions.iter().zip(&self.dimensions) {
            if dimension.categories.len() != own.categories.len() {
                return Err(format!("{lang:?} texts do not match: dimension `{}`", dimension.id));
            }
            merged.add_question_texts(dimension, lang)?;
        }
        merged.add_step_texts(&StepTexts::of(texts, lang), lang)?;
        Ok(merged)
    }

    /// Adds the texts in `lang` of `texts` that every screen with questionnaire texts needs:
    /// title, dimensions and category titles. The app embeds the structure only and fetches
    /// the texts in parts (`content::TextsPart`): these first, the Methodik and the glossary's
    /// explanations ([`Questionnaire::add_reference_texts`]) and each dimension's categories and
    /// questions with the catalogue entries they cite when a screen shows them
    /// ([`Questionnaire::add_question_texts`]). The reference catalogue's entries (where `texts`
    /// holds them) go each to its sorted place ([`Questionnaire::add_frameworks`]).
    pub fn add_common_texts(&mut self, texts: &Questionnaire, lang: Lang) -> Result<(), String> {
        let mismatch = |what: &str, id: &str| Err(format!("{lang:?} texts do not match: {what} `{id}`"));
        if (self.id.as_str(), self.version) != (texts.id.as_str(), texts.version)
            || self.dimensions.len() != texts.dimensions.len()
        {
            return mismatch("questionnaire", &texts.id);
        }
        let text = |to: &mut Text, from: &Text| set_text(to, from, lang);
        text(&mut self.title, &texts.title);
        text(&mut self.description, &texts.description);
        // Empty in the common part the app fetches (each dimension's part brings the entries
        // its questions cite); whole when all texts come at once.
        self.add_frameworks(&texts.frameworks, lang)?;
        for (d, ed) in self.dimensions.iter_mut().zip(&texts.dimensions) {
            if d.id != ed.id || d.categories.len() != ed.categories.len() {
                return mismatch("dimension", &ed.id);
            }
            text(&mut d.title, &ed.title);
            text(&mut d.description, &ed.description);
            for (c, ec) in d.categories.iter_mut().zip(&ed.categories) {
                if c.id != ec.id {
                    return mismatch("category", &ec.id);
                }
                text(&mut c.title, &ec.title);
            }
        }
        Ok(())
    }

    /// Adds the texts in `lang` of the questions' next steps.
    pub fn add_step_texts(&mut self, texts: &StepTexts, lang: Lang) -> Result<(), String> {
        let mismatch = |id: &str| Err(format!("{lang:?} texts do not match: steps of `{id}`"));
        let questions = self.dimensions.iter_mut().flat_map(|d| &mut d.categories).flat_map(|c| &mut c.questions);
        let mut texts = texts.0.iter();
        for q in questions {
            let Some((id, steps)) = texts.next() else { return mismatch(&q.id) };
            if *id != q.id || steps.len() != q.steps.len() {
                return mismatch(id);
            }
            for (st, text) in q.steps.iter_mut().zip(steps) {
                match lang {
                    Lang::De => st.de = text.clone(),
                    Lang::En => st.en = text.clone(),
                }
            }
        }
        match texts.next() {
            Some((id, _)) => mismatch(id),
            None => Ok(()),
        }
    }

    /// Adds the texts in `lang` of the Methodik and the glossary's explanations.
    pub fn add_reference_texts(&mut self, texts: &ReferenceTexts, lang: Lang) -> Result<(), String> {
        let mismatch = |what: &str| Err(format!("{lang:?} texts do not match: {what}"));
        let text = |to: &mut Text, from: &Text| set_text(to, from, lang);
        if self.methodology.len() != texts.methodology.len() {
            return mismatch("methodology");
        }
        if self.glossary.len() != texts.glossary.len()
            || self.glossary.iter().zip(&texts.glossary).any(|(a, b)| a.id != b.id)
        {
            return mismatch("glossary");
        }
        for (to, from) in self.methodology.iter_mut().zip(&texts.methodology) {
            text(&mut to.title, &from.title);
            text(&mut to.body, &from.body);
        }
        for (to, from) in self.glossary.iter_mut().zip(&texts.glossary) {
            text(&mut to.long, &from.long);
            text(&mut to.explanation, &from.explanation);
        }
        Ok(())
    }

    /// Adds the texts in `lang` of the categories and questions of `texts`, some or all
    /// categories of one dimension of this questionnaire: a category's description and links
    /// are shown only with its questions. What the embedded structure leaves out (the links of
    /// categories and questions, each question's references and reference value) is taken from
    /// `texts` whole.
    pub fn add_question_texts(&mut self, texts: &Dimension, lang: Lang) -> Result<(), String> {
        let mismatch = |what: &str, id: &str| Err(format!("{lang:?} texts do not match: {what} `{id}`"));
        let text = |to: &mut Text, from: &Text| set_text(to, from, lang);
        let Some(d) = self.dimensions.iter_mut().find(|d| d.id == texts.id) else {
            return mismatch("dimension", &texts.id);
        };
        for ec in &texts.categories {
            let Some(c) = d.categories.iter_mut().find(|c| c.id == ec.id) else {
                return mismatch("category", &ec.id);
            };
            let resources = adopt(&mut c.resources, &ec.resources, |r, er| text(&mut r.title, &er.title));
            if c.questions.len() != ec.questions.len() || !resources {
                return mismatch("category", &ec.id);
            }
            text(&mut c.description, &ec.description);
            for (q, eq) in c.questions.iter_mut().zip(&ec.questions) {
                let resources = adopt(&mut q.resources, &eq.resources, |r, er| text(&mut r.title, &er.title));
                let references = adopt(&mut q.references, &eq.references, |_, _| {});
                if q.id != eq.id || !resources || !references {
                    return mismatch("question", &eq.id);
                }
                text(&mut q.text, &eq.text);
                text(&mut q.help, &eq.help);
                match lang {
                    Lang::De => q.levels.de = eq.levels.de.clone(),
                    Lang::En => q.levels.en = eq.levels.en.clone(),
                }
                match (&mut q.reference, &eq.reference) {
                    (Some(r), Some(er)) => {
                        text(&mut r.text, &er.text);
                        text(&mut r.population, &er.population);
                    }
                    (None, from) => q.reference = from.clone(),
                    (Some(_), None) => return mismatch("reference of", &eq.id),
                }
            }
        }
        Ok(())
    }

    /// Adds entries of the reference catalogue, or their texts in `lang` where an entry is
    /// here already. The catalogue is sorted by id (validated), and each entry goes to its
    /// place, so the parts give the same catalogue in whatever order they arrive.
    pub fn add_frameworks(&mut self, frameworks: &[Framework], lang: Lang) -> Result<(), String> {
        for from in frameworks {
            match self.frameworks.binary_search_by(|f| catalogue_order(&f.id, &from.id)) {
                Ok(i) if self.frameworks[i].id == from.id => set_text(&mut self.frameworks[i].title, &from.title, lang),
                Ok(_) => return Err(format!("{lang:?} texts do not match: reference `{}`", from.id)),
                Err(i) => self.frameworks.insert(i, from.clone()),
            }
        }
        Ok(())
    }

    /// Parses the JSON document that `build.rs` produces and validates it.
    ///
    /// The app's files hold one language each, so this checks structure only; the complete
    /// source with both languages is validated by [`validate`] in the native tests.
    pub fn from_json(json: &str) -> Result<Questionnaire, Problem> {
        serde_json::from_str(json).map_err(|e| Problem {
            file: "questionnaire.json".into(),
            item: String::new(),
            message: e.to_string(),
        })
    }
}

/// `to` takes `from`'s text in `lang`.
fn set_text(to: &mut Text, from: &Text, lang: Lang) {
    match lang {
        Lang::De => to.de = from.de.clone(),
        Lang::En => to.en = from.en.clone(),
    }
}

/// The order of the reference catalogue: by id, ignoring the case of ASCII letters („BITV“
/// after „Bertelsmann“). ASCII only, because Unicode case tables would cost the download more
/// than the whole catalogue.
fn catalogue_order(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes().map(|b| b.to_ascii_lowercase()).cmp(b.bytes().map(|b| b.to_ascii_lowercase()))
}

/// `to` takes `from` whole where it is empty (left out of the embedded structure), else merges
/// item by item; `false` where the two do not match.
fn adopt<T: Clone>(to: &mut Vec<T>, from: &[T], merge: impl Fn(&mut T, &T)) -> bool {
    if to.is_empty() {
        *to = from.to_vec();
        return true;
    }
    if to.len() != from.len() {
        return false;
    }
    to.iter_mut().zip(from).for_each(|(to, from)| merge(to, from));
    true
}

/// One thing wrong with a questionnaire, precise enough to fix without searching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The id of the questionnaire, dimension, category or question, or a path such as
    /// `cs-backup-offline.levels.en`.
    pub item: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.item.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.item, self.message)
        }
    }
}

/// The first word gendered with a sign („Bürger:innen“, „Nutzer*innen“, „Lots_in“) or a
/// capital I („BürgerInnen“), if any.
fn gender_sign_form(text: &str) -> Option<&str> {
    text.split(|c: char| c.is_whitespace() || "()„“\"',.;!?/–".contains(c)).find(|word| {
        let lower_then_innen = word.char_indices().any(|(i, c)| {
            c.is_lowercase() && (word[i + c.len_utf8()..].starts_with("Innen") || word[i + c.len_utf8()..] == *"In")
        });
        let signed = [":", "*", "_"].iter().any(|sign| {
            word.match_indices(sign).any(|(i, _)| {
                let (before, after) = (&word[..i], &word[i + 1..]);
                before.chars().last().is_some_and(char::is_alphabetic) && (after.starts_with("in") || after == "r")
            })
        });
        lower_then_innen || signed
    })
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

struct Checker {
    problems: Vec<Problem>,
    file: String,
}

impl Checker {
    fn report(&mut self, item: &str, message: impl Into<String>) {
        self.problems.push(Problem { file: self.file.clone(), item: item.into(), message: message.into() });
    }

    fn text(&mut self, item: &str, field: &str, text: &Text, required: bool) {
        self.register(item, field, &text.de);
        let (de, en) = (text.de.trim().is_empty(), text.en.trim().is_empty());
        if required && de && en {
            self.report(item, format!("`{field}` is missing"));
            return;
        }
        if de && !en {
            self.report(item, format!("`{field}` has no German text (de)"));
        }
        if en && !de {
            self.report(item, format!("`{field}` has no English text (en)"));
        }
    }

    /// The report goes to the Gemeinderat: official orthography, so pair or neutral forms
    /// („Bürgerinnen und Bürger“, „Beschäftigte“), never a colon, star, underscore or
    /// capital I inside a word.
    fn register(&mut self, item: &str, field: &str, german: &str) {
        if let Some(form) = gender_sign_form(german) {
            self.report(item, format!("`{field}` uses the form „{form}“; write a pair or a neutral form instead"));
        }
    }

    fn url(&mut self, item: &str, url: &str) {
        let rest = url.strip_prefix("https://");
        if rest.is_none_or(|r| r.is_empty() || r.contains(char::is_whitespace)) {
            self.report(item, format!("link `{url}` must be an https:// address"));
        }
    }

    fn resources(&mut self, item: &str, resources: &[Resource]) {
        for resource in resources {
            self.text(item, "resources.title", &resource.title, true);
            self.url(item, &resource.url);
        }
    }
}

/// Checks everything the app relies on. Returns an empty list for a valid questionnaire.
pub fn validate(q: &Questionnaire) -> Vec<Problem> {
    let mut c = Checker { problems: Vec::new(), file: "questionnaire.toml".into() };
    if !is_valid_id(&q.id) {
        c.report(&q.id, "the questionnaire id must be lowercase letters, digits and hyphens");
    }
    if q.version == 0 {
        c.report(&q.id, "`version` must be 1 or higher");
    }
    if !is_iso_date(&q.published) {
        c.report(&q.id, format!("`published` must be a date like 2026-11-25, not `{}`", q.published));
    }
    c.text(&q.id, "title", &q.title, true);
    c.text(&q.id, "description", &q.description, false);
    for section in &q.methodology {
        c.text(&q.id, "methodology.title", &section.title, true);
        c.text(&q.id, "methodology.body", &section.body, true);
    }
    if q.dimensions.is_empty() {
        c.report(&q.id, "the questionnaire has no dimensions");
    }

    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for d in &q.dimensions {
        c.file = if d.source_file.is_empty() { "questionnaire.toml".into() } else { d.source_file.clone() };
        if !is_valid_id(&d.id) {
            c.report(&d.id, "ids must be lowercase letters, digits and hyphens");
        }
        if !seen.insert(&d.id) {
            c.report(&d.id, "duplicate id");
        }
        c.text(&d.id, "title", &d.title, true);
        c.text(&d.id, "description", &d.description, false);
        for class in SizeClass::ALL {
            match d.targets.get(&class) {
                None => c.report(&d.id, format!("no target for size class `{}`", class.id())),
                Some(t) if !(0.0..=4.0).contains(t) => {
                    c.report(&d.id, format!("target {t} for `{}` is outside 0–4", class.id()))
                }
                Some(_) => {}
            }
        }
        if d.categories.is_empty() {
            c.report(&d.id, "the dimension has no categories");
        }
        for cat in &d.categories {
            if !is_valid_id(&cat.id) {
                c.report(&cat.id, "ids must be lowercase letters, digits and hyphens");
            }
            if !seen.insert(&cat.id) {
                c.report(&cat.id, "duplicate id");
            }
            c.text(&cat.id, "title", &cat.title, true);
            c.text(&cat.id, "description", &cat.description, false);
            c.resources(&cat.id, &cat.resources);
            if cat.questions.is_empty() {
                c.report(&cat.id, "the category has no questions");
            }
            for question in &cat.questions {
                if !seen.insert(&question.id) {
                    c.report(&question.id, "duplicate id");
                }
                validate_question(&mut c, question);
            }
        }
    }
    validate_catalogues(&mut c, q);
    c.file = "questionnaire.toml".into();
    for (old, news) in &q.carried {
        for new in news {
            if q.question(new).is_none() {
                c.report(old, format!("`carried` points to unknown question `{new}`"));
            }
        }
        if q.question(old).is_some() || q.renamed.contains_key(old) {
            c.report(old, "`carried` lists an id that is still in use or also renamed");
        }
    }
    for id in &q.reset {
        if q.question(id).is_none() {
            c.report(id, "`reset` lists an unknown question");
        }
    }
    for (old, new) in &q.renamed {
        if q.question(new).is_none() {
            c.report(old, format!("`renamed` points to unknown question `{new}`"));
        }
        if q.question(old).is_some() {
            c.report(old, "`renamed` lists an id that is still in use");
        }
    }
    c.problems
}

/// Every cited reference is in the catalogue, and the catalogue holds nothing uncited; the
/// glossary is complete in both languages.
fn validate_catalogues(c: &mut Checker, q: &Questionnaire) {
    let known: BTreeSet<&str> = q.frameworks.iter().map(|f| f.id.as_str()).collect();
    let mut cited = BTreeSet::new();
    for d in &q.dimensions {
        c.file = if d.source_file.is_empty() { "questionnaire.toml".into() } else { d.source_file.clone() };
        for question in d.categories.iter().flat_map(|c| &c.questions) {
            for reference in &question.references {
                cited.insert(reference.as_str());
                if !q.frameworks.is_empty() && !known.contains(reference.as_str()) {
                    c.report(&question.id, format!("reference `{reference}` is not in frameworks.toml"));
                }
            }
        }
    }
    c.file = FRAMEWORKS_FILE.into();
    if q.frameworks.is_empty() && !cited.is_empty() {
        c.report("", "the reference catalogue is empty, but questions cite references");
    }
    let mut seen = BTreeSet::new();
    for (i, f) in q.frameworks.iter().enumerate() {
        if !seen.insert(f.id.as_str()) {
            c.report(&f.id, "duplicate id");
        }
        // The app assembles the catalogue from the dimensions' texts files in this order.
        if let Some(before) = i.checked_sub(1).map(|i| &q.frameworks[i]) {
            match catalogue_order(&before.id, &f.id) {
                std::cmp::Ordering::Less => {}
                _ if before.id == f.id => {}
                std::cmp::Ordering::Equal => {
                    c.report(&f.id, format!("differs from `{}` only in case: ids must differ in more", before.id))
                }
                std::cmp::Ordering::Greater => c.report(
                    &f.id,
                    format!("the catalogue is sorted by id (ignoring case): put it before `{}`", before.id),
                ),
            }
        }
        c.text(&f.id, "title", &f.title, true);
        if f.title.de.trim().is_empty() || f.title.en.trim().is_empty() {
            c.report(&f.id, "`title` needs both de and en");
        }
        if f.source.trim().is_empty() || f.edition.trim().is_empty() {
            c.report(&f.id, "`source` and `edition` are required");
        }
        c.url(&f.id, &f.url);
        if !cited.contains(f.id.as_str()) {
            c.report(&f.id, "no question cites this reference; remove it");
        }
    }
    c.file = GLOSSARY_FILE.into();
    let mut seen = BTreeSet::new();
    for term in &q.glossary {
        if !is_valid_id(&term.id) {
            c.report(&term.id, "ids must be lowercase letters, digits and hyphens");
        }
        if !seen.insert(term.id.as_str()) {
            c.report(&term.id, "duplicate id");
        }
        if term.term.trim().is_empty() {
            c.report(&term.id, "`term` is missing");
        }
        c.text(&term.id, "long", &term.long, false);
        c.text(&term.id, "explanation", &term.explanation, true);
        if term.explanation.de.trim().is_empty() || term.explanation.en.trim().is_empty() {
            c.report(&term.id, "`explanation` needs both de and en");
        }
        if let Some(url) = &term.url {
            c.url(&term.id, url);
        }
    }
}

pub const FRAMEWORKS_FILE: &str = "frameworks.toml";
pub const GLOSSARY_FILE: &str = "glossary.toml";

fn validate_question(c: &mut Checker, question: &Question) {
    let id = question.id.as_str();
    if !is_valid_id(id) {
        c.report(id, "ids must be lowercase letters, digits and hyphens");
    }
    c.text(id, "text", &question.text, true);
    c.text(id, "help", &question.help, true);
    if question.critical && [&question.text.de, &question.help.de].iter().any(|t| t.contains("nicht zutreffend")) {
        c.report(id, "a critical question cannot be answered „nicht zutreffend“; its text and help must not offer it");
    }
    if !(1..=3).contains(&question.weight) {
        c.report(id, format!("`weight` must be 1, 2 or 3, not {}", question.weight));
    }
    for (lang, list) in [("de", &question.levels.de), ("en", &question.levels.en)] {
        if list.len() != LEVELS {
            c.report(id, format!("`levels.{lang}` needs 5 level descriptors (0–4), found {}", list.len()));
        }
        for (level, text) in list.iter().enumerate() {
            if lang == "de" {
                c.register(id, &format!("levels.de[{level}]"), text);
            }
            if text.trim().is_empty() {
                c.report(id, format!("level descriptor {level} in `levels.{lang}` is empty"));
            }
        }
    }
    for level in 0..MAX_LEVEL {
        match question.steps.iter().filter(|s| s.from == level).count() {
            0 => c.report(id, format!("no next step from level {level}")),
            1 => {}
            _ => c.report(id, format!("more than one next step from level {level}")),
        }
    }
    for step in &question.steps {
        if step.from >= MAX_LEVEL {
            c.report(id, format!("a step from level {} is not possible (4 is the top)", step.from));
        }
        let text = Text { de: step.de.clone(), en: step.en.clone() };
        c.text(id, &format!("steps (from {})", step.from), &text, true);
    }
    for reference in &question.references {
        if reference.trim().is_empty() {
            c.report(id, "an entry in `references` is empty");
        }
    }
    c.resources(id, &question.resources);
    if let Some(reference) = &question.reference {
        c.text(id, "reference.text", &reference.text, true);
        c.url(id, &reference.url);
        if reference.source.trim().is_empty() {
            c.report(id, "`reference.source` is missing");
        }
        c.text(id, "reference.population", &reference.population, true);
        if reference.n == 0 {
            c.report(id, "`reference.n` must say how many answered (1 or more)");
        }
    }
}

/// Reading the TOML sources directly (native builds only: tests and tools).
#[cfg(not(target_arch = "wasm32"))]
pub mod source {
    use std::path::Path;

    use serde::Deserialize;

    use super::{
        validate, Dimension, Framework, Problem, Questionnaire, Section, Term, Text, FRAMEWORKS_FILE, GLOSSARY_FILE,
    };

    /// `questionnaire.toml`: the metadata, and the dimension files in their order.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Head {
        id: String,
        version: u32,
        title: Text,
        #[serde(default)]
        description: Text,
        published: String,
        dimensions: Vec<String>,
        #[serde(default)]
        methodology: Vec<Section>,
        #[serde(default)]
        renamed: std::collections::BTreeMap<String, String>,
        #[serde(default)]
        carried: std::collections::BTreeMap<String, Vec<String>>,
        #[serde(default)]
        reset: Vec<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Frameworks {
        #[serde(default)]
        reference: Vec<Framework>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Glossary {
        #[serde(default)]
        term: Vec<Term>,
    }

    fn read(dir: &Path, file: &str) -> Result<String, Problem> {
        std::fs::read_to_string(dir.join(file)).map_err(|e| Problem {
            file: file.into(),
            item: String::new(),
            message: format!("cannot read: {e}"),
        })
    }

    fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> Result<T, Problem> {
        toml::from_str(text).map_err(|e| Problem {
            file: file.into(),
            item: String::new(),
            message: e.to_string().trim().replace('\n', " "),
        })
    }

    /// Loads and validates one dimension file on its own, for authors checking their work.
    pub fn check_dimension_file(path: &Path) -> Vec<Problem> {
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut dimension: Dimension = match read(dir, &file).and_then(|t| parse(&file, &t)) {
            Ok(d) => d,
            Err(p) => return vec![p],
        };
        dimension.source_file = file.clone();
        let questionnaire = Questionnaire {
            id: "check".into(),
            version: 1,
            title: Text::new("Prüfung", "Check"),
            description: Text::default(),
            published: "2026-01-01".into(),
            dimensions: vec![dimension],
            methodology: Vec::new(),
            renamed: Default::default(),
            carried: Default::default(),
            reset: Vec::new(),
            frameworks: Vec::new(),
            glossary: Vec::new(),
        };
        validate(&questionnaire).into_iter().filter(|p| p.file == file).collect()
    }

    /// Loads and validates the questionnaire in `dir`.
    pub fn load_dir(dir: &Path) -> Result<Questionnaire, Vec<Problem>> {
        let head: Head =
            read(dir, "questionnaire.toml").and_then(|t| parse("questionnaire.toml", &t)).map_err(|p| vec![p])?;
        let mut dimensions = Vec::new();
        let mut problems = Vec::new();
        for file in &head.dimensions {
            match read(dir, file).and_then(|t| parse::<Dimension>(file, &t)) {
                Ok(mut dimension) => {
                    dimension.source_file = file.clone();
                    dimensions.push(dimension);
                }
                Err(p) => problems.push(p),
            }
        }
        let frameworks = read(dir, FRAMEWORKS_FILE).and_then(|t| parse::<Frameworks>(FRAMEWORKS_FILE, &t));
        let glossary = read(dir, GLOSSARY_FILE).and_then(|t| parse::<Glossary>(GLOSSARY_FILE, &t));
        let (frameworks, glossary) = match (frameworks, glossary) {
            (Ok(f), Ok(g)) => (f.reference, g.term),
            (f, g) => {
                problems.extend(f.err().into_iter().chain(g.err()));
                (Vec::new(), Vec::new())
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let questionnaire = Questionnaire {
            id: head.id,
            version: head.version,
            title: head.title,
            description: head.description,
            published: head.published,
            dimensions,
            methodology: head.methodology,
            renamed: head.renamed,
            carried: head.carried,
            reset: head.reset,
            frameworks,
            glossary,
        };
        let problems = validate(&questionnaire);
        if problems.is_empty() {
            Ok(questionnaire)
        } else {
            Err(problems)
        }
    }
}
