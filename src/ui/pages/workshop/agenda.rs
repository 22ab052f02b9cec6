//! The agenda (editable, kept with the set) and the projector's timer for its current
//! item. The timer is this page's state only, driven by a clock tick: start or pause,
//! one more minute, next or previous item, by buttons or keys (Space or S, M, N, P).
//! When time is up the face changes colour and says so; no sound.

use crate::domain::workshop::agenda::{
    add_item, agenda, remove_item, rename_item, reset, restore_item, set_minutes, total_minutes,
};
use crate::domain::workshop::timer::{clock_face, timer_key, Timer, TimerKey};
use crate::domain::workshop::{AgendaItem, MAX_AGENDA_ITEMS, MAX_MINUTES};
use crate::i18n::{Catalogue, Msg};
use crate::ui::dom::sync_value;
use crate::ui::editing::use_editor;
use crate::ui::store::{Scope, SetField};
use crate::ui::text::tr;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

fn now() -> f64 {
    js_sys::Date::now()
}

/// An item's name as shown: the facilitator's, else its stage's in the UI's language.
fn shown_name(
    t: &dyn Catalogue,
    item: &AgendaItem,
    terms: &crate::domain::vocabulary::Terms,
) -> String {
    match item.stage {
        Some(stage) if item.name.trim().is_empty() => t.stage_name(stage, terms),
        _ => item.name.clone(),
    }
}

