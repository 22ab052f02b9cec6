//! One key result in the editor: its title, how it is measured, and where it goes.

use super::findings_list::FindingsList;
use crate::domain::coaching::Target;
use crate::domain::id::Id;
use crate::domain::model::{KeyResult, KrKind};
use crate::domain::validate::{MAX_TITLE_CHARS, MAX_UNIT_CHARS};
use crate::i18n::Msg;
use crate::ui::dom::{focus_soon, sync_value};
use crate::ui::drag;
use crate::ui::editing::use_editor;
use crate::ui::store::Scope;
use crate::ui::text::tr;
use crate::ui::widgets::{LineInput, NumberField};
use leptos::prelude::*;

#[component]
pub fn KeyResultRow(id: Id) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let position = {
        let id = id.clone();
        let at = Memo::new(move |_| editor.set.key_result_number(&id));
        move || at.get()
    };
    // The kind list starts from the stored kind when drawn.
    let initial = editor
        .set
        .with_untracked(|s| s.key_result(&id).map(|(_, k)| k.clone()))
        .unwrap_or_else(|| KeyResult::new(id.clone()));
    let kind = {
        let id = id.clone();
        Memo::new(move |_| {
            editor
                .set
                .key_result(&id, |k| k.map(|k| k.kind).unwrap_or_default())
        })
    };
    // The stored fields, followed when they change from elsewhere (another tab, a merge).
    let stored = {
        let id = id.clone();
        move |pick: fn(&KeyResult) -> String| {
            let id = id.clone();
            move || {
                editor
                    .set
                    .key_result(&id, |k| k.map(pick).unwrap_or_default())
            }
        }
    };
    let number = {
        let id = id.clone();
        move |pick: fn(&KeyResult) -> Option<f64>| {
            let id = id.clone();
            Signal::derive(move || editor.set.key_result(&id, |k| k.and_then(pick)))
        }
    };
    let (baseline, target) = (number(|k| k.baseline), number(|k| k.target));
    let stored_title = Signal::derive(stored(|k| k.title.clone()));
    let kind_select = NodeRef::<leptos::html::Select>::new();
    let stored_unit = Signal::derive(stored(|k| k.unit.clone()));
    sync_value(kind_select, move || kind.get().key().to_owned());

    let edit = {
        let id = id.clone();
        move |change: Box<dyn FnOnce(&mut KeyResult)>| {
            editor.commit_in(Scope::KeyResult(id.clone()), |s| {
                if let Some(kr) = s.key_result_mut(&id) {
                    change(kr);
                }
            });
        }
    };
    let on_title = {
        let edit = edit.clone();
        Callback::new(move |text: String| edit(Box::new(move |kr| kr.title = text)))
    };
    let on_kind = {
        let edit = edit.clone();
        move |e: leptos::ev::Event| {
            if let Some(k) = KrKind::from_key(&event_target_value(&e)) {
                edit(Box::new(move |kr| kr.kind = k));
            }
        }
    };
    let on_unit = {
        let edit = edit.clone();
        Callback::new(move |text: String| edit(Box::new(move |kr| kr.unit = text)))
    };
    let on_baseline = {
        let edit = edit.clone();
        Callback::new(move |v: Option<f64>| edit(Box::new(move |kr| kr.baseline = v)))
    };
    let on_target = {
        let edit = edit.clone();
        Callback::new(move |v: Option<f64>| edit(Box::new(move |kr| kr.target = v)))
    };

    let move_by = {
        let id = id.clone();
        move |delta: isize| {
            let id = id.clone();
            if editor.commit(|s| s.move_key_result(&id, delta)) == Some(true) {
                focus_soon(format!("kr-{}-{id}", if delta < 0 { "up" } else { "down" }));
            }
        }
    };
    let (up, down) = (move_by.clone(), move_by);
    let remove = {
        let id = id.clone();
        move |_| {
            let Some(Some(removed)) = editor.commit(|s| s.remove_key_result(&id)) else {
                return;
            };
            let parent = removed.parent.clone();
            editor.app.notify_with_undo(
                move |t: &dyn crate::i18n::Catalogue| t.key_result_deleted(&editor.terms()),
                move || {
                    editor.commit(|s| s.restore_key_result(removed.clone()));
                },
            );
            if let Some(parent) = parent {
                focus_soon(format!("add-kr-{parent}"));
            }
        }
    };

    let drag_start = {
        let id = id.clone();
        move |e: leptos::ev::DragEvent| drag::start(&e, drag::KEY_RESULT, &id)
    };
    let drop_here = {
        let id = id.clone();
        move |e: leptos::ev::DragEvent| {
            if let Some(dragged) = drag::dropped(&e, drag::KEY_RESULT) {
                editor.commit(|s| s.place_key_result(&dragged, &id));
            }
        }
    };

    let number_id = format!("kr-number-{id}");
    let (baseline_id, target_id) = (format!("kr-baseline-{id}"), format!("kr-target-{id}"));
    let unit_id = format!("kr-unit-{id}");
    let title_label_id = format!("kr-title-label-{id}");
    let labelled_by = format!("{number_id} {title_label_id}");
    let label = move |f: fn(
        &dyn crate::i18n::Catalogue,
        &crate::domain::vocabulary::Terms,
        usize,
        usize,
    ) -> String| {
        move || {
            let (o, k) = position();
            f(t(), &editor.terms(), o, k)
        }
    };
    let number_text = {
        move || {
            let (o, k) = position();
            t().key_result_label(&editor.terms(), o, k)
        }
    };
    let target_label = Signal::derive(move || {
        t().text(if kind.get().has_baseline() {
            Msg::Target
        } else {
            Msg::Threshold
        })
        .to_owned()
    });
    view! {
        <li
            class="kr"
            data-testid="key-result"
            on:dragover=move |e| drag::allow(&e, drag::KEY_RESULT)
            on:drop=drop_here
        >
            <div class="item-head drag-handle" draggable="true" title=tr(Msg::DragToMove) on:dragstart=drag_start>
                <span class="kr-number" id=number_id.clone()>{number_text}</span>
                <div class="item-actions">
                    <button
                        id=format!("kr-up-{id}")
                        class="icon-button"
                        aria-label=label(|t, terms, o, k| t.move_key_result(terms, o, k, true))
                        on:click=move |_| up(-1)
                    >"↑"</button>
                    <button
                        id=format!("kr-down-{id}")
                        class="icon-button"
                        aria-label=label(|t, terms, o, k| t.move_key_result(terms, o, k, false))
                        on:click=move |_| down(1)
                    >"↓"</button>
                    <button
                        class="icon-button danger"
                        data-testid="delete-kr"
                        aria-label=label(|t, terms, o, k| t.delete_key_result(terms, o, k))
                        on:click=remove
                    >"×"</button>
                </div>
            </div>
            <div class="kr-fields">
                <div class="field kr-title">
                    <span id=title_label_id>{tr(Msg::KrTitle)}</span>
                    <LineInput
                        id=format!("kr-title-{id}")
                        value=stored_title
                        max=MAX_TITLE_CHARS
                        testid="kr-title"
                        labelled_by=labelled_by
                        placeholder=Signal::derive(move || t().key_result_placeholder(&editor.terms()))
                        on_text=on_title
                    />
                </div>
                <label class="field kr-kind">
                    <span>{tr(Msg::KrKind)}</span>
                    <select data-testid="kr-kind" node_ref=kind_select on:change=on_kind>
                        {KrKind::ALL
                            .into_iter()
                            .map(|k| {
                                view! {
                                    <option value=k.key() selected=k == initial.kind>
                                        {move || t().kr_kind(k)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <Show when=move || kind.get().has_baseline()>
                    <NumberField
                        value=baseline
                        label=tr(Msg::Baseline)
                        field_id=baseline_id.clone()
                        testid="kr-baseline"
                        on_change=on_baseline
                    />
                </Show>
                <Show when=move || kind.get().is_numeric()>
                    <NumberField
                        value=target
                        label=target_label
                        field_id=target_id.clone()
                        testid="kr-target"
                        on_change=on_target
                    />
                    <label class="field unit-field">
                        <span>{tr(Msg::Unit)}</span>
                        <LineInput
                            id=unit_id.clone()
                            value=stored_unit
                            max=MAX_UNIT_CHARS
                            testid="kr-unit"
                            placeholder=tr(Msg::UnitPlaceholder)
                            on_text=on_unit
                        />
                    </label>
                </Show>
            </div>
            <FindingsList target=Target::KeyResult(id.clone())/>
        </li>
    }
}
