//! localStorage, behind one small module. Each set lives under its own key with a small
//! summary beside it, so a save costs the size of one set, and the home page reads only
//! summaries. Nothing here overwrites a value it could not read: damaged entries are
//! reported for the recovery screen and left in place.
//!
//! Keys are read, written and removed through `gloo_storage::LocalStorage`: its typed
//! `get` and `set` for the small JSON values (summaries, prefs, exports: the same
//! `serde_json` text as before), its `delete`, and its `StorageError` for every refused
//! write. `raw.rs` holds the few raw calls gloo has no API for: listing keys, a set's exact
//! text, and a set's length read without copying it.

mod history;
mod keys;
mod raw;

pub use history::{
    history_text, indexed, keep, load_history, put_history_text, set_offer, Indexed, KeepError,
};
pub use keys::{
    before_merge_key, history_key, meta_key, set_key, Key, EXPORTS_KEY, HISTORY_INDEX_KEY,
    PREFS_KEY,
};

use crate::domain::format::storage_json;
use crate::domain::history::prune::Pruned;
use crate::domain::id::Id;
use crate::domain::import::read_document;
use crate::domain::language::Lang;
use crate::domain::model::OkrSet;
use crate::domain::summary::{utf16_len, SetSummary};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The origin's quota is used up; the edit stays in memory.
    Quota,
    /// No localStorage at all (blocked by settings, or a sandboxed frame).
    Unavailable,
    /// Any other refusal. The text is the browser's or a library's English, for diagnostics
    /// only: it never reaches the user, who reads the catalogue's message for a failed save.
    Other(String),
}

/// A stored value that no longer reads as what its key says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub key: String,
    pub raw: String,
    /// The set's name, when its summary or the damaged text still says it (cleaned and
    /// short), so the user recognises what is damaged.
    pub name: Option<String>,
}

impl Damaged {
    fn of_set(id: &Id, raw: String) -> Damaged {
        let name = get_json::<SetSummary>(&meta_key(id))
            .filter(|m| &m.id == id)
            .map(|m| m.name)
            .or_else(|| name_in(&raw))
            .map(|n| crate::domain::validate::clean_line(n.trim(), 80))
            .filter(|n| !n.is_empty());
        Damaged {
            key: set_key(id),
            raw,
            name,
        }
    }
}

/// The first set's name in a stored text that is JSON but not a valid set.
fn name_in(raw: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(raw).ok()?;
    value
        .get("sets")?
        .get(0)?
        .get("name")?
        .as_str()
        .map(str::to_owned)
}

#[derive(Default)]
pub struct Workspace {
    pub summaries: Vec<SetSummary>,
    pub damaged: Vec<Damaged>,
}

#[derive(Serialize, Deserialize, Default)]
pub struct Prefs {
    pub lang: Option<Lang>,
    /// Large type and high contrast for drafting together on a projector.
    #[serde(default)]
    pub workshop: bool,
}

/// gloo's `LocalStorage` throws when there is no localStorage, so every entry point asks
/// this first.
fn ready() -> Result<(), SaveError> {
    if raw::available() {
        Ok(())
    } else {
        Err(SaveError::Unavailable)
    }
}

/// The one reading of a refused write. gloo's `StorageError::JsError` carries the
/// DOMException's name: `QuotaExceededError` (code 22) is a full quota, whatever the
/// message; older Firefox versions named it `NS_ERROR_DOM_QUOTA_REACHED`.
fn save_error(error: StorageError) -> SaveError {
    match error {
        StorageError::JsError(e)
            if matches!(
                e.name.as_str(),
                "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
            ) =>
        {
            SaveError::Quota
        }
        StorageError::JsError(e) => SaveError::Other(format!("{}: {}", e.name, e.message)),
        other => SaveError::Other(other.to_string()),
    }
}

/// A raw write's error, read the way gloo reads its own (its `js_to_error` is private).
fn js_error(value: wasm_bindgen::JsValue) -> SaveError {
    match JsError::try_from(value) {
        Ok(e) => save_error(StorageError::JsError(e)),
        Err(not_an_error) => SaveError::Other(not_an_error.to_string()),
    }
}

