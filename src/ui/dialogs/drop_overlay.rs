//! Dropping a file anywhere on the page imports it, with the same preview as the picker.

use crate::i18n::Msg;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use crate::ui::transfer;
use leptos::ev;
use leptos::prelude::*;

fn carries_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer()
        .is_some_and(|d| d.types().includes(&"Files".into(), 0))
}

#[component]
pub fn DropOverlay() -> impl IntoView {
    let state = use_app();
    let active = RwSignal::new(false);
    let over = window_event_listener(ev::dragover, move |e| {
        if carries_files(&e) {
            e.prevent_default();
            active.set(true);
        }
    });
    let leave = window_event_listener(ev::dragleave, move |e| {
        // Leaving the window, not just moving between elements.
        if e.related_target().is_none() {
            active.set(false);
        }
    });
    let drop = window_event_listener(ev::drop, move |e| {
        if !carries_files(&e) {
            return;
        }
        e.prevent_default();
        active.set(false);
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            transfer::start_import(state, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    view! {
        <Show when=move || active.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{tr(Msg::DropHere)}</p>
            </div>
        </Show>
    }
}
