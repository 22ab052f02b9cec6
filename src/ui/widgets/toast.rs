//! The one toast: a passing message, with an undo where there is something to undo.

use crate::i18n::Msg;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn ToastView() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="toast-region" role="status" aria-live="polite" data-testid="toast">
            {move || {
                state.toast.get().map(|toast| {
                    let action = toast.action.clone().map(|(label, run)| {
                        view! {
                            <button class="button" data-testid="toast-action" on:click=move |_| {
                                state.toast.set(None);
                                run();
                            }>{tr(label)}</button>
                        }
                    });
                    view! {
                        <div class="toast">
                            <span>{move || toast.message.say(state.t())}</span>
                            {action}
                            <button
                                class="button quiet"
                                aria-label=tr(Msg::Close)
                                on:click=move |_| state.toast.set(None)
                            >
                                "×"
                            </button>
                        </div>
                    }
                })
            }}
        </div>
    }
}
