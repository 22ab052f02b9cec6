//! localStorage, behind one small module. Each set lives under its own key with a small
//! summary beside it, so a save costs the size of one set, and the home page reads only
//! summaries. Nothing here overwrites a value it could not read: damaged entries are
//! reported for the recovery screen and left in place.

mod keys;

pub use keys::{meta_key, set_key, Key, EXPORTS_KEY, PREFS_KEY};

use crate::domain::format::storage_json;
use crate::domain::id::Id;
use crate::domain::import::read_document;
use crate::domain::language::Lang;
use crate::domain::model::OkrSet;
use crate::domain::summary::{utf16_len, SetSummary};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The origin's quota is used up; the edit stays in memory.
    Quota,
    /// No localStorage at all (blocked by settings, or a sandboxed frame).
    Unavailable,
    Other(String),
}

/// A stored value that no longer reads as what its key says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub key: String,
    pub raw: String,
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

fn storage() -> Result<web_sys::Storage, SaveError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(SaveError::Unavailable)
}

fn save_error(error: wasm_bindgen::JsValue) -> SaveError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => SaveError::Quota,
        Some(e) => SaveError::Other(e.message()),
        None => SaveError::Other(format!("{error:?}")),
    }
}

fn get(storage: &web_sys::Storage, key: &str) -> Option<String> {
    storage.get_item(key).ok().flatten()
}

fn put(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), SaveError> {
    storage.set_item(key, value).map_err(save_error)
}

/// Whether localStorage can be used at all in this browser.
pub fn available() -> bool {
    storage().is_ok()
}

/// Reads every summary; sets whose summary is missing or stale are read whole and their
/// summary rebuilt. A set that does not parse is reported, never touched.
pub fn load_workspace() -> Result<Workspace, SaveError> {
    let storage = storage()?;
    let count = storage.length().map_err(save_error)?;
    let mut set_ids = Vec::new();
    for i in 0..count {
        if let Some(Key::Set(id)) = storage.key(i).ok().flatten().as_deref().and_then(Key::parse) {
            set_ids.push(id);
        }
    }
    let mut workspace = Workspace::default();
    for id in set_ids {
        let meta = get(&storage, &meta_key(&id))
            .and_then(|m| serde_json::from_str::<SetSummary>(&m).ok())
            .filter(|m| m.id == id);
        // The summary's length check spares reading every set at start: a set whose length
        // differs (truncated, edited by hand, from an older version) is read whole.
        match meta {
            Some(summary) if summary.stored_len > 0 && stored_len(&storage, &set_key(&id)) == Some(summary.stored_len) => {
                workspace.summaries.push(summary)
            }
            _ => {
                let raw = get(&storage, &set_key(&id)).unwrap_or_default();
                match parse_set(&id, &raw) {
                    Some(set) => {
                        let summary = SetSummary { stored_len: utf16_len(&raw), ..SetSummary::of(&set) };
                        let _ = put(&storage, &meta_key(&id), &serde_json::to_string(&summary).unwrap_or_default());
                        workspace.summaries.push(summary);
                    }
                    None => workspace.damaged.push(Damaged { key: set_key(&id), raw }),
                }
            }
        }
    }
    Ok(workspace)
}

/// A stored value's length, read without copying the value into the wasm memory.
fn stored_len(storage: &web_sys::Storage, key: &str) -> Option<usize> {
    let value = js_sys::Reflect::get(storage, &wasm_bindgen::JsValue::from_str(key)).ok()?;
    value.dyn_ref::<js_sys::JsString>().map(|s| s.length() as usize)
}

fn parse_set(id: &Id, raw: &str) -> Option<OkrSet> {
    let mut sets = read_document(raw.as_bytes()).ok()?;
    (sets.len() == 1 && &sets[0].id == id).then(|| sets.remove(0))
}

/// The sets with these ids that read; missing or damaged ones are left out.
pub fn load_sets<'a>(ids: impl IntoIterator<Item = &'a Id>) -> Vec<OkrSet> {
    ids.into_iter().filter_map(|id| load_set(id).ok().flatten()).collect()
}

