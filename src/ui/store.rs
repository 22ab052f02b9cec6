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

/// The set's own fields, each notified on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetField {
    Name,
    Team,
    Cycle,
    Vocabulary,
    Why,
    CountRule,
    Launch,
    Closed,
    Previous,
    Reference,
    Created,
}

const FIELDS: usize = 11;

impl SetField {
    fn index(self) -> usize {
        self as usize
    }

    fn same(self, a: &OkrSet, b: &OkrSet) -> bool {
        match self {
            SetField::Name => a.name == b.name,
            SetField::Team => a.team == b.team,
            SetField::Cycle => a.cycle == b.cycle,
            SetField::Vocabulary => a.vocabulary == b.vocabulary,
            SetField::Why => a.why == b.why,
            SetField::CountRule => a.count_rule == b.count_rule,
            SetField::Launch => a.launch == b.launch,
            SetField::Closed => a.closed == b.closed,
            SetField::Previous => a.previous == b.previous,
            SetField::Reference => a.reference == b.reference,
            SetField::Created => a.created == b.created,
        }
    }

    /// Copies the field into the readers' copy of the set.
    fn copy(self, from: &OkrSet, to: &mut OkrSet) {
        match self {
            SetField::Name => to.name.clone_from(&from.name),
            SetField::Team => to.team.clone_from(&from.team),
            SetField::Cycle => to.cycle = from.cycle,
            SetField::Vocabulary => to.vocabulary.clone_from(&from.vocabulary),
            SetField::Why => to.why.clone_from(&from.why),
            SetField::CountRule => to.count_rule = from.count_rule,
            SetField::Launch => to.launch.clone_from(&from.launch),
            SetField::Closed => to.closed = from.closed,
            SetField::Previous => to.previous.clone_from(&from.previous),
            SetField::Reference => to.reference = from.reference,
            SetField::Created => to.created = from.created,
        }
    }

    const ALL: [SetField; FIELDS] = [
        SetField::Name,
        SetField::Team,
        SetField::Cycle,
        SetField::Vocabulary,
        SetField::Why,
        SetField::CountRule,
        SetField::Launch,
        SetField::Closed,
        SetField::Previous,
        SetField::Reference,
        SetField::Created,
    ];
}

/// What an edit may change, when its caller knows: the store then compares only that
/// (and the logs), so a keystroke costs the same in a 2,500-result set as in a small one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anything: the whole set is compared.
    Whole,
    /// One of the set's own fields.
    Field(SetField),
    /// One objective's own fields (not its key results, nor the order).
    Objective(Id),
    /// One key result's fields and check-ins.
    KeyResult(Id),
}

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

fn same_structure(a: &[Objective], b: &[Objective]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(a, b)| {
            a.id == b.id
                && a.key_results.len() == b.key_results.len()
                && a.key_results
                    .iter()
                    .zip(&b.key_results)
                    .all(|(x, y)| x.id == y.id)
        })
}

