//! Rhythms at month ends and in leap years, when a check-in is due (cycle end, launch,
//! closed sets), and the calendar's events.

use super::*;
use crate::domain::id::Id;
use crate::domain::model::{CheckIn, Cycle, KeyResult, Launch, Objective, OkrSet};
use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn at(day: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(8, 0, 0).unwrap())
}

fn check_in(id: &str, date: NaiveDate) -> CheckIn {
    CheckIn {
        id: Id::new(id),
        date,
        value: 1.0,
        confidence: Default::default(),
        note: String::new(),
    }
}

/// A set on `start..=end`, launched on `launched` (if any), with check-ins on `dates`
/// spread over two key results.
fn set(
    start: NaiveDate,
    end: NaiveDate,
    launched: Option<NaiveDate>,
    dates: &[NaiveDate],
) -> OkrSet {
    let cycle = Cycle { start, end };
    let mut set = OkrSet::new(Id::new("s1"), "Pilote", "", cycle, at(start));
    let mut krs = vec![KeyResult::new(Id::new("k1")), KeyResult::new(Id::new("k2"))];
    for (i, date) in dates.iter().enumerate() {
        krs[i % 2].check_ins.push(check_in(&format!("c{i}"), *date));
    }
    set.objectives.push(Objective {
        key_results: krs,
        ..Objective::new(Id::new("o1"))
    });
    set.launch = launched.map(|day| Launch {
        at: at(day),
        reference: Vec::new(),
    });
    set
}

#[test]
fn a_month_keeps_its_day_or_takes_the_last_one() {
    let m = Rhythm::Monthly;
    assert_eq!(m.after(d(2027, 1, 31)), Some(d(2027, 2, 28)));
    assert_eq!(m.after(d(2028, 1, 31)), Some(d(2028, 2, 29)), "leap year");
    assert_eq!(
        m.after(d(2100, 1, 29)),
        Some(d(2100, 2, 28)),
        "2100 is no leap year"
    );
    assert_eq!(m.after(d(2000, 1, 30)), Some(d(2000, 2, 29)), "2000 is one");
    // From the 29th on, a month's last day, so a calendar rule can say it.
    assert_eq!(m.after(d(2028, 3, 30)), Some(d(2028, 4, 30)));
    assert_eq!(m.after(d(2028, 4, 30)), Some(d(2028, 5, 31)));
    assert_eq!(m.nth(d(2027, 1, 29), 2), Some(d(2027, 3, 31)));
    assert_eq!(m.after(d(2028, 3, 28)), Some(d(2028, 4, 28)));
    // Counted from the start each time: February does not pull March back.
    let from = d(2028, 1, 31);
    let months: Vec<_> = (1..=4).map(|n| m.nth(from, n).unwrap()).collect();
    assert_eq!(
        months,
        vec![
            d(2028, 2, 29),
            d(2028, 3, 31),
            d(2028, 4, 30),
            d(2028, 5, 31)
        ]
    );
    assert_eq!(
        m.after(d(2027, 12, 15)),
        Some(d(2028, 1, 15)),
        "over the year's end"
    );
    assert_eq!(Rhythm::Weekly.after(d(2028, 2, 26)), Some(d(2028, 3, 4)));
    assert_eq!(
        Rhythm::EveryTwoWeeks.after(d(2028, 2, 20)),
        Some(d(2028, 3, 5))
    );
    assert_eq!(
        Rhythm::EveryTwoWeeks.after(d(2027, 2, 20)),
        Some(d(2027, 3, 6))
    );
}