/// The revision of a set as stored now, from its small summary: what another tab may
/// have written since this one last read or wrote the set.
pub fn stored_revision(id: &Id) -> Option<u64> {
    let raw = get(&storage().ok()?, &meta_key(id))?;
    serde_json::from_str::<SetSummary>(&raw).ok().map(|s| s.revision)
}

/// Reads one set whole. `Ok(None)` when it is not there; `Err` when it is there but damaged.
pub fn load_set(id: &Id) -> Result<Option<OkrSet>, Damaged> {
    let Ok(storage) = storage() else { return Ok(None) };
    let key = set_key(id);
    match get(&storage, &key) {
        None => Ok(None),
        Some(raw) => match parse_set(id, &raw) {
            Some(set) => Ok(Some(set)),
            None => Err(Damaged { key, raw }),
        },
    }
}

/// Writes one set and its summary: two `setItem` calls, the cost of one set.
pub fn save_set(set: &OkrSet) -> Result<SetSummary, SaveError> {
    let storage = storage()?;
    let json = storage_json(set);
    put(&storage, &set_key(&set.id), &json)?;
    let summary = SetSummary { stored_len: utf16_len(&json), ..SetSummary::of(set) };
    let meta = serde_json::to_string(&summary).map_err(|e| SaveError::Other(e.to_string()))?;
    if let Err(error) = put(&storage, &meta_key(&set.id), &meta) {
        // The set is stored; a stale summary must not outlive it: without one, the next
        // load rebuilds it from the set.
        let _ = storage.remove_item(&meta_key(&set.id));
        return Err(error);
    }
    Ok(summary)
}

/// Writes every set or none: an import must not stop halfway when the quota runs out. On a
/// failure, each entry written so far is put back as it was, byte for byte.
pub fn save_all(sets: &[OkrSet]) -> Result<Vec<SetSummary>, SaveError> {
    let storage = storage()?;
    let mut before: Vec<(String, Option<String>)> = Vec::with_capacity(sets.len() * 2);
    let mut summaries = Vec::with_capacity(sets.len());
    for set in sets {
        for key in [set_key(&set.id), meta_key(&set.id)] {
            let value = get(&storage, &key);
            before.push((key, value));
        }
        match save_set(set) {
            Ok(summary) => summaries.push(summary),
            Err(error) => {
                // Newest first, so each entry gets back the room it had.
                for (key, value) in before.iter().rev() {
                    let _ = match value {
                        Some(value) => storage.set_item(key, value),
                        None => storage.remove_item(key),
                    };
                }
                return Err(error);
            }
        }
    }
    Ok(summaries)
}

pub fn delete_set(id: &Id) -> Result<(), SaveError> {
    let storage = storage()?;
    storage.remove_item(&set_key(id)).map_err(save_error)?;
    storage.remove_item(&meta_key(id)).map_err(save_error)
}

/// Removes damaged entries, once the user has chosen to set them aside.
pub fn discard(keys: &[String]) -> Result<(), SaveError> {
    let storage = storage()?;
    for key in keys {
        storage.remove_item(key).map_err(save_error)?;
        if let Some(Key::Set(id)) = Key::parse(key) {
            storage.remove_item(&meta_key(&id)).map_err(save_error)?;
        }
    }
    Ok(())
}

pub fn load_prefs() -> Prefs {
    storage()
        .ok()
        .and_then(|s| get(&s, PREFS_KEY))
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

pub fn save_prefs(prefs: &Prefs) -> Result<(), SaveError> {
    let storage = storage()?;
    put(&storage, PREFS_KEY, &serde_json::to_string(prefs).unwrap_or_default())
}

/// When each set was last exported from this browser.
pub type Exports = std::collections::BTreeMap<Id, chrono::DateTime<chrono::Utc>>;

pub fn load_exports() -> Exports {
    storage()
        .ok()
        .and_then(|s| get(&s, EXPORTS_KEY))
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// Records an export; a failure only means the reminder may come back early.
pub fn record_export(ids: &[Id], at: chrono::DateTime<chrono::Utc>) {
    let Ok(storage) = storage() else { return };
    let mut exports = load_exports();
    for id in ids {
        exports.insert(id.clone(), at);
    }
    let _ = put(&storage, EXPORTS_KEY, &serde_json::to_string(&exports).unwrap_or_default());
}
