//! A version beside the set as it is now, item by item: which details, objectives, key
//! results, check-ins and meetings were added, removed or changed since. The items are
//! the merge's (`merge::Item`), so the history shows a difference the way the merge
//! review shows a conflict.

use crate::domain::id::Id;
use crate::domain::merge::{Detail, Item};
use crate::domain::model::OkrSet;
use crate::domain::shared::{kr_content, objective_content};
use std::collections::{HashMap, HashSet};

/// How an item differs from the version to now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// Now, not in the version.
    Added,
    /// In the version, not now.
    Removed,
    Changed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub item: Item,
    pub how: How,
}

/// Items of one kind in both sets: `now`'s order, then those only `then` has. Found by
/// id through a map: a large set holds thousands of check-ins.
fn items<T, C: PartialEq>(
    then: &[T],
    now: &[T],
    id: impl Fn(&T) -> &Id,
    content: impl Fn(&T) -> C,
    item: impl Fn(Id) -> Item,
    out: &mut Vec<Difference>,
) {
    let then_by_id: HashMap<&Id, &T> = then.iter().map(|t| (id(t), t)).collect();
    let now_ids: HashSet<&Id> = now.iter().map(&id).collect();
    for x in now {
        let how = match then_by_id.get(id(x)) {
            None => Some(How::Added),
            Some(t) if content(t) != content(x) => Some(How::Changed),
            Some(_) => None,
        };
        if let Some(how) = how {
            out.push(Difference {
                item: item(id(x).clone()),
                how,
            });
        }
    }
    for t in then.iter().filter(|t| !now_ids.contains(id(t))) {
        out.push(Difference {
            item: item(id(t).clone()),
            how: How::Removed,
        });
    }
}

/// What differs from `then` (a version) to `now`. Moving an item is not a difference of
/// its content; a key result moved to another objective is compared where it is.
pub fn compare(then: &OkrSet, now: &OkrSet) -> Vec<Difference> {
    let mut out: Vec<Difference> = Detail::ALL
        .into_iter()
        // Each detail by the merge's own fingerprint of it: a detail added to the model is
        // compared as soon as the merge knows it.
        .filter(|d| d.print(then) != d.print(now))
        .map(|d| Difference {
            item: Item::Detail(d),
            how: How::Changed,
        })
        .collect();
    items(
        &then.objectives,
        &now.objectives,
        |o| &o.id,
        |o| (objective_content(o), o.contributes_to.clone()),
        Item::Objective,
        &mut out,
    );
    let key_results = |set: &OkrSet| -> Vec<_> {
        set.objectives
            .iter()
            .flat_map(|o| o.key_results.iter().cloned())
            .collect()
    };
    let (then_krs, now_krs) = (key_results(then), key_results(now));
    items(
        &then_krs,
        &now_krs,
        |k| &k.id,
        kr_content,
        Item::KeyResult,
        &mut out,
    );
    let check_ins = |krs: &[crate::domain::model::KeyResult]| -> Vec<_> {
        krs.iter()
            .flat_map(|k| k.check_ins.iter().cloned())
            .collect()
    };
    items(
        &check_ins(&then_krs),
        &check_ins(&now_krs),
        |c| &c.id,
        |c| c.clone(),
        Item::CheckIn,
        &mut out,
    );
    items(
        &then.meetings,
        &now.meetings,
        |m| &m.id,
        |m| m.clone(),
        Item::Meeting,
        &mut out,
    );
    out
}
