//! A rewrite coaching can offer for a key result that reads as a task: the same line
//! turned into a change to measure, "from … to …". The task stays, quoted as the means;
//! a blank says what to name (what must change); the kind becomes an increase or a
//! decrease, whichever the title's words point to; baseline and target are left empty
//! for the team to fill, since only the team knows its numbers.
//!
//! The words of the new title are the catalogue's, in the title's own language (a team
//! may write in English under a French UI): this module decides what the rewrite is,
//! `i18n::GuideWords::rewrite_title` words it.

use super::objectives::{key_result_titles, objective_language};
use super::task_words::reads_as_task;
use super::text::lower_initial;
use super::title_language::Title;
use crate::domain::id::Id;
use crate::domain::language::Lang;
use crate::domain::model::{KeyResult, KrKind, Objective, OkrSet};
use crate::domain::validate::MAX_TITLE_CHARS;
use crate::domain::visible::is_blank;

/// Words of a measure that a team wants lower: a title that names one becomes a
/// decrease ("Suivi des réclamations" → fewer complaints). Spelled plain.
const LOWER_IS_BETTER_FR: &[&str] = &[
    "delai",
    "delais",
    "attente",
    "attentes",
    "retard",
    "retards",
    "plainte",
    "plaintes",
    "reclamation",
    "reclamations",
    "erreur",
    "erreurs",
    "incident",
    "incidents",
    "cout",
    "couts",
    "panne",
    "pannes",
    "absenteisme",
    "accident",
    "accidents",
    "rupture",
    "ruptures",
    "litige",
    "litiges",
    "defaut",
    "defauts",
    "rebut",
    "rebuts",
    "perte",
    "pertes",
    "abandon",
    "abandons",
    "relance",
    "relances",
    "depense",
    "depenses",
];
const LOWER_IS_BETTER_EN: &[&str] = &[
    "delay",
    "delays",
    "wait",
    "waiting",
    "complaint",
    "complaints",
    "error",
    "errors",
    "incident",
    "incidents",
    "cost",
    "costs",
    "churn",
    "defect",
    "defects",
    "downtime",
    "backlog",
    "absenteeism",
    "accident",
    "accidents",
    "outage",
    "outages",
    "loss",
    "losses",
    "escalation",
    "escalations",
    "rework",
    "waste",
];

/// What coaching suggests for one task-like key result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewrite {
    /// The title's language: the new title is written in it.
    pub lang: Lang,
    /// Increase, or decrease when the title names something a team wants lower.
    pub kind: KrKind,
    /// The task as typed, to keep as the means ("mettre en place un outil de suivi").
    pub means: String,
}

/// The fields a rewrite changes, as they were or will be: undoing puts the old back.
#[derive(Clone, Debug, PartialEq)]
pub struct Wording {
    pub title: String,
    pub kind: KrKind,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub unit: String,
}

impl Wording {
    pub fn of(kr: &KeyResult) -> Wording {
        Wording {
            title: kr.title.clone(),
            kind: kr.kind,
            baseline: kr.baseline,
            target: kr.target,
            unit: kr.unit.clone(),
        }
    }

    fn put(self, kr: &mut KeyResult) {
        kr.title = self.title;
        kr.kind = self.kind;
        kr.baseline = self.baseline;
        kr.target = self.target;
        kr.unit = self.unit;
    }
}

impl Rewrite {
    /// The new title, from `write` (the catalogue of `self.lang`: a kind and the means, or
    /// none): with the means when that fits the file's limit on titles, else without.
    pub fn title(&self, write: impl Fn(KrKind, Option<&str>) -> String) -> String {
        let full = write(self.kind, Some(&self.means));
        if full.chars().count() <= MAX_TITLE_CHARS {
            full
        } else {
            write(self.kind, None)
        }
    }

    /// The key result once rewritten with `title`: the kind set, the numbers and unit
    /// left to fill (the task's were about effort, not about the change).
    pub fn wording(&self, title: String) -> Wording {
        Wording {
            title,
            kind: self.kind,
            baseline: None,
            target: None,
            unit: String::new(),
        }
    }
}

/// The rewrite for key result `id` of `objective`, when its title reads as a task (the
/// same reading as `Rule::KrStartsWithTaskVerb`, in the same language); `ui` is the
/// language read when neither the title nor its objective tell.
pub fn suggest_rewrite(objective: &Objective, id: &Id, ui: Lang) -> Option<Rewrite> {
    let kr = objective.key_results.iter().find(|kr| &kr.id == id)?;
    let fallback = objective_language(objective, &key_result_titles(objective), ui);
    let title = Title::read(&kr.title);
    let lang = title.signs.language().unwrap_or(fallback);
    if is_blank(&kr.title) || !reads_as_task(&title, lang) {
        return None;
    }
    let lower_is_better = match lang {
        Lang::Fr => LOWER_IS_BETTER_FR,
        Lang::En => LOWER_IS_BETTER_EN,
    };
    let decrease = title
        .words
        .iter()
        .any(|w| lower_is_better.contains(&w.as_str()));
    Some(Rewrite {
        lang,
        kind: if decrease {
            KrKind::Decrease
        } else {
            KrKind::Increase
        },
        means: lower_initial(kr.title.trim()),
    })
}

impl OkrSet {
    /// Gives key result `id` the fields of `wording`; hands back what they were, so the
    /// same call with that undoes it. `None` when there is no such key result.
    pub fn reword_key_result(&mut self, id: &Id, wording: Wording) -> Option<Wording> {
        let kr = self.key_result_mut(id)?;
        let before = Wording::of(kr);
        wording.put(kr);
        Some(before)
    }
}
