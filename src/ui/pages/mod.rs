//! One component per screen.

mod editor;
mod guide;
mod history;
mod home;
mod not_found;
mod overview;
mod present;
mod recovery;
mod workshop;

pub use editor::EditorPage;
pub use guide::GuidePage;
pub use history::{HistoryPage, VersionPage};
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use present::PresentPage;
pub use recovery::RecoveryPage;

use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::storage;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// A page about one set: the set as this tab holds it (an edit not yet stored wins), a
/// "not found" page, or, when the stored set is damaged, the recovery screen (the root
/// switches to it).
pub(crate) fn set_page(id: &Id, page: impl FnOnce(OkrSet) -> AnyView) -> AnyView {
    let state = use_app();
    let pending = state.unsaved.get_untracked().filter(|s| &s.id == id);
    match pending
        .map(|s| Ok(Some(s)))
        .unwrap_or_else(|| storage::load_set(id))
    {
        Ok(Some(set)) => page(set),
        Ok(None) => view! { <NotFoundPage/> }.into_any(),
        Err(damaged) => {
            state.damaged.set(vec![damaged]);
            ().into_any()
        }
    }
}
