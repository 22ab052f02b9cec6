//! The open set, reactive item by item. The set itself is plain data (`doc`); readers
//! subscribe to the part they show: one of the set's own fields, the order of its
//! objectives and key results, one objective, one key result, the meetings, the log, or
//! (for values derived from the whole set, which are memos) everything.
//!
//! After each change the store compares the set with the copy its readers last saw
//! (`seen`) and notifies only what differs, so an edit, a save from another tab and a
//! merge all take the same path: a patch in place. Nothing is rebuilt wholesale, so what a
//! user is typing in a form (their draft) is never reset by someone else's change.

use crate::domain::id::Id;
use crate::domain::model::{KeyResult, Objective, OkrSet};
use leptos::prelude::*;
use std::collections::HashMap;

mod part;
mod publish;

use part::FIELDS;
pub use part::{Scope, SetField};

/// One trigger per objective and per key result, created on first read. `ArcTrigger`s, so
/// a trigger made while some view reads does not belong to (and die with) that view.
#[derive(Default)]
struct ItemTriggers {
    objectives: HashMap<Id, ArcTrigger>,
    key_results: HashMap<Id, ArcTrigger>,
}

/// Where each objective and key result stands, by id: rebuilt when the order changes.
#[derive(Default)]
struct Index {
    objectives: HashMap<Id, usize>,
    key_results: HashMap<Id, (usize, usize)>,
}

impl Index {
    fn of(set: &OkrSet) -> Index {
        let mut index = Index::default();
        for (oi, o) in set.objectives.iter().enumerate() {
            index.objectives.insert(o.id.clone(), oi);
            for (ki, k) in o.key_results.iter().enumerate() {
                index.key_results.insert(k.id.clone(), (oi, ki));
            }
        }
        index
    }
}

#[derive(Clone, Copy)]
pub struct SetStore {
    index: StoredValue<Index>,
    doc: StoredValue<OkrSet>,
    /// The set as readers were last told of it: what the next change is compared with.
    seen: StoredValue<OkrSet>,
    fields: StoredValue<[ArcTrigger; FIELDS]>,
    /// The order of the objectives and of each objective's key results.
    structure: Trigger,
    items: StoredValue<ItemTriggers>,
    meetings: Trigger,
    changes: Trigger,
    /// Any key result (or the order): for memos over every key result (the set's progress).
    key_results: Trigger,
    /// Anything at all: for memos derived from the whole set.
    any: Trigger,
}

impl SetStore {
    pub fn new(set: OkrSet) -> SetStore {
        SetStore {
            index: StoredValue::new(Index::of(&set)),
            seen: StoredValue::new(set.clone()),
            doc: StoredValue::new(set),
            fields: StoredValue::new(std::array::from_fn(|_| ArcTrigger::new())),
            structure: Trigger::new(),
            items: StoredValue::new(ItemTriggers::default()),
            meetings: Trigger::new(),
            changes: Trigger::new(),
            key_results: Trigger::new(),
            any: Trigger::new(),
        }
    }

    /// Reads the whole set and subscribes to every change: for memos only.
    pub fn with<R>(&self, read: impl FnOnce(&OkrSet) -> R) -> R {
        self.any.track();
        self.doc.with_value(read)
    }

    pub fn with_untracked<R>(&self, read: impl FnOnce(&OkrSet) -> R) -> R {
        self.doc.with_value(read)
    }

    pub fn get_untracked(&self) -> OkrSet {
        self.doc.get_value()
    }

    /// Reads the set, subscribing to every key result and their order (not to titles of
    /// objectives, nor to the set's own fields).
    pub fn all_key_results<R>(&self, read: impl FnOnce(&OkrSet) -> R) -> R {
        self.key_results.track();
        self.doc.with_value(read)
    }

    /// Reads the set, subscribing to one of its own fields.
    pub fn field<R>(&self, field: SetField, read: impl FnOnce(&OkrSet) -> R) -> R {
        self.fields.with_value(|f| f[field.index()].track());
        self.doc.with_value(read)
    }

    /// Reads the set, subscribing to the order of its objectives and key results.
    pub fn structure<R>(&self, read: impl FnOnce(&OkrSet) -> R) -> R {
        self.structure.track();
        self.doc.with_value(read)
    }

    pub fn meetings<R>(&self, read: impl FnOnce(&OkrSet) -> R) -> R {
        self.meetings.track();
        self.doc.with_value(read)
    }

