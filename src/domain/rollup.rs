//! Progress that rolls up: a reference objective's progress is the mean of the progress of
//! the team objectives that serve it, and every figure says the date it is as of.
//!
//! The rules, decided once here and said in the help text:
//! - **Several links.** A team objective that serves several reference objectives counts
//!   fully in each. A link says "this work moves that objective"; splitting its weight
//!   would make a team's figure shrink for serving more, and make one reference
//!   objective's figure depend on links to others, which nobody reading it can see.
//! - **Which sets.** Every team set in this browser whose cycle overlaps the reference
//!   set's cycle (a quarter inside a year counts), open or closed: a closed set counts with
//!   its figures as they stood at its close, which is what that work did. A set whose cycle
//!   lies wholly outside (a link carried into the next year) is listed, not counted.
//! - **Not started.** A team objective with no check-in yet is "not started": it is left
//!   out of the mean (counting it as 0 would read as a failure of work not begun) and
//!   counted apart, so the figure says "2 measured, 1 not started".
//! - **As of.** A rolled-up figure is as of the latest check-in it includes.

use super::alignment::Served;
use super::id::Id;
use super::model::{Cycle, Objective, OkrSet};
use super::progress::objective_progress;
use super::summary::SetSummary;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the rollup needs of one team objective that serves a reference objective.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Contributor {
    /// The team set's cycle.
    pub cycle: Cycle,
    /// Its progress; `None` while not started (no check-in yet).
    pub progress: Option<f64>,
    /// Its latest check-in.
    pub as_of: Option<NaiveDate>,
}

impl Contributor {
    pub fn of(set: &OkrSet, objective: &Objective) -> Contributor {
        let as_of = latest_check_in(objective);
        Contributor {
            cycle: set.cycle,
            progress: as_of.and_then(|_| objective_progress(objective)),
            as_of,
        }
    }
}

/// The date of an objective's latest check-in, whichever key result it is on.
pub fn latest_check_in(objective: &Objective) -> Option<NaiveDate> {
    objective
        .key_results
        .iter()
        .filter_map(|kr| kr.last_check_in().map(|c| c.date))
        .max()
}

/// The date a set's own figures are as of: its latest check-in.
pub fn set_as_of(set: &OkrSet) -> Option<NaiveDate> {
    set.objectives.iter().filter_map(latest_check_in).max()
}

/// Whether two cycles share at least one day.
pub fn overlaps(a: Cycle, b: Cycle) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// One reference objective's rolled-up progress.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rollup {
    /// Team objectives that serve it, counted or not; 0: nobody serves it.
    pub contributors: usize,
    /// Those counted in the mean: measured, in an overlapping cycle.
    pub measured: usize,
    /// Those in an overlapping cycle with no check-in yet.
    pub not_started: usize,
    /// Those whose cycle lies outside the reference set's.
    pub other_cycles: usize,
    /// The mean of the measured ones; `None` until one is measured.
    pub progress: Option<f64>,
    /// The latest check-in the mean includes.
    pub as_of: Option<NaiveDate>,
}

impl Rollup {
    pub fn nobody(&self) -> bool {
        self.contributors == 0
    }
}

/// The rollup of one reference objective of a set over `reference` cycle.
pub fn roll_up(reference: Cycle, contributors: impl IntoIterator<Item = Contributor>) -> Rollup {
    let mut out = Rollup::default();
    let mut sum = 0.0;
    for c in contributors {
        out.contributors += 1;
        if !overlaps(c.cycle, reference) {
            out.other_cycles += 1;
            continue;
        }
        match c.progress {
            Some(p) => {
                out.measured += 1;
                sum += p;
                out.as_of = out.as_of.max(c.as_of);
            }
            None => out.not_started += 1,
        }
    }
    out.progress = (out.measured > 0).then(|| sum / out.measured as f64);
    out
}

/// The rollup of one reference objective as the alignment lists its contributors.
pub fn of_served(reference: &OkrSet, served: &Served) -> Rollup {
    roll_up(
        reference.cycle,
        served
            .contributors
            .iter()
            .map(|(set, o)| Contributor::of(set, o)),
    )
}

/// Each objective of `reference`, rolled up from the team sets among `sets`; none for a
/// set that is not a reference set (its objectives show their own progress).
pub fn reference_rollups(reference: &OkrSet, sets: &[OkrSet]) -> Vec<Rollup> {
    if !reference.reference {
        return Vec::new();
    }
    reference
        .objectives
        .iter()
        .map(|r| objective_rollup(&reference.id, reference.cycle, &r.id, sets))
        .collect()
}

/// One objective of the reference set `reference` (on `cycle`), rolled up from the team
/// sets among `sets` that serve it: what an editor shows of one objective, without the
/// whole set.
pub fn objective_rollup(reference: &Id, cycle: Cycle, objective: &Id, sets: &[OkrSet]) -> Rollup {
    roll_up(
        cycle,
        sets.iter()
            .filter(|s| s.id != *reference)
            .flat_map(|s| s.objectives.iter().map(move |o| (s, o)))
            .filter(|(_, o)| o.serves(reference, objective))
            .map(|(s, o)| Contributor::of(s, o)),
    )
}

/// The reference set's figure as a whole: the mean of its measured objectives' rollups.
pub fn overall(rollups: &[Rollup]) -> Option<f64> {
    let measured: Vec<f64> = rollups.iter().filter_map(|r| r.progress).collect();
    (!measured.is_empty()).then(|| measured.iter().sum::<f64>() / measured.len() as f64)
}

/// The latest check-in any of the rollups includes.
pub fn rollups_as_of(rollups: &[Rollup]) -> Option<NaiveDate> {
    rollups.iter().filter_map(|r| r.as_of).max()
}

/// What a team set's summary keeps of one link, so the home page rolls a reference set up
/// from summaries, without reading whole sets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkFigure {
    #[serde(rename = "set")]
    pub set: Id,
    #[serde(rename = "objective")]
    pub objective: Id,
    #[serde(rename = "progress", default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
    #[serde(rename = "as_of", default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
}

/// Every link of a set's objectives, with the figures the rollup needs.
pub fn link_figures(set: &OkrSet) -> Vec<LinkFigure> {
    set.objectives
        .iter()
        .flat_map(|o| {
            let c = Contributor::of(set, o);
            // A link named twice (a hand-edited file) still counts once.
            let links = &o.contributes_to;
            links
                .iter()
                .enumerate()
                .filter(|(i, l)| {
                    !links[..*i]
                        .iter()
                        .any(|e| e.set == l.set && e.objective == l.objective)
                })
                .map(move |(_, link)| LinkFigure {
                    set: link.set.clone(),
                    objective: link.objective.clone(),
                    progress: c.progress,
                    as_of: c.as_of,
                })
        })
        .collect()
}

/// A reference set's rollups from the summaries of every set (the home card).
pub fn from_summaries(reference: &SetSummary, all: &[SetSummary]) -> Vec<Rollup> {
    reference
        .reference_objectives
        .iter()
        .map(|objective| {
            roll_up(
                reference.cycle,
                all.iter()
                    .filter(|s| s.id != reference.id)
                    .flat_map(|s| s.links.iter().map(move |l| (s, l)))
                    .filter(|(_, l)| l.set == reference.id && &l.objective == objective)
                    .map(|(s, l)| Contributor {
                        cycle: s.cycle,
                        progress: l.progress,
                        as_of: l.as_of,
                    }),
            )
        })
        .collect()
}

#[cfg(test)]
#[path = "rollup_tests.rs"]
mod tests;