#[test]
fn the_next_check_in_follows_the_last_one_or_the_launch() {
    let (start, end) = (d(2028, 1, 1), d(2028, 3, 31));
    // No check-in yet: one week after the launch.
    let mut s = set(start, end, Some(d(2028, 1, 10)), &[]);
    assert_eq!(next_check_in(&s), Some(d(2028, 1, 17)));
    // The latest check-in of any key result counts.
    s = set(
        start,
        end,
        Some(d(2028, 1, 10)),
        &[d(2028, 1, 20), d(2028, 2, 3), d(2028, 1, 27)],
    );
    assert_eq!(next_check_in(&s), Some(d(2028, 2, 10)));
    s.rituals.check_ins = Some(Rhythm::EveryTwoWeeks);
    assert_eq!(next_check_in(&s), Some(d(2028, 2, 17)));
    s.rituals.check_ins = Some(Rhythm::Monthly);
    assert_eq!(next_check_in(&s), Some(d(2028, 3, 3)));
    // The meeting rhythm has no say in check-ins.
    s.rituals.meetings = Some(Rhythm::Weekly);
    assert_eq!(next_check_in(&s), Some(d(2028, 3, 3)));
}

#[test]
fn only_a_launched_open_set_expects_a_check_in() {
    let (start, end) = (d(2028, 1, 1), d(2028, 3, 31));
    assert_eq!(
        next_check_in(&set(start, end, None, &[d(2028, 1, 5)])),
        None
    );
    let mut closed = set(start, end, Some(start), &[]);
    closed.closed = Some(at(d(2028, 4, 1)));
    assert_eq!(next_check_in(&closed), None);
}

#[test]
fn the_cycle_end_calls_for_a_last_check_in_then_nothing() {
    let (start, end) = (d(2028, 1, 1), d(2028, 3, 31));
    // Four days before the end, weekly: the last measure is due on the last day.
    let mut s = set(start, end, Some(start), &[d(2028, 3, 27)]);
    assert_eq!(next_check_in(&s), Some(end));
    // The calendar says so too: one check-in on the last day, whatever the rhythm.
    for rhythm in Rhythm::ALL {
        s.rituals.check_ins = Some(rhythm);
        let check_in = events(&s).into_iter().find(|e| e.ritual == Ritual::CheckIn);
        assert_eq!(check_in.map(|e| (e.first, e.repeat)), Some((end, None)));
    }
    // Made on the last day, or after it: nothing more; the retrospective comes next.
    for last in [end, d(2028, 4, 3)] {
        assert_eq!(next_check_in(&set(start, end, Some(start), &[last])), None);
    }
    // Past the end without that last measure, it stays expected (and overdue).
    let late = set(start, end, Some(start), &[d(2028, 3, 20)]);
    assert_eq!(next_check_in(&late), Some(d(2028, 3, 27)));
    assert_eq!(Due::on(d(2028, 3, 27), d(2028, 4, 5)), Due::Overdue(9));
}

#[test]
fn a_launch_outside_the_cycle_counts_from_the_cycle() {
    let (start, end) = (d(2028, 2, 1), d(2028, 4, 30));
    // Launched a week before the cycle starts: the first check-in is a week into it.
    assert_eq!(
        next_check_in(&set(start, end, Some(d(2028, 1, 25)), &[])),
        Some(d(2028, 2, 8))
    );
    // A one-day cycle launched after it: nothing to expect.
    let day = d(2028, 2, 29);
    assert_eq!(
        next_check_in(&set(day, day, Some(d(2028, 3, 10)), &[])),
        None
    );
    // A check-in typed before the launch does not pull the date back.
    let early = set(start, end, Some(d(2028, 2, 10)), &[d(2028, 2, 2)]);
    assert_eq!(next_check_in(&early), Some(d(2028, 2, 17)));
}

#[test]
fn today_is_read_against_the_due_date_in_whole_days() {
    let due = d(2028, 3, 1);
    assert_eq!(
        Due::on(due, d(2028, 2, 27)),
        Due::InDays(3),
        "over 29 February"
    );
    assert_eq!(Due::on(due, d(2028, 3, 1)), Due::Today);
    assert_eq!(Due::on(due, d(2028, 3, 10)), Due::Overdue(9));
    assert_eq!(Due::on(d(2027, 3, 1), d(2027, 2, 27)), Due::InDays(2));
}