    pub fn changes<R>(&self, read: impl FnOnce(&OkrSet) -> R) -> R {
        self.changes.track();
        self.doc.with_value(read)
    }

    fn track_objective(&self, id: &Id) {
        self.items
            .update_value(|t| t.objectives.entry(id.clone()).or_default().track());
    }

    fn track_key_result(&self, id: &Id) {
        self.items
            .update_value(|t| t.key_results.entry(id.clone()).or_default().track());
    }

    /// One objective's own fields (title, why, retrospective, links), not its key results.
    pub fn objective<R>(&self, id: &Id, read: impl FnOnce(Option<&Objective>) -> R) -> R {
        self.track_objective(id);
        self.doc.with_value(|s| read(self.find_objective(s, id)))
    }

    fn find_objective<'a>(&self, set: &'a OkrSet, id: &Id) -> Option<&'a Objective> {
        let at = self.index.with_value(|i| i.objectives.get(id).copied())?;
        set.objectives.get(at).filter(|o| &o.id == id)
    }

    fn find_key_result<'a>(&self, set: &'a OkrSet, id: &Id) -> Option<&'a KeyResult> {
        let (o, k) = self.index.with_value(|i| i.key_results.get(id).copied())?;
        set.objectives
            .get(o)?
            .key_results
            .get(k)
            .filter(|kr| &kr.id == id)
    }

    /// An objective's number (1, 2, …), following moves.
    pub fn objective_number(&self, id: &Id) -> usize {
        self.structure.track();
        self.index
            .with_value(|i| i.objectives.get(id).map_or(0, |n| n + 1))
    }

    /// A key result's numbers (its objective's, its own), following moves.
    pub fn key_result_number(&self, id: &Id) -> (usize, usize) {
        self.structure.track();
        self.index.with_value(|i| {
            i.key_results
                .get(id)
                .map_or((0, 0), |(o, k)| (o + 1, k + 1))
        })
    }

    /// The objective a key result belongs to.
    pub fn objective_of(&self, key_result: &Id) -> Option<Id> {
        self.structure.track();
        let (o, _) = self
            .index
            .with_value(|i| i.key_results.get(key_result).copied())?;
        self.doc
            .with_value(|s| s.objectives.get(o).map(|o| o.id.clone()))
    }

    /// The ids of the objectives, in order.
    pub fn objective_ids(&self) -> Vec<Id> {
        self.structure(|s| s.objectives.iter().map(|o| o.id.clone()).collect())
    }

    /// The ids of an objective's key results, in order.
    pub fn key_result_ids(&self, objective: &Id) -> Vec<Id> {
        self.structure(|s| {
            self.find_objective(s, objective)
                .map(|o| o.key_results.iter().map(|k| k.id.clone()).collect())
                .unwrap_or_default()
        })
    }

    /// Every key result's id, in order.
    pub fn all_key_result_ids(&self) -> Vec<Id> {
        self.structure(|s| {
            s.objectives
                .iter()
                .flat_map(|o| &o.key_results)
                .map(|k| k.id.clone())
                .collect()
        })
    }

    /// One objective with its key results, as their figures need: subscribes to each.
    pub fn objective_deep<R>(&self, id: &Id, read: impl FnOnce(Option<&Objective>) -> R) -> R {
        self.structure.track();
        self.track_objective(id);
        let krs: Vec<Id> = self.doc.with_value(|s| {
            self.find_objective(s, id)
                .map(|o| o.key_results.iter().map(|k| k.id.clone()).collect())
                .unwrap_or_default()
        });
        for kr in &krs {
            self.track_key_result(kr);
        }
        self.doc.with_value(|s| read(self.find_objective(s, id)))
    }

    /// One key result (its fields and check-ins).
    pub fn key_result<R>(&self, id: &Id, read: impl FnOnce(Option<&KeyResult>) -> R) -> R {
        self.track_key_result(id);
        self.doc.with_value(|s| read(self.find_key_result(s, id)))
    }

    /// Changes the set within `scope` (the caller's promise), then tells the readers.
    pub fn update_in<R>(&self, scope: &Scope, edit: impl FnOnce(&mut OkrSet) -> R) -> Option<R> {
        let result = self.doc.try_update_value(edit)?;
        if !self.publish_in(scope) {
            self.publish();
        }
        Some(result)
    }

    /// Puts another version of the set in place (another tab's, a merge): a patch, so
    /// only what differs is drawn again.
    pub fn replace(&self, set: OkrSet) {
        self.doc.set_value(set);
        self.publish();
    }
}
