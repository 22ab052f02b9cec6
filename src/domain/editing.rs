//! Edits a user makes to a set. Each returns what the shell needs to offer an undo.

use super::id::{Id, IdSource};
use super::model::{KeyResult, Objective, OkrSet};
use chrono::{DateTime, Utc};

/// An item taken out of a list, with where it stood, so undo puts it back in place.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed<T> {
    pub parent: Option<Id>,
    pub index: usize,
    pub item: T,
}

fn move_within<T>(items: &mut [T], index: usize, delta: isize) -> bool {
    let Some(target) = index.checked_add_signed(delta) else {
        return false;
    };
    if target >= items.len() {
        return false;
    }
    items.swap(index, target);
    true
}

impl OkrSet {
    /// Records that a saved edit happened: the revision moves on.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.revision += 1;
        self.modified = now;
    }

    /// False at the limit a file may hold (`validate::MAX_OBJECTIVES`): a set must always
    /// read back.
    pub fn add_objective(&mut self, id: Id) -> bool {
        if self.objectives.len() >= super::validate::MAX_OBJECTIVES {
            return false;
        }
        self.objectives.push(Objective::new(id));
        true
    }

    pub fn objective_mut(&mut self, id: &Id) -> Option<&mut Objective> {
        self.objectives.iter_mut().find(|o| &o.id == id)
    }

    /// Also takes the objective out of the meetings that named it, so no reference dangles.
    pub fn remove_objective(&mut self, id: &Id) -> Option<Removed<Objective>> {
        let index = self.objectives.iter().position(|o| &o.id == id)?;
        let removed = self.objectives.remove(index);
        self.forget_missing_objectives();
        Some(Removed {
            parent: None,
            index,
            item: removed,
        })
    }

    /// Meetings may only name objectives the set has: after a removal, a cancelled change
    /// or a merge, the names of objectives that are gone are dropped.
    pub fn forget_missing_objectives(&mut self) {
        let ids: Vec<Id> = self.objectives.iter().map(|o| o.id.clone()).collect();
        for meeting in &mut self.meetings {
            meeting.to_revisit.retain(|id| ids.contains(id));
        }
    }

    pub fn restore_objective(&mut self, removed: Removed<Objective>) {
        let index = removed.index.min(self.objectives.len());
        self.objectives.insert(index, removed.item);
    }

    /// Moves an objective up (negative) or down; false when it cannot move.
    pub fn move_objective(&mut self, id: &Id, delta: isize) -> bool {
        match self.objectives.iter().position(|o| &o.id == id) {
            Some(index) => move_within(&mut self.objectives, index, delta),
            None => false,
        }
    }

    /// Puts objective `id` where objective `at` stands (a drop onto it).
    pub fn place_objective(&mut self, id: &Id, at: &Id) -> bool {
        let from = self.objectives.iter().position(|o| &o.id == id);
        let to = self.objectives.iter().position(|o| &o.id == at);
        match (from, to) {
            (Some(from), Some(to)) if from != to => {
                let objective = self.objectives.remove(from);
                self.objectives.insert(to, objective);
                true
            }
            _ => false,
        }
    }

    pub fn add_key_result(&mut self, objective: &Id, id: Id) -> bool {
        match self.objective_mut(objective) {
            Some(o) if o.key_results.len() < super::validate::MAX_KEY_RESULTS => {
                o.key_results.push(KeyResult::new(id));
                true
            }
            _ => false,
        }
    }

    pub fn key_result_mut(&mut self, id: &Id) -> Option<&mut KeyResult> {
        self.objectives
            .iter_mut()
            .flat_map(|o| o.key_results.iter_mut())
            .find(|k| &k.id == id)
    }

    pub fn remove_key_result(&mut self, id: &Id) -> Option<Removed<KeyResult>> {
        self.objectives.iter_mut().find_map(|o| {
            let index = o.key_results.iter().position(|k| &k.id == id)?;
            Some(Removed {
                parent: Some(o.id.clone()),
                index,
                item: o.key_results.remove(index),
            })
        })
    }

    /// Puts a key result back; false when its objective is gone meanwhile.
    pub fn restore_key_result(&mut self, removed: Removed<KeyResult>) -> bool {
        let Some(parent) = removed.parent.as_ref() else {
            return false;
        };
        match self.objective_mut(parent) {
            Some(o) => {
                let index = removed.index.min(o.key_results.len());
                o.key_results.insert(index, removed.item);
                true
            }
            None => false,
        }
    }

    pub fn move_key_result(&mut self, id: &Id, delta: isize) -> bool {
        self.objectives
            .iter_mut()
            .any(|o| match o.key_results.iter().position(|k| &k.id == id) {
                Some(index) => move_within(&mut o.key_results, index, delta),
                None => false,
            })
    }

    /// Puts key result `id` where key result `at` stands, in `at`'s objective: a drop.
    pub fn place_key_result(&mut self, id: &Id, at: &Id) -> bool {
        if id == at || self.key_result(at).is_none() {
            return false;
        }
        let Some(removed) = self.remove_key_result(id) else {
            return false;
        };
        let (parent, index) = self
            .objectives
            .iter()
            .find_map(|o| {
                o.key_results
                    .iter()
                    .position(|k| &k.id == at)
                    .map(|i| (o.id.clone(), i))
            })
            .expect("checked above");
        // Dropped on a later sibling: land after it, as the eye expects.
        let index = if removed.parent.as_ref() == Some(&parent) && removed.index <= index {
            index + 1
        } else {
            index
        };
        self.restore_key_result(Removed {
            parent: Some(parent),
            index,
            item: removed.item,
        })
    }

    /// A full copy under fresh ids, so that both can live in one workspace and travel apart.
    pub fn duplicate(&self, ids: &mut impl IdSource, name: &str, now: DateTime<Utc>) -> OkrSet {
        let mut copy = self.clone();
        copy.id = ids.next_id();
        copy.name = super::validate::clean_line(name, super::validate::MAX_NAME_CHARS);
        copy.created = now;
        copy.modified = now;
        copy.revision = 1;
        let (mut renamed, mut renamed_krs) = (Vec::new(), Vec::new());
        for objective in &mut copy.objectives {
            let new = ids.next_id();
            renamed.push((std::mem::replace(&mut objective.id, new.clone()), new));
            for kr in &mut objective.key_results {
                let new = ids.next_id();
                renamed_krs.push((std::mem::replace(&mut kr.id, new.clone()), new));
            }
        }
        super::meeting_figures::follow_renamed(&mut copy.meetings, &renamed_krs);
        // Meetings name objectives by id: they follow the new ids.
        for id in copy
            .meetings
            .iter_mut()
            .flat_map(|m| m.to_revisit.iter_mut())
        {
            if let Some((_, new)) = renamed.iter().find(|(old, _)| old == id) {
                *id = new.clone();
            }
        }
        copy
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_key_result_dropped_on_another_takes_its_place_even_across_objectives() {
        let mut set = sample();
        set.add_key_result(&Id::new("o1"), Id::new("k3"));
        set.add_key_result(&Id::new("o2"), Id::new("k4"));
        let krs = |set: &OkrSet, o: &str| {
            set.objective(&Id::new(o))
                .unwrap()
                .key_results
                .iter()
                .map(|k| k.id.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(krs(&set, "o1"), ["k1", "k2", "k3"]);
        assert!(set.place_key_result(&Id::new("k3"), &Id::new("k1")));
        assert_eq!(krs(&set, "o1"), ["k3", "k1", "k2"]);
        assert!(set.place_key_result(&Id::new("k3"), &Id::new("k2")));
        assert_eq!(krs(&set, "o1"), ["k1", "k2", "k3"]);
        assert!(set.place_key_result(&Id::new("k1"), &Id::new("k4")));
        assert_eq!(
            (krs(&set, "o1"), krs(&set, "o2")),
            (
                vec!["k2".to_owned(), "k3".into()],
                vec!["k1".to_owned(), "k4".into()]
            )
        );
        assert!(!set.place_key_result(&Id::new("k1"), &Id::new("k1")));
        assert!(!set.place_key_result(&Id::new("k1"), &Id::new("nope")));
        assert!(!set.place_key_result(&Id::new("nope"), &Id::new("k1")));
        assert_eq!(set.key_result_count(), 4);
    }

    #[test]
    fn an_objective_dropped_on_another_takes_its_place() {
        let mut set = sample();
        let order = |set: &OkrSet| {
            set.objectives
                .iter()
                .map(|o| o.id.to_string())
                .collect::<Vec<_>>()
        };
        assert!(set.place_objective(&Id::new("o3"), &Id::new("o1")));
        assert_eq!(order(&set), ["o3", "o1", "o2"]);
        assert!(set.place_objective(&Id::new("o3"), &Id::new("o2")));
        assert_eq!(order(&set), ["o1", "o2", "o3"]);
        assert!(!set.place_objective(&Id::new("o1"), &Id::new("o1")));
        assert!(!set.place_objective(&Id::new("nope"), &Id::new("o1")));
        assert_eq!(order(&set), ["o1", "o2", "o3"]);
    }

    use super::*;
    use crate::domain::id::CountingIds;
    use crate::domain::model::Cycle;
    use chrono::NaiveDate;

    fn sample() -> OkrSet {
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let cycle = Cycle::quarter_from(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        let mut set = OkrSet::new(Id::new("s"), "Set", "Team", cycle, now);
        for o in ["o1", "o2", "o3"] {
            set.add_objective(Id::new(o));
        }
        set.add_key_result(&Id::new("o1"), Id::new("k1"));
        set.add_key_result(&Id::new("o1"), Id::new("k2"));
        set
    }

    fn order(set: &OkrSet) -> Vec<&str> {
        set.objectives.iter().map(|o| o.id.as_str()).collect()
    }

    #[test]
    fn objectives_move_within_bounds() {
        let mut set = sample();
        assert!(!set.move_objective(&Id::new("o1"), -1));
        assert!(set.move_objective(&Id::new("o1"), 1));
        assert_eq!(order(&set), ["o2", "o1", "o3"]);
        assert!(!set.move_objective(&Id::new("o3"), 1));
        assert!(!set.move_objective(&Id::new("nope"), 1));
    }

    #[test]
    fn removed_objective_comes_back_in_place() {
        let mut set = sample();
        let removed = set.remove_objective(&Id::new("o2")).unwrap();
        assert_eq!(order(&set), ["o1", "o3"]);
        set.restore_objective(removed);
        assert_eq!(order(&set), ["o1", "o2", "o3"]);
    }

    #[test]
    fn key_results_move_remove_and_restore() {
        let mut set = sample();
        assert!(set.move_key_result(&Id::new("k2"), -1));
        let ids: Vec<_> = set.objectives[0]
            .key_results
            .iter()
            .map(|k| k.id.as_str())
            .collect();
        assert_eq!(ids, ["k2", "k1"]);
        let removed = set.remove_key_result(&Id::new("k2")).unwrap();
        assert_eq!(removed.index, 0);
        assert_eq!(set.key_result_count(), 1);
        assert!(set.restore_key_result(removed.clone()));
        assert_eq!(set.objectives[0].key_results[0].id.as_str(), "k2");
        set.remove_objective(&Id::new("o1"));
        assert!(!set.restore_key_result(removed));
    }

    #[test]
    fn duplicate_gets_fresh_ids_everywhere() {
        let mut set = sample();
        set.meetings.push(crate::domain::model::Meeting {
            id: Id::new("m1"),
            date: set.cycle.start,
            learned: String::new(),
            to_revisit: vec![Id::new("o2")],
            adjust: String::new(),
            blocking: String::new(),
            figures: None,
        });
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let copy = set.duplicate(&mut CountingIds::with_prefix("c"), "Copy", now);
        assert_eq!(
            copy.meetings[0].to_revisit,
            vec![copy.objectives[1].id.clone()],
            "meetings follow the new ids"
        );
        assert!(crate::domain::validate::validate_sets(std::slice::from_ref(&copy)).is_ok());
        assert_ne!(copy.id, set.id);
        assert_eq!(copy.name, "Copy");
        assert_eq!(copy.revision, 1);
        assert_eq!(copy.key_result_count(), set.key_result_count());
        for (a, b) in copy.objectives.iter().zip(&set.objectives) {
            assert_ne!(a.id, b.id);
            assert_eq!(a.title, b.title);
        }
    }

    #[test]
    fn touch_moves_the_revision_on() {
        let mut set = sample();
        let later = DateTime::from_timestamp(1_900_000_000, 0).unwrap();
        set.touch(later);
        assert_eq!(set.revision, 2);
        assert_eq!(set.modified, later);
    }
}
