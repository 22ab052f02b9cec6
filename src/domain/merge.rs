//! Merging two copies of one set, item by item (details, objectives, key results,
//! check-ins, meetings; the change log is a union). With the copy both started from
//! (`base`), a change made on one side only is taken; without it (two files that parted
//! long ago), items present on one side only are kept. Where both sides differ, the
//! caller's choice decides; two check-ins can also both be kept.

use super::id::Id;
use super::model::{CheckIn, Contribution, KeyResult, Meeting, Objective, OkrSet};
use super::shared::{fingerprint, kr_content, objective_content};
use serde::Serialize;

/// Which copy wins a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Ours,
    Theirs,
    /// Two versions of one check-in: keep both (the other under a new id).
    Both,
}

/// A part of the set's details, merged as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
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
}

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
fn key(item: &Item) -> String {
    match item {
        Item::Detail(d) => format!("d:{d:?}"),
        Item::Objective(id) => format!("o:{id}"),
        Item::KeyResult(id) => format!("k:{id}"),
        Item::CheckIn(id) => format!("c:{id}"),
        Item::Meeting(id) => format!("m:{id}"),
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
    fn outgrown<T: PartialEq + Serialize>(&self, base: Option<&T>, value: &T, key: &str, holder: Side) -> bool {
        if self.three_way {
            return base == Some(value);
        }
        let holder = if holder == Side::Theirs { self.theirs } else { self.ours };
        holder.was_shared_as(key, fingerprint(value))
    }

    /// Whether the other side knew the item before: with a base, the base has it.
    fn known<T>(&self, base: Option<&T>, key: &str, holder: Side) -> bool {
        if self.three_way {
            return base.is_some();
        }
        (if holder == Side::Theirs { self.theirs } else { self.ours }).knew(key)
    }

    /// The choice of one value: what changed on one side only is taken; a change on both
    /// sides is decided by the caller.
    fn value<T: Clone + PartialEq + Serialize>(&mut self, base: Option<&T>, ours: &T, theirs: &T, item: Item) -> T {
        let key = key(&item);
        if ours == theirs || self.outgrown(base, theirs, &key, Side::Ours) {
            ours.clone()
        } else if self.outgrown(base, ours, &key, Side::Theirs) {
            theirs.clone()
        } else if self.decide(item) == Side::Theirs {
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
        let keep = if other == Side::Theirs { Side::Ours } else { Side::Theirs };
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

fn check_in(base: Option<&CheckIn>, ours: &CheckIn, theirs: &CheckIn, ctx: &mut Ctx) -> Vec<CheckIn> {
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

fn key_result(base: Option<&KeyResult>, ours: &KeyResult, theirs: &KeyResult, ctx: &mut Ctx) -> Vec<KeyResult> {
    let content = ctx.value(base.map(kr_content).as_ref(), &kr_content(ours), &kr_content(theirs), Item::KeyResult(ours.id.clone()));
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
    check_ins.sort_by_key(|c| c.date);
    vec![KeyResult { check_ins, ..content }]
}

/// Links are facts, not wording: a link added on either side is kept, one removed on one
/// side (with a base) goes; the same link with other titles takes ours.
fn contribution(_: Option<&Contribution>, ours: &Contribution, _: &Contribution, _: &mut Ctx) -> Vec<Contribution> {
    vec![ours.clone()]
}

fn objective(base: Option<&Objective>, ours: &Objective, theirs: &Objective, ctx: &mut Ctx) -> Vec<Objective> {
    let content = ctx.value(base.map(objective_content).as_ref(), &objective_content(ours), &objective_content(theirs), Item::Objective(ours.id.clone()));
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
        all.extend(theirs.contributes_to.iter().filter(|t| !ours.contributes_to.iter().any(|o| o.objective == t.objective)).cloned());
        all
    };
    vec![Objective { key_results, contributes_to, ..content }]
}

fn meeting(base: Option<&Meeting>, ours: &Meeting, theirs: &Meeting, ctx: &mut Ctx) -> Vec<Meeting> {
    vec![ctx.value(base, ours, theirs, Item::Meeting(ours.id.clone()))]
}

/// Merges `theirs` into `ours`; `choose` decides each conflict, which is listed.
pub fn merge(base: Option<&OkrSet>, ours: &OkrSet, theirs: &OkrSet, choose: &dyn Fn(&Item) -> Side) -> Merged {
    let mut ctx = Ctx { choose, conflicts: Vec::new(), ours, theirs, three_way: base.is_some() };
    let mut set = ours.clone();
    macro_rules! detail {
        ($field:ident, $detail:expr) => {
            set.$field = ctx.value(base.map(|b| &b.$field), &ours.$field, &theirs.$field, Item::Detail($detail));
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
    set.meetings.sort_by_key(|m| m.date);
    set.forget_missing_objectives();
    // The log only grows: every entry of either side, in time order.
    for change in &theirs.changes {
        if !set.changes.contains(change) {
            set.changes.push(change.clone());
        }
    }
    set.changes.sort_by_key(|c| c.at);
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
        let over = mine.len().saturating_sub(super::shared::HISTORY);
        mine.drain(..over);
    }
    set.revision = ours.revision.max(theirs.revision);
    set.modified = ours.modified.max(theirs.modified);
    Merged { set, conflicts: ctx.conflicts }
}

/// A key result moved to another objective on one side is in both objectives after a
/// merge: it stays where it stands first, with the check-ins of both places.
fn one_place_per_key_result(set: &mut OkrSet) {
    let mut seen: Vec<(Id, usize, usize)> = Vec::new();
    let mut extra: Vec<(usize, usize, Vec<CheckIn>)> = Vec::new();
    for (oi, objective) in set.objectives.iter_mut().enumerate() {
        let mut ki = 0;
        while ki < objective.key_results.len() {
            let id = objective.key_results[ki].id.clone();
            if let Some(&(_, o, k)) = seen.iter().find(|(s, _, _)| *s == id) {
                extra.push((o, k, objective.key_results.remove(ki).check_ins));
            } else {
                seen.push((id, oi, ki));
                ki += 1;
            }
        }
    }
    for (o, k, check_ins) in extra {
        let kr = &mut set.objectives[o].key_results[k];
        for c in check_ins {
            if !kr.check_ins.contains(&c) {
                kr.check_ins.push(c);
            }
        }
        kr.check_ins.sort_by_key(|c| c.date);
    }
}

/// A union can outgrow what a file may hold: keep the first objectives and key results,
/// the latest check-ins, meetings and log entries, so the result always reads back.
fn within_limits(set: &mut OkrSet) {
    use super::validate::{MAX_CHANGES, MAX_CHECK_INS, MAX_KEY_RESULTS, MAX_MEETINGS, MAX_OBJECTIVES};
    fn keep_last<T>(list: &mut Vec<T>, max: usize) {
        let over = list.len().saturating_sub(max);
        list.drain(..over);
    }
    set.objectives.truncate(MAX_OBJECTIVES);
    for objective in &mut set.objectives {
        objective.key_results.truncate(MAX_KEY_RESULTS);
        objective.key_results.iter_mut().for_each(|k| keep_last(&mut k.check_ins, MAX_CHECK_INS));
    }
    keep_last(&mut set.meetings, MAX_MEETINGS);
    keep_last(&mut set.changes, MAX_CHANGES);
}

/// A check-in kept twice ("both") takes a new id, which must not be one the set uses.
fn unique_check_in_ids(set: &mut OkrSet) {
    let mut seen: std::collections::BTreeSet<Id> = set.objectives.iter().map(|o| o.id.clone()).collect();
    seen.extend(set.objectives.iter().flat_map(|o| &o.key_results).map(|k| k.id.clone()));
    seen.extend(set.meetings.iter().map(|m| m.id.clone()));
    for check_in in set.objectives.iter_mut().flat_map(|o| o.key_results.iter_mut()).flat_map(|k| k.check_ins.iter_mut()) {
        let stem: String = check_in.id.as_str().chars().take(super::id::MAX_ID_LEN - 4).collect();
        let mut n = 2;
        while seen.contains(&check_in.id) {
            check_in.id = Id::new(format!("{stem}-{n}"));
            n += 1;
        }
        seen.insert(check_in.id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Confidence, Cycle, KrKind};
    use chrono::{DateTime, NaiveDate, Utc};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
    }

    fn check_in(id: &str, d: u32, value: f64) -> CheckIn {
        CheckIn { id: Id::new(id), date: day(d), value, confidence: Confidence::Confident, note: String::new() }
    }

    fn sample() -> OkrSet {
        let mut set = OkrSet::new(Id::new("s"), "Pilote", "Logistique", Cycle::quarter_from(day(1)), DateTime::<Utc>::from_timestamp(0, 0).unwrap());
        let kr = KeyResult {
            title: "Délai".into(),
            kind: KrKind::Decrease,
            baseline: Some(48.0),
            target: Some(24.0),
            check_ins: vec![check_in("c1", 8, 44.0)],
            ..KeyResult::new(Id::new("k1"))
        };
        set.objectives.push(Objective { title: "Livrer vite".into(), key_results: vec![kr], ..Objective::new(Id::new("o1")) });
        set
    }

    fn ours(_: &Item) -> Side {
        Side::Ours
    }

    #[test]
    fn changes_on_one_side_are_taken_without_asking() {
        let base = sample();
        let mut mine = base.clone();
        mine.name = "Pilote 2027".into();
        mine.objectives[0].key_results[0].check_ins.push(check_in("c2", 15, 40.0));
        let mut yours = base.clone();
        yours.objectives[0].key_results[0].target = Some(20.0);
        yours.objectives[0].key_results[0].check_ins.push(check_in("c3", 15, 41.0));
        yours.objectives.push(Objective { title: "Nouveau".into(), ..Objective::new(Id::new("o2")) });
        let merged = merge(Some(&base), &mine, &yours, &ours);
        assert_eq!(merged.conflicts, vec![]);
        let kr = &merged.set.objectives[0].key_results[0];
        assert_eq!(merged.set.name, "Pilote 2027");
        assert_eq!(kr.target, Some(20.0));
        let ids: Vec<_> = kr.check_ins.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c1", "c2", "c3"]);
        assert_eq!(merged.set.objectives.len(), 2);
    }

    #[test]
    fn a_deletion_on_one_side_holds_unless_the_other_changed_the_item() {
        let base = sample();
        let mut mine = base.clone();
        mine.objectives[0].key_results[0].check_ins.clear();
        let merged = merge(Some(&base), &mine, &base, &ours);
        assert!(merged.set.objectives[0].key_results[0].check_ins.is_empty());
        let mut yours = base.clone();
        yours.objectives[0].key_results[0].check_ins[0].value = 45.0;
        let merged = merge(Some(&base), &mine, &yours, &|_| Side::Theirs);
        assert_eq!(merged.conflicts, vec![Item::CheckIn(Id::new("c1"))]);
        assert_eq!(merged.set.objectives[0].key_results[0].check_ins[0].value, 45.0);
    }

    #[test]
    fn both_sides_changing_one_thing_is_a_conflict_decided_by_the_choice() {
        let base = sample();
        let mut mine = base.clone();
        mine.objectives[0].title = "Livrer plus vite".into();
        mine.objectives[0].key_results[0].check_ins[0].value = 43.0;
        let mut yours = base.clone();
        yours.objectives[0].title = "Livrer très vite".into();
        yours.objectives[0].key_results[0].check_ins[0].value = 42.0;
        let listed = merge(Some(&base), &mine, &yours, &ours);
        assert_eq!(listed.conflicts, vec![Item::Objective(Id::new("o1")), Item::CheckIn(Id::new("c1"))]);
        assert_eq!(listed.set.objectives[0].title, "Livrer plus vite");
        let chosen = merge(Some(&base), &mine, &yours, &|item| match item {
            Item::CheckIn(_) => Side::Both,
            _ => Side::Theirs,
        });
        assert_eq!(chosen.set.objectives[0].title, "Livrer très vite");
        let values: Vec<_> = chosen.set.objectives[0].key_results[0].check_ins.iter().map(|c| (c.id.as_str(), c.value)).collect();
        assert_eq!(values, [("c1", 43.0), ("c1-2", 42.0)]);
    }

    #[test]
    fn without_a_base_what_only_one_side_has_is_kept() {
        let a = sample();
        let mut b = sample();
        b.objectives[0].key_results[0].check_ins = vec![check_in("x9", 20, 30.0)];
        let merged = merge(None, &a, &b, &ours);
        let ids: Vec<_> = merged.set.objectives[0].key_results[0].check_ins.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c1", "x9"]);
        assert_eq!(merged.conflicts, vec![]);
    }

    #[test]
    fn files_that_parted_from_one_shared_copy_merge_like_three_way() {
        let mut shared = sample();
        shared.objectives[0].key_results[0].check_ins.push(check_in("c0", 2, 47.0));
        shared.mark_shared();
        let (mut mine, mut yours) = (shared.clone(), shared.clone());
        mine.objectives[0].title = "Livrer plus vite".into();
        mine.objectives[0].key_results[0].check_ins.retain(|c| c.id.as_str() != "c0");
        yours.objectives[0].key_results[0].target = Some(20.0);
        yours.name = "Pilote 2027".into();
        mine.mark_shared();
        yours.mark_shared();
        let merged = merge(None, &mine, &yours, &ours);
        assert_eq!(merged.conflicts, vec![], "each item changed on one side only");
        let kr = &merged.set.objectives[0].key_results[0];
        assert_eq!((merged.set.name.as_str(), merged.set.objectives[0].title.as_str(), kr.target), ("Pilote 2027", "Livrer plus vite", Some(20.0)));
        let ids: Vec<_> = kr.check_ins.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c1"], "a check-in deleted on one side after sharing stays deleted");
        // Both sides change the same title: that one is asked.
        yours.objectives[0].title = "Livrer très vite".into();
        yours.mark_shared();
        assert_eq!(merge(None, &mine, &yours, &ours).conflicts, vec![Item::Objective(Id::new("o1"))]);
    }

    #[test]
    fn a_key_result_moved_on_one_side_stays_in_one_place() {
        let mut a = sample();
        a.objectives.push(Objective { title: "Autre".into(), ..Objective::new(Id::new("o2")) });
        let mut b = a.clone();
        b.place_key_result(&Id::new("k1"), &Id::new("k1"));
        let moved = b.objectives[0].key_results.remove(0);
        b.objectives[1].key_results.push(moved);
        b.objectives[1].key_results[0].check_ins.push(check_in("c9", 20, 30.0));
        let merged = merge(None, &a, &b, &|_| Side::Both);
        assert!(crate::domain::validate::validate_sets(std::slice::from_ref(&merged.set)).is_ok());
        let all: Vec<_> = merged.set.objectives.iter().flat_map(|o| &o.key_results).collect();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].check_ins.len(), 2);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn variant() -> impl Strategy<Value = OkrSet> {
            (any::<bool>(), 0u32..4, prop::collection::vec((1u32..28, 0.0..100f64), 0..5), any::<bool>()).prop_map(
                |(rename, extra, check_ins, drop_first)| {
                    let mut set = sample();
                    if rename {
                        set.name = "Autre nom".into();
                    }
                    let kr = &mut set.objectives[0].key_results[0];
                    if drop_first {
                        kr.check_ins.clear();
                    }
                    for (i, (d, v)) in check_ins.into_iter().enumerate() {
                        kr.check_ins.push(check_in(&format!("v{extra}-{i}"), d, v));
                    }
                    kr.check_ins.sort_by_key(|c| c.date);
                    for i in 0..extra {
                        set.objectives.push(Objective { title: format!("Objectif {i}"), ..Objective::new(Id::new(format!("e{i}"))) });
                    }
                    set
                },
            )
        }

        proptest! {
            #[test]
            fn merging_a_set_with_itself_changes_nothing(a in variant()) {
                let merged = merge(None, &a, &a, &ours);
                prop_assert_eq!(merged.conflicts, vec![]);
                prop_assert_eq!(merged.set, a.clone());
                prop_assert_eq!(merge(Some(&sample()), &a, &a, &ours).set, a);
            }

            #[test]
            fn merging_keeps_every_check_in_of_both(a in variant(), b in variant()) {
                let merged = merge(None, &a, &b, &|_| Side::Both);
                prop_assert!(crate::domain::validate::validate_sets(std::slice::from_ref(&merged.set)).is_ok(), "ids stay unique");
                let kept: Vec<(NaiveDate, u64)> = merged.set.objectives[0].key_results[0].check_ins.iter().map(|c| (c.date, c.value.to_bits())).collect();
                for side in [&a, &b] {
                    for c in &side.objectives[0].key_results[0].check_ins {
                        prop_assert!(kept.contains(&(c.date, c.value.to_bits())), "{:?} lost", c);
                    }
                }
            }

            #[test]
            fn a_change_on_one_side_only_is_the_result(a in variant()) {
                let base = sample();
                prop_assert_eq!(merge(Some(&base), &a, &base, &ours).set, a.clone());
                let theirs = merge(Some(&base), &base, &a, &ours).set;
                prop_assert_eq!(theirs.objectives, a.objectives.clone());
                prop_assert_eq!(theirs.name, a.name);
            }
        }
    }
}
