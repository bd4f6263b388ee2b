//! Levels, coverage, critical-item caps, targets and gaps (PRODUCT.md §4).
//!
//! - Category level: importance-weighted mean of the scored answers in scope. „weiß nicht“
//!   scores 0; „nicht zutreffend“ and unanswered questions are left out.
//! - Dimension level: mean of its category levels, then capped at (lowest critical answer + 1).
//! - Coverage: share of questions in scope answered with a level or „nicht zutreffend“;
//!   open answers („weiß nicht“, a provider's service not assured in writing) are answered
//!   but not covered.
//! - Gap: max(0, target − level).

use super::assessment::{Assessment, Counted, Profile};
use super::kommune::SizeClass;
use super::questionnaire::{Category, Dimension, Question, Questionnaire, LEVELS};

/// Below this coverage, results are marked „vorläufig“.
pub const PROVISIONAL_BELOW: f64 = 0.8;

/// Target used when neither the profile nor the user gives one (the middle size class).
pub const FALLBACK_SIZE_CLASS: SizeClass = SizeClass::Bis20000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub in_scope: usize,
    /// Questions with any answer, open ones included (the user's progress).
    pub answered: usize,
    /// „offen zu klären“: „weiß nicht“ and provider services not assured in writing.
    pub open: usize,
    pub not_applicable: usize,
}

impl Coverage {
    /// Questions answered with a level or „nicht zutreffend“.
    pub fn covered(&self) -> usize {
        self.answered - self.open
    }

    /// Share covered, 0–1. An empty scope counts as fully covered: nothing is missing.
    pub fn ratio(&self) -> f64 {
        if self.in_scope == 0 {
            1.0
        } else {
            self.covered() as f64 / self.in_scope as f64
        }
    }

    pub fn provisional(&self) -> bool {
        self.ratio() < PROVISIONAL_BELOW
    }

    fn add(&mut self, other: Coverage) {
        self.in_scope += other.in_scope;
        self.answered += other.answered;
        self.open += other.open;
        self.not_applicable += other.not_applicable;
    }
}

// Results are compared on every answer (the state keeps them in a memo). The questionnaire's
// parts they point to are compared by address: comparing them by value would walk every text of
// the questionnaire each time, and results for another copy of it (texts that arrived later)
// should count as changed anyway.

#[derive(Clone, Debug)]
pub struct CategoryResult<'q> {
    pub category: &'q Category,
    pub level: Option<f64>,
    pub target: f64,
    pub coverage: Coverage,
    /// Questions in scope at each level 0–4 (open answers are counted in `coverage.open`).
    pub level_counts: [usize; LEVELS],
}

impl CategoryResult<'_> {
    pub fn gap(&self) -> Option<f64> {
        self.level.map(|level| gap(self.target, level))
    }
}

/// The critical question that holds a dimension's level down.
#[derive(Clone, Debug)]
pub struct Cap<'q> {
    pub question: &'q Question,
    /// The scored level of the capping answer.
    pub level: u8,
    /// The level the dimension may not exceed.
    pub limit: f64,
}

#[derive(Clone, Debug)]
pub struct DimensionResult<'q> {
    pub dimension: &'q Dimension,
    /// Level after the cap.
    pub level: Option<f64>,
    /// Mean of the category levels before the cap.
    pub uncapped: Option<f64>,
    /// Set when the cap lowered the level.
    pub capped_by: Option<Cap<'q>>,
    pub target: f64,
    pub coverage: Coverage,
    pub categories: Vec<CategoryResult<'q>>,
}

impl DimensionResult<'_> {
    pub fn gap(&self) -> Option<f64> {
        self.level.map(|level| gap(self.target, level))
    }
}

impl PartialEq for CategoryResult<'_> {
    fn eq(&self, other: &Self) -> bool {
        let CategoryResult { category, level, target, coverage, level_counts } = self;
        std::ptr::eq(*category, other.category)
            && *level == other.level
            && *target == other.target
            && *coverage == other.coverage
            && *level_counts == other.level_counts
    }
}

impl PartialEq for Cap<'_> {
    fn eq(&self, other: &Self) -> bool {
        let Cap { question, level, limit } = self;
        std::ptr::eq(*question, other.question) && *level == other.level && *limit == other.limit
    }
}

impl PartialEq for DimensionResult<'_> {
    fn eq(&self, other: &Self) -> bool {
        let DimensionResult { dimension, level, uncapped, capped_by, target, coverage, categories } = self;
        std::ptr::eq(*dimension, other.dimension)
            && *level == other.level
            && *uncapped == other.uncapped
            && *capped_by == other.capped_by
            && *target == other.target
            && *coverage == other.coverage
            && *categories == other.categories
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Results<'q> {
    pub dimensions: Vec<DimensionResult<'q>>,
    pub coverage: Coverage,
}

