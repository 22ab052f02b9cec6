//! Ideas → vote → keep, on the projector: ideas typed or pasted one per line become
//! cards; a selected card takes + and − for its dot votes (↑ ↓ move between cards); the
//! best voted become objectives, within the team's count rule, in one step that can be
//! undone; the others wait in the parking, from which any can become an objective later.

use crate::domain::id::Id;
use crate::domain::workshop::ideas::{
    add_ideas, cut, keep_top, remove_idea, remove_parked, restore_idea, restore_parked,
    restore_to_parking, room_for, undo_keep, vote,
};
use crate::domain::workshop::Idea;
use crate::i18n::{Catalogue, Msg};
use crate::ui::dom::{focus_now, sync_value};
use crate::ui::editing::{use_editor, Editor};
use crate::ui::store::{Scope, SetField};
use crate::ui::text::tr;
use leptos::prelude::*;

const IDEAS_KEYS: &str = "ideas-keys";

fn card_id(id: &Id) -> String {
    format!("idea-{id}")
}

/// A launched plan changes only inside a plan change with a reason (the editor's), so
/// neither keeping ideas nor taking one from the parking adds an objective then.
fn plan_locked(editor: Editor) -> bool {
    editor.set.field(SetField::Launch, |s| s.launch.is_some())
        && editor.change.with(|c| {
            c.as_ref()
                .is_none_or(|c| crate::domain::visible::is_blank(&c.reason))
        })
}

fn commit_workshop<R>(
    editor: Editor,
    edit: impl FnOnce(&mut crate::domain::workshop::Workshop) -> R,
) -> Option<R> {
    editor.commit_in(Scope::Field(SetField::Workshop), |s| edit(&mut s.workshop))
}

/// One card: its text and votes, the key handling of a selected card, − and + buttons,
/// and its removal (with an undo).
fn card(editor: Editor, ideas: Memo<Vec<Idea>>, id: Id) -> impl IntoView {
    let t = move || editor.app.t();
    let focus_id = card_id(&id);
    let find = {
        let id = id.clone();
        move || ideas.with(|list| list.iter().find(|i| i.id == id).cloned())
    };
    let text = {
        let find = find.clone();
        move || find().map(|i| i.text).unwrap_or_default()
    };
    let votes = {
        let find = find.clone();
        move || find().map_or(0, |i| i.votes)
    };
    let by = {
        let id = id.clone();
        move |delta: i32| {
            commit_workshop(editor, |w| vote(w, &id, delta));
        }
    };
    let on_key = {
        let (id, by) = (id.clone(), by.clone());
        move |e: web_sys::KeyboardEvent| {
            let step = |delta: isize| {
                ideas.with_untracked(|list| {
                    let at = list.iter().position(|i| i.id == id)?;
                    let to = at.checked_add_signed(delta)?;
                    list.get(to).map(|i| card_id(&i.id))
                })
            };
            match e.key().as_str() {
                "+" | "=" | "Add" => by(1),
                "-" | "−" | "_" | "Subtract" => by(-1),
                "ArrowDown" | "ArrowRight" => {
                    if let Some(next) = step(1) {
                        focus_now(&next);
                    }
                }
                "ArrowUp" | "ArrowLeft" => {
                    if let Some(previous) = step(-1) {
                        focus_now(&previous);
                    }
                }
                _ => return,
            }
            e.prevent_default();
        }
    };
    let (up, down) = (by.clone(), by);
    let (t1, t2, t3, t4, v1) = (
        text.clone(),
        text.clone(),
        text.clone(),
        text.clone(),
        votes.clone(),
    );
    let remove = move |_| {
        let removed = commit_workshop(editor, |w| remove_idea(w, &id)).flatten();
        if let Some((at, idea)) = removed {
            editor.app.notify_with_undo(Msg::IdeaRemoved, move || {
                let idea = idea.clone();
                commit_workshop(editor, |w| restore_idea(w, at, idea));
            });
        }
    };
    view! {
        <li class="idea" data-testid="idea">
            <button type="button" id=focus_id class="idea-card" data-testid="idea-card"
                aria-label=move || t().idea_card(&t1(), v1()) aria-describedby=IDEAS_KEYS on:keydown=on_key>
                <span class="idea-text">{text}</span>
                <span class="idea-votes" data-testid="idea-votes" aria-hidden="true">{move || t().votes(votes())}</span>
            </button>
            <button type="button" class="icon-button" tabindex="-1" aria-label=move || t().vote_down(&t2()) on:click=move |_| down(-1)>"−"</button>
            <button type="button" class="icon-button" tabindex="-1" aria-label=move || t().vote_up(&t3()) on:click=move |_| up(1)>"+"</button>
            <button type="button" class="icon-button" aria-label=move || t().remove_idea(&t4()) data-testid="idea-remove" on:click=remove>"✕"</button>
        </li>
    }
}

