//! The shell's side of a set's history: keeping a version at a moment that matters,
//! restoring one (the set as it is first kept, so a restore can be undone), and
//! downloading one as a file. The editor keeps its own versions through `Editor`; the
//! history page, the merge and the import come here.

use super::state::AppState;
use crate::clock;
use crate::domain::filename::export_file_name;
use crate::domain::format::export_json;
use crate::domain::history::{History, Reason};
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::i18n::{Catalogue, Msg};
use crate::storage;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// Keeps `set` as it is now. A history that does not read is left as it is (the start
/// reports it for recovery) and a full quota keeps no version: neither stops the set.
pub fn keep(state: &AppState, set: &OkrSet, reason: Reason) -> Option<u32> {
    keep_with(state, set, reason, false)
}

/// Keeps the set as it was before a merge, as the version its page offers until the team
/// keeps the merge; false when it could not be kept.
pub fn keep_before_merge(state: &AppState, set: &OkrSet) -> bool {
    keep_with(state, set, Reason::BeforeMerge, true).is_some()
}

fn keep_with(state: &AppState, set: &OkrSet, reason: Reason, offer: bool) -> Option<u32> {
    let kept = storage::keep(set, reason, clock::now(), offer).ok();
    if kept.is_some() {
        state.history_changed.update(|n| *n += 1);
    }
    kept
}

/// The set's history; a damaged one goes to the recovery screen.
pub fn load(state: &AppState, id: &Id) -> Option<History> {
    match storage::load_history(id) {
        Ok(history) => Some(history),
        Err(damaged) => {
            state.damaged.set(vec![damaged]);
            None
        }
    }
}

/// The set as this tab holds it: an edit not stored yet wins over storage.
pub fn current(state: &AppState, id: &Id) -> Option<OkrSet> {
    state
        .unsaved
        .get_untracked()
        .filter(|s| &s.id == id)
        .or_else(|| storage::load_set(id).ok().flatten())
}

/// Puts version `n` back over the set, after keeping the set as it is; the toast offers
/// to undo it (the version just kept, put back the same way).
pub fn restore(state: AppState, id: &Id, n: u32) -> bool {
    let (Some(history), Some(now_set)) = (load(&state, id), current(&state, id)) else {
        return false;
    };
    let Some(at) = history.get(n).map(|v| v.at) else {
        return false;
    };
    let Ok(restored) = history.restore(n, &now_set, clock::now()) else {
        state.notify(Msg::VersionUnreadable);
        return false;
    };
    let Some(before) = keep(&state, &now_set, Reason::BeforeRestore { of: at }) else {
        state.notify(Msg::RestoreNotKept);
        return false;
    };
    if !state.save(&restored) {
        return false;
    }
    if history.offer() == Some(n) {
        let _ = storage::set_offer(id, None);
    }
    let id = id.clone();
    state.notify_with_undo(
        move |t: &dyn Catalogue| t.version_restored(clock::local(at)),
        move || {
            restore(state, &id, before);
        },
    );
    true
}

/// Downloads a version as a file: the export format, named like an export of that day.
pub fn download(set: &OkrSet, at: DateTime<Utc>) -> bool {
    let name = export_file_name(&set.name, "okr", clock::local(at).date());
    let json = export_json(std::slice::from_ref(set), clock::now());
    crate::files::download(&name, &json, "application/json").is_ok()
}
