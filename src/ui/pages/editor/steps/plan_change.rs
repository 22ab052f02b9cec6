//! Changing a launched plan: the plan stays locked until the team says why; from then on
//! every edit is logged (old → new) with that reason, until the change is finished or
//! cancelled (which puts the plan back).

use crate::domain::history::Reason;
use crate::domain::validate::{clean_paragraph, MAX_NOTE_CHARS};
use crate::domain::visible::is_blank;
use crate::i18n::Msg;
use crate::ui::editing::{use_editor, OpenChange};
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn PlanChange() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let begin = move |_| {
        let change = editor.set.with_untracked(|s| OpenChange {
            before: s.objectives.clone(),
            from: s.changes.len(),
            reason: String::new(),
        });
        editor.change.set(Some(change));
        crate::ui::dom::focus_soon("change-reason".to_owned());
    };
    let set_reason = move |e: leptos::ev::Event| {
        let reason = clean_paragraph(&event_target_value(&e), MAX_NOTE_CHARS);
        editor.change.update(|c| {
            if let Some(c) = c {
                c.reason = reason;
            }
        });
        // Rewrites this change's entries with the new reason; a blank reason waits.
        let logged = editor.set.with_untracked(|s| s.changes.len())
            > editor
                .change
                .with_untracked(|c| c.as_ref().map_or(0, |c| c.from));
        if logged
            && editor
                .change
                .with_untracked(|c| c.as_ref().is_some_and(|c| !is_blank(&c.reason)))
        {
            editor.commit(|_| ());
        }
    };
    let finish = move |_| {
        let from = editor.change.with_untracked(|c| c.as_ref().map(|c| c.from));
        // This change's entries in the log: the first says what the history shows of it.
        let logged = from.and_then(|from| {
            editor.set.with_untracked(|s| {
                s.changes.get(from).map(|first| Reason::PlanChange {
                    change: Box::new(first.clone()),
                    more: u32::try_from(s.changes.len() - from - 1).unwrap_or(u32::MAX),
                })
            })
        });
        editor.change.set(None);
        if let Some(reason) = logged {
            editor.keep_after_write(reason);
            state.notify(Msg::ChangeRecorded);
        }
    };
    let cancel = move |_| {
        let Some(change) = editor.change.get_untracked() else {
            return;
        };
        editor.commit(|s| s.restore_plan(&change.before));
        editor.change.set(None);
        state.notify(Msg::ChangeCancelled);
    };
    // Drawn again only when a change opens or closes: the reason being typed is the
    // user's, and its field keeps its text, caret and focus whatever else changes.
    let open = Memo::new(move |_| editor.change.with(Option::is_some));
    move || {
        match open.get().then(|| editor.change.with_untracked(|c| c.as_ref().map(|c| c.reason.clone()).unwrap_or_default())) {
        None => view! {
            <div class="banner locked" data-testid="plan-locked">
                <p>{tr(Msg::PlanLocked)}</p>
                <button type="button" class="button" data-testid="change-plan" on:click=begin>{tr(Msg::ChangePlan)}</button>
            </div>
        }
        .into_any(),
        Some(reason) => view! {
            <div class="banner changing" data-testid="plan-changing">
                <label class="field">
                    <span>{tr(Msg::ChangeReasonLabel)}</span>
                    <textarea id="change-reason" rows="2" maxlength=MAX_NOTE_CHARS data-testid="change-reason"
                        aria-describedby="change-reason-hint" on:input=set_reason>{reason.clone()}</textarea>
                </label>
                <p id="change-reason-hint" class="hint">
                    {move || if editor.change.with(|c| c.as_ref().is_some_and(|c| is_blank(&c.reason))) {
                        t().text(Msg::ChangeReasonRequired)
                    } else {
                        t().text(Msg::ChangeReasonHint)
                    }}
                </p>
                <div class="toolbar">
                    <button type="button" class="button primary" data-testid="finish-change" on:click=finish
                        disabled=move || editor.change.with(|c| c.as_ref().is_some_and(|c| is_blank(&c.reason)))>
                        {tr(Msg::FinishChange)}
                    </button>
                    <button type="button" class="button" data-testid="cancel-change" on:click=cancel>{tr(Msg::CancelChange)}</button>
                </div>
            </div>
        }
        .into_any(),
    }
    }
}
