//! The rollup: the mean of the team objectives that serve a reference objective, with the
//! rules of `rollup` (several links, which cycles, not started), and the home card's
//! rollup from summaries agreeing with the overview's from whole sets.
use super::*;
use crate::domain::alignment::alignment;
use crate::domain::model::{CheckIn, Confidence, Contribution, KeyResult, KrKind};
use chrono::{DateTime, Utc};
use proptest::prelude::*;

fn day(d: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(d)
}

fn new_set(id: &str, cycle: Cycle) -> OkrSet {
    OkrSet::new(
        Id::new(id),
        id,
        "",
        cycle,
        DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
    )
}

fn year() -> Cycle {
    Cycle {
        start: day(0),
        end: day(364),
    }
}

fn reference(objectives: usize) -> OkrSet {
    let mut r = new_set("dir", year());
    r.reference = true;
    r.objectives = (0..objectives)
        .map(|i| Objective::new(Id::new(format!("r{i}"))))
        .collect();
    r
}

fn link(objective: usize) -> Contribution {
    Contribution {
        set: Id::new("dir"),
        objective: Id::new(format!("r{objective}")),
        set_name: "Direction".into(),
        objective_title: "Cap".into(),
    }
}

/// A team objective 0 → 100 measured at `value` on `date` (none: not started), serving `serves`.
fn team_objective(id: &str, measured: Option<(f64, u64)>, serves: &[usize]) -> Objective {
    let kr = KeyResult {
        kind: KrKind::Increase,
        baseline: Some(0.0),
        target: Some(100.0),
        check_ins: measured
            .map(|(value, d)| CheckIn {
                id: Id::new(format!("c-{id}")),
                date: day(d),
                value,
                confidence: Confidence::Confident,
                note: String::new(),
            })
            .into_iter()
            .collect(),
        ..KeyResult::new(Id::new(format!("k-{id}")))
    };
    Objective {
        key_results: vec![kr],
        contributes_to: serves.iter().copied().map(link).collect(),
        ..Objective::new(Id::new(id))
    }
}

fn team(id: &str, cycle: Cycle, objectives: Vec<Objective>) -> OkrSet {
    let mut s = new_set(id, cycle);
    s.objectives = objectives;
    s
}

/// Quarters 100 days apart: the fifth (q = 4) starts after the reference year.
fn quarter(q: u64) -> Cycle {
    Cycle::quarter_from(day(q * 100))
}

#[test]
fn a_reference_objective_is_the_mean_of_those_that_serve_it() {
    let sets = vec![
        reference(3),
        // Serves r0 and r1: counts fully in each.
        team(
            "support",
            quarter(0),
            vec![team_objective("a", Some((50.0, 20)), &[0, 1])],
        ),
        team(
            "logistique",
            quarter(1),
            vec![
                team_objective("b", Some((30.0, 100)), &[0]),
                // Not started: left out of the mean, counted apart.
                team_objective("c", None, &[0]),
            ],
        ),
        // Next year: listed, not counted.
        team(
            "plus-tard",
            Cycle::quarter_from(day(400)),
            vec![team_objective("d", Some((90.0, 410)), &[0])],
        ),
    ];
    let rollups = reference_rollups(&sets[0], &sets);
    assert_eq!(
        Rollup {
            progress: None,
            ..rollups[0]
        },
        Rollup {
            contributors: 4,
            measured: 2,
            not_started: 1,
            other_cycles: 1,
            progress: None,
            as_of: Some(day(100)),
        }
    );
    assert!((rollups[0].progress.unwrap() - 0.4).abs() < 1e-12);
    assert_eq!(
        rollups[1].progress,
        Some(0.5),
        "a link to two counts in both"
    );
    assert_eq!(rollups[1].as_of, Some(day(20)));
    assert!(rollups[2].nobody());
    assert!(
        reference_rollups(&sets[1], &sets).is_empty(),
        "a team set's objectives are not rolled up"
    );
    assert_eq!(rollups[2].progress, None);
    assert!((overall(&rollups).unwrap() - 0.45).abs() < 1e-12);
    assert_eq!(rollups_as_of(&rollups), Some(day(100)));
}

#[test]
fn served_but_not_started_is_not_nobody_and_not_zero() {
    let sets = vec![
        reference(1),
        team("t", quarter(0), vec![team_objective("a", None, &[0])]),
    ];
    let r = reference_rollups(&sets[0], &sets)[0];
    assert!(!r.nobody());
    assert_eq!((r.not_started, r.progress, r.as_of), (1, None, None));
    assert_eq!(overall(&[r]), None);
}

#[test]
fn a_closed_set_counts_with_its_figures_at_close() {
    let mut closed = team(
        "t",
        quarter(0),
        vec![team_objective("a", Some((80.0, 60)), &[0])],
    );
    closed.closed = Some(DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap());
    let sets = vec![reference(1), closed];
    assert_eq!(reference_rollups(&sets[0], &sets)[0].progress, Some(0.8));
}