/// An objective's own fields, its key results aside.
fn same_own_fields(a: &Objective, b: &Objective) -> bool {
    a.title == b.title
        && a.why == b.why
        && a.retro == b.retro
        && a.contributes_to == b.contributes_to
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

    /// Compares only the scoped part and the logs; false when the scope cannot be found
    /// (then the caller compares everything).
    fn publish_in(&self, scope: &Scope) -> bool {
        let mut notify: Vec<ArcTrigger> = Vec::new();
        let (mut found, mut changed, mut kr_changed) = (true, false, false);
        let (mut meetings, mut changes) = (false, false);
        self.doc.with_value(|doc| {
            self.seen.update_value(|seen| {
                let trigger = |map: &HashMap<Id, ArcTrigger>, id: &Id| map.get(id).cloned();
                match scope {
                    Scope::Whole => found = false,
                    Scope::Field(field) => {
                        if !field.same(doc, seen) {
                            field.copy(doc, seen);
                            changed = true;
                            self.fields
                                .with_value(|f| notify.push(f[field.index()].clone()));
                        }
                    }
                    Scope::Objective(id) => {
                        match self.index.with_value(|i| i.objectives.get(id).copied()) {
                            Some(oi)
                                if doc.objectives.get(oi).is_some_and(|o| &o.id == id)
                                    && seen.objectives.len() > oi =>
                            {
                                let (o, old) = (&doc.objectives[oi], &mut seen.objectives[oi]);
                                if !same_own_fields(o, old) {
                                    old.title.clone_from(&o.title);
                                    old.why.clone_from(&o.why);
                                    old.retro.clone_from(&o.retro);
                                    old.contributes_to.clone_from(&o.contributes_to);
                                    changed = true;
                                    notify.extend(
                                        self.items.with_value(|t| trigger(&t.objectives, id)),
                                    );
                                }
                            }
                            _ => found = false,
                        }
                    }
                    Scope::KeyResult(id) => {
                        let at = self.index.with_value(|i| i.key_results.get(id).copied());
                        let old = at.and_then(|(oi, ki)| {
                            seen.objectives.get_mut(oi)?.key_results.get_mut(ki)
                        });
                        let new =
                            at.and_then(|(oi, ki)| doc.objectives.get(oi)?.key_results.get(ki));
                        match (new, old) {
                            (Some(new), Some(old)) if &new.id == id && &old.id == id => {
                                if new != old {
                                    old.clone_from(new);
                                    changed = true;
                                    kr_changed = true;
                                    notify.extend(
                                        self.items.with_value(|t| trigger(&t.key_results, id)),
                                    );
                                }
                            }
                            _ => found = false,
                        }
                    }
                }
                if found {
                    (meetings, changes) = Self::diff_logs(doc, seen);
                }
            });
        });
        if !found {
            return false;
        }
        self.tell(
            notify,
            false,
            meetings,
            changes,
            kr_changed,
            changed || meetings || changes,
        );
        true
    }

    /// Compares the meetings and the change log, copying what differs.
    fn diff_logs(doc: &OkrSet, seen: &mut OkrSet) -> (bool, bool) {
        let meetings = doc.meetings != seen.meetings;
        if meetings {
            seen.meetings.clone_from(&doc.meetings);
        }
        let changes = doc.changes != seen.changes;
        if changes {
            seen.changes.clone_from(&doc.changes);
        }
        (meetings, changes)
    }

    fn tell(
        &self,
        notify: Vec<ArcTrigger>,
        structure: bool,
        meetings: bool,
        changes: bool,
        key_results: bool,
        any: bool,
    ) {
        if structure {
            self.structure.notify();
        }
        if meetings {
            self.meetings.notify();
        }
        if changes {
            self.changes.notify();
        }
        for trigger in notify {
            trigger.notify();
        }
        if key_results || structure {
            self.key_results.notify();
        }
        if any {
            self.any.notify();
        }
    }

    /// Puts another version of the set in place (another tab's, a merge): a patch, so
    /// only what differs is drawn again.
    pub fn replace(&self, set: OkrSet) {
        self.doc.set_value(set);
        self.publish();
    }

    /// Compares the set with what readers last saw, notifies what differs, and remembers it.
    fn publish(&self) {
        let mut notify: Vec<ArcTrigger> = Vec::new();
        let mut structure = false;
        let (mut meetings, mut changes, mut any) = (false, false, false);
        // An item changed, whether or not anybody reads it yet.
        let (mut items_changed, mut kr_changed) = (false, false);
        self.doc.with_value(|doc| {
            self.seen.update_value(|seen| {
                for field in SetField::ALL {
                    if !field.same(doc, seen) {
                        field.copy(doc, seen);
                        self.fields
                            .with_value(|f| notify.push(f[field.index()].clone()));
                    }
                }
                (meetings, changes) = Self::diff_logs(doc, seen);
                self.items.with_value(|items| {
                    let mut touched = |map: &HashMap<Id, ArcTrigger>, id: &Id| {
                        if let Some(t) = map.get(id) {
                            notify.push(t.clone());
                        }
                    };
                    if same_structure(&doc.objectives, &seen.objectives) {
                        for (o, old) in doc.objectives.iter().zip(seen.objectives.iter_mut()) {
                            if !same_own_fields(o, old) {
                                items_changed = true;
                                touched(&items.objectives, &o.id);
                                old.title.clone_from(&o.title);
                                old.why.clone_from(&o.why);
                                old.retro.clone_from(&o.retro);
                                old.contributes_to.clone_from(&o.contributes_to);
                            }
                            for (kr, old_kr) in o.key_results.iter().zip(old.key_results.iter_mut())
                            {
                                if kr != old_kr {
                                    items_changed = true;
                                    kr_changed = true;
                                    touched(&items.key_results, &kr.id);
                                    old_kr.clone_from(kr);
                                }
                            }
                        }
                    } else {
                        // Items moved, came or went: compare each by id.
                        structure = true;
                        let old_objectives: HashMap<&Id, &Objective> =
                            seen.objectives.iter().map(|o| (&o.id, o)).collect();
                        let old_krs: HashMap<&Id, &KeyResult> = seen
                            .objectives
                            .iter()
                            .flat_map(|o| &o.key_results)
                            .map(|k| (&k.id, k))
                            .collect();
                        for o in &doc.objectives {
                            if old_objectives
                                .get(&o.id)
                                .is_none_or(|old| !same_own_fields(o, old))
                            {
                                touched(&items.objectives, &o.id);
                            }
                            for kr in &o.key_results {
                                if old_krs.get(&kr.id).is_none_or(|old| *old != kr) {
                                    touched(&items.key_results, &kr.id);
                                }
                            }
                        }
                        // Items that went: whoever reads them learns they are gone.
                        let index = Index::of(doc);
                        for id in old_objectives
                            .keys()
                            .filter(|id| !index.objectives.contains_key(*id))
                        {
                            touched(&items.objectives, id);
                        }
                        for id in old_krs
                            .keys()
                            .filter(|id| !index.key_results.contains_key(*id))
                        {
                            touched(&items.key_results, id);
                        }
                        seen.objectives.clone_from(&doc.objectives);
                        self.index.set_value(index);
                    }
                });
                any = structure || meetings || changes || items_changed || !notify.is_empty();
            });
        });
        self.tell(notify, structure, meetings, changes, kr_changed, any);
        self.forget_gone_items();
    }

    /// Triggers of items no longer in the set are dropped once nobody reads them.
    fn forget_gone_items(&self) {
        let (objectives, krs) = self
            .doc
            .with_value(|s| (s.objectives.len(), s.key_result_count()));
        self.items.update_value(|items| {
            if items.objectives.len() > 2 * objectives + 16
                || items.key_results.len() > 2 * krs + 16
            {
                self.index.with_value(|index| {
                    items
                        .objectives
                        .retain(|id, _| index.objectives.contains_key(id));
                    items
                        .key_results
                        .retain(|id, _| index.key_results.contains_key(id));
                });
            }
        });
    }
}
