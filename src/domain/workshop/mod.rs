//! The facilitator's kit, kept with the set: the workshop's agenda (timeboxes), the room's
//! ideas with their dot votes, the parking of ideas not kept, and the confidence votes
//! (fist of five) on each key result. All optional: a set that never ran a workshop
//! saves nothing of it. The timer is not here: it lives in the page, never stored.

pub mod agenda;
pub mod fist;
pub mod ideas;
pub mod timer;

use super::validate::{check_id, check_text, Field, Problem};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub use agenda::{AgendaItem, Stage};
pub use fist::FistVote;
pub use ideas::Idea;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    /// The plan as the facilitator edited it; absent, the first workshop's default.
    #[serde(rename = "agenda", default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Vec<AgendaItem>>,
    /// Candidate objectives on the board, with their votes.
    #[serde(rename = "ideas", default, skip_serializing_if = "Vec::is_empty")]
    pub ideas: Vec<Idea>,
    /// Ideas the room did not keep, to take up later.
    #[serde(rename = "parking", default, skip_serializing_if = "Vec::is_empty")]
    pub parking: Vec<Idea>,
    /// The room's confidence in each key result, as counts of fingers.
    #[serde(rename = "confidence", default, skip_serializing_if = "Vec::is_empty")]
    pub confidence: Vec<FistVote>,
}

impl Workshop {
    pub fn is_empty(&self) -> bool {
        *self == Workshop::default()
    }
}

/// Bounds a file may not pass (a hostile file is refused with a clear message).
pub const MAX_AGENDA_ITEMS: usize = 30;
pub const MAX_AGENDA_NAME_CHARS: usize = 80;
pub const MAX_MINUTES: u32 = 480;
/// Cards on the board, and in the parking.
pub const MAX_IDEAS: usize = 200;
pub const MAX_IDEA_CHARS: usize = super::validate::MAX_TITLE_CHARS;
/// Dots on one card, fingers of one kind: more than any room holds.
pub const MAX_VOTES: u32 = 999;
/// Confidence votes kept: a vote per key result a set may hold, and some.
pub const MAX_FIST_VOTES: usize = 500;

/// Checks what a file says of the workshop (called from `validate`).
pub fn check(workshop: &Workshop) -> Result<(), Problem> {
    let count = |n: usize, max: usize| {
        if n > max {
            Err(Problem::TooManyEntries { count: n, max })
        } else {
            Ok(())
        }
    };
    let mut ids = BTreeSet::new();
    if let Some(agenda) = &workshop.agenda {
        count(agenda.len(), MAX_AGENDA_ITEMS)?;
        for item in agenda {
            check_id(&item.id, &mut ids)?;
            check_text(&item.name, Field::Title, MAX_AGENDA_NAME_CHARS)?;
            if item.minutes == 0 || item.minutes > MAX_MINUTES {
                return Err(Problem::NumberOutOfRange);
            }
        }
    }
    for list in [&workshop.ideas, &workshop.parking] {
        count(list.len(), MAX_IDEAS)?;
        for idea in list {
            check_id(&idea.id, &mut ids)?;
            check_text(&idea.text, Field::Title, MAX_IDEA_CHARS)?;
            if idea.votes > MAX_VOTES {
                return Err(Problem::NumberOutOfRange);
            }
        }
    }
    count(workshop.confidence.len(), MAX_FIST_VOTES)?;
    // A vote names a key result: it may have been removed since, so the id need only be
    // sound, and named once.
    let mut voted = BTreeSet::new();
    for vote in &workshop.confidence {
        check_id(&vote.key_result, &mut voted)?;
        if vote.counts.iter().any(|&c| c > MAX_VOTES) {
            return Err(Problem::NumberOutOfRange);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