#[component]
pub fn AgendaAndTimer() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let items = Memo::new(move |_| {
        editor
            .set
            .field(SetField::Workshop, |s| agenda(&s.workshop))
    });
    let timer = RwSignal::new(Timer::default());
    let clock = RwSignal::new(now());
    // The tick only redraws the face; page.clock drives it in the tests.
    let tick = set_interval_with_handle(move || clock.set(now()), Duration::from_millis(250)).ok();
    let count = move || items.with(Vec::len);
    let current = move || {
        let i = timer.with(|t| t.item);
        items.with(|list| list.get(i.min(list.len().saturating_sub(1))).cloned())
    };
    let minutes = move || current().map_or(0, |i| i.minutes);
    let remaining = move || timer.with(|t| t.remaining(minutes(), clock.get()));
    let over = move || current().is_some() && remaining() <= 0.0;
    let act = move |key: TimerKey| {
        let at = now();
        clock.set(at);
        let n = count();
        timer.update(|t| match key {
            TimerKey::StartPause => t.toggle(at),
            TimerKey::AddMinute => t.add_minute(),
            TimerKey::Next => t.next(n, at),
            TimerKey::Previous => t.previous(n, at),
        });
    };
    let keys = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || super::typing_in(&e) {
            return;
        }
        if let Some(key) = timer_key(&e.key()) {
            e.prevent_default();
            act(key);
        }
    });
    on_cleanup(move || {
        keys.remove();
        if let Some(tick) = tick {
            tick.clear();
        }
    });
    // An item removed under the timer: it stays within the plan.
    Effect::new(move |_| {
        let n = count();
        if timer.with_untracked(|t| t.item >= n && n > 0) {
            timer.update(|t| t.go_to(n - 1, n, now()));
        }
    });

    let state_text = move || {
        if over() {
            t().text(Msg::TimeUp)
        } else if timer.with(Timer::running) {
            t().text(Msg::TimerRunning)
        } else {
            t().text(Msg::TimerPaused)
        }
    };
    let heading = move || {
        let terms = editor.terms();
        let i = timer.with(|t| t.item);
        current().map(|item| t().timing(i + 1, count(), &shown_name(t(), &item, &terms)))
    };
    let new_name = RwSignal::new(String::new());
    let add = move || {
        let name = new_name.get_untracked();
        let added = editor
            .commit_in(Scope::Field(SetField::Workshop), |s| {
                add_item(&mut s.workshop, crate::clock::new_id(), &name, 10)
            })
            .unwrap_or(false);
        if added {
            new_name.set(String::new());
        }
    };
    // Keyed rows, each reading its item: an edit redraws the fields it changed, and the
    // focus stays where the keyboard left it.
    let row = move |id: crate::domain::id::Id| {
        let find = {
            let id = id.clone();
            move || {
                items.with(|list| {
                    list.iter()
                        .position(|i| i.id == id)
                        .map(|p| (p, list[p].clone()))
                })
            }
        };
        let position = {
            let find = find.clone();
            move || find().map_or(0, |(p, _)| p)
        };
        let name = {
            let find = find.clone();
            move || {
                let terms = editor.terms();
                find()
                    .map(|(_, item)| shown_name(t(), &item, &terms))
                    .unwrap_or_default()
            }
        };
        let stage = find().and_then(|(_, i)| i.stage);
        let minutes = {
            let find = find.clone();
            move || find().map_or(0, |(_, i)| i.minutes).to_string()
        };
        let current = {
            let position = position.clone();
            move || timer.with(|t| t.item) == position()
        };
        let (rename_id, minutes_id, remove_id) = (id.clone(), id.clone(), id);
        // Both fields follow what is stored (another tab, an undo) but never while being
        // typed in: what is typed is kept until it is committed.
        let (name_input, minutes_input) = (
            NodeRef::<leptos::html::Input>::new(),
            NodeRef::<leptos::html::Input>::new(),
        );
        let (name_now, minutes_now) = untrack(|| (name.clone()(), minutes.clone()()));
        sync_value(name_input, name.clone());
        sync_value(minutes_input, minutes);
        let (p1, p2, c1, n1) = (
            position.clone(),
            position.clone(),
            current.clone(),
            name.clone(),
        );
        view! {
            <li class="agenda-item" class:current=current.clone() aria-current=move || c1().then_some("step") data-testid="agenda-item">
                <span class="agenda-number" aria-hidden="true">{move || position() + 1}</span>
                <label class="field agenda-name">
                    <span class="visually-hidden">{move || t().agenda_name_label(p1() + 1)}</span>
                    <input type="text" data-testid="agenda-name" maxlength="80" node_ref=name_input value=name_now
                        on:change=move |e| {
                            let typed = event_target_value(&e);
                            let default = stage.map(|s| t().stage_name(s, &editor.terms()));
                            let typed = if default.as_deref() == Some(typed.trim()) { String::new() } else { typed };
                            editor.commit_in(Scope::Field(SetField::Workshop), |s| rename_item(&mut s.workshop, &rename_id, &typed));
                        }/>
                </label>
                <label class="field agenda-minutes">
                    <span class="visually-hidden">{move || t().agenda_minutes_label(p2() + 1)}</span>
                    <input type="number" inputmode="numeric" min="1" max=MAX_MINUTES data-testid="agenda-minutes" node_ref=minutes_input value=minutes_now
                        on:change=move |e| {
                            if let Ok(m) = event_target_value(&e).trim().parse::<u32>() {
                                editor.commit_in(Scope::Field(SetField::Workshop), |s| set_minutes(&mut s.workshop, &minutes_id, m));
                            }
                        }/>
                    <span aria-hidden="true">"min"</span>
                </label>
                <button type="button" class="button quiet" aria-label=move || t().remove_agenda_item(&n1()) data-testid="agenda-remove" on:click=move |_| {
                    let removed = editor.commit_in(Scope::Field(SetField::Workshop), |s| remove_item(&mut s.workshop, &remove_id)).flatten();
                    if let Some((at, item)) = removed {
                        editor.app.notify_with_undo(Msg::AgendaItemRemoved, move || {
                            let item = item.clone();
                            editor.commit_in(Scope::Field(SetField::Workshop), |s| restore_item(&mut s.workshop, at, item));
                        });
                    }
                }>"✕"</button>
            </li>
        }
    };
    view! {
        <section class="card workshop-timer" class:over=over aria-labelledby="timer-title" data-testid="timer">
            <h2 id="timer-title">{tr(Msg::TimerTitle)}</h2>
            <p class="timer-item" data-testid="timer-item">{heading}</p>
            <p class="timer-face" data-testid="timer-face" role="timer">{move || clock_face(remaining())}</p>
            <p class="timer-state" role="status" data-testid="timer-state">{state_text}</p>
            <div class="toolbar timer-buttons">
                <button type="button" class="button primary" data-testid="timer-start" aria-keyshortcuts="S" on:click=move |_| act(TimerKey::StartPause)>
                    {move || t().text(if timer.with(Timer::running) { Msg::TimerPause } else { Msg::TimerStart })}
                </button>
                <button type="button" class="button" data-testid="timer-add-minute" aria-keyshortcuts="M" on:click=move |_| act(TimerKey::AddMinute)>{tr(Msg::TimerAddMinute)}</button>
                <button type="button" class="button" data-testid="timer-previous" aria-keyshortcuts="P" on:click=move |_| act(TimerKey::Previous)>{tr(Msg::TimerPrevious)}</button>
                <button type="button" class="button" data-testid="timer-next" aria-keyshortcuts="N" on:click=move |_| act(TimerKey::Next)>{tr(Msg::TimerNext)}</button>
            </div>
            <p class="hint" data-testid="workshop-keys">{tr(Msg::WorkshopKeys)}</p>
        </section>
        <section class="card workshop-agenda" aria-labelledby="agenda-title">
            <h2 id="agenda-title">{tr(Msg::AgendaTitle)}</h2>
            <ol class="agenda" data-testid="agenda">
                <For each=move || items.with(|l| l.iter().map(|i| i.id.clone()).collect::<Vec<_>>()) key=|id| id.clone() children=row/>
            </ol>
            <p class="agenda-total" data-testid="agenda-total">{move || t().agenda_total(items.with(|i| total_minutes(i)))}</p>
            <form class="agenda-add" on:submit=move |e| { e.prevent_default(); add(); }>
                <label class="field">
                    <span>{tr(Msg::AgendaNewItem)}</span>
                    <input type="text" data-testid="agenda-new" maxlength="80" prop:value=move || new_name.get() on:input=move |e| new_name.set(event_target_value(&e))/>
                </label>
                <button type="submit" class="button" data-testid="agenda-add" disabled=move || { count() >= MAX_AGENDA_ITEMS }>{tr(Msg::AgendaAdd)}</button>
                <button type="button" class="button quiet" data-testid="agenda-reset" on:click=move |_| {
                    editor.commit_in(Scope::Field(SetField::Workshop), |s| reset(&mut s.workshop));
                }>{tr(Msg::AgendaReset)}</button>
            </form>
        </section>
    }
}
