//! Each set's history under its own key (`boussole:history:<id>`), written only at the
//! moments a version is kept, never by the save of an edit; and a small index
//! (`boussole:history-index`) of each history's stored length, latest version and offer,
//! so the start checks histories without reading them, the editor knows when it last kept
//! a version, and the budget is summed without reading every history.
//!
//! Like a set, a history that does not read is never written over: it is reported for the
//! recovery screen, and the set beside it opens and saves as before.

use super::keys::{history_key, HISTORY_INDEX_KEY};
use super::{get_json, js_error, put_json, raw, ready, Damaged, Key, SaveError};
use crate::domain::history::prune::{self, Pruned, BUDGET};
use crate::domain::history::{History, Reason};
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::domain::summary::{utf16_len, SetSummary};
use chrono::{DateTime, Utc};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the index says of one history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Indexed {
    /// The stored history's length, in UTF-16 units: the start's check, and the budget.
    pub len: usize,
    pub latest: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<u32>,
}

type Index = BTreeMap<Id, Indexed>;

/// Why a version could not be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeepError {
    /// The stored history does not read: it is left as it is, for recovery.
    Damaged(Damaged),
    Save(SaveError),
}

fn index() -> Index {
    get_json(HISTORY_INDEX_KEY).unwrap_or_default()
}

/// Derived data: a failed write only means the next start reads that history to check it.
fn put_index(index: &Index) {
    let _ = put_json(HISTORY_INDEX_KEY, index);
}

impl Damaged {
    fn of_history(id: &Id, raw: String) -> Damaged {
        let name = get_json::<SetSummary>(&super::meta_key(id))
            .map(|m| crate::domain::validate::clean_line(m.name.trim(), 80))
            .filter(|n| !n.is_empty());
        Damaged {
            key: history_key(id),
            raw,
            name,
        }
    }
}

/// The set's history; an empty one when none is stored.
pub fn load_history(id: &Id) -> Result<History, Damaged> {
    if ready().is_err() {
        return Ok(History::new(id.clone()));
    }
    match raw::text(&history_key(id)) {
        None => Ok(History::new(id.clone())),
        Some(raw) => match History::from_json(&raw) {
            Ok(history) if &history.set == id => Ok(history),
            _ => Err(Damaged::of_history(id, raw)),
        },
    }
}

/// The index's word on one history, read without the history.
pub fn indexed(id: &Id) -> Option<Indexed> {
    ready().ok()?;
    index().remove(id)
}

/// Writes a history (an empty one is removed) and its line in the index.
fn write(history: &History, index: &mut Index) -> Result<(), SaveError> {
    let key = history_key(&history.set);
    if history.versions().is_empty() {
        LocalStorage::delete(&key);
        index.remove(&history.set);
        return Ok(());
    }
    let text = history.to_json();
    raw::put_text(&key, &text).map_err(js_error)?;
    index.insert(history.set.clone(), line(history, utf16_len(&text)));
    Ok(())
}

fn line(history: &History, len: usize) -> Indexed {
    Indexed {
        len,
        latest: history.latest().map(|v| v.at),
        offer: history.offer(),
    }
}

/// Every history that reads, but the one of `except`.
fn others(except: Option<&Id>) -> Vec<History> {
    raw::keys()
        .iter()
        .filter_map(|key| match Key::parse(key) {
            Some(Key::History(id)) if Some(&id) != except => load_history(&id).ok(),
            _ => None,
        })
        .collect()
}

/// Writes back the histories a pruning changed; a history that no longer fits even
/// smaller is removed rather than left half-written.
fn write_changed(histories: &[History], changed: &[bool], index: &mut Index) {
    for (history, _) in histories.iter().zip(changed).filter(|(_, c)| **c) {
        if write(history, index).is_err() {
            LocalStorage::delete(history_key(&history.set));
            index.remove(&history.set);
        }
    }
}

