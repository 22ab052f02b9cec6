//! A follow-up meeting keeps the figures of its day: when it is saved, each measured key
//! result's latest value and progress on the meeting's date are noted in it, so a past
//! meeting reads as it was after later check-ins, or a changed target.
//!
//! A meeting saved before figures were noted has none: its figures are worked out from
//! the check-ins dated up to its day (with today's baselines and targets), and shown as
//! such, rather than showing nothing.
//!
//! Figures name key results by id. A key result removed since keeps its figures in the
//! file (the meeting is history) but is not shown; a copy of the set renames them.

use super::id::Id;
use super::model::{KeyResult, Meeting, Objective, OkrSet};
use super::progress::{value_progress, PROGRESS_BOUND};
use super::validate::{
    check_count, check_date, check_id, check_number, Problem, MAX_KEY_RESULTS, MAX_OBJECTIVES,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One key result as it stood on a meeting's day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KrFigure {
    #[serde(rename = "key_result")]
    pub key_result: Id,
    /// The latest value measured on or before the meeting's day.
    #[serde(rename = "value")]
    pub value: f64,
    /// When that value was measured.
    #[serde(rename = "measured")]
    pub measured: NaiveDate,
    /// Its progress then; absent when there was no baseline or target to read it against.
    #[serde(rename = "progress", default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
}

/// A key result's latest check-in on or before `day`, read against its current plan.
fn figure_on(kr: &KeyResult, day: NaiveDate) -> Option<KrFigure> {
    let last = kr
        .check_ins
        .iter()
        .filter(|c| c.date <= day)
        .max_by_key(|c| c.date)?;
    Some(KrFigure {
        key_result: kr.id.clone(),
        value: last.value,
        measured: last.date,
        progress: value_progress(kr, last.value),
    })
}

/// The figures of every key result measured by `day`, in the set's order: what a meeting
/// held that day notes when it is saved.
pub fn figures_on(objectives: &[Objective], day: NaiveDate) -> Vec<KrFigure> {
    objectives
        .iter()
        .flat_map(|o| o.key_results.iter())
        .filter_map(|kr| figure_on(kr, day))
        .collect()
}

/// The figures a past meeting shows, and whether they were noted at the time (else worked
/// out from the check-ins up to its day).
pub fn shown(set: &OkrSet, meeting: &Meeting) -> (Vec<KrFigure>, bool) {
    match &meeting.figures {
        Some(noted) => (noted.clone(), true),
        None => (figures_on(&set.objectives, meeting.date), false),
    }
}

/// At most one figure per key result a set may hold.
pub const MAX_FIGURES: usize = MAX_OBJECTIVES * MAX_KEY_RESULTS;

/// A file's meeting figures: bounded, sound ids, one per key result, finite numbers in
/// range, dates a set may hold. The key results need not exist any more.
pub fn check(figures: Option<&[KrFigure]>) -> Result<(), Problem> {
    let Some(figures) = figures else {
        return Ok(());
    };
    check_count(figures.len(), MAX_FIGURES)?;
    // One figure per key result: the ids need only be sound and distinct here.
    let mut seen = BTreeSet::new();
    for f in figures {
        check_id(&f.key_result, &mut seen)?;
        check_number(f.value)?;
        if f.progress
            .is_some_and(|p| !p.is_finite() || p.abs() > PROGRESS_BOUND)
        {
            return Err(Problem::NumberOutOfRange);
        }
        check_date(f.measured)?;
    }
    Ok(())
}

/// Key results renamed (a copy of the set): the figures follow their new ids.
pub fn follow_renamed(meetings: &mut [Meeting], renamed: &[(Id, Id)]) {
    let figures = meetings
        .iter_mut()
        .filter_map(|m| m.figures.as_mut())
        .flatten();
    for figure in figures {
        if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == figure.key_result) {
            figure.key_result = new.clone();
        }
    }
}

#[cfg(test)]
#[path = "meeting_figures_tests.rs"]
mod tests;
