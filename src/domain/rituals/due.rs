//! When the next check-in is expected: one rhythm after the latest check-in of any key
//! result, or after the launch while there is none; never past the cycle's end, which
//! calls for a last measure. Derived from the set each time, never stored: a check-in
//! recorded in another copy moves it at once.

use crate::domain::model::OkrSet;
use chrono::NaiveDate;

/// Where today stands against the expected date, in whole days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Due {
    /// Expected in this many days (at least 1).
    InDays(u32),
    Today,
    /// Expected this many days ago (at least 1).
    Overdue(u32),
}

impl Due {
    pub fn on(due: NaiveDate, today: NaiveDate) -> Due {
        let days = (due - today).num_days();
        let whole = |d: i64| u32::try_from(d.unsigned_abs()).unwrap_or(u32::MAX);
        match days {
            0 => Due::Today,
            d if d > 0 => Due::InDays(whole(d)),
            d => Due::Overdue(whole(d)),
        }
    }
}

/// The day the rituals count from: the launch, within the cycle (a plan launched before
/// its cycle starts is followed from the start). The launch's day is read in UTC, as it
/// is stored; a team launching near midnight away from UTC may see it a day apart.
pub fn start(set: &OkrSet) -> Option<NaiveDate> {
    let launched = set.launch.as_ref()?.at.date_naive();
    Some(launched.clamp(set.cycle.start, set.cycle.end.max(set.cycle.start)))
}

/// The latest check-in of the set, whatever the key result.
pub fn last_check_in(set: &OkrSet) -> Option<NaiveDate> {
    set.objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .flat_map(|k| &k.check_ins)
        .map(|c| c.date)
        .max()
}

/// The day check-ins count from: the latest check-in, or the launch while there is none
/// (one typed before the launch does not pull it back). The due line and the calendar
/// file's check-ins both count from it, so on the day the file is made they name the
/// same dates; a calendar made again later moves its events (same ids) with the team.
pub fn check_ins_from(set: &OkrSet) -> Option<NaiveDate> {
    Some(start(set)?.max(last_check_in(set).unwrap_or(NaiveDate::MIN)))
}

/// When the next check-in is expected, for a launched set that is not closed; none once
/// a check-in was made on or after the cycle's last day (the retrospective comes next).
/// A reference set expects none: its figures are the teams' check-ins, and its own key
/// results are not its measure (`set_figures`), so it is never late for want of them.
pub fn next_check_in(set: &OkrSet) -> Option<NaiveDate> {
    if set.is_closed() || set.reference {
        return None;
    }
    let from = check_ins_from(set)?;
    if from >= set.cycle.end {
        return None;
    }
    let next = set
        .rituals
        .check_in_rhythm()
        .after(from)
        .unwrap_or(set.cycle.end);
    Some(next.min(set.cycle.end))
}
