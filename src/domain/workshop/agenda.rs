//! The workshop's plan: timeboxed items in order. A first workshop follows the method's
//! path (why → ideas → vote → draft → confidence → launch); the facilitator renames,
//! adds, removes and retimes items, and the plan is kept with the set.

use super::{Workshop, MAX_AGENDA_ITEMS, MAX_AGENDA_NAME_CHARS, MAX_MINUTES};
use crate::domain::id::Id;
use crate::domain::validate::clean_line;
use crate::domain::visible::is_blank;
use serde::{Deserialize, Serialize};

/// The moments of a first workshop; an item of one is named by the catalogue unless the
/// facilitator renamed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stage {
    #[serde(rename = "why")]
    Why,
    #[serde(rename = "ideas")]
    Ideas,
    #[serde(rename = "vote")]
    Vote,
    #[serde(rename = "draft")]
    Draft,
    #[serde(rename = "confidence")]
    Confidence,
    #[serde(rename = "launch")]
    Launch,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Why,
        Stage::Ideas,
        Stage::Vote,
        Stage::Draft,
        Stage::Confidence,
        Stage::Launch,
    ];

    /// Minutes a first workshop gives it: about an hour and three quarters in all.
    pub fn minutes(self) -> u32 {
        match self {
            Stage::Why => 15,
            Stage::Ideas => 15,
            Stage::Vote => 10,
            Stage::Draft => 40,
            Stage::Confidence => 10,
            Stage::Launch => 5,
        }
    }

    /// Its item's id in the default plan: stable, so a list keyed by id stays put when
    /// the plan is first edited (and stored).
    pub fn id(self) -> Id {
        Id::new(match self {
            Stage::Why => "why",
            Stage::Ideas => "ideas",
            Stage::Vote => "vote",
            Stage::Draft => "draft",
            Stage::Confidence => "confidence",
            Stage::Launch => "launch",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    #[serde(rename = "id")]
    pub id: Id,
    /// The moment of the method it stands for, if any.
    #[serde(rename = "stage", default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// The facilitator's name for it; empty, the stage's name in the UI's language.
    #[serde(rename = "name", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(rename = "minutes")]
    pub minutes: u32,
}

/// A first workshop's plan.
pub fn default_agenda() -> Vec<AgendaItem> {
    Stage::ALL
        .into_iter()
        .map(|stage| AgendaItem {
            id: stage.id(),
            stage: Some(stage),
            name: String::new(),
            minutes: stage.minutes(),
        })
        .collect()
}

/// The plan as it stands: the facilitator's, or the default.
pub fn agenda(workshop: &Workshop) -> Vec<AgendaItem> {
    workshop.agenda.clone().unwrap_or_else(default_agenda)
}

/// Total minutes of the plan.
pub fn total_minutes(items: &[AgendaItem]) -> u32 {
    items.iter().map(|i| i.minutes).sum()
}

fn edited(workshop: &mut Workshop) -> &mut Vec<AgendaItem> {
    workshop.agenda.get_or_insert_with(default_agenda)
}

/// Adds an item at the end; a blank name or a full plan adds nothing.
pub fn add_item(workshop: &mut Workshop, id: Id, name: &str, minutes: u32) -> bool {
    let name = clean_line(name.trim(), MAX_AGENDA_NAME_CHARS);
    let items = edited(workshop);
    if is_blank(&name) || items.len() >= MAX_AGENDA_ITEMS || items.iter().any(|i| i.id == id) {
        return false;
    }
    items.push(AgendaItem {
        id,
        stage: None,
        name,
        minutes: minutes.clamp(1, MAX_MINUTES),
    });
    true
}

/// Removes an item; hands back where it was and what it was, for an undo.
pub fn remove_item(workshop: &mut Workshop, id: &Id) -> Option<(usize, AgendaItem)> {
    let items = edited(workshop);
    let at = items.iter().position(|i| &i.id == id)?;
    Some((at, items.remove(at)))
}

/// Puts a removed item back where it was.
pub fn restore_item(workshop: &mut Workshop, at: usize, item: AgendaItem) {
    let items = edited(workshop);
    if items.len() < MAX_AGENDA_ITEMS && !items.iter().any(|i| i.id == item.id) {
        items.insert(at.min(items.len()), item);
    }
}

/// Renames an item. A blank name gives a stage's item its default name back; an item of
/// the facilitator's own keeps its name.
pub fn rename_item(workshop: &mut Workshop, id: &Id, name: &str) -> bool {
    let name = clean_line(name.trim(), MAX_AGENDA_NAME_CHARS);
    let Some(item) = edited(workshop).iter_mut().find(|i| &i.id == id) else {
        return false;
    };
    if is_blank(&name) {
        if item.stage.is_none() {
            return false;
        }
        item.name.clear();
    } else {
        item.name = name;
    }
    true
}

/// Sets an item's minutes, kept within 1 and `MAX_MINUTES`.
pub fn set_minutes(workshop: &mut Workshop, id: &Id, minutes: u32) -> bool {
    match edited(workshop).iter_mut().find(|i| &i.id == id) {
        Some(item) => {
            item.minutes = minutes.clamp(1, MAX_MINUTES);
            true
        }
        None => false,
    }
}

/// Back to the first workshop's plan.
pub fn reset(workshop: &mut Workshop) {
    workshop.agenda = None;
}
