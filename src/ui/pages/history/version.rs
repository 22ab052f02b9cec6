//! One kept version of a set, in the editor's own screens, read-only.

use super::super::editor::SetEditor;
use super::super::set_page;
use crate::clock;
use crate::domain::id::Id;
use crate::i18n::Msg;
use crate::ui::history;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn VersionPage(id: Id, n: u32) -> impl IntoView {
    clock::start_span("boussole:version");
    Effect::new(|_| clock::end_span("boussole:version"));
    let state = use_app();
    // The set must be here (and readable): a version is shown beside the set it belongs to.
    set_page(&id.clone(), move |_| {
        let Some(history) = history::load(&state, &id) else {
            return ().into_any();
        };
        // A version that is not there (pruned, or a wrong link) is told apart from a set
        // that is not there: the set is, and its history is one link away.
        let not_shown = |testid: &'static str, why: Msg| {
            view! {
                <section class="page" data-testid=testid>
                    <p role="alert">{tr(why)}</p>
                    <a href=crate::ui::route::Route::History(id.clone()).href()>{tr(Msg::BackToHistory)}</a>
                </section>
            }
            .into_any()
        };
        let Some(at) = history.get(n).map(|v| v.at) else {
            return not_shown("version-missing", Msg::VersionMissing);
        };
        match history.version(n) {
            Ok(set) => view! { <SetEditor set=set version=(n, at)/> }.into_any(),
            Err(_) => not_shown("version-unreadable", Msg::VersionUnreadable),
        }
    })
}
