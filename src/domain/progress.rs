//! Progress, pace and status, derived from check-ins and never stored: a file cannot
//! disagree with itself, and a changed target re-reads every past measure.

use super::model::{milestone, Confidence, Cycle, KeyResult, KrKind, Objective, OkrSet};
use chrono::{DateTime, NaiveDate, Utc};

/// Progress is a ratio: 0 at the baseline, 1 at the target. Below 0 is a regression,
/// above 1 is past the target; both are shown, bounded so that a tiny baseline-to-target
/// gap cannot produce absurd figures.
pub const PROGRESS_BOUND: f64 = 100.0;

/// After this many days without a check-in, a key result is "not followed".
pub const FOLLOW_UP_DAYS: i64 = 14;

/// How far `value` has come from `baseline` toward `target`. The same formula serves
/// increasing and decreasing metrics (48 h → 24 h: 36 h is 0.5).
pub fn ratio(baseline: f64, target: f64, value: f64) -> f64 {
    let span = target - baseline;
    let raw = if span == 0.0 {
        // Nothing to travel: reached or not, on the target's side.
        if value == target {
            1.0
        } else {
            0.0
        }
    } else {
        (value - baseline) / span
    };
    if raw.is_nan() {
        0.0
    } else {
        raw.clamp(-PROGRESS_BOUND, PROGRESS_BOUND)
    }
}

/// A key result's progress at its latest check-in; `None` until it can be read (no
/// check-in yet, or no baseline or target to read it against).
pub fn key_result_progress(kr: &KeyResult) -> Option<f64> {
    let value = kr.last_check_in()?.value;
    value_progress(kr, value)
}

/// What one measured value means for a key result.
pub fn value_progress(kr: &KeyResult, value: f64) -> Option<f64> {
    match kr.kind {
        KrKind::Increase | KrKind::Decrease => Some(ratio(kr.baseline?, kr.target?, value)),
        KrKind::StayAbove => Some(if value >= kr.target? { 1.0 } else { 0.0 }),
        KrKind::StayBelow => Some(if value <= kr.target? { 1.0 } else { 0.0 }),
        KrKind::Milestone => Some(if milestone::reached(value) { 1.0 } else { 0.0 }),
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (count > 0).then(|| sum / count as f64)
}

/// The mean of its key results; one not yet measured counts as its start, 0.
pub fn objective_progress(objective: &Objective) -> Option<f64> {
    mean(
        objective
            .key_results
            .iter()
            .map(|kr| key_result_progress(kr).unwrap_or(0.0)),
    )
}

/// The mean of its objectives.
pub fn set_progress(set: &OkrSet) -> Option<f64> {
    mean(set.objectives.iter().filter_map(objective_progress))
}

/// Where a steady team would be on `date`: 0 at the cycle's start, 1 at its end.
pub fn expected_pace(cycle: Cycle, date: NaiveDate) -> f64 {
    let length = (cycle.end - cycle.start).num_days();
    let elapsed = (date - cycle.start).num_days();
    if length <= 0 {
        return if elapsed >= 0 { 1.0 } else { 0.0 };
    }
    (elapsed as f64 / length as f64).clamp(0.0, 1.0)
}

/// How a key result or an objective stands; ordered from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    OnTrack,
    /// No check-in yet, and the cycle started less than two weeks ago.
    Waiting,
    /// No check-in for more than two weeks: unknown is not green.
    NotFollowed,
    AtRisk,
    OffTrack,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::OnTrack => "on-track",
            Status::Waiting => "waiting",
            Status::NotFollowed => "not-followed",
            Status::AtRisk => "at-risk",
            Status::OffTrack => "off-track",
        }
    }
}

/// Behind the pace by this much (a share of the way) is at risk; by twice this, off track.
pub const RISK_GAP: f64 = 0.15;