/// A small JSON value, through gloo; `None` when it is absent or does not read.
fn get_json<T: DeserializeOwned>(key: &str) -> Option<T> {
    LocalStorage::get(key).ok()
}

/// Writes a small JSON value through gloo: `serde_json::to_string`, then `setItem`.
fn put_json<T: Serialize>(key: &str, value: &T) -> Result<(), SaveError> {
    LocalStorage::set(key, value).map_err(save_error)
}

/// Whether localStorage can be used at all in this browser.
pub fn available() -> bool {
    raw::available()
}

/// Reads every summary; sets whose summary is missing or stale are read whole and their
/// summary rebuilt. A set that does not parse is reported, never touched.
pub fn load_workspace() -> Result<Workspace, SaveError> {
    ready()?;
    let keys = raw::keys();
    let set_ids: Vec<Id> = keys
        .iter()
        .filter_map(|key| match Key::parse(key) {
            Some(Key::Set(id)) => Some(id),
            _ => None,
        })
        .collect();
    let mut workspace = Workspace::default();
    for id in set_ids {
        let meta = get_json::<SetSummary>(&meta_key(&id)).filter(|m| m.id == id);
        // The summary's length check spares reading every set at start: a set whose length
        // differs (truncated, edited by hand, from an older version), or whose summary
        // lacks a field this version derives, is read whole once.
        match meta {
            Some(summary)
                if summary.stored_len > 0
                    && summary.version == SetSummary::VERSION
                    && raw::stored_len(&set_key(&id)) == Some(summary.stored_len) =>
            {
                workspace.summaries.push(summary)
            }
            _ => {
                let raw = raw::text(&set_key(&id)).unwrap_or_default();
                match parse_set(&id, &raw) {
                    Some(set) => {
                        let summary = SetSummary {
                            stored_len: utf16_len(&raw),
                            ..SetSummary::of(&set)
                        };
                        let _ = put_json(&meta_key(&id), &summary);
                        workspace.summaries.push(summary);
                    }
                    None => workspace.damaged.push(Damaged::of_set(&id, raw)),
                }
            }
        }
    }
    history::check_all(&keys, &mut workspace.damaged, crate::clock::now());
    Ok(workspace)
}

fn parse_set(id: &Id, raw: &str) -> Option<OkrSet> {
    let mut sets = read_document(raw.as_bytes()).ok()?;
    (sets.len() == 1 && &sets[0].id == id).then(|| sets.remove(0))
}

/// The sets with these ids that read; missing or damaged ones are left out.
pub fn load_sets<'a>(ids: impl IntoIterator<Item = &'a Id>) -> Vec<OkrSet> {
    ids.into_iter()
        .filter_map(|id| load_set(id).ok().flatten())
        .collect()
}

/// The revision of a set as stored now, from its small summary: what another tab may
/// have written since this one last read or wrote the set.
pub fn stored_revision(id: &Id) -> Option<u64> {
    ready().ok()?;
    get_json::<SetSummary>(&meta_key(id)).map(|s| s.revision)
}

/// Reads one set whole. `Ok(None)` when it is not there; `Err` when it is there but damaged.
pub fn load_set(id: &Id) -> Result<Option<OkrSet>, Damaged> {
    if ready().is_err() {
        return Ok(None);
    }
    match raw::text(&set_key(id)) {
        None => Ok(None),
        Some(raw) => match parse_set(id, &raw) {
            Some(set) => Ok(Some(set)),
            None => Err(Damaged::of_set(id, raw)),
        },
    }
}

/// Writes one set and its summary: two `setItem` calls, the cost of one set. The set is
/// written as the exact text `storage_json` makes (`raw::put_text`: gloo's typed `set`
/// would encode that text again as a JSON string); its summary through gloo's `set`.
pub fn save_set(set: &OkrSet) -> Result<SetSummary, SaveError> {
    save_set_making_room(set).map(|(summary, _)| summary)
}