#[test]
fn the_calendar_holds_each_ritual_once_with_its_rhythm() {
    let (start, end) = (d(2028, 1, 31), d(2028, 6, 30));
    let mut s = set(start, end, Some(start), &[d(2028, 2, 7)]);
    s.rituals.check_ins = Some(Rhythm::EveryTwoWeeks);
    let all = events(&s);
    let rituals: Vec<_> = all.iter().map(|e| e.ritual).collect();
    assert_eq!(rituals, Ritual::ALL.to_vec());
    // Check-ins every two weeks from the latest one, on the days the due line names.
    assert_eq!(all[0].first, d(2028, 2, 21));
    assert_eq!(next_check_in(&s), Some(all[0].first));
    let check_ins: Vec<_> = all[0].repeat.unwrap().dates().collect();
    assert_eq!(check_ins.len(), 10);
    assert_eq!(check_ins.last(), Some(&d(2028, 6, 26)));
    // Meetings monthly by default, from the 31st: each month's last day.
    let meetings: Vec<_> = all[1].repeat.unwrap().dates().collect();
    assert_eq!(
        meetings,
        vec![
            d(2028, 2, 29),
            d(2028, 3, 31),
            d(2028, 4, 30),
            d(2028, 5, 31),
            d(2028, 6, 30)
        ]
    );
    assert_eq!(all[1].first, meetings[0]);
    assert_eq!((all[2].first, all[2].repeat), (end, None));
    // A draft plans from the cycle's start.
    let draft = set(start, end, None, &[]);
    assert_eq!(events(&draft)[0].first, d(2028, 2, 7));
}

#[test]
fn a_cycle_too_short_for_a_rhythm_has_no_event_for_it() {
    let (start, end) = (d(2028, 3, 1), d(2028, 3, 20));
    let all = events(&set(start, end, Some(start), &[]));
    let rituals: Vec<_> = all.iter().map(|e| e.ritual).collect();
    assert_eq!(rituals, vec![Ritual::CheckIn, Ritual::Retrospective]);
}

/// A merge never loses a rhythm: one side's change is taken, with a base or from two
/// files that parted from one shared copy; both sides' changes are a conflict.
#[test]
fn a_merge_keeps_the_rhythm_chosen_on_either_side() {
    use crate::domain::merge::{merge, Detail, Item, Side};
    let (start, end) = (d(2028, 1, 1), d(2028, 3, 31));
    let mut base = set(start, end, Some(start), &[]);
    base.mark_shared();
    let mut theirs = base.clone();
    theirs.rituals.check_ins = Some(Rhythm::Monthly);
    let ours = base.clone();
    let ask = |_: &Item| Side::Ours;
    for with_base in [Some(&base), None] {
        let merged = merge(with_base, &ours, &theirs, &ask);
        assert_eq!(merged.set.rituals.check_ins, Some(Rhythm::Monthly));
        assert!(merged.conflicts.is_empty());
        // And the other way round.
        let merged = merge(with_base, &theirs, &ours, &ask);
        assert_eq!(merged.set.rituals.check_ins, Some(Rhythm::Monthly));
    }
    let mut mine = base.clone();
    mine.rituals.meetings = Some(Rhythm::EveryTwoWeeks);
    let merged = merge(Some(&base), &mine, &theirs, &|_| Side::Theirs);
    assert_eq!(merged.conflicts, vec![Item::Detail(Detail::Rituals)]);
    assert_eq!(merged.set.rituals, theirs.rituals);
    // A set saved without rituals, merged with one that has them, keeps them.
    let plain = set(start, end, Some(start), &[]);
    let merged = merge(None, &plain, &theirs, &ask);
    assert_eq!(merged.set.rituals.check_ins, Some(Rhythm::Monthly));
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..80_000).prop_map(|n| d(1970, 1, 1) + chrono::Days::new(n))
}

fn any_rhythm() -> impl Strategy<Value = Rhythm> {
    prop::sample::select(Rhythm::ALL.to_vec())
}

