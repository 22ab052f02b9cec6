//! Files in and out of the workspace: export of one set or all, and the import from a
//! chosen or dropped file up to the user's confirmation.

use super::state::{AppState, ImportState};
use crate::clock;
use crate::domain::filename::export_file_name;
use crate::domain::format::export_json;
use crate::domain::history::Reason;
use crate::domain::id::Id;
use crate::domain::import::{
    apply_import, plan_import, read_document, ReadError, Resolution, MAX_FILE_BYTES,
};
use crate::domain::model::OkrSet;
use crate::files;
use crate::storage;
use leptos::prelude::*;

fn download_sets(state: &AppState, sets: &[OkrSet], file_name: String) {
    let now = clock::now();
    // The file is a share point: note what each item looks like, here and in the file;
    // only a set that has something new to note is stored again.
    let mut sets = sets.to_vec();
    let marked: Vec<bool> = sets.iter_mut().map(OkrSet::mark_shared).collect();
    let json = export_json(&sets, now);
    if files::download(&file_name, &json, "application/json").is_ok() {
        for (set, _) in sets.iter().zip(&marked).filter(|(_, m)| **m) {
            state.save(set);
        }
        let ids: Vec<_> = sets.iter().map(|s| s.id.clone()).collect();
        state.file_holds(&ids, now);
    }
}

/// Every readable set, with a set still waiting to be stored in its latest form.
pub(crate) fn all_sets(state: &AppState) -> Vec<OkrSet> {
    let pending = state.unsaved.get_untracked();
    let mut sets: Vec<OkrSet> = state
        .summaries
        .get_untracked()
        .iter()
        .filter_map(|s| storage::load_set(&s.id).ok().flatten())
        .map(|set| match &pending {
            Some(p) if p.id == set.id => p.clone(),
            _ => set,
        })
        .collect();
    if let Some(p) = pending {
        if !sets.iter().any(|s| s.id == p.id) {
            sets.push(p);
        }
    }
    sets
}

/// The name of one set's file, as every export of it names it.
pub fn set_file_name(set: &OkrSet) -> String {
    export_file_name(&set.name, "okr", clock::today())
}

pub fn export_set(state: &AppState, set: &OkrSet) {
    download_sets(state, std::slice::from_ref(set), set_file_name(set));
}

pub fn export_set_by_id(state: &AppState, id: &Id) {
    let pending = state.unsaved.get_untracked().filter(|p| &p.id == id);
    if let Some(set) = pending.or_else(|| storage::load_set(id).ok().flatten()) {
        export_set(state, &set);
    }
}

pub fn export_workspace(state: &AppState) {
    let sets = all_sets(state);
    if !sets.is_empty() {
        download_sets(
            state,
            &sets,
            export_file_name("espace", "workspace", clock::today()),
        );
    }
}

/// Reads a file and shows what it holds, or why it cannot be imported. Changes nothing.
/// A spreadsheet's file goes to the spreadsheet bridge instead.
pub fn start_import(state: AppState, file: web_sys::File) {
    if super::sheet::is_sheet_file(&file) {
        super::sheet::take_file(state, file);
        return;
    }
    if files::size(&file) > MAX_FILE_BYTES {
        state
            .import
            .set(Some(ImportState::Failed(ReadError::TooLarge {
                bytes: files::size(&file),
            })));
        return;
    }
    clock::start_span("boussole:import");
    leptos::task::spawn_local(async move {
        let outcome = match files::read_bytes(&file).await {
            Ok(bytes) => read_document(&bytes),
            Err(_) => Err(ReadError::NotText),
        };
        state.import.set(Some(match outcome {
            Ok(sets) => {
                let candidates = state
                    .summaries
                    .with_untracked(|local| plan_import(sets, local));
                let choices = candidates
                    .iter()
                    .map(|c| {
                        RwSignal::new(if c.same_as_local() {
                            Resolution::Skip
                        } else {
                            Resolution::default()
                        })
                    })
                    .collect();
                ImportState::Preview {
                    candidates,
                    choices,
                }
            }
            Err(error) => ImportState::Failed(error),
        }));
        clock::end_span("boussole:import");
    });
}

/// Writes what the user chose, all of it or nothing: a full quota halfway through puts
/// back what was written and says so.
pub fn confirm_import(state: &AppState) {
    let Some(ImportState::Preview {
        candidates,
        choices,
    }) = state.import.get_untracked()
    else {
        return;
    };
    let resolutions: Vec<Resolution> = choices.iter().map(|c| c.get_untracked()).collect();
    let t = state.t_untracked();
    let mut ids = clock::new_id;
    let mut sets = apply_import(
        &candidates,
        &resolutions,
        &mut ids,
        |name| t.copy_name(name),
        clock::now(),
    );
    for set in &mut sets {
        set.mark_shared();
    }
    // Each set an import replaces is kept in its history first, as it was here.
    for (candidate, _) in candidates
        .iter()
        .zip(&resolutions)
        .filter(|(c, r)| c.clash.is_some() && **r == Resolution::Replace)
    {
        if let Ok(Some(local)) = storage::load_set(&candidate.set.id) {
            super::history::keep(state, &local, Reason::BeforeImport);
        }
    }
    let written = match storage::save_all(&sets) {
        Ok(summaries) => {
            let written = summaries.len();
            state.stored(summaries);
            // Each set written comes from a file: that file is its copy.
            let ids: Vec<_> = sets.iter().map(|s| s.id.clone()).collect();
            state.file_holds(&ids, clock::now());
            written
        }
        Err(error) => {
            state.import.set(Some(ImportState::NotStored(error)));
            return;
        }
    };
    let merges: Vec<(OkrSet, OkrSet)> = candidates
        .iter()
        .zip(&resolutions)
        .filter(|(_, r)| **r == Resolution::Merge)
        .filter_map(|(c, _)| {
            storage::load_set(&c.set.id)
                .ok()
                .flatten()
                .map(|local| (local, c.set.clone()))
        })
        .collect();
    state.import.set(None);
    // A merge still to review is not "nothing changed": its dialog speaks next.
    let reviewing = !merges.is_empty();
    state.merges.set(merges);
    if written > 0 || !reviewing {
        state.notify(move |t: &dyn crate::i18n::Catalogue| t.imported(written));
    }
}

pub fn cancel_import(state: &AppState) {
    let was_preview = matches!(
        state.import.get_untracked(),
        Some(ImportState::Preview { .. })
    );
    state.import.set(None);
    if was_preview {
        state.notify(crate::i18n::Msg::ImportNothingChanged);
    }
}
