//! What a merge mends afterwards, so its result always reads back: a name that shows, a
//! key result in one place only, check-in ids that stay unique, lists within the file limits.

use crate::domain::id::Id;
use crate::domain::model::{CheckIn, OkrSet};
use crate::domain::order;
use crate::domain::visible::is_blank;

/// A name that shows nothing (kept from before such names were refused) gives way to the
/// other copy's, so the merged set always has something to click on the home page.
pub(super) fn visible_name(set: &mut OkrSet, ours: &OkrSet, theirs: &OkrSet) {
    if is_blank(&set.name) {
        if let Some(other) = [&theirs.name, &ours.name]
            .into_iter()
            .find(|n| !is_blank(n))
        {
            set.name = other.clone();
        }
    }
}

/// A key result moved to another objective on one side is in both objectives after a
/// merge: it stays where it stands first, with the check-ins of both places.
pub(super) fn one_place_per_key_result(set: &mut OkrSet) {
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
        order::sort_by_key(&mut kr.check_ins, |c| c.date);
    }
}

/// A union can outgrow what a file may hold: keep the first objectives and key results,
/// the latest check-ins, meetings and log entries, so the result always reads back.
pub(super) fn within_limits(set: &mut OkrSet) {
    use crate::domain::validate::{
        MAX_CHANGES, MAX_CHECK_INS, MAX_KEY_RESULTS, MAX_MEETINGS, MAX_OBJECTIVES,
    };
    fn keep_last<T>(list: &mut Vec<T>, max: usize) {
        let over = list.len().saturating_sub(max);
        list.drain(..over);
    }
    set.objectives.truncate(MAX_OBJECTIVES);
    for objective in &mut set.objectives {
        objective.key_results.truncate(MAX_KEY_RESULTS);
        objective
            .key_results
            .iter_mut()
            .for_each(|k| keep_last(&mut k.check_ins, MAX_CHECK_INS));
    }
    keep_last(&mut set.meetings, MAX_MEETINGS);
    keep_last(&mut set.changes, MAX_CHANGES);
}

/// A check-in kept twice ("both") takes a new id, which must not be one the set uses.
pub(super) fn unique_check_in_ids(set: &mut OkrSet) {
    // Filled by `extend`, which inserts one by one: `collect` would sort first, and bring in
    // a sort for this one type.
    let mut seen = std::collections::BTreeSet::<Id>::new();
    seen.extend(set.objectives.iter().map(|o| o.id.clone()));
    seen.extend(
        set.objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .map(|k| k.id.clone()),
    );
    seen.extend(set.meetings.iter().map(|m| m.id.clone()));
    for check_in in set
        .objectives
        .iter_mut()
        .flat_map(|o| o.key_results.iter_mut())
        .flat_map(|k| k.check_ins.iter_mut())
    {
        let stem: String = check_in
            .id
            .as_str()
            .chars()
            .take(crate::domain::id::MAX_ID_LEN - 4)
            .collect();
        let mut n = 2;
        while seen.contains(&check_in.id) {
            check_in.id = Id::new(format!("{stem}-{n}"));
            n += 1;
        }
        seen.insert(check_in.id.clone());
    }
}
