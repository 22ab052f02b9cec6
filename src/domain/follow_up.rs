//! Edits of a living set: check-ins and follow-up meetings. Each removal hands back what
//! an undo needs.

use super::editing::Removed;
use super::id::Id;
use super::model::{CheckIn, Meeting, OkrSet};
use super::order;
use super::validate::{MAX_CHECK_INS, MAX_MEETINGS};

impl OkrSet {
    /// Adds a check-in in date order (after those of the same day); false if the key
    /// result is gone or holds the most a file may (`validate::MAX_CHECK_INS`).
    pub fn record_check_in(&mut self, key_result: &Id, check_in: CheckIn) -> bool {
        let Some(kr) = self
            .key_result_mut(key_result)
            .filter(|k| k.check_ins.len() < MAX_CHECK_INS)
        else {
            return false;
        };
        let index = kr.check_ins.partition_point(|c| c.date <= check_in.date);
        kr.check_ins.insert(index, check_in);
        true
    }

    /// Replaces a check-in (same id), keeping the history in date order.
    pub fn update_check_in(&mut self, key_result: &Id, check_in: CheckIn) -> bool {
        let Some(kr) = self.key_result_mut(key_result) else {
            return false;
        };
        let Some(slot) = kr.check_ins.iter_mut().find(|c| c.id == check_in.id) else {
            return false;
        };
        *slot = check_in;
        order::sort_by_key(&mut kr.check_ins, |c| c.date);
        true
    }

    pub fn remove_check_in(&mut self, key_result: &Id, id: &Id) -> Option<Removed<CheckIn>> {
        let kr = self.key_result_mut(key_result)?;
        let index = kr.check_ins.iter().position(|c| &c.id == id)?;
        Some(Removed {
            parent: Some(key_result.clone()),
            index,
            item: kr.check_ins.remove(index),
        })
    }

    pub fn restore_check_in(&mut self, removed: Removed<CheckIn>) -> bool {
        let Some(kr) = removed.parent.as_ref().and_then(|p| self.key_result_mut(p)) else {
            return false;
        };
        let index = removed.index.min(kr.check_ins.len());
        kr.check_ins.insert(index, removed.item);
        true
    }

    /// Adds a meeting in date order; false at the most a file may hold.
    pub fn record_meeting(&mut self, meeting: Meeting) -> bool {
        if self.meetings.len() >= MAX_MEETINGS {
            return false;
        }
        let index = self.meetings.partition_point(|m| m.date <= meeting.date);
        self.meetings.insert(index, meeting);
        true
    }

    pub fn remove_meeting(&mut self, id: &Id) -> Option<Removed<Meeting>> {
        let index = self.meetings.iter().position(|m| &m.id == id)?;
        Some(Removed {
            parent: None,
            index,
            item: self.meetings.remove(index),
        })
    }

    pub fn restore_meeting(&mut self, removed: Removed<Meeting>) {
        let index = removed.index.min(self.meetings.len());
        self.meetings.insert(index, removed.item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Confidence, Cycle, KeyResult, Objective};
    use chrono::{DateTime, NaiveDate, Utc};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
    }

    fn check_in(id: &str, date: NaiveDate, value: f64) -> CheckIn {
        CheckIn {
            id: Id::new(id),
            date,
            value,
            confidence: Confidence::Uncertain,
            note: String::new(),
        }
    }

    fn set() -> OkrSet {
        let mut set = OkrSet::new(
            Id::new("s"),
            "S",
            "",
            Cycle::quarter_from(day(1)),
            DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
        );
        let mut o = Objective::new(Id::new("o"));
        o.key_results.push(KeyResult::new(Id::new("k")));
        set.objectives.push(o);
        set
    }

    fn history(set: &OkrSet) -> Vec<&str> {
        set.key_result(&Id::new("k"))
            .unwrap()
            .1
            .check_ins
            .iter()
            .map(|c| c.id.as_str())
            .collect()
    }

    #[test]
    fn check_ins_keep_date_order_and_undo_puts_them_back() {
        let mut s = set();
        let k = Id::new("k");
        assert!(s.record_check_in(&k, check_in("c1", day(14), 3.0)));
        assert!(s.record_check_in(&k, check_in("c2", day(7), 1.0)));
        assert!(s.record_check_in(&k, check_in("c3", day(14), 4.0)));
        assert_eq!(history(&s), ["c2", "c1", "c3"]);
        assert!(s.update_check_in(&k, check_in("c2", day(21), 5.0)));
        assert_eq!(history(&s), ["c1", "c3", "c2"]);
        let removed = s.remove_check_in(&k, &Id::new("c3")).unwrap();
        assert_eq!(history(&s), ["c1", "c2"]);
        assert!(s.restore_check_in(removed));
        assert_eq!(history(&s), ["c1", "c3", "c2"]);
        assert!(!s.record_check_in(&Id::new("gone"), check_in("c4", day(1), 0.0)));
    }

    #[test]
    fn nothing_is_added_past_what_a_file_may_hold() {
        let mut s = set();
        let k = Id::new("k");
        for i in 0..MAX_CHECK_INS + 3 {
            s.record_check_in(&k, check_in(&format!("x{i}"), day(2), 1.0));
        }
        assert_eq!(history(&s).len(), MAX_CHECK_INS);
        for _ in 0..crate::domain::validate::MAX_OBJECTIVES + 2 {
            s.add_objective(Id::new(format!("o{}", s.objectives.len() + 1)));
        }
        assert_eq!(s.objectives.len(), crate::domain::validate::MAX_OBJECTIVES);
        assert!(crate::domain::validate::validate_sets(std::slice::from_ref(&s)).is_ok());
    }
}