fn days_in_month(day: NaiveDate) -> u32 {
    let next = if day.month() == 12 {
        d(day.year() + 1, 1, 1)
    } else {
        d(day.year(), day.month() + 1, 1)
    };
    next.pred_opt().unwrap().day()
}

proptest! {
    #[test]
    fn a_rhythm_moves_forward_by_its_length(from in any_date(), rhythm in any_rhythm(), n in 1u32..40) {
        let this = rhythm.nth(from, n).unwrap();
        let next = rhythm.nth(from, n + 1).unwrap();
        let gap = (next - this).num_days();
        match rhythm {
            Rhythm::Weekly => prop_assert_eq!(gap, 7),
            Rhythm::EveryTwoWeeks => prop_assert_eq!(gap, 14),
            Rhythm::Monthly => {
                prop_assert!((28..=31).contains(&gap), "{gap}");
                let day = if from.day() > LAST_COMMON_DAY { days_in_month(this) } else { from.day() };
                prop_assert_eq!(this.day(), day);
                prop_assert_eq!(this, from.checked_add_months(chrono::Months::new(n)).map(|m| if from.day() > LAST_COMMON_DAY { m.with_day(days_in_month(m)).unwrap() } else { m }).unwrap());
            }
        }
    }

    /// The next check-in is one rhythm after the latest at most, and the calendar file
    /// names the same date, to the cycle's last measure; neither names one once it is made.
    #[test]
    fn the_next_check_in_is_one_rhythm_after_the_latest_and_the_calendar_agrees(
        start in any_date(),
        length in 0u64..400,
        launch in 0u64..500,
        offsets in prop::collection::vec(0u64..500, 0..6),
        rhythm in any_rhythm(),
    ) {
        let end = start + chrono::Days::new(length);
        let dates: Vec<_> = offsets.iter().map(|o| start + chrono::Days::new(*o)).collect();
        let mut s = set(start, end, Some(start + chrono::Days::new(launch)), &dates);
        s.rituals.check_ins = Some(rhythm);
        let from = due::start(&s).unwrap().max(dates.iter().copied().max().unwrap_or(start));
        match next_check_in(&s) {
            None => prop_assert!(from >= end),
            Some(next) => {
                prop_assert!(from < next && next <= end);
                prop_assert!(next <= rhythm.after(from).unwrap());
                prop_assert!(next == end || next == rhythm.after(from).unwrap());
            }
        }
        let first = events(&s).iter().find(|e| e.ritual == Ritual::CheckIn).map(|e| e.first);
        prop_assert_eq!(next_check_in(&s), first);
    }

    #[test]
    fn due_days_count_from_today(due in any_date(), today in any_date()) {
        let back = match Due::on(due, today) {
            Due::InDays(n) => { prop_assert!(n >= 1); today + chrono::Days::new(n.into()) }
            Due::Today => today,
            Due::Overdue(n) => { prop_assert!(n >= 1); today - chrono::Days::new(n.into()) }
        };
        prop_assert_eq!(back, due);
    }

    #[test]
    fn every_event_lies_in_the_cycle(
        start in any_date(),
        length in 0u64..800,
        check_ins in any_rhythm(),
        meetings in any_rhythm(),
        launched in proptest::option::of(0u64..900),
    ) {
        let end = start + chrono::Days::new(length);
        let mut s = set(start, end, launched.map(|l| start + chrono::Days::new(l)), &[]);
        s.rituals = Rituals { check_ins: Some(check_ins), meetings: Some(meetings) };
        for event in events(&s) {
            prop_assert!(start <= event.first && event.first <= end);
            if let Some(repeat) = event.repeat {
                let dates: Vec<_> = repeat.dates().collect();
                prop_assert_eq!(dates.first(), Some(&event.first));
                prop_assert!(dates.iter().all(|x| *x <= end));
                prop_assert!(dates.windows(2).all(|w| w[0] < w[1]));
            }
        }
    }
}
