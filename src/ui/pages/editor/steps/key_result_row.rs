//! One key result in the editor: its title, how it is measured, and where it goes.

use super::findings_list::FindingsList;
use super::item_controls::{Item, Labels, MoveButtons};
use crate::domain::coaching::Target;
use crate::domain::id::Id;
use crate::domain::model::{KeyResult, KrKind};
use crate::domain::validate::{MAX_TITLE_CHARS, MAX_UNIT_CHARS};
use crate::i18n::Msg;
use crate::ui::dom::sync_value;
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
        Memo::new(move |_| editor.set.key_result_number(&id))
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

    let number_id = format!("kr-number-{id}");
    let (baseline_id, target_id) = (format!("kr-baseline-{id}"), format!("kr-target-{id}"));
    let unit_id = format!("kr-unit-{id}");
    let title_label_id = format!("kr-title-label-{id}");
    let labelled_by = format!("{number_id} {title_label_id}");
    let label = Labels::new(editor, position);
    let number_text = label.of(|t, terms, (o, k)| t.key_result_label(terms, o, k));
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
            on:dragover=Item::KeyResult.drag_over()
            on:drop=Item::KeyResult.drop_on(editor, &id)
        >
            <div class="item-head drag-handle" draggable="true" title=tr(Msg::DragToMove) on:dragstart=Item::KeyResult.drag_start(&id)>
                <span class="kr-number" id=number_id.clone()>{number_text}</span>
                <div class="item-actions">
                    <MoveButtons
                        item=Item::KeyResult
                        id=id.clone()
                        up_label=label.of(|t, terms, (o, k)| t.move_key_result(terms, o, k, true))
                        down_label=label.of(|t, terms, (o, k)| t.move_key_result(terms, o, k, false))
                    />
                    <button
                        class="icon-button danger"
                        data-testid="delete-kr"
                        aria-label=label.of(|t, terms, (o, k)| t.delete_key_result(terms, o, k))
                        on:click=Item::KeyResult.remove(editor, &id)
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
