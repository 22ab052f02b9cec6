//! Coaching tests: the rules on examples, titles read in their own language, and
//! properties over many titles.

mod language;
// proptest is a native dev-dependency only.
#[cfg(not(target_arch = "wasm32"))]
mod properties;
#[cfg(not(target_arch = "wasm32"))]
mod rewrite;
mod rules;

use super::*;
use crate::domain::id::{CountingIds, IdSource};
use crate::domain::model::{CountRule, Cycle, KeyResult, KrKind};
use chrono::{NaiveDate, TimeZone, Utc};

pub(super) fn kr(
    ids: &mut CountingIds,
    title: &str,
    kind: KrKind,
    baseline: Option<f64>,
    target: Option<f64>,
    unit: &str,
) -> KeyResult {
    KeyResult {
        id: ids.next_id(),
        title: title.into(),
        kind,
        baseline,
        target,
        unit: unit.into(),
        check_ins: Vec::new(),
    }
}

pub(super) fn set_with(objectives: Vec<Objective>) -> OkrSet {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let mut set = OkrSet::new(
        Id::new("s"),
        "Pilote",
        "",
        Cycle::quarter_from(start),
        Utc.timestamp_opt(0, 0).unwrap(),
    );
    set.objectives = objectives;
    set
}

pub(super) fn objective(
    ids: &mut CountingIds,
    title: &str,
    key_results: Vec<KeyResult>,
) -> Objective {
    Objective {
        title: title.into(),
        key_results,
        ..Objective::new(ids.next_id())
    }
}

pub(super) fn rules_on(set: &OkrSet) -> Vec<Rule> {
    review(set, Lang::Fr).into_iter().map(|f| f.rule).collect()
}

pub(super) fn good_kr(ids: &mut CountingIds) -> KeyResult {
    kr(
        ids,
        "Délai moyen de livraison des commandes critiques",
        KrKind::Decrease,
        Some(48.0),
        Some(24.0),
        "h",
    )
}

/// The rules that fire on one key result titled `title`, alone under an objective titled
/// `objective_title`, read with `lang` as the UI's language.
pub(super) fn rules_on_title(title: &str, objective_title: &str, lang: Lang) -> Vec<Rule> {
    let mut ids = CountingIds::default();
    let k = kr(&mut ids, title, KrKind::Milestone, None, None, "");
    let set = set_with(vec![objective(&mut ids, objective_title, vec![k])]);
    review(&set, lang).into_iter().map(|f| f.rule).collect()
}

/// Whether `title` reads as a task, whatever the UI's language, under an objective that
/// does not tell the language either.
pub(super) fn task_in_any_ui(title: &str) -> [bool; 2] {
    Lang::ALL.map(|lang| rules_on_title(title, "", lang).contains(&Rule::KrStartsWithTaskVerb))
}