fn from_confidence(confidence: Confidence) -> Status {
    match confidence {
        Confidence::Confident => Status::OnTrack,
        Confidence::Uncertain => Status::AtRisk,
        Confidence::Struggling => Status::OffTrack,
    }
}

/// A key result's status on `today`: the worse of what its numbers say against the pace
/// and what the team said of its confidence.
pub fn key_result_status(kr: &KeyResult, cycle: Cycle, today: NaiveDate) -> Status {
    // After the cycle, status reads as it stood at the end: a finished cycle is not "unfollowed".
    let today = today.min(cycle.end);
    let Some(last) = kr.last_check_in() else {
        let since_start = (today - cycle.start).num_days();
        return if since_start > FOLLOW_UP_DAYS {
            Status::NotFollowed
        } else {
            Status::Waiting
        };
    };
    if (today - last.date).num_days() > FOLLOW_UP_DAYS {
        return Status::NotFollowed;
    }
    let pace = expected_pace(cycle, last.date);
    // Without a baseline or target there is nothing to read the measure against yet.
    let Some(progress) = value_progress(kr, last.value) else {
        return Status::Waiting.max(from_confidence(last.confidence));
    };
    let by_numbers = match kr.kind {
        KrKind::Increase | KrKind::Decrease => {
            let gap = pace - progress;
            if gap <= RISK_GAP {
                Status::OnTrack
            } else if gap <= 2.0 * RISK_GAP {
                Status::AtRisk
            } else {
                Status::OffTrack
            }
        }
        KrKind::StayAbove | KrKind::StayBelow => {
            if progress >= 1.0 {
                Status::OnTrack
            } else {
                Status::OffTrack
            }
        }
        // A milestone is on track until the cycle is over; confidence says the rest.
        KrKind::Milestone => {
            if progress >= 1.0 || pace < 1.0 {
                Status::OnTrack
            } else {
                Status::OffTrack
            }
        }
    };
    by_numbers.max(from_confidence(last.confidence))
}

/// The day a set's status is read on, if it has one: none before launch (a draft has no
/// check-in due, so no status, as every screen shows it), the day it was closed once
/// closed (no check-in can be made after), else `today`. `key_result_status` also stops
/// at the cycle's end.
pub fn status_day(set: &OkrSet, today: NaiveDate) -> Option<NaiveDate> {
    set.launch.as_ref()?;
    Some(reading_day(set.closed, today))
}

/// The day a set's figures are read on, launched or not: the day it was closed once
/// closed, else `today`. So a set closed early keeps the statuses and pace of its last
/// day instead of drifting to "not followed" while nobody can check in any more.
pub fn reading_day(closed: Option<DateTime<Utc>>, today: NaiveDate) -> NaiveDate {
    closed.map_or(today, |closed| today.min(closed.date_naive()))
}

/// An objective stands as its worst key result; without key results, it waits.
pub fn objective_status(objective: &Objective, cycle: Cycle, today: NaiveDate) -> Status {
    objective
        .key_results
        .iter()
        .map(|kr| key_result_status(kr, cycle, today))
        .max()
        .unwrap_or(Status::Waiting)
}

