//! What an objective's card and a key result's row share in their head: the move buttons,
//! drag and drop, removal with an undo toast, and labels that name the item by its number.
//! One place, so the two kinds of item cannot drift apart in ids, focus or wording.

use crate::domain::editing::Removed;
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::domain::vocabulary::Terms;
use crate::i18n::Catalogue;
use crate::ui::dom::focus_soon;
use crate::ui::drag;
use crate::ui::editing::{use_editor, Editor};
use leptos::ev::{DragEvent, MouseEvent};
use leptos::prelude::*;

/// The kind of item a head belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Objective,
    KeyResult,
}

impl Item {
    /// How its controls' ids begin (`obj-up-…`, `kr-down-…`): tests and focus find them so.
    fn prefix(self) -> &'static str {
        match self {
            Item::Objective => "obj",
            Item::KeyResult => "kr",
        }
    }

    /// The type its drag carries, so only an item of the same kind is dropped on it.
    fn drag_type(self) -> &'static str {
        match self {
            Item::Objective => drag::OBJECTIVE,
            Item::KeyResult => drag::KEY_RESULT,
        }
    }

    fn move_by(self, s: &mut OkrSet, id: &Id, delta: isize) -> bool {
        match self {
            Item::Objective => s.move_objective(id, delta),
            Item::KeyResult => s.move_key_result(id, delta),
        }
    }

    fn place(self, s: &mut OkrSet, dragged: &Id, at: &Id) -> bool {
        match self {
            Item::Objective => s.place_objective(dragged, at),
            Item::KeyResult => s.place_key_result(dragged, at),
        }
    }

    /// Starts dragging the item `id` by its head: the mouse's way, beside the keyboard's
    /// up and down buttons.
    pub fn drag_start(self, id: &Id) -> impl Fn(DragEvent) + 'static {
        let id = id.clone();
        move |e| drag::start(&e, self.drag_type(), &id)
    }

    /// Lets a dragged item of the same kind be dropped here.
    pub fn drag_over(self) -> impl Fn(DragEvent) + 'static {
        move |e| drag::allow(&e, self.drag_type())
    }

    /// Places a dragged item of the same kind where `id` stands.
    pub fn drop_on(self, editor: Editor, id: &Id) -> impl Fn(DragEvent) + 'static {
        let id = id.clone();
        move |e| {
            if let Some(dragged) = drag::dropped(&e, self.drag_type()) {
                editor.commit(|s| self.place(s, &dragged, &id));
            }
        }
    }

    /// Removes the item `id`, with an undo toast; focus goes to the button that adds one
    /// again (the objective's "add" for a key result).
    pub fn remove(self, editor: Editor, id: &Id) -> impl Fn(MouseEvent) + 'static {
        let id = id.clone();
        move |_| match self {
            Item::Objective => remove_with_undo(
                editor,
                |s| s.remove_objective(&id),
                |s, removed| s.restore_objective(removed),
                |t, terms| t.objective_deleted(terms),
                |_| Some("add-objective".to_owned()),
            ),
            Item::KeyResult => remove_with_undo(
                editor,
                |s| s.remove_key_result(&id),
                |s, removed| {
                    s.restore_key_result(removed);
                },
                |t, terms| t.key_result_deleted(terms),
                |removed| removed.parent.as_ref().map(|p| format!("add-kr-{p}")),
            ),
        }
    }
}

/// The "up" and "down" buttons; focus stays on the pressed button as the item moves.
#[component]
pub fn MoveButtons(
    item: Item,
    id: Id,
    up_label: Signal<String>,
    down_label: Signal<String>,
) -> impl IntoView {
    let editor = use_editor();
    let prefix = item.prefix();
    let move_by = {
        let id = id.clone();
        move |delta: isize| {
            if editor.commit(|s| item.move_by(s, &id, delta)) == Some(true) {
                focus_soon(format!(
                    "{prefix}-{}-{id}",
                    if delta < 0 { "up" } else { "down" }
                ));
            }
        }
    };
    let (up, down) = (move_by.clone(), move_by);
    view! {
        <button
            id=format!("{prefix}-up-{id}")
            class="icon-button"
            aria-label=up_label
            on:click=move |_| up(-1)
        >"↑"</button>
        <button
            id=format!("{prefix}-down-{id}")
            class="icon-button"
            aria-label=down_label
            on:click=move |_| down(1)
        >"↓"</button>
    }
}

/// Removes an item and offers to put it back from a toast saying `said`; focus then goes
/// where `focus_after` says, since the pressed button is gone.
fn remove_with_undo<T: Clone + Send + Sync + 'static>(
    editor: Editor,
    remove: impl FnOnce(&mut OkrSet) -> Option<Removed<T>>,
    restore: fn(&mut OkrSet, Removed<T>),
    said: fn(&dyn Catalogue, &Terms) -> String,
    focus_after: impl FnOnce(&Removed<T>) -> Option<String>,
) {
    let Some(Some(removed)) = editor.commit(remove) else {
        return;
    };
    let focus = focus_after(&removed);
    editor.app.notify_with_undo(
        move |t: &dyn Catalogue| said(t, &editor.terms()),
        move || {
            editor.commit(|s| restore(s, removed.clone()));
        },
    );
    if let Some(focus) = focus {
        focus_soon(focus);
    }
}

/// Builds an item's labels from the catalogue, in the current language and the team's
/// words, with the item's number (`usize` for an objective, `(objective, n)` for a key result).
#[derive(Clone, Copy)]
pub struct Labels<P: Send + Sync + 'static> {
    editor: Editor,
    position: Memo<P>,
}

impl<P: Clone + PartialEq + Send + Sync + 'static> Labels<P> {
    pub fn new(editor: Editor, position: Memo<P>) -> Self {
        Labels { editor, position }
    }

    pub fn of(self, f: fn(&dyn Catalogue, &Terms, P) -> String) -> Signal<String> {
        let Labels { editor, position } = self;
        Signal::derive(move || f(editor.app.t(), &editor.terms(), position.get()))
    }
}
