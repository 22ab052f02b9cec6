//! Every check-in of a key result, newest first; each can be corrected or deleted (with
//! undo).

use crate::domain::id::Id;
use crate::domain::model::{milestone, CheckIn, Confidence, KrKind};
use crate::domain::number::{format_decimal, parse_decimal};
use crate::domain::validate::{clean_line, read_date, MAX_NOTE_CHARS};
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn CheckInHistory(kr: Id) -> impl IntoView {
    let editor = use_editor();
    let editing = RwSignal::new(None::<Id>);
    let open = RwSignal::new(false);
    let lookup = kr.clone();
    let entries = move || {
        editor.set.key_result(&lookup, |k| {
            k.map(|k| {
                (
                    k.kind,
                    k.unit.clone(),
                    k.check_ins.iter().rev().cloned().collect::<Vec<_>>(),
                )
            })
        })
    };
    let count = {
        let entries = entries.clone();
        move || entries().map_or(0, |(_, _, list)| list.len())
    };
    view! {
        <details class="history" data-testid="history" on:toggle=move |e| open.set(event_target::<web_sys::HtmlDetailsElement>(&e).open())>
            <summary>{tr(Msg::History)} " (" {count} ")"</summary>
            // Drawn while open only: a closed history costs nothing to the page.
            {move || {
                if !open.get() {
                    return ().into_any();
                }
                let Some((kind, unit, list)) = entries() else { return ().into_any() };
                if list.is_empty() {
                    return view! { <p class="empty-state">{tr(Msg::NoCheckInYet)}</p> }.into_any();
                }
                let kr = kr.clone();
                view! {
                    <div class="table-scroll">
                    <table class="history-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(Msg::DateColumn)}</th>
                                <th scope="col">{tr(Msg::Value)}</th>
                                <th scope="col">{tr(Msg::ConfidenceLabel)}</th>
                                <th scope="col">{tr(Msg::Note)}</th>
                                <th scope="col">{tr(Msg::Actions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list.into_iter().map(|c| {
                                if editing.with(|e| e.as_ref() == Some(&c.id)) {
                                    view! { <EditRow kr=kr.clone() kind=kind check_in=c editing=editing/> }.into_any()
                                } else {
                                    view! { <ShowRow kr=kr.clone() kind=kind unit=unit.clone() check_in=c editing=editing/> }.into_any()
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }
                .into_any()
            }}
        </details>
    }
}

#[component]
fn ShowRow(
    kr: Id,
    kind: KrKind,
    unit: String,
    check_in: CheckIn,
    editing: RwSignal<Option<Id>>,
) -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let id = check_in.id.clone();
    let edit_id = id.clone();
    let delete = move |_| {
        let removed = editor.commit(|s| s.remove_check_in(&kr, &id)).flatten();
        if let Some(removed) = removed {
            state.notify_with_undo(Msg::CheckInDeleted, move || {
                editor.commit(|s| s.restore_check_in(removed.clone()));
            });
        }
    };
    let lang = state.lang.get_untracked();
    view! {
        <tr data-testid="history-row">
            <td>{t().date(check_in.date)}</td>
            <td>{t().measure(kind, &unit, check_in.value, lang)}</td>
            <td class=format!("confidence confidence-{}", check_in.confidence.key())>{t().confidence(check_in.confidence)}</td>
            <td class="note">{check_in.note.clone()}</td>
            <td class="row-actions">
                <button type="button" class="button quiet" on:click=move |_| editing.set(Some(edit_id.clone()))>{tr(Msg::Edit)}</button>
                <button type="button" class="button quiet danger" data-testid="delete-check-in" on:click=delete>{tr(Msg::Delete)}</button>
            </td>
        </tr>
    }
}

#[component]
fn EditRow(
    kr: Id,
    kind: KrKind,
    check_in: CheckIn,
    editing: RwSignal<Option<Id>>,
) -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let lang = state.lang.get_untracked();
    let date = RwSignal::new(check_in.date.to_string());
    let value = RwSignal::new(format_decimal(check_in.value, lang));
    let done = RwSignal::new(check_in.is_done());
    let confidence = RwSignal::new(check_in.confidence);
    let note = RwSignal::new(check_in.note.clone());
    let error = RwSignal::new(false);
    let id = check_in.id.clone();
    let save = move |_| {
        let parsed = if kind == KrKind::Milestone {
            Ok(Some(milestone::value(done.get_untracked())))
        } else {
            parse_decimal(&value.get_untracked())
        };
        let (Ok(Some(v)), Some(day)) = (parsed, read_date(&date.get_untracked())) else {
            error.set(true);
            return;
        };
        let updated = CheckIn {
            id: id.clone(),
            date: day,
            value: v,
            confidence: confidence.get_untracked(),
            note: clean_line(note.get_untracked().trim(), MAX_NOTE_CHARS),
        };
        editor.commit(|s| s.update_check_in(&kr, updated));
        editing.set(None);
    };
    let value_cell = if kind == KrKind::Milestone {
        view! { <label class="check"><input type="checkbox" prop:checked=move || done.get() on:change=move |e| done.set(event_target_checked(&e))/>{tr(Msg::Done)}</label> }.into_any()
    } else {
        view! { <input type="text" inputmode="decimal" aria-label=tr(Msg::Value) aria-invalid=move || error.get().then_some("true") prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))/> }.into_any()
    };
    view! {
        <tr class="editing">
            <td><input type="date" aria-label=tr(Msg::DateColumn) aria-invalid=move || error.get().then_some("true") prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/></td>
            <td>{value_cell}</td>
            <td>
                <select aria-label=tr(Msg::ConfidenceLabel) on:change=move |e| confidence.set(Confidence::from_key(&event_target_value(&e)).unwrap_or_default())>
                    {Confidence::ALL.into_iter().map(|c| view! { <option value=c.key() selected=confidence.get_untracked() == c>{move || t().confidence(c)}</option> }).collect_view()}
                </select>
            </td>
            <td><input type="text" aria-label=tr(Msg::Note) maxlength=MAX_NOTE_CHARS prop:value=move || note.get() on:input=move |e| note.set(event_target_value(&e))/></td>
            <td class="row-actions">
                <button type="button" class="button primary" on:click=save>{tr(Msg::Save)}</button>
                <button type="button" class="button quiet" on:click=move |_| editing.set(None)>{tr(Msg::Cancel)}</button>
            </td>
        </tr>
    }
}
