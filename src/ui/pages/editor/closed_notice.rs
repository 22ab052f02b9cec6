//! A closed cycle reads but does not change: every step says so at its top, with the way
//! to change it (reopen) beside the reason, so no control is disabled without a word.

use crate::clock;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn ClosedNotice() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let closed = move || editor.set.field(SetField::Closed, |s| s.closed);
    move || {
        closed().map(|at| {
            view! {
                <div class="banner closed" role="status" data-testid="closed-notice">
                    <p>{t().closed_on(clock::local(at))} " " {tr(Msg::ClosedNotice)}</p>
                    <button type="button" class="button" data-testid="reopen-cycle" on:click=move |_| editor.reopen()>
                        {tr(Msg::ReopenCycle)}
                    </button>
                </div>
            }
        })
    }
}