#[component]
pub fn IdeasBoard() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let ideas = Memo::new(move |_| {
        editor
            .set
            .field(SetField::Workshop, |s| s.workshop.ideas.clone())
    });
    let room = Memo::new(move |_| {
        editor.set.structure(|_| ());
        editor.set.field(SetField::CountRule, room_for)
    });
    let voted = move || ideas.with(|l| l.iter().filter(|i| i.votes > 0).count());
    // How many to keep: the facilitator's number, else all the rule leaves room for.
    let wanted = RwSignal::new(None::<usize>);
    let keep_n = move || wanted.get().unwrap_or_else(|| room.get()).min(room.get());
    // The room left follows the stored set; a count being typed is kept until committed.
    let keep_input = NodeRef::<leptos::html::Input>::new();
    sync_value(keep_input, move || keep_n().to_string());
    let typed = RwSignal::new(String::new());
    let add = move || {
        let text = typed.get_untracked();
        let added =
            commit_workshop(editor, |w| add_ideas(w, &text, crate::clock::new_id)).unwrap_or(0);
        if added > 0 {
            typed.set(String::new());
        }
    };
    let keep = move |_| {
        if plan_locked(editor) {
            return;
        }
        let n = keep_n();
        let kept = editor
            .commit(|s| keep_top(s, n, crate::clock::new_id))
            .flatten();
        if let Some(kept) = kept {
            let (made, parked) = (
                kept.objectives.len(),
                kept.before.ideas.len() - kept.objectives.len(),
            );
            editor.app.notify_with_undo(
                move |t: &dyn Catalogue| t.kept(&editor.terms(), made, parked),
                move || {
                    editor.commit(|s| undo_keep(s, &kept));
                },
            );
        }
    };
    let tie = move || ideas.with(|l| cut(l, keep_n()).tie);
    let heading = move || t().ideas_heading(&editor.terms());
    view! {
        <section class="card workshop-ideas" aria-labelledby="ideas-title">
            <h2 id="ideas-title">{heading}</h2>
            <form class="ideas-add" on:submit=move |e| { e.prevent_default(); add(); }>
                <label class="field">
                    <span>{tr(Msg::IdeasInput)}</span>
                    <textarea rows="4" data-testid="ideas-input" aria-describedby="ideas-hint"
                        prop:value=move || typed.get()
                        on:input=move |e| typed.set(event_target_value(&e))
                        on:keydown=move |e: web_sys::KeyboardEvent| {
                            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                                e.prevent_default();
                                add();
                            }
                        }></textarea>
                </label>
                <p id="ideas-hint" class="hint">{tr(Msg::IdeasHint)}</p>
                <button type="submit" class="button" data-testid="ideas-add">{tr(Msg::IdeasAdd)}</button>
            </form>
            <p id=IDEAS_KEYS class="hint">{tr(Msg::IdeasKeys)}</p>
            {move || ideas.with(Vec::is_empty).then(|| view! { <p class="empty" data-testid="ideas-empty">{tr(Msg::IdeasEmpty)}</p> })}
            <ul class="idea-board" aria-labelledby="ideas-title" data-testid="idea-board">
                <For each=move || ideas.with(|l| l.iter().map(|i| i.id.clone()).collect::<Vec<_>>()) key=|id| id.clone()
                    children=move |id| card(editor, ideas, id)/>
            </ul>
            <div class="keep">
                <p data-testid="room-left">{move || t().room_left(&editor.terms(), room.get())}</p>
                {move || (voted() == 0 && !ideas.with(Vec::is_empty)).then(|| view! { <p class="hint">{tr(Msg::NoVotesYet)}</p> })}
                {move || tie().then(|| view! { <p class="notice" role="status" data-testid="tie">{tr(Msg::TieAtCut)}</p> })}
                {move || plan_locked(editor).then(|| view! { <p class="notice">{tr(Msg::PlanLocked)}</p> })}
                <label class="field keep-count">
                    <span>{tr(Msg::KeepCount)}</span>
                    <input type="number" inputmode="numeric" min="1" max=move || room.get().max(1) data-testid="keep-count"
                        node_ref=keep_input value=keep_n().to_string()
                        on:change=move |e| {
                            // At least one; past the room, the room: the field then says what the button keeps.
                            let n = event_target_value(&e).trim().parse::<i64>().ok();
                            wanted.set(n.map(|n| usize::try_from(n.max(1)).unwrap_or(usize::MAX)));
                            if let Some(input) = keep_input.get_untracked() {
                                input.set_value(&keep_n().to_string());
                            }
                        }/>
                </label>
                <button type="button" class="button primary" data-testid="keep-top"
                    disabled=move || room.get() == 0 || voted() == 0 || keep_n() == 0 || plan_locked(editor) on:click=keep>
                    {move || t().keep_top(&editor.terms(), keep_n().min(voted()).max(1))}
                </button>
            </div>
        </section>
    }
}

