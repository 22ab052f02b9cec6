//! The import preview: what the file holds, a choice for each set that clashes with one
//! already here, and nothing written before "Import". A refused file says why.

use crate::clock;
use crate::domain::import::{Candidate, Resolution};
use crate::i18n::Msg;
use crate::storage::SaveError;
use crate::ui::state::{use_app, AppState, ImportState};
use crate::ui::text::tr;
use crate::ui::transfer;
use leptos::html::Dialog;
use leptos::prelude::*;

fn choice(
    state: AppState,
    name: String,
    value: Resolution,
    label: Msg,
    chosen: RwSignal<Resolution>,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="radio"
                name=name
                prop:checked=move || chosen.get() == value
                on:change=move |_| chosen.set(value)
            />
            <span>{move || state.t().text(label)}</span>
        </label>
    }
}

fn candidate_view(
    state: AppState,
    index: usize,
    candidate: Candidate,
    chosen: RwSignal<Resolution>,
) -> impl IntoView {
    let t = move || state.t();
    let set = candidate.set.clone();
    let (objectives, key_results) = (set.objectives.len(), set.key_result_count());
    let vocabulary = set.vocabulary.clone();
    let terms = move || vocabulary.terms(state.lang.get());
    let cycle = set.cycle;
    let clash = candidate.clash.clone().map(|local| {
        let same = candidate.same_as_local();
        let group = format!("clash-{index}");
        view! {
            <fieldset class="clash">
                <legend>{move || t().import_clash(&local.name, clock::local(local.modified))}</legend>
                {same.then(|| view! { <p class="hint">{tr(Msg::ClashSameAsLocal)}</p> })}
                {choice(state, group.clone(), Resolution::KeepBoth, Msg::ResolutionKeepBoth, chosen)}
                {choice(state, group.clone(), Resolution::Replace, Msg::ResolutionReplace, chosen)}
                {(!same).then(|| choice(state, group.clone(), Resolution::Merge, Msg::ResolutionMerge, chosen))}
                {choice(state, group, Resolution::Skip, Msg::ResolutionSkip, chosen)}
            </fieldset>
        }
    });
    view! {
        <li class="import-item" data-testid="import-item">
            <strong>{set.name.clone()}</strong>
            <span class="meta">{set.team.clone()}</span>
            <span class="meta">{move || t().cycle(cycle.start, cycle.end)}</span>
            <span class="meta">{move || t().counts(&terms(), objectives, key_results)}</span>
            {clash}
        </li>
    }
}

/// Why nothing was imported, and the way back.
#[component]
fn Refusal(title: Msg, message: Signal<String>) -> impl IntoView {
    let state = use_app();
    view! {
        <h2 id="import-title">{tr(title)}</h2>
        <p class="error" role="alert" data-testid="import-error">{message}</p>
        <div class="dialog-actions">
            <button class="button primary" on:click=move |_| transfer::cancel_import(&state)>
                {tr(Msg::Close)}
            </button>
        </div>
    }
}

#[component]
pub fn ImportDialog() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let open = state.import.with(Option::is_some);
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let body = move || {
        match state.import.get() {
        None => ().into_any(),
        Some(ImportState::Failed(error)) => {
            view! { <Refusal title=Msg::ImportFailedTitle message=Signal::derive(move || t().read_error(&error))/> }.into_any()
        }
        Some(ImportState::NotStored(error)) => {
            let message = if error == SaveError::Quota { Msg::ImportQuota } else { Msg::ImportNotStored };
            view! { <Refusal title=Msg::ImportNotStoredTitle message=tr(message)/> }.into_any()
        }
        Some(ImportState::Preview { candidates, choices }) => {
            let count = candidates.len();
            let items = candidates
                .into_iter()
                .zip(choices)
                .enumerate()
                .map(|(i, (c, chosen))| candidate_view(state, i, c, chosen))
                .collect_view();
            view! {
                <h2 id="import-title">{tr(Msg::ImportTitle)}</h2>
                <p>{move || t().import_summary(count)}</p>
                <ul class="import-list">{items}</ul>
                <div class="dialog-actions">
                    <button class="button primary" data-testid="import-confirm" on:click=move |_| transfer::confirm_import(&state)>
                        {tr(Msg::ImportConfirm)}
                    </button>
                    <button class="button" data-testid="import-cancel" on:click=move |_| transfer::cancel_import(&state)>
                        {tr(Msg::Cancel)}
                    </button>
                </div>
            }
            .into_any()
        }
    }
    };
    view! {
        <dialog
            node_ref=dialog
            class="dialog"
            aria-labelledby="import-title"
            data-testid="import-dialog"
            on:cancel=move |e: leptos::ev::Event| {
                e.prevent_default();
                transfer::cancel_import(&state);
            }
        >
            {body}
        </dialog>
    }
}