#[test]
fn a_contributor_reads_as_its_own_team_reads_it() {
    // Two key results, one measured: the team's own figure counts the other as 0.
    let mut o = team_objective("a", Some((60.0, 10)), &[0]);
    o.key_results.push(KeyResult::new(Id::new("k-other")));
    let set = team("t", quarter(0), vec![o.clone()]);
    let c = Contributor::of(&set, &o);
    assert_eq!(c.progress, objective_progress(&o));
    assert_eq!(c.progress, Some(0.3));
    assert_eq!(c.as_of, Some(day(10)));
}

#[test]
fn the_alignment_and_the_sets_give_one_rollup() {
    let sets = vec![
        reference(2),
        team(
            "t",
            quarter(0),
            vec![team_objective("a", Some((40.0, 5)), &[0])],
        ),
    ];
    let map = alignment(&sets);
    let (r, served) = &map[0];
    let via_alignment: Vec<Rollup> = served.iter().map(|s| of_served(r, s)).collect();
    assert_eq!(via_alignment, reference_rollups(&sets[0], &sets));
}

#[test]
fn a_link_named_twice_counts_once_on_the_home_card() {
    let mut o = team_objective("a", Some((40.0, 5)), &[0]);
    o.contributes_to.push(link(0));
    let sets = [reference(1), team("t", quarter(0), vec![o])];
    let summaries: Vec<SetSummary> = sets.iter().map(SetSummary::of).collect();
    assert_eq!(summaries[1].links.len(), 1);
    assert_eq!(from_summaries(&summaries[0], &summaries)[0].contributors, 1);
}

#[test]
fn a_team_set_s_figures_are_as_of_its_latest_check_in() {
    let set = team(
        "t",
        quarter(0),
        vec![
            team_objective("a", Some((40.0, 5)), &[]),
            team_objective("b", Some((40.0, 30)), &[]),
            team_objective("c", None, &[]),
        ],
    );
    assert_eq!(set_as_of(&set), Some(day(30)));
    assert_eq!(set_as_of(&team("e", quarter(0), Vec::new())), None);
}

/// Random sets around one reference set of three objectives: each team objective
/// measured or not, in one of five quarters (the last after the year), serving any
/// subset of the reference objectives.
fn workspace() -> impl Strategy<Value = Vec<OkrSet>> {
    let objective = (
        proptest::option::of((-50.0..150.0f64, 0u64..360)),
        proptest::collection::vec(0usize..3, 0..3),
    );
    let set = (0u64..5, proptest::collection::vec(objective, 0..4));
    proptest::collection::vec(set, 0..5).prop_map(|teams| {
        let mut sets = vec![reference(3)];
        for (t, (q, objectives)) in teams.into_iter().enumerate() {
            let objectives = objectives
                .into_iter()
                .enumerate()
                .map(|(i, (measured, mut serves))| {
                    serves.sort_unstable();
                    serves.dedup();
                    team_objective(&format!("t{t}o{i}"), measured, &serves)
                })
                .collect();
            sets.push(team(&format!("t{t}"), quarter(q), objectives));
        }
        sets
    })
}

proptest! {
    #[test]
    fn the_home_card_rolls_up_as_the_overview_does(sets in workspace()) {
        let summaries: Vec<SetSummary> = sets.iter().map(SetSummary::of).collect();
        prop_assert_eq!(from_summaries(&summaries[0], &summaries), reference_rollups(&sets[0], &sets));
    }

    #[test]
    fn a_rollup_is_a_mean_that_counts_everyone_once(sets in workspace()) {
        for (i, r) in reference_rollups(&sets[0], &sets).iter().enumerate() {
            prop_assert_eq!(r.measured + r.not_started + r.other_cycles, r.contributors);
            let counted: Vec<f64> = sets[1..]
                .iter()
                .flat_map(|s| s.objectives.iter().map(move |o| (s, o)))
                .filter(|(s, o)| o.serves(&sets[0].id, &sets[0].objectives[i].id) && overlaps(s.cycle, year()))
                .filter_map(|(s, o)| Contributor::of(s, o).progress)
                .collect();
            prop_assert_eq!(counted.len(), r.measured);
            match r.progress {
                None => prop_assert!(counted.is_empty()),
                Some(p) => {
                    let lo = counted.iter().copied().fold(f64::INFINITY, f64::min);
                    let hi = counted.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    prop_assert!(lo - 1e-9 <= p && p <= hi + 1e-9, "{} outside {}..{}", p, lo, hi);
                }
            }
        }
    }

    #[test]
    fn order_and_unstarted_work_do_not_move_the_figure(sets in workspace()) {
        let before = reference_rollups(&sets[0], &sets);
        let mut more = sets.clone();
        more[1..].reverse();
        more.push(team("late", quarter(0), vec![team_objective("late-o", None, &[0, 1, 2])]));
        let after = reference_rollups(&more[0], &more);
        for (b, a) in before.iter().zip(&after) {
            prop_assert_eq!(a.not_started, b.not_started + 1);
            prop_assert_eq!(a.measured, b.measured);
            prop_assert_eq!(a.as_of, b.as_of);
            match (a.progress, b.progress) {
                (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9),
                (x, y) => prop_assert_eq!(x, y),
            }
        }
    }
}