/// A ratio as a whole percentage for display ("50 %"), rounded.
pub fn percent(ratio: f64) -> i64 {
    (ratio * 100.0).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::model::CheckIn;
    use proptest::prelude::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(d as u64 - 1)
    }

    fn cycle() -> Cycle {
        Cycle {
            start: day(1),
            end: day(91),
        }
    }

    fn kr(kind: KrKind, baseline: Option<f64>, target: Option<f64>) -> KeyResult {
        KeyResult {
            kind,
            baseline,
            target,
            ..KeyResult::new(Id::new("k"))
        }
    }

    fn with_check_in(
        mut kr: KeyResult,
        date: NaiveDate,
        value: f64,
        confidence: Confidence,
    ) -> KeyResult {
        let id = Id::new(format!("c{}", kr.check_ins.len()));
        kr.check_ins.push(CheckIn {
            id,
            date,
            value,
            confidence,
            note: String::new(),
        });
        kr
    }

    #[test]
    fn a_decrease_halfway_is_fifty_percent() {
        assert_eq!(ratio(48.0, 24.0, 36.0), 0.5);
        assert_eq!(
            ratio(48.0, 24.0, 60.0),
            -0.5,
            "a regression shows below zero"
        );
        assert_eq!(
            ratio(10.0, 20.0, 25.0),
            1.5,
            "past the target shows above 100 %"
        );
    }

    #[test]
    fn thresholds_and_milestones_are_held_or_not() {
        let above = kr(KrKind::StayAbove, None, Some(8.0));
        assert_eq!(value_progress(&above, 8.0), Some(1.0));
        assert_eq!(value_progress(&above, 7.9), Some(0.0));
        let below = kr(KrKind::StayBelow, None, Some(2.0));
        assert_eq!(value_progress(&below, 2.5), Some(0.0));
        let milestone = kr(KrKind::Milestone, None, None);
        assert_eq!(value_progress(&milestone, 1.0), Some(1.0));
        assert_eq!(value_progress(&milestone, 0.0), Some(0.0));
        assert_eq!(
            key_result_progress(&kr(KrKind::Increase, None, Some(3.0))),
            None
        );
    }

    #[test]
    fn the_latest_check_in_counts_even_when_entered_out_of_order() {
        let k = kr(KrKind::Increase, Some(0.0), Some(10.0));
        let k = with_check_in(k, day(20), 6.0, Confidence::Confident);
        let k = with_check_in(k, day(10), 2.0, Confidence::Confident);
        assert_eq!(key_result_progress(&k), Some(0.6));
    }

    #[test]
    fn objectives_and_sets_average_their_parts() {
        let a = with_check_in(
            kr(KrKind::Increase, Some(0.0), Some(10.0)),
            day(5),
            5.0,
            Confidence::Confident,
        );
        let b = kr(KrKind::Milestone, None, None);
        let objective = Objective {
            key_results: vec![a, b],
            ..Objective::new(Id::new("o"))
        };
        assert_eq!(objective_progress(&objective), Some(0.25));
        assert_eq!(objective_progress(&Objective::new(Id::new("e"))), None);
    }

    #[test]
    fn pace_runs_from_start_to_end() {
        assert_eq!(expected_pace(cycle(), day(1)), 0.0);
        assert_eq!(expected_pace(cycle(), day(46)), 0.5);
        assert_eq!(expected_pace(cycle(), day(200)), 1.0);
        let one_day = Cycle {
            start: day(3),
            end: day(3),
        };
        assert_eq!(expected_pace(one_day, day(2)), 0.0);
        assert_eq!(expected_pace(one_day, day(3)), 1.0);
    }

    #[test]
    fn status_reads_pace_confidence_and_silence() {
        let base = kr(KrKind::Increase, Some(0.0), Some(100.0));
        assert_eq!(key_result_status(&base, cycle(), day(10)), Status::Waiting);
        assert_eq!(
            key_result_status(&base, cycle(), day(20)),
            Status::NotFollowed
        );
        // Day 46: pace 50 %.
        let on = with_check_in(base.clone(), day(46), 45.0, Confidence::Confident);
        assert_eq!(key_result_status(&on, cycle(), day(47)), Status::OnTrack);
        let doubtful = with_check_in(base.clone(), day(46), 45.0, Confidence::Uncertain);
        assert_eq!(
            key_result_status(&doubtful, cycle(), day(47)),
            Status::AtRisk
        );
        let behind = with_check_in(base.clone(), day(46), 30.0, Confidence::Confident);
        assert_eq!(key_result_status(&behind, cycle(), day(47)), Status::AtRisk);
        let far_behind = with_check_in(base.clone(), day(46), 5.0, Confidence::Confident);
        assert_eq!(
            key_result_status(&far_behind, cycle(), day(47)),
            Status::OffTrack
        );
        assert_eq!(
            key_result_status(&on, cycle(), day(61)),
            Status::NotFollowed,
            "15 days of silence"
        );
        let last_week = with_check_in(base.clone(), day(85), 95.0, Confidence::Confident);
        assert_eq!(
            key_result_status(&last_week, cycle(), day(200)),
            Status::OnTrack,
            "read as it stood at the end"
        );
        let unset = with_check_in(
            kr(KrKind::Increase, None, Some(10.0)),
            day(40),
            5.0,
            Confidence::Confident,
        );
        assert_eq!(key_result_status(&unset, cycle(), day(41)), Status::Waiting);
        let milestone = with_check_in(
            kr(KrKind::Milestone, None, None),
            day(80),
            0.0,
            Confidence::Confident,
        );
        assert_eq!(
            key_result_status(&milestone, cycle(), day(85)),
            Status::OnTrack
        );
        let late = with_check_in(
            kr(KrKind::Milestone, None, None),
            day(91),
            0.0,
            Confidence::Confident,
        );
        assert_eq!(key_result_status(&late, cycle(), day(91)), Status::OffTrack);
    }

    #[test]
    fn an_objective_stands_as_its_worst_key_result() {
        let good = with_check_in(
            kr(KrKind::Increase, Some(0.0), Some(10.0)),
            day(46),
            6.0,
            Confidence::Confident,
        );
        let bad = with_check_in(
            kr(KrKind::StayAbove, None, Some(8.0)),
            day(46),
            6.0,
            Confidence::Confident,
        );
        let objective = Objective {
            key_results: vec![good.clone(), bad],
            ..Objective::new(Id::new("o"))
        };
        assert_eq!(
            objective_status(&objective, cycle(), day(50)),
            Status::OffTrack
        );
        let fine = Objective {
            key_results: vec![good],
            ..Objective::new(Id::new("p"))
        };
        assert_eq!(objective_status(&fine, cycle(), day(50)), Status::OnTrack);
    }

    fn number() -> impl Strategy<Value = f64> {
        prop_oneof![
            -1e12..1e12f64,
            Just(0.0),
            Just(1e-300),
            Just(-1e-300),
            Just(1e12),
            Just(-1e12)
        ]
    }

    proptest! {
        #[test]
        fn zero_at_baseline_and_one_at_target(b in number(), t in number()) {
            prop_assume!(b != t);
            prop_assert_eq!(ratio(b, t, b), 0.0);
            let at_target = ratio(b, t, t);
            prop_assert!((at_target - 1.0).abs() < 1e-9, "{}", at_target);
        }

        #[test]
        fn monotonic_toward_the_target(b in number(), t in number(), v in number(), w in number()) {
            prop_assume!(b != t);
            // Of two values, the one nearer the target's direction is never behind.
            let (behind, ahead) = if (w - v) * (t - b).signum() >= 0.0 { (v, w) } else { (w, v) };
            prop_assert!(ratio(b, t, behind) <= ratio(b, t, ahead));
        }

        #[test]
        fn decreasing_mirrors_increasing(b in number(), t in number(), v in number()) {
            prop_assert_eq!(ratio(b, t, v), ratio(-b, -t, -v));
        }

        #[test]
        fn always_a_finite_number(b in number(), t in number(), v in number()) {
            let r = ratio(b, t, v);
            prop_assert!(r.is_finite() && r.abs() <= PROGRESS_BOUND);
        }

        #[test]
        fn pace_is_a_share_of_the_cycle(start in 0u32..400, len in 0u32..400, at in 0u32..1200) {
            let c = Cycle { start: day(1 + start), end: day(1 + start + len) };
            let p = expected_pace(c, day(1 + at));
            prop_assert!((0.0..=1.0).contains(&p));
            prop_assert!(expected_pace(c, day(2 + at)) >= p);
        }
    }
}
