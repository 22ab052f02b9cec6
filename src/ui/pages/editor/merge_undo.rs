//! After a merge, the set's page offers the version from before it, kept in the set's
//! history, until the user keeps the merge: a toast that vanishes, or leaving the page,
//! must not take that choice away. Going back is a restore like any other (the merged set
//! is kept first), so it can be undone from the history too.

use crate::i18n::Msg;
use crate::storage;
use crate::ui::editing::use_editor;
use crate::ui::route::Route;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn MergeUndo() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let id = editor.set.with_untracked(|s| s.id.clone());
    // The history's index says which version is offered: the history itself is read only
    // when the user goes back.
    let offered = {
        let id = id.clone();
        Memo::new(move |_| {
            state.history_changed.track();
            storage::indexed(&id).and_then(|i| i.offer)
        })
    };
    let restore = move |_| {
        if let Some(n) = offered.get_untracked() {
            if editor.restore(n) {
                state.history_changed.update(|n| *n += 1);
                state.notify(Msg::MergeRestored);
            }
        }
    };
    let keep = {
        let id = id.clone();
        move |_| {
            let _ = storage::set_offer(&id, None);
            state.history_changed.update(|n| *n += 1);
        }
    };
    let history = Route::History(id).href();
    move || {
        offered.get().map(|_| {
            view! {
                <div class="banner reminder" role="status" data-testid="merge-undo">
                    <p>{tr(Msg::MergeUndoHint)} " " <a href=history.clone() data-testid="merge-history">{tr(Msg::HistoryOpen)}</a></p>
                    <button type="button" class="button" data-testid="merge-restore" on:click=restore>{tr(Msg::MergeRestore)}</button>
                    " "
                    <button type="button" class="button primary" data-testid="merge-keep" on:click=keep.clone()>{tr(Msg::MergeKeep)}</button>
                </div>
            }
        })
    }
}
