//! Coaching's rewrite of a task-like key result, offered under its finding: the title
//! turned into a change to measure ("Réduire [ce qui doit changer] (moyen : …)"), the kind
//! set, baseline and target left to fill. One click applies it through `Editor::commit`;
//! the toast undoes it, and the focus lands on the blank to name.

use crate::domain::coaching::{suggest_rewrite, Rewrite};
use crate::domain::id::Id;
use crate::i18n::{catalogue, Catalogue, Msg};
use crate::ui::dom::select_soon;
use crate::ui::editing::use_editor;
use crate::ui::text::tr;
use leptos::prelude::*;

/// The new title, in the words of the title's own language.
fn title_of(rewrite: &Rewrite) -> String {
    let words = catalogue(rewrite.lang);
    rewrite.title(|kind, means| words.rewrite_title(kind, means))
}

#[component]
pub fn RewriteOffer(id: Id) -> impl IntoView {
    let editor = use_editor();
    let offer = {
        let id = id.clone();
        Memo::new(move |_| {
            let objective = editor.set.objective_of(&id)?;
            let ui = editor.app.lang.get();
            editor
                .set
                .objective_deep(&objective, |o| o.and_then(|o| suggest_rewrite(o, &id, ui)))
        })
    };
    let apply = move |_| {
        let Some(rewrite) = offer.get_untracked() else {
            return;
        };
        let title = title_of(&rewrite);
        let id = id.clone();
        let Some(Some(before)) =
            editor.commit(|s| s.reword_key_result(&id, rewrite.wording(title)))
        else {
            return;
        };
        let undo_id = id.clone();
        editor.app.notify_with_undo(
            move |t: &dyn Catalogue| t.rewrite_done(&editor.terms()),
            move || {
                editor.commit(|s| s.reword_key_result(&undo_id, before.clone()));
            },
        );
        select_soon(
            format!("kr-title-{id}"),
            catalogue(rewrite.lang).rewrite_blank(),
        );
    };
    move || {
        offer.get().map(|rewrite| {
            let said = move || editor.app.t().rewrite_offer(&title_of(&rewrite));
            view! {
                <span class="rewrite-offer" data-testid="rewrite-offer">
                    <span>{said}</span>
                    " "
                    <button class="button quiet" data-testid="rewrite-apply" on:click=apply.clone()>
                        {tr(Msg::RewriteApply)}
                    </button>
                </span>
            }
        })
    }
}
