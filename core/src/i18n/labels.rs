//! Names of domain values in the UI language.

use crate::domain::action_plan::Basis;
use crate::domain::assessment::{Answer, Counted, Open};
use crate::domain::assessment::{ItProvider, MeasureStatus, Response, Scope};
use crate::domain::benchmark::{GroupFigures, PeerGroup};
use crate::domain::kommune::{Kind, SizeClass};
use crate::domain::questionnaire::{Effort, Question};

use super::{fill, Texts};

pub fn kind(t: &'static Texts, kind: Kind) -> &'static str {
    let c = &t.common;
    match kind {
        Kind::Gemeinde => c.kind_gemeinde,
        Kind::Stadt => c.kind_stadt,
        Kind::GrosseKreisstadt => c.kind_grosse_kreisstadt,
        Kind::Stadtkreis => c.kind_stadtkreis,
        Kind::Landkreis => c.kind_landkreis,
        Kind::Verwaltungsverband => c.kind_verwaltungsverband,
    }
}

pub fn size_class(t: &'static Texts, class: SizeClass) -> &'static str {
    let c = &t.common;
    match class {
        SizeClass::Unter5000 => c.size_unter_5000,
        SizeClass::Bis10000 => c.size_5000,
        SizeClass::Bis20000 => c.size_10000,
        SizeClass::Bis50000 => c.size_20000,
        SizeClass::Ab50000 => c.size_50000,
    }
}

pub fn provider(t: &'static Texts, p: ItProvider) -> &'static str {
    let c = &t.common;
    match p {
        ItProvider::Selbst => c.provider_selbst,
        ItProvider::KommOne => c.provider_komm_one,
        ItProvider::Landratsamt => c.provider_landratsamt,
        ItProvider::Verwaltungsverband => c.provider_verband,
        ItProvider::Anderer => c.provider_anderer,
    }
}

pub fn provider_id(p: ItProvider) -> &'static str {
    match p {
        ItProvider::Selbst => "selbst",
        ItProvider::KommOne => "komm-one",
        ItProvider::Landratsamt => "landratsamt",
        ItProvider::Verwaltungsverband => "verband",
        ItProvider::Anderer => "anderer",
    }
}

pub fn scope(t: &'static Texts, scope: Scope) -> &'static str {
    match scope {
        Scope::Full => t.common.scope_full,
        Scope::Kurzcheck => t.common.scope_kurz,
    }
}

pub fn effort(t: &'static Texts, effort: Effort) -> &'static str {
    match effort {
        Effort::Gering => t.common.effort_gering,
        Effort::Mittel => t.common.effort_mittel,
        Effort::Hoch => t.common.effort_hoch,
    }
}

/// The generic name of a level: „Stufe 2 – teilweise umgesetzt“.
pub fn level_name(t: &'static Texts, level: u8) -> String {
    let c = &t.common;
    let name = [c.level_0, c.level_1, c.level_2, c.level_3, c.level_4][usize::from(level.min(4))];
    format!("{} – {name}", fill(c.level_label, &[("n", &level.to_string())]))
}

pub fn response(t: &'static Texts, response: Option<&Response>) -> String {
    match response {
        None => t.common.unanswered.into(),
        Some(Response::Level { level }) => level_name(t, *level),
        Some(Response::NotApplicable { .. }) => t.common.not_applicable.into(),
        Some(Response::DontKnow) => t.common.dont_know.into(),
    }
}

/// An answer as it counts: a provider's service not assured in writing says so, whatever level
/// was picked; otherwise the response.
pub fn answer(t: &'static Texts, answer: &Answer, question: &Question) -> String {
    match answer.counted(question) {
        Some(Counted::Open(Open::Provider)) => t.common.provider_unassured.into(),
        _ => response(t, answer.response.as_ref()),
    }
}

pub fn basis(t: &'static Texts, basis: Basis) -> String {
    match basis {
        Basis::Level(l) => level_name(t, l),
        Basis::Open(Open::DontKnow) => t.common.dont_know.into(),
        Basis::Open(Open::Provider) => t.common.provider_unassured.into(),
    }
}

pub fn status(t: &'static Texts, status: MeasureStatus) -> &'static str {
    match status {
        MeasureStatus::Offen => t.plan.status_open,
        MeasureStatus::InArbeit => t.plan.status_doing,
        MeasureStatus::Erledigt => t.plan.status_done,
    }
}

/// A peer group's name: „Gemeinde, unter 5.000 Einwohner“.
pub fn group_name(t: &'static Texts, group: PeerGroup) -> String {
    match (group.kind, group.size_class) {
        (None, None) => t.results.group_all.to_string(),
        (Some(k), None) => format!("{} ({})", kind(t, k), t.results.group_any_size),
        (None, Some(s)) => format!("{} ({})", size_class(t, s), t.results.group_any_kind),
        (Some(k), Some(s)) => format!("{}, {}", kind(t, k), size_class(t, s)),
    }
}

/// A group's name including the size classes merged into it („Stadt, 10.000 bis unter 20.000
/// Einwohner + 20.000 bis unter 50.000 Einwohner“).
pub fn group_label(t: &'static Texts, figures: &GroupFigures) -> String {
    let mut name = group_name(t, figures.group);
    for class in &figures.merged {
        name.push_str(" + ");
        name.push_str(size_class(t, *class));
    }
    name
}
