//! The cycle's rituals as calendar events: the check-ins repeat at their rhythm from the
//! latest one, the follow-up meetings from the day the rituals count from (the launch, or
//! the cycle's start while drafting), until the cycle's end; the retrospective is on the
//! last day.
//! Plain dates: a ritual is a day in the team's life, the same day wherever it is read.

use super::{due, Rhythm};
use crate::domain::model::OkrSet;
use chrono::{Datelike, NaiveDate};

/// Which ritual an event is; its key makes the event's stable id in calendar files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ritual {
    CheckIn,
    Meeting,
    Retrospective,
}

impl Ritual {
    pub const ALL: [Ritual; 3] = [Ritual::CheckIn, Ritual::Meeting, Ritual::Retrospective];

    /// Part of the event's UID: never changes, so a calendar imported again updates the
    /// events it made before instead of adding copies.
    pub fn key(self) -> &'static str {
        match self {
            Ritual::CheckIn => "check-ins",
            Ritual::Meeting => "meetings",
            Ritual::Retrospective => "retrospective",
        }
    }
}

/// How an event repeats: at `rhythm` counted from `from` (the first event is one rhythm
/// after it), up to `until` included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Repeat {
    pub rhythm: Rhythm,
    pub from: NaiveDate,
    pub until: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    pub ritual: Ritual,
    pub first: NaiveDate,
    pub repeat: Option<Repeat>,
}

impl Repeat {
    /// Every date of the repeat, in order.
    pub fn dates(self) -> impl Iterator<Item = NaiveDate> {
        (1..)
            .map(move |n| self.rhythm.nth(self.from, n))
            .take_while(move |d| d.is_some_and(|d| d <= self.until))
            .flatten()
    }

    /// For a monthly rhythm, the day of the month it counts from: kept up to the 28th,
    /// each month's last day from the 29th on (see `Rhythm::nth`).
    pub fn month_day(&self) -> u32 {
        self.from.day()
    }
}

/// The day the rituals count from: the launch within the cycle, or the cycle's start.
pub fn anchor(set: &OkrSet) -> NaiveDate {
    due::start(set).unwrap_or(set.cycle.start)
}

/// The set's rituals as events: check-ins, follow-up meetings (each left out when not
/// even one fits in the cycle), and the retrospective on the cycle's last day. Check-ins
/// repeat from the latest one (`due::check_ins_from`), as the due line counts them; when
/// the next would fall past the cycle, the last measure is one event on its last day, as
/// the due line says. Meetings repeat from the anchor.
pub fn events(set: &OkrSet) -> Vec<Event> {
    let until = set.cycle.end;
    let repeating = |ritual, rhythm: Rhythm, from: NaiveDate| {
        let first = rhythm.after(from).filter(|d| *d <= until)?;
        Some(Event {
            ritual,
            first,
            repeat: Some(Repeat {
                rhythm,
                from,
                until,
            }),
        })
    };
    let rituals = set.rituals;
    [
        check_ins(set, rituals.check_in_rhythm()),
        repeating(Ritual::Meeting, rituals.meeting_rhythm(), anchor(set)),
        Some(Event {
            ritual: Ritual::Retrospective,
            first: until,
            repeat: None,
        }),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The check-ins' event: repeating from the latest check-in, or the cycle's last measure
/// alone when no date of the rhythm is left before the end (none once it is made).
fn check_ins(set: &OkrSet, rhythm: Rhythm) -> Option<Event> {
    let (from, until) = (
        due::check_ins_from(set).unwrap_or(set.cycle.start),
        set.cycle.end,
    );
    if from >= until {
        return None;
    }
    Some(match rhythm.after(from).filter(|d| *d <= until) {
        Some(first) => Event {
            ritual: Ritual::CheckIn,
            first,
            repeat: Some(Repeat {
                rhythm,
                from,
                until,
            }),
        },
        None => Event {
            ritual: Ritual::CheckIn,
            first: until,
            repeat: None,
        },
    })
}
