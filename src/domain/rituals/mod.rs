//! The team's rituals: how often it checks in and how often it holds its follow-up
//! meeting. The rhythms are stored with the set (optional, additive: a file without them
//! reads as the defaults); when the next check-in is due is derived, never stored
//! (`due`), and so is the calendar of the cycle (`calendar`, written out by `ics`).

mod calendar;
mod due;
pub mod ics;

pub use calendar::{events, Event, Repeat, Ritual};
pub use due::{next_check_in, Due};

use chrono::{Datelike, Days, Months, NaiveDate};

/// The last day of the month every month has.
pub const LAST_COMMON_DAY: u32 = 28;
use serde::{Deserialize, Serialize};

/// How often a ritual comes back. The saved names are written out, never derived from
/// the variants' names, so renaming a variant cannot change what files say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rhythm {
    #[serde(rename = "weekly")]
    Weekly,
    #[serde(rename = "every_two_weeks")]
    EveryTwoWeeks,
    #[serde(rename = "monthly")]
    Monthly,
}

impl Rhythm {
    pub const ALL: [Rhythm; 3] = [Rhythm::Weekly, Rhythm::EveryTwoWeeks, Rhythm::Monthly];

    /// The saved name, also a form's option value.
    pub fn key(self) -> &'static str {
        match self {
            Rhythm::Weekly => "weekly",
            Rhythm::EveryTwoWeeks => "every_two_weeks",
            Rhythm::Monthly => "monthly",
        }
    }

    pub fn from_key(key: &str) -> Option<Rhythm> {
        Rhythm::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The `n`th date of the rhythm from `from` (0 gives `from`). A month keeps the day
    /// of `from` up to the 28th, which every month has; from the 29th on it is each
    /// month's last day (29 January, then 29 February in a leap year, 31 March), which
    /// calendars write as one rule (`BYMONTHDAY=-1`) where "the 30th, or the last day"
    /// has none they all read alike. Counted from `from`, never chained.
    pub fn nth(self, from: NaiveDate, n: u32) -> Option<NaiveDate> {
        match self {
            Rhythm::Weekly => from.checked_add_days(Days::new(7 * u64::from(n))),
            Rhythm::EveryTwoWeeks => from.checked_add_days(Days::new(14 * u64::from(n))),
            Rhythm::Monthly if from.day() > LAST_COMMON_DAY => {
                let first = from.with_day(1)?.checked_add_months(Months::new(n + 1))?;
                first.pred_opt()
            }
            Rhythm::Monthly => from.checked_add_months(Months::new(n)),
        }
    }

    /// The next date of the rhythm after `from`.
    pub fn after(self, from: NaiveDate) -> Option<NaiveDate> {
        self.nth(from, 1)
    }
}

/// The set's rhythms; an absent one is the default (`Rituals::check_in_rhythm`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rituals {
    #[serde(rename = "check_ins", default, skip_serializing_if = "Option::is_none")]
    pub check_ins: Option<Rhythm>,
    #[serde(rename = "meetings", default, skip_serializing_if = "Option::is_none")]
    pub meetings: Option<Rhythm>,
}

impl Rituals {
    /// The method asks for regular check-ins, not only at the quarter's end: every week.
    pub const DEFAULT_CHECK_INS: Rhythm = Rhythm::Weekly;
    /// The follow-up meeting asks what the team learned this month: every month.
    pub const DEFAULT_MEETINGS: Rhythm = Rhythm::Monthly;

    pub fn check_in_rhythm(&self) -> Rhythm {
        self.check_ins.unwrap_or(Self::DEFAULT_CHECK_INS)
    }

    pub fn meeting_rhythm(&self) -> Rhythm {
        self.meetings.unwrap_or(Self::DEFAULT_MEETINGS)
    }

    /// Nothing chosen: the set is saved without the field, as before rituals existed.
    pub fn is_unset(&self) -> bool {
        *self == Rituals::default()
    }
}

#[cfg(test)]
mod tests;
