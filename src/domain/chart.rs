//! The geometry of a key result's chart, in unit coordinates (0 to 1, y up), so the shell
//! only scales it to SVG and writes the labels.

use super::model::{milestone, Cycle, KeyResult, KrKind};
use super::order;
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Check-ins by date.
    pub points: Vec<(NaiveDate, f64, Point)>,
    /// The target's height, when the key result has one.
    pub target: Option<f64>,
    /// The expected pace, from the baseline at the start to the target at the end.
    pub pace: Option<(Point, Point)>,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// The values at the bottom and top of the chart.
    pub low: f64,
    pub high: f64,
}

/// Bounds on round numbers (20 and 60, not 20.08 and 51.92), so the axis reads at a glance.
fn rounded(low: f64, high: f64) -> (f64, f64) {
    let span = high - low;
    let mut step = 1.0;
    while step * 10.0 <= span {
        step *= 10.0;
    }
    while step > span && step > 1e-6 {
        step /= 10.0;
    }
    let (l, h) = ((low / step).floor() * step, (high / step).ceil() * step);
    if l.is_finite() && h.is_finite() && l < h {
        (l, h)
    } else {
        (low, high)
    }
}

pub fn chart(kr: &KeyResult, cycle: Cycle) -> Chart {
    let mut check_ins: Vec<_> = kr.check_ins.iter().map(|c| (c.date, c.value)).collect();
    order::sort_by_key(&mut check_ins, |&(date, _)| date);
    let first_day = check_ins
        .first()
        .map_or(cycle.start, |&(d, _)| d.min(cycle.start));
    let last_day = check_ins
        .last()
        .map_or(cycle.end, |&(d, _)| d.max(cycle.end));
    let (baseline, target) = match kr.kind {
        KrKind::Milestone => (Some(milestone::NOT_YET), Some(milestone::REACHED)),
        KrKind::StayAbove | KrKind::StayBelow => (None, kr.target),
        KrKind::Increase | KrKind::Decrease => (kr.baseline, kr.target),
    };
    let values = check_ins
        .iter()
        .map(|&(_, v)| v)
        .chain(baseline)
        .chain(target);
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let (low, high) = if low > high {
        (0.0, 1.0)
    } else if low == high {
        (low - 1.0, high + 1.0)
    } else {
        rounded(low, high)
    };
    let days = (last_day - first_day).num_days().max(1) as f64;
    let x = |date: NaiveDate| ((date - first_day).num_days() as f64 / days).clamp(0.0, 1.0);
    let y = |value: f64| {
        let share = (value - low) / (high - low);
        if share.is_finite() {
            share.clamp(0.0, 1.0)
        } else {
            0.5
        }
    };
    let pace = match (kr.kind, baseline, target) {
        (KrKind::Increase | KrKind::Decrease, Some(b), Some(t)) => Some((
            Point {
                x: x(cycle.start),
                y: y(b),
            },
            Point {
                x: x(cycle.end),
                y: y(t),
            },
        )),
        _ => None,
    };
    Chart {
        points: check_ins
            .iter()
            .map(|&(d, v)| (d, v, Point { x: x(d), y: y(v) }))
            .collect(),
        target: target.map(y),
        pace,
        first_day,
        last_day,
        low,
        high,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::model::{CheckIn, Confidence};
    use proptest::prelude::*;

    fn day(n: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(n)
    }

    fn kr_with(
        kind: KrKind,
        baseline: Option<f64>,
        target: Option<f64>,
        values: &[(u64, f64)],
    ) -> KeyResult {
        let mut kr = KeyResult {
            kind,
            baseline,
            target,
            ..KeyResult::new(Id::new("k"))
        };
        for (i, &(d, value)) in values.iter().enumerate() {
            let id = Id::new(format!("c{i}"));
            kr.check_ins.push(CheckIn {
                id,
                date: day(d),
                value,
                confidence: Confidence::Confident,
                note: String::new(),
            });
        }
        kr
    }

    #[test]
    fn points_sit_on_the_cycle_between_baseline_and_target() {
        let cycle = Cycle {
            start: day(0),
            end: day(100),
        };
        let c = chart(
            &kr_with(
                KrKind::Decrease,
                Some(48.0),
                Some(24.0),
                &[(50, 36.0), (25, 40.0)],
            ),
            cycle,
        );
        assert_eq!(c.points.len(), 2);
        assert_eq!(c.points[0].0, day(25), "sorted by date");
        assert!((c.points[1].2.x - 0.5).abs() < 1e-9);
        assert_eq!((c.low, c.high), (20.0, 50.0), "round bounds around 24..48");
        let middle = c.points[1].2.y;
        assert!(
            (middle - 0.533).abs() < 1e-3,
            "36 sits at 16/30 of 20..50: {middle}"
        );
        let (start, end) = c.pace.unwrap();
        assert_eq!((start.x, end.x), (0.0, 1.0));
        assert!(start.y > end.y, "a decrease goes down");
        assert_eq!(c.target, Some(end.y));
    }

    proptest! {
        #[test]
        fn every_coordinate_is_on_the_chart(
            kind in prop::sample::select(KrKind::ALL.to_vec()),
            baseline in prop::option::of(-1e12..1e12f64),
            target in prop::option::of(-1e12..1e12f64),
            values in prop::collection::vec((0u64..400, -1e12..1e12f64), 0..12),
            start in 0u64..200, length in 0u64..200,
        ) {
            let cycle = Cycle { start: day(start), end: day(start + length) };
            let c = chart(&kr_with(kind, baseline, target, &values), cycle);
            let on_chart = |p: Point| (0.0..=1.0).contains(&p.x) && (0.0..=1.0).contains(&p.y);
            prop_assert!(c.points.iter().all(|&(_, _, p)| on_chart(p)));
            prop_assert!(c.pace.is_none_or(|(a, b)| on_chart(a) && on_chart(b)));
            prop_assert!(c.target.is_none_or(|t| (0.0..=1.0).contains(&t)));
            prop_assert!(c.low.is_finite() && c.high.is_finite() && c.low < c.high);
        }
    }
}
