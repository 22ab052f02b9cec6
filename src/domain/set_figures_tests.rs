//! The one rule every output reads: a reference objective's figure is its rollup, never
//! its own key results, which carry no progress and no status; a team set is unchanged.
use super::*;
use crate::domain::model::Confidence;
use crate::domain::model::{CheckIn, OkrSet};
use crate::domain::progress::objective_status;
use crate::domain::rollup::{from_summaries, overall, rollups_as_of};
use crate::domain::summary::SetSummary;
use crate::domain::test_support::direction_2027;
use proptest::prelude::*;

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

#[test]
fn a_served_reference_objective_reads_its_rollup_and_is_never_unfollowed() {
    let (direction, sets, today) = direction_2027();
    // Its own signal has had no check-in for three months: alone, it reads as unfollowed.
    assert_eq!(
        objective_status(&direction.objectives[0], direction.cycle, today),
        Status::NotFollowed
    );
    let figures = SetFigures::of(&direction, &sets, today);
    let progress: Vec<Option<i64>> = figures
        .objectives
        .iter()
        .map(|o| o.progress().map(crate::domain::progress::percent))
        .collect();
    assert_eq!(progress, [Some(31), Some(45)]);
    for (i, o) in figures.objectives.iter().enumerate() {
        assert_eq!(o.status(), None, "objective {i} has no status of its own");
        assert!(o.rollup().is_some_and(|r| r.measured == 1));
        let kr = &direction.objectives[i].key_results[0];
        assert_eq!(
            figures.key_result(i, kr),
            None,
            "its signal is not a measure"
        );
    }
    assert_eq!(
        figures.progress.map(crate::domain::progress::percent),
        Some(38)
    );
    assert_eq!(figures.as_of, Some(date(11, 29)));
    assert!(figures.dated);
    assert_eq!(figures.rollups().len(), 2);
}

#[test]
fn a_team_set_reads_its_own_key_results() {
    let (_, sets, today) = direction_2027();
    let support = &sets[1];
    let figures = SetFigures::of(support, &sets, today);
    let o = figures.objective(0).unwrap();
    assert_eq!(o.rollup(), None);
    assert_eq!(o.progress(), Some(0.31));
    assert!(o.status().is_some());
    let kr = figures.key_result(0, &support.objectives[0].key_results[0]);
    assert_eq!(kr.map(|k| k.progress), Some(Some(0.31)));
    assert!(kr.is_some_and(|k| k.status.is_some()));
    assert_eq!(figures.as_of, Some(date(11, 29)));
    // A draft has figures but no statuses.
    let mut draft = support.clone();
    draft.launch = None;
    let figures = SetFigures::of(&draft, &sets, today);
    assert!(!figures.dated);
    assert_eq!(figures.objective(0).unwrap().status(), None);
}

#[test]
fn a_set_closed_early_keeps_the_statuses_of_its_closing_day() {
    let (_, sets, today) = direction_2027();
    // A cycle to the year's end, closed on `today`, three weeks before it.
    let mut open = sets[1].clone();
    open.cycle.end = date(12, 31);
    let open = &open;
    let mut closed = open.clone();
    closed.closed = Some(chrono::DateTime::from_naive_utc_and_offset(
        today.and_hms_opt(17, 0, 0).unwrap(),
        chrono::Utc,
    ));
    let statuses = |set: &OkrSet, day| {
        let figures = SetFigures::of(set, &sets, day);
        let kr = &set.objectives[0].key_results[0];
        (
            figures.objective(0).unwrap().status(),
            figures.key_result(0, kr).unwrap().status,
        )
    };
    let on_closing = statuses(&closed, today);
    assert_eq!(on_closing, statuses(open, today));
    assert_ne!(on_closing.1, Some(Status::NotFollowed));
    // A month later an open set left alone is not followed; one closed that day could not
    // be checked in since, and reads as it closed.
    let later = today + chrono::Days::new(20);
    assert_eq!(statuses(open, later).1, Some(Status::NotFollowed));
    assert_eq!(statuses(&closed, later), on_closing);
}

#[test]
fn a_reference_objective_nobody_serves_says_so() {
    let (direction, _, today) = direction_2027();
    let figures = SetFigures::of(&direction, &[], today);
    assert!(figures
        .objectives
        .iter()
        .all(|o| o.rollup().is_some_and(Rollup::nobody) && o.status().is_none()));
    assert_eq!(figures.progress, None);
    assert_eq!(figures.as_of, None);
    assert!(
        figures.dated,
        "a reference set still says it has no figure yet"
    );
}

/// The home card rolls up from summaries; every other output from these figures: they agree.
#[test]
fn the_home_card_and_every_other_output_agree() {
    let (direction, sets, today) = direction_2027();
    let summaries: Vec<SetSummary> = sets.iter().map(SetSummary::of).collect();
    let card = from_summaries(&summaries[0], &summaries);
    let figures = SetFigures::of(&direction, &sets, today);
    assert_eq!(figures.rollups(), card);
    assert_eq!(figures.progress, overall(&card));
    assert_eq!(figures.as_of, rollups_as_of(&card));
}

/// The home card flags a set late for a check-in; a reference set expects none of its
/// own, so it is never late for want of check-ins on its signals.
#[test]
fn a_reference_set_is_never_late_for_a_check_in() {
    let (direction, _, _) = direction_2027();
    assert_eq!(SetSummary::of(&direction).check_in_due, None);
    let mut team = direction.clone();
    team.reference = false;
    assert_eq!(
        SetSummary::of(&team).check_in_due,
        Some(date(9, 8)),
        "a team set with no check-in is due a week after its launch"
    );
}

proptest! {
    /// Whatever is noted on a reference objective's own key results, its figures, the
    /// set's and their date stay the teams'.
    #[test]
    fn a_reference_set_s_own_check_ins_change_none_of_its_figures(
        noted in prop::collection::vec((0usize..2, 1u32..120, -50.0f64..150.0), 0..6),
    ) {
        let (mut direction, sets, today) = direction_2027();
        let before = SetFigures::of(&direction, &sets, today);
        for (n, (objective, days, value)) in noted.into_iter().enumerate() {
            direction.objectives[objective].key_results[0].check_ins.push(CheckIn {
                id: crate::domain::id::Id::new(format!("own-{n}")),
                date: date(9, 1) + chrono::Days::new(u64::from(days)),
                value,
                confidence: Confidence::Struggling,
                note: String::new(),
            });
        }
        prop_assert_eq!(SetFigures::of(&direction, &sets, today), before);
    }
}