impl<'q> Results<'q> {
    pub fn provisional(&self) -> bool {
        self.coverage.provisional()
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionResult<'q>> {
        self.dimensions.iter().find(|d| d.dimension.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&CategoryResult<'q>> {
        self.dimensions.iter().flat_map(|d| &d.categories).find(|c| c.category.id == id)
    }
    /// Mean of the dimension levels that exist.
    pub fn mean_level(&self) -> Option<f64> {
        let levels: Vec<f64> = self.dimensions.iter().filter_map(|d| d.level).collect();
        (!levels.is_empty()).then(|| levels.iter().sum::<f64>() / levels.len() as f64)
    }

    /// How many answers in scope sit at each level 0–4, over all categories.
    pub fn level_totals(&self) -> [usize; LEVELS] {
        let mut totals = [0; LEVELS];
        for c in self.dimensions.iter().flat_map(|d| &d.categories) {
            for (total, n) in totals.iter_mut().zip(c.level_counts) {
                *total += n;
            }
        }
        totals
    }
}

impl<'q> DimensionResult<'q> {
    /// The categories with the highest and the lowest level (first one on ties).
    pub fn strongest_and_weakest(&self) -> Option<(&CategoryResult<'q>, &CategoryResult<'q>)> {
        let scored = || self.categories.iter().filter(|c| c.level.is_some());
        let strongest = scored().fold(None, |best: Option<&CategoryResult>, c| match best {
            Some(b) if b.level >= c.level => Some(b),
            _ => Some(c),
        })?;
        let weakest = scored().fold(None, |worst: Option<&CategoryResult>, c| match worst {
            Some(w) if w.level <= c.level => Some(w),
            _ => Some(c),
        })?;
        Some((strongest, weakest))
    }
}

pub fn gap(target: f64, level: f64) -> f64 {
    (target - level).max(0.0)
}

/// A level on 0–4 as a percentage of the top level.
pub fn percent(level: f64) -> f64 {
    level / 4.0 * 100.0
}

/// The target for a dimension: the user's override, else the questionnaire's default for the
/// Kommune's size class.
pub fn dimension_target(dimension: &Dimension, assessment: &Assessment) -> f64 {
    match assessment.targets.get(&dimension.id) {
        Some(t) => t.clamp(0.0, 4.0),
        None => default_dimension_target(dimension, &assessment.profile),
    }
}

/// The questionnaire's target for a dimension at the Kommune's size class, ignoring overrides.
pub fn default_dimension_target(dimension: &Dimension, profile: &Profile) -> f64 {
    let class = profile.size_class().unwrap_or(FALLBACK_SIZE_CLASS);
    dimension.targets.get(&class).copied().unwrap_or(3.0)
}

/// A category's target: its own override, else the dimension's target.
pub fn category_target(dimension: &Dimension, category: &Category, assessment: &Assessment) -> f64 {
    match assessment.targets.get(&category.id) {
        Some(t) => t.clamp(0.0, 4.0),
        None => dimension_target(dimension, assessment),
    }
}

pub fn score<'q>(questionnaire: &'q Questionnaire, assessment: &Assessment) -> Results<'q> {
    let mut total = Coverage::default();
    let dimensions = questionnaire
        .dimensions
        .iter()
        .map(|dimension| {
            let categories: Vec<CategoryResult> = dimension
                .categories
                .iter()
                .map(|category| score_category(dimension, category, assessment))
                .filter(|c| c.coverage.in_scope > 0)
                .collect();
            let mut coverage = Coverage::default();
            categories.iter().for_each(|c| coverage.add(c.coverage));
            total.add(coverage);

            let levels: Vec<f64> = categories.iter().filter_map(|c| c.level).collect();
            let uncapped = (!levels.is_empty()).then(|| levels.iter().sum::<f64>() / levels.len() as f64);
            let cap = lowest_critical(dimension, assessment).map(|(question, level)| Cap {
                question,
                level,
                limit: f64::from(level) + 1.0,
            });
            let (level, capped_by) = match (uncapped, cap) {
                (Some(raw), Some(cap)) if raw > cap.limit => (Some(cap.limit), Some(cap)),
                (raw, _) => (raw, None),
            };
            DimensionResult {
                dimension,
                level,
                uncapped,
                capped_by,
                target: dimension_target(dimension, assessment),
                coverage,
                categories,
            }
        })
        .collect();
    Results { dimensions, coverage: total }
}

fn score_category<'q>(dimension: &'q Dimension, category: &'q Category, assessment: &Assessment) -> CategoryResult<'q> {
    let scope = assessment.profile.scope;
    let mut coverage = Coverage::default();
    let mut level_counts = [0; LEVELS];
    let (mut weighted, mut weights) = (0.0, 0.0);
    for question in category.questions.iter().filter(|q| scope.includes(q)) {
        coverage.in_scope += 1;
        let Some(counted) = assessment.counted(question) else {
            continue;
        };
        coverage.answered += 1;
        match counted {
            Counted::Open(_) => coverage.open += 1,
            Counted::NotApplicable => coverage.not_applicable += 1,
            Counted::Level(level) => level_counts[level as usize] += 1,
        }
        if let Some(level) = counted.scored_level() {
            let w = f64::from(question.weight);
            weighted += w * f64::from(level);
            weights += w;
        }
    }
    CategoryResult {
        category,
        level: (weights > 0.0).then(|| weighted / weights),
        target: category_target(dimension, category, assessment),
        coverage,
        level_counts,
    }
}

/// The critical question in scope with the lowest scored answer (first one on ties).
fn lowest_critical<'q>(dimension: &'q Dimension, assessment: &Assessment) -> Option<(&'q Question, u8)> {
    let scope = assessment.profile.scope;
    dimension
        .categories
        .iter()
        .flat_map(|c| &c.questions)
        .filter(|q| q.critical && scope.includes(q))
        .filter_map(|q| assessment.counted(q).and_then(Counted::scored_level).map(|l| (q, l)))
        .fold(None, |lowest: Option<(&Question, u8)>, (q, l)| match lowest {
            Some((_, low)) if low <= l => lowest,
            _ => Some((q, l)),
        })
}
