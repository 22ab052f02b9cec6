//! After a merge, the set's page offers the version from before it until the user keeps
//! the merge: a toast that vanishes, or leaving the page, must not take that choice away.

use crate::i18n::Msg;
use crate::storage;
use crate::ui::editing::use_editor;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn MergeUndo() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let id = editor.set.with_untracked(|s| s.id.clone());
    let kept = {
        let id = id.clone();
        Memo::new(move |_| {
            state.merges_kept.track();
            storage::before_merge(&id).is_some()
        })
    };
    let restore = {
        let id = id.clone();
        move |_| {
            let Some(previous) = storage::before_merge(&id) else {
                return;
            };
            // A change like any other: the revision moves on from the merged one.
            editor.commit(|s| {
                let revision = s.revision;
                *s = previous;
                s.revision = revision;
            });
            editor.flush();
            storage::forget_before_merge(&id);
            state.merges_kept.update(|n| *n += 1);
            state.notify(Msg::MergeRestored);
        }
    };
    let keep = move |_| {
        storage::forget_before_merge(&id);
        state.merges_kept.update(|n| *n += 1);
    };
    move || {
        kept.get().then(|| {
            view! {
                <div class="banner reminder" role="status" data-testid="merge-undo">
                    <p>{tr(Msg::MergeUndoHint)}</p>
                    <button type="button" class="button" data-testid="merge-restore" on:click=restore.clone()>{tr(Msg::MergeRestore)}</button>
                    " "
                    <button type="button" class="button primary" data-testid="merge-keep" on:click=keep.clone()>{tr(Msg::MergeKeep)}</button>
                </div>
            }
        })
    }
}
