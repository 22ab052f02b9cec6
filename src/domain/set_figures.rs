//! The figures a set shows, decided once for every output that shows them: the summary
//! in a mail or on the clipboard, the slides, the print sheet, the overview, the CSV
//! export. Each reads its percentages, statuses and "as of" date from here, so a
//! reference set cannot say 38 % in one place and "no figures yet" in another.
//!
//! **What a reference objective's own key results mean.** A reference objective is
//! measured by the team objectives that serve it (`rollup`). Its own key results say what
//! reaching it would look like (the signals the direction watches for); they are not its
//! measure. So they carry no progress and no status of their own, and a reference
//! objective is never "not followed" or late because nobody checks in on them: the teams
//! check in on theirs. This holds whether a team serves it yet or not, so a link made
//! tomorrow does not change what its figure means; one nobody serves says so
//! (`Rollup::nobody`) instead of showing a figure. A latest value noted on such a key
//! result is still shown as what it is, a value, never as progress.
//!
//! A team set's objectives are measured by their own key results, as before.

use super::model::{Cycle, KeyResult, OkrSet};
use super::progress::{
    key_result_progress, key_result_status, objective_progress, objective_status, set_progress,
    status_day, Status,
};
use super::rollup::{overall, reference_rollups, rollups_as_of, set_as_of, Rollup};
use chrono::NaiveDate;

/// One objective's figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ObjectiveFigure {
    /// A team objective: the mean of its key results; a status once its set is launched.
    Own {
        progress: Option<f64>,
        status: Option<Status>,
    },
    /// A reference objective: rolled up from the team objectives that serve it.
    RolledUp(Rollup),
}

impl ObjectiveFigure {
    pub fn progress(&self) -> Option<f64> {
        match self {
            ObjectiveFigure::Own { progress, .. } => *progress,
            ObjectiveFigure::RolledUp(r) => r.progress,
        }
    }

    /// The status a badge shows; none for a reference objective (its words say the rest).
    pub fn status(&self) -> Option<Status> {
        match self {
            ObjectiveFigure::Own { status, .. } => *status,
            ObjectiveFigure::RolledUp(_) => None,
        }
    }

    pub fn rollup(&self) -> Option<&Rollup> {
        match self {
            ObjectiveFigure::RolledUp(r) => Some(r),
            ObjectiveFigure::Own { .. } => None,
        }
    }
}

/// A key result's own figures, when it is a measure (a team objective's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyResultFigure {
    pub progress: Option<f64>,
    /// Once the set is launched.
    pub status: Option<Status>,
}

/// Every figure a set shows, by objective, and the set's as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct SetFigures {
    /// One per objective, in the set's order.
    pub objectives: Vec<ObjectiveFigure>,
    /// The set's figure: a team set's mean of its objectives, a reference set's mean of its
    /// measured rollups.
    pub progress: Option<f64>,
    /// The latest check-in these figures include.
    pub as_of: Option<NaiveDate>,
    /// Whether the set has figures to speak of (launched, or a reference set, which rolls
    /// up launched or not): then "as of" is said, or that there is no figure yet.
    pub dated: bool,
    cycle: Cycle,
    today: NaiveDate,
    launched: bool,
}

impl SetFigures {
    /// The figures of `set` on `today`; a reference set rolls up from the team sets among
    /// `others` (a team set reads none of them).
    pub fn of(set: &OkrSet, others: &[OkrSet], today: NaiveDate) -> SetFigures {
        SetFigures::with_rollups(set, reference_rollups(set, others), today)
    }

    /// The figures of `set` with its rollups already made (one per objective of a
    /// reference set, none for a team set).
    pub fn with_rollups(set: &OkrSet, rollups: Vec<Rollup>, today: NaiveDate) -> SetFigures {
        let day = status_day(set, today);
        let launched = day.is_some();
        let today = day.unwrap_or(today);
        let (objectives, progress, as_of) = if set.reference {
            let mut rollups = rollups;
            rollups.resize(set.objectives.len(), Rollup::default());
            (
                rollups
                    .iter()
                    .copied()
                    .map(ObjectiveFigure::RolledUp)
                    .collect(),
                overall(&rollups),
                rollups_as_of(&rollups),
            )
        } else {
            let objectives = set
                .objectives
                .iter()
                .map(|o| ObjectiveFigure::Own {
                    progress: objective_progress(o),
                    status: launched.then(|| objective_status(o, set.cycle, today)),
                })
                .collect();
            (objectives, set_progress(set), set_as_of(set))
        };
        SetFigures {
            objectives,
            progress,
            as_of,
            dated: launched || set.reference,
            cycle: set.cycle,
            today,
            launched,
        }
    }

    pub fn objective(&self, objective: usize) -> Option<&ObjectiveFigure> {
        self.objectives.get(objective)
    }

    /// The rollup of a reference objective; none for a team objective.
    pub fn rollup(&self, objective: usize) -> Option<&Rollup> {
        self.objective(objective).and_then(ObjectiveFigure::rollup)
    }

    /// Every objective's rollup (a reference set's; empty for a team set).
    pub fn rollups(&self) -> Vec<Rollup> {
        self.objectives
            .iter()
            .filter_map(ObjectiveFigure::rollup)
            .copied()
            .collect()
    }

    /// The figures of a key result of the `objective`th objective; none when its objective
    /// is a reference objective (its key results are not its measure, see above).
    pub fn key_result(&self, objective: usize, kr: &KeyResult) -> Option<KeyResultFigure> {
        match self.objective(objective)? {
            ObjectiveFigure::RolledUp(_) => None,
            ObjectiveFigure::Own { .. } => Some(KeyResultFigure {
                progress: key_result_progress(kr),
                status: self
                    .launched
                    .then(|| key_result_status(kr, self.cycle, self.today)),
            }),
        }
    }
}

#[cfg(test)]
#[path = "set_figures_tests.rs"]
mod tests;
