//! Values only the screens after the questions show — the action plan, the scenario's
//! results, the comparison with an earlier assessment. Each is a memo made when a screen first
//! asks for it and owned by the app (not by that screen), so it is still computed once per
//! change, and its code is fetched with those screens instead of with the first one.

use leptos::prelude::*;

use crate::domain::action_plan::{self, Measure};
use crate::domain::assessment::Assessment;
use crate::domain::history::{self, Comparison};
use crate::domain::scenario;
use crate::domain::scoring::Results;

use super::AppState;

/// The earlier assessment chosen on „Verlauf“ and the change since.
type HistoryChoice = Option<(Assessment, Comparison<'static>)>;

/// A memo made on first use.
type Slot<T> = StoredValue<Option<Memo<T>>>;

/// The memos of this module, once made.
#[derive(Clone, Copy)]
pub(super) struct Later {
    owner: StoredValue<Owner>,
    plan: Slot<Vec<Measure<'static>>>,
    scenario_results: Slot<Option<Results<'static>>>,
    history_candidates: Slot<Vec<Assessment>>,
    history: Slot<HistoryChoice>,
}

impl Later {
    /// To be called where the app's state is made: the memos belong to that owner.
    pub(super) fn new() -> Later {
        let owner = Owner::current().unwrap_or_default();
        Later {
            owner: StoredValue::new(owner),
            plan: StoredValue::new(None),
            scenario_results: StoredValue::new(None),
            history_candidates: StoredValue::new(None),
            history: StoredValue::new(None),
        }
    }

    fn get_or_make<T: Send + Sync + 'static>(&self, slot: Slot<T>, make: impl FnOnce() -> Memo<T>) -> Memo<T> {
        if let Some(memo) = slot.get_value() {
            return memo;
        }
        let memo = self.owner.with_value(|owner| owner.with(make));
        slot.set_value(Some(memo));
        memo
    }
}

impl AppState {
    /// The open assessment's measures, in plan order.
    pub fn plan(&self) -> Memo<Vec<Measure<'static>>> {
        let (questionnaire, current, results) = (self.questionnaire_signal, self.current, self.results);
        self.later.get_or_make(self.later.plan, || {
            Memo::new(move |_| {
                let questionnaire = questionnaire.get();
                current.with(|a| {
                    results.with(|r| match (a, r) {
                        (Some(a), Some(r)) => action_plan::build(questionnaire, a, r),
                        _ => Vec::new(),
                    })
                })
            })
        })
    }

    /// The results with the scenario's measures done („Was wäre, wenn“); `None` while empty.
    pub fn scenario_results(&self) -> Memo<Option<Results<'static>>> {
        let (questionnaire, current) = (self.questionnaire_signal, self.current);
        self.later.get_or_make(self.later.scenario_results, || {
            Memo::new(move |_| {
                let questionnaire = questionnaire.get();
                current.with(|a| {
                    a.as_ref().filter(|a| !a.scenario.is_empty()).map(|a| scenario::score_projected(questionnaire, a))
                })
            })
        })
    }

    /// Earlier assessments of the same Kommune, newest first.
    pub fn history_candidates(&self) -> Memo<Vec<Assessment>> {
        let (current, assessments) = (self.current, self.assessments);
        self.later.get_or_make(self.later.history_candidates, || {
            Memo::new(move |_| {
                current.with(|current| {
                    let Some(current) = current else { return Vec::new() };
                    assessments.with(|all| history::earlier(current, all).into_iter().cloned().collect())
                })
            })
        })
    }

    /// The chosen earlier assessment, if it still is a candidate, and the change since.
    pub fn history(&self) -> Memo<HistoryChoice> {
        let candidates = self.history_candidates();
        let (questionnaire, current, choice) = (self.questionnaire_signal, self.current, self.history_choice);
        self.later.get_or_make(self.later.history, || {
            Memo::new(move |_| {
                let id = choice.get()?;
                let earlier = candidates.with(|list| list.iter().find(|a| a.id == id).cloned())?;
                let questionnaire = questionnaire.get();
                current.with(|later| {
                    let comparison = history::compare(questionnaire, &earlier, later.as_ref()?);
                    Some((earlier, comparison))
                })
            })
        })
    }
}
