//! Merging two copies of one set, item by item (details, objectives, key results,
//! check-ins, meetings; the change log is a union). With the copy both started from
//! (`base`), a change made on one side only is taken; without it (two files that parted
//! long ago), items present on one side only are kept. Where both sides differ, the
//! caller's choice decides; two check-ins can also both be kept.

use crate::domain::id::Id;
use crate::domain::order;
mod repair;

use super::model::{CheckIn, Contribution, KeyResult, Meeting, Objective, OkrSet};
use super::shared::{
    check_in_key_of, fingerprint, kr_content, kr_key_of, meeting_key_of, objective_content,
    objective_key_of,
};
use repair::{one_place_per_key_result, unique_check_in_ids, visible_name, within_limits};
use serde::Serialize;

/// Which copy wins a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Ours,
    Theirs,
    /// Two versions of one check-in: keep both (the other under a new id).
    Both,
}

pub use super::shared::Detail;

/// Where two copies can disagree.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    Detail(Detail),
    Objective(Id),
    KeyResult(Id),
    CheckIn(Id),
    Meeting(Id),
}

/// The merged set and the conflicts that were decided by `choose`.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub set: OkrSet,
    pub conflicts: Vec<Item>,
}

struct Ctx<'a> {
    choose: &'a dyn Fn(&Item) -> Side,
    conflicts: Vec<Item>,
    /// Without a base, the two copies' share points stand in for it.
    ours: &'a OkrSet,
    theirs: &'a OkrSet,
    three_way: bool,
}

/// The key an item's share points are noted under (see `shared`).
pub fn key(item: &Item) -> String {
    match item {
        Item::Detail(d) => d.key().to_owned(),
        Item::Objective(id) => objective_key_of(id),
        Item::KeyResult(id) => kr_key_of(id),
        Item::CheckIn(id) => check_in_key_of(id),
        Item::Meeting(id) => meeting_key_of(id),
    }
}

impl Ctx<'_> {
    fn decide(&mut self, item: Item) -> Side {
        let side = (self.choose)(&item);
        self.conflicts.push(item);
        side
    }

    /// Whether `value` is a state the other side has moved on from: the base, or without
    /// one, a state `holder` (the other side) was shared in.
    fn outgrown<T: PartialEq + Serialize>(
        &self,
        base: Option<&T>,
        value: &T,
        key: &str,
        holder: Side,
    ) -> bool {
        if self.three_way {
            return base == Some(value);
        }
        let holder = if holder == Side::Theirs {
            self.theirs
        } else {
            self.ours
        };
        holder.was_shared_as(key, fingerprint(value))
    }

    /// Whether the other side knew the item before: with a base, the base has it.
    fn known<T>(&self, base: Option<&T>, key: &str, holder: Side) -> bool {
        if self.three_way {
            return base.is_some();
        }
        (if holder == Side::Theirs {
            self.theirs
        } else {
            self.ours
        })
        .knew(key)
    }

    /// The choice of one value: what changed on one side only is taken; a change on both
    /// sides is decided by the caller.
    fn value<T: Clone + PartialEq + Serialize>(
        &mut self,
        base: Option<&T>,
        ours: &T,
        theirs: &T,
        item: Item,
    ) -> T {
        let key = key(&item);
        if ours == theirs || self.outgrown(base, theirs, &key, Side::Ours) {
            ours.clone()
        } else if self.outgrown(base, ours, &key, Side::Theirs) || self.decide(item) == Side::Theirs
        {
            theirs.clone()
        } else {
            ours.clone()
        }
    }
}

