//! One objective in the editor, with its key results.

use super::contribution_picker::ContributionPicker;
use super::findings_list::FindingsList;
use super::item_controls::{Item, Labels, MoveButtons};
use super::key_result_row::KeyResultRow;
use crate::clock;
use crate::domain::coaching::Target;
use crate::domain::id::Id;
use crate::domain::model::Objective;
use crate::domain::validate::{MAX_TITLE_CHARS, MAX_WHY_CHARS};
use crate::i18n::Msg;
use crate::ui::dom::focus_soon;
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
    let label = Labels::new(editor, number);
    let heading_id = format!("obj-heading-{id}");
    view! {
        <li
            class="card objective"
            data-testid="objective"
            aria-labelledby=heading_id.clone()
            on:dragover=Item::Objective.drag_over()
            on:drop=Item::Objective.drop_on(editor, &id)
        >
            <div class="item-head drag-handle" draggable="true" title=tr(Msg::DragToMove) on:dragstart=Item::Objective.drag_start(&id)>
                <h3 class="objective-number" id=heading_id.clone()>{label.of(|t, terms, n| t.objective_heading(terms, n))}</h3>
                <div class="item-actions">
                    <MoveButtons
                        item=Item::Objective
                        id=id.clone()
                        up_label=label.of(|t, terms, n| t.move_objective(terms, n, true))
                        down_label=label.of(|t, terms, n| t.move_objective(terms, n, false))
                    />
                    <button
                        class="icon-button danger"
                        data-testid="delete-objective"
                        aria-label=label.of(|t, terms, n| t.delete_objective(terms, n))
                        on:click=Item::Objective.remove(editor, &id)
                    >"×"</button>
                </div>
            </div>
            <label class="field objective-title">
                <span class="visually-hidden">{label.of(|t, terms, n| t.objective_title_label(terms, n))}</span>
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
            <ol class="kr-list" aria-label=label.of(|t, terms, n| t.key_results_of(terms, n))>
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