#[component]
pub fn Parking() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let parked = Memo::new(move |_| {
        editor
            .set
            .field(SetField::Workshop, |s| s.workshop.parking.clone())
    });
    let row = move |idea: Idea| {
        let (id, text) = (idea.id.clone(), idea.text.clone());
        let (make_id, remove_id, t1, t2) = (id.clone(), id, text.clone(), text.clone());
        let make = move |_| {
            if plan_locked(editor) {
                return;
            }
            let made = editor
                .commit(|s| restore_parked(s, &make_id, crate::clock::new_id()))
                .flatten();
            if made.is_some() {
                editor
                    .app
                    .notify(move |t: &dyn Catalogue| t.made_objective(&editor.terms()));
            }
        };
        let remove = move |_| {
            let removed = commit_workshop(editor, |w| remove_parked(w, &remove_id)).flatten();
            if let Some((at, idea)) = removed {
                editor.app.notify_with_undo(Msg::ParkedRemoved, move || {
                    let idea = idea.clone();
                    commit_workshop(editor, |w| restore_to_parking(w, at, idea));
                });
            }
        };
        view! {
            <li class="parked" data-testid="parked">
                <span class="parked-text">{text}</span>
                <span class="parked-votes">{move || t().votes(idea.votes)}</span>
                <button type="button" class="button" data-testid="parked-restore" disabled=move || plan_locked(editor) on:click=make>
                    {move || t().make_objective(&editor.terms(), &t1)}
                </button>
                <button type="button" class="icon-button" aria-label=move || t().remove_parked(&t2) on:click=remove>"✕"</button>
            </li>
        }
    };
    view! {
        <section class="card workshop-parking" aria-labelledby="parking-title" data-testid="parking">
            <h2 id="parking-title">{tr(Msg::ParkingTitle)}</h2>
            <p class="hint">{tr(Msg::ParkingHint)}</p>
            {move || parked.with(Vec::is_empty).then(|| view! { <p class="empty">{tr(Msg::ParkingEmpty)}</p> })}
            <ul class="parking-list">
                <For each=move || parked.get() key=|i| i.id.clone() children=row/>
            </ul>
        </section>
    }
}
