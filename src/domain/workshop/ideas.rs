//! Ideas → vote → keep. The room's candidate objectives go on the board as cards (one per
//! line, typed or pasted); each gets dot votes; the best voted become objectives, as many
//! as the team's count rule leaves room for, and the others wait in the parking, from
//! which any can later become an objective.

use super::{Workshop, MAX_IDEAS, MAX_IDEA_CHARS, MAX_VOTES};
use crate::domain::id::Id;
use crate::domain::model::{Objective, OkrSet};
use crate::domain::validate::{clean_line, MAX_OBJECTIVES};
use crate::domain::visible::is_blank;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Idea {
    #[serde(rename = "id")]
    pub id: Id,
    #[serde(rename = "text")]
    pub text: String,
    /// Dot votes; never below zero.
    #[serde(rename = "votes", default)]
    pub votes: u32,
}

/// Adds a card per non-blank line of `text`, cleaned; stops when the board is full.
/// Returns how many were added.
pub fn add_ideas(workshop: &mut Workshop, text: &str, mut new_id: impl FnMut() -> Id) -> usize {
    let mut added = 0;
    for line in text.lines() {
        let line = clean_line(line.trim(), MAX_IDEA_CHARS);
        let line = line.trim();
        if is_blank(line) {
            continue;
        }
        if workshop.ideas.len() >= MAX_IDEAS {
            break;
        }
        workshop.ideas.push(Idea {
            id: new_id(),
            text: line.to_owned(),
            votes: 0,
        });
        added += 1;
    }
    added
}

/// Removes a card; hands back where it was and what it was, for an undo.
pub fn remove_idea(workshop: &mut Workshop, id: &Id) -> Option<(usize, Idea)> {
    let at = workshop.ideas.iter().position(|i| &i.id == id)?;
    Some((at, workshop.ideas.remove(at)))
}

pub fn restore_idea(workshop: &mut Workshop, at: usize, idea: Idea) {
    if workshop.ideas.len() < MAX_IDEAS && !workshop.ideas.iter().any(|i| i.id == idea.id) {
        workshop.ideas.insert(at.min(workshop.ideas.len()), idea);
    }
}

/// Adds (or, below zero, takes away) dots on a card: never below zero, never past the
/// bound a file may hold. Returns the card's votes.
pub fn vote(workshop: &mut Workshop, id: &Id, delta: i32) -> Option<u32> {
    let idea = workshop.ideas.iter_mut().find(|i| &i.id == id)?;
    let votes = (i64::from(idea.votes) + i64::from(delta)).clamp(0, i64::from(MAX_VOTES));
    idea.votes = votes as u32;
    Some(idea.votes)
}

/// Cards by votes, most first; equal votes keep the board's order.
pub fn ranking(ideas: &[Idea]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ideas.len()).collect();
    // Insertion sort: stable, short lists, and no sort code for one more type in wasm.
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && ideas[order[j - 1]].votes < ideas[order[j]].votes {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
    order
}

/// How many objectives the team's count rule still leaves room for.
pub fn room_for(set: &OkrSet) -> usize {
    (set.count_rule.max_objectives as usize)
        .saturating_sub(set.objectives.len())
        .min(MAX_OBJECTIVES.saturating_sub(set.objectives.len()))
}

/// Which cards the top `n` are (only cards with votes count), and whether the cut falls
/// inside a tie: the last card kept has as many votes as the first one left out, so the
/// room should decide between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cut {
    pub keep: Vec<usize>,
    pub tie: bool,
}

pub fn cut(ideas: &[Idea], n: usize) -> Cut {
    let ranked: Vec<usize> = ranking(ideas)
        .into_iter()
        .filter(|&i| ideas[i].votes > 0)
        .collect();
    let keep: Vec<usize> = ranked.iter().copied().take(n).collect();
    let tie = match (keep.last(), ranked.get(n)) {
        (Some(&last), Some(&next)) => n > 0 && ideas[last].votes == ideas[next].votes,
        _ => false,
    };
    Cut { keep, tie }
}

/// What keeping changed, so it can be undone in one step.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub objectives: Vec<Id>,
    pub before: Workshop,
}

/// Turns the top `n` cards (at most the room the count rule leaves) into objectives, in
/// rank order, and moves every other card to the parking. Nothing happens when no card
/// has a vote or the rule leaves no room.
pub fn keep_top(set: &mut OkrSet, n: usize, mut new_id: impl FnMut() -> Id) -> Option<Kept> {
    let n = n.min(room_for(set));
    let chosen = cut(&set.workshop.ideas, n).keep;
    if chosen.is_empty() {
        return None;
    }
    let before = set.workshop.clone();
    let mut objectives = Vec::new();
    for &i in &chosen {
        let mut objective = Objective::new(new_id());
        objective.title = set.workshop.ideas[i].text.clone();
        objectives.push(objective.id.clone());
        set.objectives.push(objective);
    }
    let ideas = std::mem::take(&mut set.workshop.ideas);
    let room = MAX_IDEAS.saturating_sub(set.workshop.parking.len());
    set.workshop.parking.extend(
        ideas
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !chosen.contains(i))
            .map(|(_, idea)| idea)
            .take(room),
    );
    Some(Kept { objectives, before })
}

/// Undoes `keep_top`: the objectives it made go (if still there) and the board and the
/// parking are as they were.
pub fn undo_keep(set: &mut OkrSet, kept: &Kept) {
    set.objectives.retain(|o| !kept.objectives.contains(&o.id));
    set.workshop.ideas.clone_from(&kept.before.ideas);
    set.workshop.parking.clone_from(&kept.before.parking);
}

/// A parked idea becomes an objective (past the count rule too: coaching flags it).
/// Returns the new objective's id.
pub fn restore_parked(set: &mut OkrSet, id: &Id, objective: Id) -> Option<Id> {
    if set.objectives.len() >= MAX_OBJECTIVES {
        return None;
    }
    let at = set.workshop.parking.iter().position(|i| &i.id == id)?;
    let idea = set.workshop.parking.remove(at);
    let mut o = Objective::new(objective);
    o.title = idea.text;
    let id = o.id.clone();
    set.objectives.push(o);
    Some(id)
}

/// Drops a parked idea; hands it back for an undo.
pub fn remove_parked(workshop: &mut Workshop, id: &Id) -> Option<(usize, Idea)> {
    let at = workshop.parking.iter().position(|i| &i.id == id)?;
    Some((at, workshop.parking.remove(at)))
}

pub fn restore_to_parking(workshop: &mut Workshop, at: usize, idea: Idea) {
    if workshop.parking.len() < MAX_IDEAS && !workshop.parking.iter().any(|i| i.id == idea.id) {
        workshop
            .parking
            .insert(at.min(workshop.parking.len()), idea);
    }
}
