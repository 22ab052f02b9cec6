//! The gentle nudge to keep a copy: the data lives in one browser only, so a set that
//! changed and was not exported for a week deserves a word.

use chrono::{DateTime, Duration, Utc};

pub const EXPORT_REMINDER_DAYS: i64 = 7;

/// Whether to remind: the set changed since its last export (or was never exported), and
/// that export (or its creation) is at least a week old.
pub fn needs_export(
    created: DateTime<Utc>,
    modified: DateTime<Utc>,
    last_export: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    let since = last_export.unwrap_or(created);
    let changed = last_export.is_none_or(|at| modified > at);
    changed && now - since >= Duration::days(EXPORT_REMINDER_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, d, 9, 0, 0).unwrap()
    }

    #[test]
    fn a_week_after_the_last_copy_of_a_changed_set() {
        // Never exported: counted from creation.
        assert!(!needs_export(day(1), day(2), None, day(7)));
        assert!(needs_export(day(1), day(2), None, day(8)));
        // Exported, then changed: a week after the export.
        assert!(!needs_export(day(1), day(12), Some(day(10)), day(16)));
        assert!(needs_export(day(1), day(12), Some(day(10)), day(17)));
        // Exported and unchanged since: no reminder, however old.
        assert!(!needs_export(day(1), day(10), Some(day(10)), day(30)));
        assert!(!needs_export(day(1), day(9), Some(day(10)), day(30)));
    }
}
