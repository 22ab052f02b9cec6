//! Where a key result is heading: a straight line fitted through its latest check-ins and
//! read at the cycle's end. It shows a drift before anyone says so; it is computed, never
//! stored, and never replaces the status the numbers and the team's confidence give.

use super::model::{Cycle, KeyResult, KrKind};
use super::order;
use super::progress::value_progress;
use chrono::NaiveDate;

/// How many of the latest check-ins the line goes through: enough to smooth one odd
/// week, few enough to follow a change of course.
pub const TREND_POINTS: usize = 6;

/// The progress a key result would reach at the end of the cycle if it kept the course of
/// its latest check-ins. `None` while there is nothing to project: a key result that is
/// not a from → to measure, fewer than two check-ins on different days, or a cycle over.
pub fn projected_progress(kr: &KeyResult, cycle: Cycle, today: NaiveDate) -> Option<f64> {
    if !matches!(kr.kind, KrKind::Increase | KrKind::Decrease) || today >= cycle.end {
        return None;
    }
    let mut points: Vec<(NaiveDate, f64)> =
        kr.check_ins.iter().map(|c| (c.date, c.value)).collect();
    order::sort_by_key(&mut points, |&(date, _)| date);
    let recent = &points[points.len().saturating_sub(TREND_POINTS)..];
    let origin = recent.first()?.0;
    let day = |date: NaiveDate| (date - origin).num_days() as f64;
    let n = recent.len() as f64;
    let mean_x = recent.iter().map(|&(d, _)| day(d)).sum::<f64>() / n;
    let mean_y = recent.iter().map(|&(_, v)| v).sum::<f64>() / n;
    let sxx: f64 = recent.iter().map(|&(d, _)| (day(d) - mean_x).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let sxy: f64 = recent
        .iter()
        .map(|&(d, v)| (day(d) - mean_x) * (v - mean_y))
        .sum();
    let value = mean_y + sxy / sxx * (day(cycle.end) - mean_x);
    value
        .is_finite()
        .then(|| value_progress(kr, value))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::model::{CheckIn, Confidence};
    use proptest::prelude::*;

    fn day(d: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(d)
    }

    /// A 100-day cycle from day 0.
    fn cycle() -> Cycle {
        Cycle {
            start: day(0),
            end: day(100),
        }
    }

    fn kr(kind: KrKind, baseline: f64, target: f64, points: &[(u64, f64)]) -> KeyResult {
        let check_ins = points
            .iter()
            .enumerate()
            .map(|(i, &(d, value))| CheckIn {
                id: Id::new(format!("c{i}")),
                date: day(d),
                value,
                confidence: Confidence::default(),
                note: String::new(),
            })
            .collect();
        KeyResult {
            kind,
            baseline: Some(baseline),
            target: Some(target),
            check_ins,
            ..KeyResult::new(Id::new("k"))
        }
    }

    #[test]
    fn a_steady_climb_reaches_the_target_on_time() {
        let climbing = kr(KrKind::Increase, 0.0, 100.0, &[(0, 0.0), (10, 10.0)]);
        let projected = projected_progress(&climbing, cycle(), day(11)).unwrap();
        assert!((projected - 1.0).abs() < 1e-9, "{projected}");
    }

    #[test]
    fn a_slow_decrease_falls_short() {
        // 48 h → 24 h; 3 h less in 30 days heads for 38 h at day 100: 10 h of 24, 41.7 %.
        let slow = kr(KrKind::Decrease, 48.0, 24.0, &[(0, 48.0), (30, 45.0)]);
        let projected = projected_progress(&slow, cycle(), day(31)).unwrap();
        assert!((projected - 10.0 / 24.0).abs() < 1e-9, "{projected}");
    }

    #[test]
    fn a_regression_projects_below_zero() {
        let falling = kr(KrKind::Increase, 50.0, 100.0, &[(0, 50.0), (20, 45.0)]);
        assert!(projected_progress(&falling, cycle(), day(21)).unwrap() < 0.0);
    }

    #[test]
    fn only_the_latest_check_ins_set_the_course() {
        // A flat start, then a steady climb of 1 a day over the last six check-ins.
        let mut points: Vec<(u64, f64)> = (0..5).map(|i| (i, 0.0)).collect();
        points.extend((0..TREND_POINTS as u64).map(|i| (40 + i * 10, 40.0 + i as f64 * 10.0)));
        let projected =
            projected_progress(&kr(KrKind::Increase, 0.0, 100.0, &points), cycle(), day(95))
                .unwrap();
        assert!((projected - 1.0).abs() < 1e-9, "{projected}");
    }

    #[test]
    fn nothing_to_project() {
        let one = kr(KrKind::Increase, 0.0, 100.0, &[(0, 10.0)]);
        assert_eq!(
            projected_progress(&one, cycle(), day(5)),
            None,
            "a single check-in has no course"
        );
        let same_day = kr(KrKind::Increase, 0.0, 100.0, &[(3, 10.0), (3, 12.0)]);
        assert_eq!(
            projected_progress(&same_day, cycle(), day(5)),
            None,
            "two on one day have no course"
        );
        let threshold = kr(KrKind::StayAbove, 0.0, 100.0, &[(0, 10.0), (10, 20.0)]);
        assert_eq!(
            projected_progress(&threshold, cycle(), day(11)),
            None,
            "a threshold is met or not"
        );
        let climbing = kr(KrKind::Increase, 0.0, 100.0, &[(0, 0.0), (10, 10.0)]);
        assert_eq!(
            projected_progress(&climbing, cycle(), day(100)),
            None,
            "the cycle is over"
        );
    }

    proptest! {
        #[test]
        fn check_ins_on_a_line_project_that_line(
            start in -1000.0f64..1000.0,
            per_day in -50.0f64..50.0,
            days in proptest::collection::btree_set(0u64..99, 2..12),
        ) {
            let points: Vec<(u64, f64)> = days.iter().rev().map(|&d| (d, start + per_day * d as f64)).collect();
            let line = kr(KrKind::Increase, -2000.0, 8000.0, &points);
            let expected = value_progress(&line, start + per_day * 100.0).unwrap();
            let projected = projected_progress(&line, cycle(), day(99)).unwrap();
            prop_assert!((projected - expected).abs() < 1e-6, "{} vs {}", projected, expected);
        }
    }
}
