//! Telling readers what changed: the set is compared with the copy they last saw, and
//! only what differs is copied and notified.

use super::{Index, Scope, SetField, SetStore};
use crate::domain::id::Id;
use crate::domain::model::{KeyResult, Objective, OkrSet};
use leptos::prelude::*;
use std::collections::HashMap;

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
    /// Compares only the scoped part and the logs; false when the scope cannot be found
    /// (then the caller compares everything).
    pub(super) fn publish_in(&self, scope: &Scope) -> bool {
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

    /// Compares the set with what readers last saw, notifies what differs, and remembers it.
    pub(super) fn publish(&self) {
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
