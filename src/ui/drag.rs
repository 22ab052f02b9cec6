//! Dragging items to reorder them. What is dragged carries its kind and id under a type of
//! its own, so a dropped file (type `Files`) or another kind of item is never mistaken.

use crate::domain::id::Id;
use leptos::ev::DragEvent;

pub const OBJECTIVE: &str = "application/x-boussole-objective";
pub const KEY_RESULT: &str = "application/x-boussole-key-result";

pub fn start(e: &DragEvent, kind: &str, id: &Id) {
    if let Some(data) = e.data_transfer() {
        let _ = data.set_data(kind, id.as_str());
        data.set_effect_allowed("move");
    }
    // A key result's head sits inside its objective: only the innermost item is dragged.
    e.stop_propagation();
}

/// Lets the drop happen when the drag carries `kind`.
pub fn allow(e: &DragEvent, kind: &str) {
    if e.data_transfer()
        .is_some_and(|d| d.types().includes(&kind.into(), 0))
    {
        e.prevent_default();
    }
}

/// The id a drop delivers, when it carries `kind`.
pub fn dropped(e: &DragEvent, kind: &str) -> Option<Id> {
    let id = e
        .data_transfer()?
        .get_data(kind)
        .ok()
        .filter(|d| !d.is_empty())?;
    e.prevent_default();
    e.stop_propagation();
    Some(Id::new(id))
}
