//! One set on the home page, with what can be done to it as a whole.

use crate::clock;
use crate::domain::id::Id;
use crate::domain::summary::SetSummary;
use crate::domain::validate::{clean_line, MAX_NAME_CHARS};
use crate::i18n::Msg;
use crate::storage;
use crate::ui::route::Route;
use crate::ui::state::{use_app, AppState};
use crate::ui::transfer;
use leptos::prelude::*;
use crate::ui::text::tr;

fn rename(state: &AppState, id: &Id, name: &str) {
    let name = clean_line(name.trim(), MAX_NAME_CHARS);
    if name.is_empty() {
        return;
    }
    if let Ok(Some(mut set)) = storage::load_set(id) {
        if set.name != name {
            set.name = name;
            set.touch(clock::now());
            state.save(&set);
        }
    }
}

fn duplicate(state: &AppState, id: &Id) {
    if let Ok(Some(set)) = storage::load_set(id) {
        let t = state.t_untracked();
        let copy = set.duplicate(&mut clock::new_id, &t.copy_name(&set.name), clock::now());
        if state.save(&copy) {
            state.notify(t.set_duplicated(&copy.name));
        }
    }
}

/// Deletes at once and offers an undo that stores the set again, unchanged.
fn delete(state: AppState, id: &Id) {
    let Ok(Some(set)) = storage::load_set(id) else { return };
    if !state.remove(id) {
        return;
    }
    let t = state.t_untracked();
    let message = t.set_deleted(&set.name);
    state.notify_with_undo(message, move || {
        state.save(&set);
    });
}

#[component]
pub fn SetCard(summary: SetSummary) -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let renaming = RwSignal::new(false);
    let SetSummary { id, name, team, cycle, objectives, key_results, modified, vocabulary, .. } = summary;
    let href = Route::Set(id.clone()).href();
    let terms = move || vocabulary.terms(state.lang.get());
    let input_id = format!("rename-{id}");

    let title = {
        let (id, name, input_id) = (id.clone(), name.clone(), input_id.clone());
        move || {
            if renaming.get() {
                let (id_commit, id_key) = (id.clone(), id.clone());
                let label_name = name.clone();
                view! {
                    <input
                        id=input_id.clone()
                        class="rename-input"
                        type="text"
                        maxlength=MAX_NAME_CHARS
                        value=name.clone()
                        aria-label=move || t().action_on(Msg::Rename, &label_name)
                        on:blur=move |e| {
                            if renaming.get_untracked() {
                                renaming.set(false);
                                rename(&state, &id_commit, &event_target_value(&e));
                            }
                        }
                        on:keydown=move |e| match e.key().as_str() {
                            "Enter" => {
                                renaming.set(false);
                                rename(&state, &id_key, &event_target_value(&e));
                            }
                            "Escape" => renaming.set(false),
                            _ => {}
                        }
                    />
                }
                .into_any()
            } else {
                view! { <a href=href.clone() class="set-link">{name.clone()}</a> }.into_any()
            }
        }
    };

    let (id_dup, id_exp, id_del) = (id.clone(), id.clone(), id.clone());
    let (n1, n2, n3, n4) = (name.clone(), name.clone(), name.clone(), name.clone());
    view! {
        <li class="card set-card" data-testid="set-card">
            <h3 class="set-name">{title}</h3>
            <p class="meta">
                {(!team.is_empty()).then(|| view! { <span class="team">{team.clone()}</span> })}
                <span>{move || t().cycle(cycle.start, cycle.end)}</span>
                <span data-testid="set-counts">{move || t().counts(&terms(), objectives, key_results)}</span>
                <span>{move || t().modified_on(clock::local(modified))}</span>
            </p>
            <div class="card-actions" role="group" aria-label=move || t().action_on(Msg::Actions, &n4)>
                <button
                    class="button quiet"
                    aria-label=move || t().action_on(Msg::Rename, &n1)
                    on:click={
                        let input_id = input_id.clone();
                        move |_| {
                            renaming.set(true);
                            crate::ui::dom::focus_soon(input_id.clone());
                        }
                    }
                >
                    {tr(Msg::Rename)}
                </button>
                <button
                    class="button quiet"
                    aria-label=move || t().action_on(Msg::Duplicate, &n2)
                    on:click=move |_| duplicate(&state, &id_dup)
                >
                    {tr(Msg::Duplicate)}
                </button>
                <button
                    class="button quiet"
                    aria-label=move || t().action_on(Msg::Export, &n3)
                    data-testid="export-set"
                    on:click=move |_| transfer::export_set_by_id(&state, &id_exp)
                >
                    {tr(Msg::Export)}
                </button>
                <button
                    class="button quiet danger"
                    aria-label=move || t().action_on(Msg::Delete, &name)
                    data-testid="delete-set"
                    on:click=move |_| delete(state, &id_del)
                >
                    {tr(Msg::Delete)}
                </button>
            </div>
        </li>
    }
}
