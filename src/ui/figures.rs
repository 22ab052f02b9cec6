//! A set's figures as every screen and export shows them (`domain::set_figures`): a
//! reference set's are rolled up from the other sets of this browser, read from storage;
//! a team set reads none of them.

use crate::clock;
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::domain::set_figures::SetFigures;
use crate::storage;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The other sets a reference set rolls up from, read now (none for a team set).
pub fn others_of(state: &AppState, set: &OkrSet) -> Vec<OkrSet> {
    if !set.reference {
        return Vec::new();
    }
    state.summaries.with_untracked(|list| {
        storage::load_sets(list.iter().map(|s| &s.id).filter(|id| **id != set.id))
    })
}

/// A set's figures on today, its team sets read now when it is a reference set.
pub fn set_figures(state: &AppState, set: &OkrSet) -> SetFigures {
    SetFigures::of(set, &others_of(state, set), clock::today())
}

/// The other sets, kept for a page that shows a set's figures as it is edited: read when
/// first asked for and `reference()` holds, and again only when one of them is saved.
pub fn others_memo(
    state: AppState,
    own: Id,
    reference: impl Fn() -> bool + Send + Sync + 'static,
) -> Memo<Vec<OkrSet>> {
    let saved = Memo::new(move |_| -> Vec<(Id, u64)> {
        state.summaries.with(|list| {
            list.iter()
                .filter(|s| s.id != own)
                .map(|s| (s.id.clone(), s.revision))
                .collect()
        })
    });
    Memo::new(move |_| {
        if !reference() {
            return Vec::new();
        }
        saved.with(|ids| storage::load_sets(ids.iter().map(|(id, _)| id)))
    })
}
