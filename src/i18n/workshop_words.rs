//! Sentences of the facilitator's kit (agenda, timer, ideas and votes, parking, fist of
//! five), in the team's words; each language implements them in `*_workshop.rs`.

use crate::domain::vocabulary::Terms;
use crate::domain::workshop::{fist::Band, Stage};

pub trait WorkshopWords {
    /// A stage's name in a first workshop's plan.
    fn stage_name(&self, stage: Stage, t: &Terms) -> String;
    /// "Total : 95 min".
    fn agenda_total(&self, minutes: u32) -> String;
    /// "15 min".
    fn minutes(&self, minutes: u32) -> String;
    /// Field labels of an agenda item, numbered from 1.
    fn agenda_name_label(&self, n: usize) -> String;
    fn agenda_minutes_label(&self, n: usize) -> String;
    fn remove_agenda_item(&self, name: &str) -> String;
    /// The timer's item: "Point 2 sur 6 : Idées".
    fn timing(&self, n: usize, count: usize, name: &str) -> String;
    /// The heading over the room's ideas: "Objectifs candidats".
    fn ideas_heading(&self, t: &Terms) -> String;
    /// "3 votes".
    fn votes(&self, votes: u32) -> String;
    /// A card's accessible name: its text and votes.
    fn idea_card(&self, text: &str, votes: u32) -> String;
    fn vote_up(&self, text: &str) -> String;
    fn vote_down(&self, text: &str) -> String;
    fn remove_idea(&self, text: &str) -> String;
    /// What the count rule leaves room for.
    fn room_left(&self, t: &Terms, room: usize) -> String;
    /// The button that keeps the best voted cards.
    fn keep_top(&self, t: &Terms, n: usize) -> String;
    /// After keeping: how many became objectives and how many went to the parking.
    fn kept(&self, t: &Terms, kept: usize, parked: usize) -> String;
    /// A parked idea's button, and what its click says.
    fn make_objective(&self, t: &Terms, text: &str) -> String;
    fn made_objective(&self, t: &Terms) -> String;
    fn remove_parked(&self, text: &str) -> String;
    /// The fist of five's hint, which names the key results.
    fn fist_hint(&self, t: &Terms) -> String;
    /// "2 doigts", a count field's label.
    fn fingers(&self, fingers: usize) -> String;
    /// The group of one key result's counts.
    fn fist_for(&self, title: &str) -> String;
    /// "12 votants".
    fn voters(&self, voters: u32) -> String;
    /// "De 1 à 5 doigts".
    fn spread(&self, low: usize, high: usize) -> String;
    /// "Confiance : 0,65".
    fn fist_confidence(&self, confidence: f64) -> String;
    /// What an average means, with the method's thresholds.
    fn band(&self, band: Band) -> &'static str;
    /// The set's average over the key results voted on.
    fn set_confidence(&self, t: &Terms, confidence: f64) -> String;
    /// What the merge dialog shows of a workshop.
    fn workshop_summary(&self, ideas: usize, parked: usize, votes: usize) -> String;
}

/// The kit's sentences that name the team's words, for the agreement checker
/// (`agreement_tests`).
#[cfg(test)]
pub(super) fn agreement_samples(c: &dyn super::Catalogue, t: &Terms) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |what: &str, text: String| out.push((what.to_owned(), text));
    for stage in crate::domain::workshop::Stage::ALL {
        add(&format!("stage_name {stage:?}"), c.stage_name(stage, t));
    }
    add("ideas_heading", c.ideas_heading(t));
    for n in [0, 1, 2] {
        add("room_left", c.room_left(t, n));
    }
    for n in [1, 3] {
        add("keep_top", c.keep_top(t, n));
    }
    for (kept, parked) in [(1, 0), (1, 1), (3, 4)] {
        add("kept", c.kept(t, kept, parked));
    }
    add("make_objective", c.make_objective(t, "Mieux accueillir"));
    add("made_objective", c.made_objective(t));
    add("fist_hint", c.fist_hint(t));
    add("set_confidence", c.set_confidence(t, 0.5));
    out
}