/// Keeps `set` as it is now in its history, within the budget; the version's number.
pub fn keep(
    set: &OkrSet,
    reason: Reason,
    now: DateTime<Utc>,
    offer: bool,
) -> Result<u32, KeepError> {
    ready().map_err(KeepError::Save)?;
    let mut history = load_history(&set.id).map_err(KeepError::Damaged)?;
    let n = history.record(set, reason, now);
    if offer {
        history.set_offer(Some(n));
    }
    let mut index = index();
    let before = index.clone();
    let others_len: usize = index
        .iter()
        .filter(|(id, _)| **id != set.id)
        .map(|(_, i)| i.len)
        .sum();
    if others_len + prune::stored_size(&history) > BUDGET {
        // A tenth below the budget, so the next versions do not each read every history.
        let mut all = others(Some(&set.id));
        all.push(history);
        let (_, changed) = prune::within(&mut all, BUDGET / 10 * 9, now);
        history = all.pop().expect("pushed above");
        write_changed(&all, &changed, &mut index);
    }
    let written = match write(&history, &mut index) {
        Err(SaveError::Quota) => {
            // Room is made from the oldest versions of all, this one's included: what the
            // history grows by, and a little more.
            let need = prune::stored_size(&history)
                .saturating_sub(raw::stored_len(&history_key(&set.id)).unwrap_or(0))
                + 1024;
            let mut all = others(Some(&set.id));
            all.push(history);
            let (_, changed) = prune::free(&mut all, need, now, false);
            history = all.pop().expect("pushed above");
            write_changed(&all, &changed, &mut index);
            write(&history, &mut index)
        }
        other => other,
    };
    if index != before {
        put_index(&index);
    }
    written.map_err(KeepError::Save)?;
    history
        .get(n)
        .map(|v| v.n)
        .ok_or(KeepError::Save(SaveError::Quota))
}

/// Sets (or clears) the version the set's page offers to go back to.
pub fn set_offer(id: &Id, n: Option<u32>) -> Result<(), KeepError> {
    ready().map_err(KeepError::Save)?;
    let mut history = load_history(id).map_err(KeepError::Damaged)?;
    history.set_offer(n);
    let mut index = index();
    let written = write(&history, &mut index);
    put_index(&index);
    written.map_err(KeepError::Save)
}

/// Frees room for a save that met a full quota, from the oldest versions of every
/// history; None when there was nothing to let go.
pub(super) fn make_room(chars: usize, now: DateTime<Utc>) -> Option<Pruned> {
    let mut all = others(None);
    let (pruned, changed) = prune::free(&mut all, chars, now, true);
    if pruned.versions == 0 {
        return None;
    }
    let mut index = index();
    write_changed(&all, &changed, &mut index);
    put_index(&index);
    Some(pruned)
}

/// The stored text of a set's history, for putting it back exactly (undo of a delete).
pub fn history_text(id: &Id) -> Option<String> {
    ready().ok()?;
    raw::text(&history_key(id))
}

pub fn put_history_text(id: &Id, text: &str) -> Result<(), SaveError> {
    ready()?;
    raw::put_text(&history_key(id), text).map_err(js_error)?;
    let mut index = index();
    if let Ok(history) = History::from_json(text) {
        index.insert(id.clone(), line(&history, utf16_len(text)));
    }
    put_index(&index);
    Ok(())
}

pub(super) fn delete_history(id: &Id) {
    LocalStorage::delete(history_key(id));
    let mut index = index();
    if index.remove(id).is_some() {
        put_index(&index);
    }
}

/// At start: each history whose length is not the one its index line recorded is read
/// whole; one that does not read is reported as damaged. A version kept before a merge
/// under the older key (`boussole:before-merge:<id>`) is moved into the history, as the
/// version the set's page offers, so nobody loses it.
pub(super) fn check_all(keys: &[String], damaged: &mut Vec<Damaged>, now: DateTime<Utc>) {
    let mut index = index();
    let before = index.clone();
    let histories: Vec<Id> = keys
        .iter()
        .filter_map(|k| match Key::parse(k) {
            Some(Key::History(id)) => Some(id),
            _ => None,
        })
        .collect();
    index.retain(|id, _| histories.contains(id));
    for id in &histories {
        let len = raw::stored_len(&history_key(id));
        if len.is_some() && index.get(id).map(|i| i.len) == len {
            continue;
        }
        match load_history(id) {
            Ok(history) => {
                index.insert(id.clone(), line(&history, len.unwrap_or_default()));
            }
            Err(d) => {
                index.remove(id);
                damaged.push(d);
            }
        }
    }
    if index != before {
        put_index(&index);
    }
    for key in keys {
        if let Some(Key::BeforeMerge(id)) = Key::parse(key) {
            // Only beside its set: a history is never started for a set that is gone.
            if raw::stored_len(&super::set_key(&id)).is_none() {
                continue;
            }
            let Some(set) = raw::text(key).and_then(|raw| super::parse_set(&id, &raw)) else {
                continue;
            };
            // Kept in a history that reads: only then is the older key let go.
            if keep(&set, Reason::BeforeMerge, now, true).is_ok() {
                LocalStorage::delete(key);
            }
        }
    }
}
