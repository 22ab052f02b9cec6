//! A set's figures in its CSV read as the screens show them: a draft, which has no
//! check-in due, has no status, latest value or progress; a closed set's status stands as
//! it was the day it was closed; a launched set's is read on the day of the export.

use super::table::read_table;
use super::tests::{launch, objective, set_with, Labels};
use super::write::key_results_csv;
use crate::domain::id::Id;
use crate::domain::model::{KeyResult, KrKind, OkrSet};
use crate::domain::progress::{key_result_status, Status};
use crate::domain::test_support::{check_in, day};
use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

/// Where the last three columns (latest value, progress, status) are, without a set column.
const LATEST: usize = 6;

/// Each key result's (latest value, progress, status) cells, as a spreadsheet reads them.
fn figures(set: &OkrSet, today: NaiveDate, with_set: bool) -> Vec<[String; 3]> {
    let alone = crate::domain::set_figures::SetFigures::of(set, &[], today);
    let text = key_results_csv(&[(set, &alone)], &Labels, today, with_set);
    let table = read_table(&text).unwrap();
    let at = LATEST + usize::from(with_set);
    (1..table.rows.len())
        .map(|row| [0, 1, 2].map(|i| table.cell(row, at + i).to_owned()))
        .collect()
}

fn key_result(id: &str, check_ins: &[(u32, f64)]) -> KeyResult {
    KeyResult {
        title: format!("Délai {id}"),
        kind: KrKind::Decrease,
        baseline: Some(48.0),
        target: Some(24.0),
        unit: "h".into(),
        check_ins: check_ins
            .iter()
            .enumerate()
            .map(|(i, (d, v))| check_in(&format!("{id}-{i}"), *d, *v))
            .collect(),
        ..KeyResult::new(Id::new(id))
    }
}

fn two_key_results() -> OkrSet {
    set_with(vec![objective(
        "o",
        "Livrer plus vite",
        vec![key_result("k1", &[]), key_result("k2", &[(3, 40.0)])],
    )])
}

/// Six weeks after the cycle's end.
fn later() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 15).unwrap()
}

#[test]
fn a_draft_says_nothing_of_a_follow_up_it_has_not_started() {
    let draft = two_key_results();
    let empty = [String::new(), String::new(), String::new()];
    // Long after the cycle started, in the set's file and in the workspace's.
    for with_set in [false, true] {
        assert_eq!(
            figures(&draft, later(), with_set),
            [empty.clone(), empty.clone()]
        );
    }
    // Once launched, the same rows carry the follow-up's figures and status.
    let mut launched = draft.clone();
    launch(&mut launched);
    let rows = figures(&launched, later(), false);
    assert_eq!(rows[0], ["", "", Status::NotFollowed.key()]);
    assert_eq!(rows[1][0], "40");
    assert_eq!(rows[1][1], "33");
    assert_eq!(rows[1][2], Status::NotFollowed.key());
}

#[test]
fn a_closed_set_reads_as_it_stood_the_day_it_was_closed() {
    let mut set = two_key_results();
    launch(&mut set);
    set.objectives[0].key_results[0]
        .check_ins
        .push(check_in("late", 10, 44.0));
    // Closed on the 12th: no check-in can be made after, so the weeks after are not
    // "not followed".
    set.closed = Some(Utc.with_ymd_and_hms(2027, 1, 12, 17, 0, 0).unwrap());
    let on_closing = figures(&set, day(12), false);
    assert_eq!(on_closing, figures(&set, day(30), false));
    assert_eq!(on_closing, figures(&set, later(), false));
    let kr = &set.objectives[0].key_results[0];
    assert_eq!(
        on_closing[0][2],
        key_result_status(kr, set.cycle, day(12)).key()
    );
    assert_ne!(
        key_result_status(kr, set.cycle, day(30)),
        key_result_status(kr, set.cycle, day(12)),
        "the day matters for this key result"
    );
    // Reopened, it is read on the day again.
    set.closed = None;
    assert_eq!(
        figures(&set, day(30), false)[0][2],
        Status::NotFollowed.key()
    );
}

proptest! {
    /// Whatever its check-ins, its cycle and the day of the export, a draft's rows leave
    /// the follow-up's cells empty, and a closed set's do not move after its closing day.
    #[test]
    fn drafts_are_empty_and_closed_sets_stand_still(
        check_ins in prop::collection::vec((1u32..=31, 0.0f64..60.0), 0..4),
        export in 1u32..=31,
        closed in 1u32..=31,
        later in 0u64..400,
    ) {
        let kr = key_result("k", &check_ins);
        let draft = set_with(vec![objective("o", "Servir", vec![kr])]);
        for row in figures(&draft, day(export), false) {
            prop_assert_eq!(row, [String::new(), String::new(), String::new()]);
        }
        let mut set = draft.clone();
        launch(&mut set);
        prop_assert!(figures(&set, day(export), false).iter().all(|r| !r[2].is_empty()));
        set.closed = Some(Utc.with_ymd_and_hms(2027, 1, closed, 12, 0, 0).unwrap());
        let after = day(closed) + chrono::Days::new(later);
        prop_assert_eq!(figures(&set, day(closed), false), figures(&set, after, false));
    }
}