/// `save_set`; when the quota is full, the oldest kept versions of the sets' histories
/// are let go and the write tried again, before the save fails. What went is handed back,
/// so versions kept before an import or a merge never go unsaid.
pub fn save_set_making_room(set: &OkrSet) -> Result<(SetSummary, Pruned), SaveError> {
    ready()?;
    let json = storage_json(set);
    let key = set_key(&set.id);
    let mut pruned = Pruned::default();
    // At least what the set grows by; each failed try asks for twice as much.
    let mut need = utf16_len(&json)
        .saturating_sub(raw::stored_len(&key).unwrap_or(0))
        .max(1024);
    let mut with_room = |write: &dyn Fn() -> Result<(), SaveError>| loop {
        match write() {
            Err(SaveError::Quota) => match history::make_room(need, crate::clock::now()) {
                Some(p) => {
                    pruned.add(p);
                    need *= 2;
                }
                None => return Err(SaveError::Quota),
            },
            other => return other,
        }
    };
    with_room(&|| raw::put_text(&key, &json).map_err(js_error))?;
    let summary = SetSummary {
        stored_len: utf16_len(&json),
        ..SetSummary::of(set)
    };
    if let Err(error) = with_room(&|| put_json(&meta_key(&set.id), &summary)) {
        // The set is stored; a stale summary must not outlive it: without one, the next
        // load rebuilds it from the set.
        LocalStorage::delete(meta_key(&set.id));
        return Err(error);
    }
    Ok((summary, pruned))
}

/// Writes every set or none: an import must not stop halfway when the quota runs out. On a
/// failure, each entry written so far is put back as it was, byte for byte (its exact text,
/// read and written raw).
pub fn save_all(sets: &[OkrSet]) -> Result<Vec<SetSummary>, SaveError> {
    ready()?;
    let mut before: Vec<(String, Option<String>)> = Vec::with_capacity(sets.len() * 2);
    let mut summaries = Vec::with_capacity(sets.len());
    for set in sets {
        for key in [set_key(&set.id), meta_key(&set.id)] {
            let value = raw::text(&key);
            before.push((key, value));
        }
        match save_set(set) {
            Ok(summary) => summaries.push(summary),
            Err(error) => {
                // Newest first, so each entry gets back the room it had.
                for (key, value) in before.iter().rev() {
                    match value {
                        Some(value) => {
                            let _ = raw::put_text(key, value);
                        }
                        None => LocalStorage::delete(key),
                    }
                }
                return Err(error);
            }
        }
    }
    Ok(summaries)
}

pub fn delete_set(id: &Id) -> Result<(), SaveError> {
    ready()?;
    LocalStorage::delete(set_key(id));
    LocalStorage::delete(meta_key(id));
    LocalStorage::delete(before_merge_key(id));
    history::delete_history(id);
    Ok(())
}

/// Removes damaged entries, once the user has chosen to set them aside.
pub fn discard(keys: &[String]) -> Result<(), SaveError> {
    ready()?;
    for key in keys {
        LocalStorage::delete(key);
        if let Some(Key::Set(id)) = Key::parse(key) {
            LocalStorage::delete(meta_key(&id));
        }
    }
    Ok(())
}

pub fn load_prefs() -> Prefs {
    ready()
        .ok()
        .and_then(|()| get_json(PREFS_KEY))
        .unwrap_or_default()
}

pub fn save_prefs(prefs: &Prefs) -> Result<(), SaveError> {
    ready()?;
    put_json(PREFS_KEY, prefs)
}

/// When each set was last exported from this browser.
pub type Exports = std::collections::BTreeMap<Id, chrono::DateTime<chrono::Utc>>;

pub fn load_exports() -> Exports {
    ready()
        .ok()
        .and_then(|()| get_json(EXPORTS_KEY))
        .unwrap_or_default()
}

/// Records an export; a failure only means the reminder may come back early.
pub fn record_export(ids: &[Id], at: chrono::DateTime<chrono::Utc>) {
    if ready().is_err() {
        return;
    }
    let mut exports = load_exports();
    for id in ids {
        exports.insert(id.clone(), at);
    }
    let _ = put_json(EXPORTS_KEY, &exports);
}