/// Lists of items with ids: ours' order, then what only theirs has, in theirs' order.
#[allow(clippy::too_many_arguments)]
fn list<T: Clone + PartialEq, C: PartialEq + Serialize>(
    base: Option<&[T]>,
    ours: &[T],
    theirs: &[T],
    id: fn(&T) -> &Id,
    item: fn(Id) -> Item,
    content: fn(&T) -> C,
    ctx: &mut Ctx,
    mut both: impl FnMut(Option<&T>, &T, &T, &mut Ctx) -> Vec<T>,
) -> Vec<T> {
    let find = |list: &[T], key: &Id| list.iter().find(|x| id(x) == key).cloned();
    let mut out = Vec::new();
    // An item only one side has: added there, or deleted on the other side after it was
    // shared. Deleted, it goes if this side left it as shared; changed since, it is a conflict.
    let one_side = |x: &T, b: Option<T>, other: Side, ctx: &mut Ctx| -> bool {
        let it = item(id(x).clone());
        let k = key(&it);
        let (b, now) = (b.map(|b| content(&b)), content(x));
        if !ctx.known(b.as_ref(), &k, other) {
            return true;
        }
        if ctx.outgrown(b.as_ref(), &now, &k, other) {
            return false;
        }
        let keep = if other == Side::Theirs {
            Side::Ours
        } else {
            Side::Theirs
        };
        ctx.decide(it) == keep
    };
    for o in ours {
        let b = base.and_then(|b| find(b, id(o)));
        match find(theirs, id(o)) {
            Some(t) => out.extend(both(b.as_ref(), o, &t, ctx)),
            None if one_side(o, b, Side::Theirs, ctx) => out.push(o.clone()),
            None => {}
        }
    }
    for t in theirs.iter().filter(|t| find(ours, id(t)).is_none()) {
        let b = base.and_then(|b| find(b, id(t)));
        if one_side(t, b, Side::Ours, ctx) {
            out.push(t.clone());
        }
    }
    out
}

fn check_in(
    base: Option<&CheckIn>,
    ours: &CheckIn,
    theirs: &CheckIn,
    ctx: &mut Ctx,
) -> Vec<CheckIn> {
    let k = key(&Item::CheckIn(ours.id.clone()));
    if ours == theirs || ctx.outgrown(base, theirs, &k, Side::Ours) {
        return vec![ours.clone()];
    }
    if ctx.outgrown(base, ours, &k, Side::Theirs) {
        return vec![theirs.clone()];
    }
    match ctx.decide(Item::CheckIn(ours.id.clone())) {
        Side::Ours => vec![ours.clone()],
        Side::Theirs => vec![theirs.clone()],
        // The second copy is given a free id by `unique_check_in_ids`.
        Side::Both => vec![ours.clone(), theirs.clone()],
    }
}

fn key_result(
    base: Option<&KeyResult>,
    ours: &KeyResult,
    theirs: &KeyResult,
    ctx: &mut Ctx,
) -> Vec<KeyResult> {
    let content = ctx.value(
        base.map(kr_content).as_ref(),
        &kr_content(ours),
        &kr_content(theirs),
        Item::KeyResult(ours.id.clone()),
    );
    let mut check_ins = list(
        base.map(|b| b.check_ins.as_slice()),
        &ours.check_ins,
        &theirs.check_ins,
        |c| &c.id,
        Item::CheckIn,
        CheckIn::clone,
        ctx,
        check_in,
    );
    order::sort_by_key(&mut check_ins, |c| c.date);
    vec![KeyResult {
        check_ins,
        ..content
    }]
}

/// Links are facts, not wording: a link added on either side is kept, one removed on one
/// side (with a base) goes; the same link with other titles takes ours.
fn contribution(
    _: Option<&Contribution>,
    ours: &Contribution,
    _: &Contribution,
    _: &mut Ctx,
) -> Vec<Contribution> {
    vec![ours.clone()]
}

