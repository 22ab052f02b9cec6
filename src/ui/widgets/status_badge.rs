//! A status in words with a sign, so colour is never the only signal.

use crate::domain::progress::Status;
use crate::ui::state::use_app;
use leptos::prelude::*;

fn sign(status: Status) -> &'static str {
    match status {
        Status::OnTrack => "✓",
        Status::Waiting => "…",
        Status::NotFollowed => "?",
        Status::AtRisk => "!",
        Status::OffTrack => "✕",
    }
}

#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<Status>) -> impl IntoView {
    let state = use_app();
    view! {
        <span class=move || format!("status status-{}", status.get().key()) data-testid="status">
            <span aria-hidden="true">{move || sign(status.get())} " "</span>
            {move || state.t().status(status.get())}
        </span>
    }
}
