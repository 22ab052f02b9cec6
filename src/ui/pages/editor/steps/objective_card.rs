//! One objective in the editor, with its key results.

use super::contribution_picker::ContributionPicker;
use super::findings_list::FindingsList;
use super::key_result_row::KeyResultRow;
use crate::clock;
use crate::domain::coaching::Target;
use crate::domain::id::Id;
use crate::domain::model::Objective;
use crate::domain::validate::{MAX_TITLE_CHARS, MAX_WHY_CHARS};
use crate::i18n::Msg;
use crate::ui::dom::focus_soon;
use crate::ui::drag;
use crate::ui::editing::use_editor;
use crate::ui::store::Scope;
use crate::ui::text::tr;
use crate::ui::widgets::LineInput;
use leptos::prelude::*;

#[component]
pub fn ObjectiveCard(id: Id) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let number = {
        let id = id.clone();
        Memo::new(move |_| editor.set.objective_number(&id))
    };
    let number = move || number.get();
    let kr_ids = {
        let id = id.clone();
        move || editor.set.key_result_ids(&id)
    };
    // The stored title and why, followed when they change from elsewhere.
    let stored = |pick: fn(&Objective) -> String| {
        let id = id.clone();
        Signal::derive(move || {
            editor
                .set
                .objective(&id, |o| o.map(pick).unwrap_or_default())
        })
    };
    let (stored_title, stored_why) = (stored(|o| o.title.clone()), stored(|o| o.why.clone()));
    let on_title = {
        let id = id.clone();
        Callback::new(move |text: String| {
            editor.commit_in(Scope::Objective(id.clone()), |s| {
                if let Some(o) = s.objective_mut(&id) {
                    o.title = text;
                }
            });
        })
    };
    let on_why = {
        let id = id.clone();
        Callback::new(move |text: String| {
            editor.commit_in(Scope::Objective(id.clone()), |s| {
                if let Some(o) = s.objective_mut(&id) {
                    o.why = text;
                }
            });
        })
    };
    let add_kr = {
        let id = id.clone();
        move || {
            let new_id = clock::new_id();
            let focus = format!("kr-title-{new_id}");
            if editor.commit(|s| s.add_key_result(&id, new_id)) == Some(true) {
                focus_soon(focus);
            }
        }
    };
    // An objective leads straight to its key results: Enter in its title adds one.
    let title_keydown = {
        let add_kr = add_kr.clone();
        Callback::new(move |e: leptos::ev::KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                add_kr();
            }
        })
    };
    // Drag and drop by the card's head, beside the keyboard's up and down buttons.
    let drag_start = {
        let id = id.clone();
        move |e: leptos::ev::DragEvent| drag::start(&e, drag::OBJECTIVE, &id)
    };
    let drop_here = {
        let id = id.clone();
        move |e: leptos::ev::DragEvent| {
            if let Some(dragged) = drag::dropped(&e, drag::OBJECTIVE) {
                editor.commit(|s| s.place_objective(&dragged, &id));
            }
        }
    };
    let move_by = {
        let id = id.clone();
        move |delta: isize| {
            if editor.commit(|s| s.move_objective(&id, delta)) == Some(true) {
                focus_soon(format!(
                    "obj-{}-{id}",
                    if delta < 0 { "up" } else { "down" }
                ));
            }
        }
    };
    let (up, down) = (move_by.clone(), move_by);
    let remove = {
        let id = id.clone();
        move |_| {
            let Some(Some(removed)) = editor.commit(|s| s.remove_objective(&id)) else {
                return;
            };
            editor.app.notify_with_undo(
                move |t: &dyn crate::i18n::Catalogue| t.objective_deleted(&editor.terms()),
                move || {
                    editor.commit(|s| s.restore_objective(removed.clone()));
                },
            );
            focus_soon("add-objective".to_owned());
        }
    };
    let label = move |f: fn(
        &dyn crate::i18n::Catalogue,
        &crate::domain::vocabulary::Terms,
        usize,
    ) -> String| { move || f(t(), &editor.terms(), number()) };
    let heading_id = format!("obj-heading-{id}");
    view! {
        <li
            class="card objective"
            data-testid="objective"
            aria-labelledby=heading_id.clone()
            on:dragover=move |e| drag::allow(&e, drag::OBJECTIVE)
            on:drop=drop_here
        >
            <div class="item-head drag-handle" draggable="true" title=tr(Msg::DragToMove) on:dragstart=drag_start>
                <h3 class="objective-number" id=heading_id.clone()>{label(|t, terms, n| t.objective_heading(terms, n))}</h3>
                <div class="item-actions">
                    <button
                        id=format!("obj-up-{id}")
                        class="icon-button"
                        aria-label=label(|t, terms, n| t.move_objective(terms, n, true))
                        on:click=move |_| up(-1)
                    >"↑"</button>
                    <button
                        id=format!("obj-down-{id}")
                        class="icon-button"
                        aria-label=label(|t, terms, n| t.move_objective(terms, n, false))
                        on:click=move |_| down(1)
                    >"↓"</button>
                    <button
                        class="icon-button danger"
                        data-testid="delete-objective"
                        aria-label=label(|t, terms, n| t.delete_objective(terms, n))
                        on:click=remove
                    >"×"</button>
                </div>
            </div>
            <label class="field objective-title">
                <span class="visually-hidden">{label(|t, terms, n| t.objective_title_label(terms, n))}</span>
                <LineInput
                    id=format!("obj-title-{id}")
                    value=stored_title
                    max=MAX_TITLE_CHARS
                    testid="objective-title"
                    placeholder=Signal::derive(move || t().objective_placeholder(&editor.terms()))
                    on_text=on_title
                    on_keydown=title_keydown
                />
            </label>
            <label class="field objective-why">
                <span>{tr(Msg::ObjectiveWhy)}</span>
                <LineInput value=stored_why max=MAX_WHY_CHARS testid="objective-why" on_text=on_why/>
            </label>
            <ContributionPicker objective=id.clone()/>
            <FindingsList target=Target::Objective(id.clone())/>
            <ol class="kr-list" aria-label=label(|t, terms, n| t.key_results_of(terms, n))>
                <For each=kr_ids.clone() key=|k| k.clone() let:kr>
                    <KeyResultRow id=kr/>
                </For>
            </ol>
            <button id=format!("add-kr-{id}") class="button" data-testid="add-kr" on:click=move |_| add_kr()>
                {move || t().add_key_result(&editor.terms())}
            </button>
        </li>
    }
}
