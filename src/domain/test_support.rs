//! Builders the domain's tests share: a day of January 2027 and a check-in on it.

use crate::domain::id::Id;
use crate::domain::model::{CheckIn, Confidence};
use chrono::NaiveDate;

/// The `d`th of January 2027.
pub fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
}

/// A confident check-in with no note, on the `d`th of January 2027.
pub fn check_in(id: &str, d: u32, value: f64) -> CheckIn {
    CheckIn {
        id: Id::new(id),
        date: day(d),
        value,
        confidence: Confidence::Confident,
        note: String::new(),
    }
}