fn objective(
    base: Option<&Objective>,
    ours: &Objective,
    theirs: &Objective,
    ctx: &mut Ctx,
) -> Vec<Objective> {
    let content = ctx.value(
        base.map(objective_content).as_ref(),
        &objective_content(ours),
        &objective_content(theirs),
        Item::Objective(ours.id.clone()),
    );
    let key_results = list(
        base.map(|b| b.key_results.as_slice()),
        &ours.key_results,
        &theirs.key_results,
        |k| &k.id,
        Item::KeyResult,
        kr_content,
        ctx,
        key_result,
    );
    // Links are not shared items: three-way with a base, else a union.
    let contributes_to = if ctx.three_way {
        list(
            base.map(|b| b.contributes_to.as_slice()),
            &ours.contributes_to,
            &theirs.contributes_to,
            |c| &c.objective,
            Item::Objective,
            Contribution::clone,
            ctx,
            contribution,
        )
    } else {
        let mut all = ours.contributes_to.clone();
        all.extend(
            theirs
                .contributes_to
                .iter()
                .filter(|t| {
                    !ours
                        .contributes_to
                        .iter()
                        .any(|o| o.objective == t.objective)
                })
                .cloned(),
        );
        all
    };
    vec![Objective {
        key_results,
        contributes_to,
        ..content
    }]
}

fn meeting(
    base: Option<&Meeting>,
    ours: &Meeting,
    theirs: &Meeting,
    ctx: &mut Ctx,
) -> Vec<Meeting> {
    vec![ctx.value(base, ours, theirs, Item::Meeting(ours.id.clone()))]
}

/// Merges `theirs` into `ours`; `choose` decides each conflict, which is listed.
pub fn merge(
    base: Option<&OkrSet>,
    ours: &OkrSet,
    theirs: &OkrSet,
    choose: &dyn Fn(&Item) -> Side,
) -> Merged {
    let mut ctx = Ctx {
        choose,
        conflicts: Vec::new(),
        ours,
        theirs,
        three_way: base.is_some(),
    };
    let mut set = ours.clone();
    macro_rules! detail {
        ($field:ident, $detail:expr) => {
            set.$field = ctx.value(
                base.map(|b| &b.$field),
                &ours.$field,
                &theirs.$field,
                Item::Detail($detail),
            );
        };
    }
    detail!(name, Detail::Name);
    detail!(team, Detail::Team);
    detail!(cycle, Detail::Cycle);
    detail!(vocabulary, Detail::Vocabulary);
    detail!(why, Detail::Why);
    detail!(count_rule, Detail::CountRule);
    detail!(launch, Detail::Launch);
    detail!(closed, Detail::Closed);
    detail!(previous, Detail::Previous);
    detail!(reference, Detail::Reference);
    detail!(rituals, Detail::Rituals);
    detail!(workshop, Detail::Workshop);
    visible_name(&mut set, ours, theirs);
    set.objectives = list(
        base.map(|b| b.objectives.as_slice()),
        &ours.objectives,
        &theirs.objectives,
        |o| &o.id,
        Item::Objective,
        objective_content,
        &mut ctx,
        objective,
    );
    set.meetings = list(
        base.map(|b| b.meetings.as_slice()),
        &ours.meetings,
        &theirs.meetings,
        |m| &m.id,
        Item::Meeting,
        Meeting::clone,
        &mut ctx,
        meeting,
    );
    order::sort_by_key(&mut set.meetings, |m| m.date);
    set.forget_missing_objectives();
    // The log only grows: every entry of either side, in time order.
    for change in &theirs.changes {
        if !set.changes.contains(change) {
            set.changes.push(change.clone());
        }
    }
    order::sort_by_key(&mut set.changes, |c| c.at);
    one_place_per_key_result(&mut set);
    unique_check_in_ids(&mut set);
    within_limits(&mut set);
    // Both copies' share points, so a later merge with either still knows them.
    for (k, history) in &theirs.shared {
        let mine = set.shared.entry(k.clone()).or_default();
        for print in history {
            if !mine.contains(print) {
                mine.push(*print);
            }
        }
        let over = mine.len().saturating_sub(crate::domain::shared::HISTORY);
        mine.drain(..over);
    }
    set.revision = ours.revision.max(theirs.revision);
    set.modified = ours.modified.max(theirs.modified);
    Merged {
        set,
        conflicts: ctx.conflicts,
    }
}

#[cfg(test)]
mod tests;
