//! The facilitator's kit in English.

use super::en::English;
use super::workshop_words::WorkshopWords;
use crate::domain::language::Lang;
use crate::domain::number::format_decimal;
use crate::domain::vocabulary::Terms;
use crate::domain::workshop::{fist::Band, Stage};

fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

impl WorkshopWords for English {
    fn stage_name(&self, stage: Stage, t: &Terms) -> String {
        match stage {
            Stage::Why => "The why: what must change".to_owned(),
            Stage::Ideas => "Ideas".to_owned(),
            Stage::Vote => "Vote".to_owned(),
            Stage::Draft => format!("Drafting the {}", t.key_result.plural),
            Stage::Confidence => "Confidence vote".to_owned(),
            Stage::Launch => "Launch".to_owned(),
        }
    }

    fn agenda_total(&self, minutes: u32) -> String {
        format!("Total: {minutes} min")
    }

    fn minutes(&self, minutes: u32) -> String {
        format!("{minutes} min")
    }

    fn agenda_name_label(&self, n: usize) -> String {
        format!("Name of item {n}")
    }

    fn agenda_minutes_label(&self, n: usize) -> String {
        format!("Minutes for item {n}")
    }

    fn remove_agenda_item(&self, name: &str) -> String {
        format!("Remove “{name}” from the agenda")
    }

    fn timing(&self, n: usize, count: usize, name: &str) -> String {
        format!("Item {n} of {count}: {name}")
    }

    fn ideas_heading(&self, t: &Terms) -> String {
        format!("Candidate {}", t.objective.plural)
    }

    fn votes(&self, votes: u32) -> String {
        plural(votes, "vote", "votes")
    }

    fn idea_card(&self, text: &str, votes: u32) -> String {
        format!("{text}, {}", self.votes(votes))
    }

    fn vote_up(&self, text: &str) -> String {
        format!("One more vote for “{text}”")
    }

    fn vote_down(&self, text: &str) -> String {
        format!("One vote less for “{text}”")
    }

    fn remove_idea(&self, text: &str) -> String {
        format!("Remove the card “{text}”")
    }

    fn room_left(&self, t: &Terms, room: usize) -> String {
        if room == 0 {
            format!(
                "The team's rule is reached: no more {}. Ideas can wait in the parking lot.",
                t.objective.plural
            )
        } else {
            let word = if room == 1 {
                &t.objective.singular
            } else {
                &t.objective.plural
            };
            format!("The team's rule leaves room for {room} more {word}.")
        }
    }

    fn keep_top(&self, t: &Terms, n: usize) -> String {
        if n == 1 {
            format!("Keep the top idea as {}", t.objective.indefinite_en())
        } else {
            format!("Keep the top {n} ideas as {}", t.objective.plural)
        }
    }

    fn kept(&self, t: &Terms, kept: usize, parked: usize) -> String {
        let made = if kept == 1 {
            format!("1 idea becomes {}", t.objective.indefinite_en())
        } else {
            format!("{kept} ideas become {}", t.objective.plural)
        };
        match parked {
            0 => format!("{made}."),
            1 => format!("{made}; 1 waits in the parking lot."),
            n => format!("{made}; {n} wait in the parking lot."),
        }
    }

    fn make_objective(&self, t: &Terms, text: &str) -> String {
        format!("Make “{text}” {}", t.objective.indefinite_en())
    }

    fn made_objective(&self, t: &Terms) -> String {
        format!("The idea becomes {}.", t.objective.indefinite_en())
    }

    fn remove_parked(&self, text: &str) -> String {
        format!("Remove “{text}” from the parking lot")
    }

    fn fist_hint(&self, t: &Terms) -> String {
        format!(
            "For each {}, everyone shows 0 to 5 fingers: 5, we will surely make it; 0, we don't believe it. Enter only how many hands show each number: nobody is named.",
            t.key_result.singular
        )
    }

    fn fingers(&self, fingers: usize) -> String {
        plural(fingers as u64, "finger", "fingers")
    }

    fn fist_for(&self, title: &str) -> String {
        format!("Confidence vote for “{title}”")
    }

    fn voters(&self, voters: u32) -> String {
        plural(voters, "voter", "voters")
    }

    fn spread(&self, low: usize, high: usize) -> String {
        if low == high {
            format!("All at {}", self.fingers(low))
        } else {
            format!("From {low} to {}", self.fingers(high))
        }
    }

    fn fist_confidence(&self, confidence: f64) -> String {
        format!(
            "Confidence: {}",
            format_decimal((confidence * 100.0).round() / 100.0, Lang::En)
        )
    }

    fn band(&self, band: Band) -> &'static str {
        match band {
            Band::TooSafe => "Above 0.9: the target is too safe. Aim higher; it should take an effort.",
            Band::Comfortable => "Between 0.75 and 0.9: within easy reach. It could aim a little further.",
            Band::Stretch => "Between 0.4 and 0.75: ambitious and believable, the zone to aim for.",
            Band::LongShot => "Between 0.25 and 0.4: ambitious, but the team doubts it. Say what would make it reachable.",
            Band::Fantasy => "Below 0.25: the room does not believe it. Rethink the target or the means.",
        }
    }

    fn set_confidence(&self, t: &Terms, confidence: f64) -> String {
        format!(
            "Average confidence across the {}: {}",
            t.key_result.plural,
            format_decimal((confidence * 100.0).round() / 100.0, Lang::En)
        )
    }

    fn workshop_summary(&self, ideas: usize, parked: usize, votes: usize) -> String {
        format!(
            "{} on the board, {} in the parking lot, {} of confidence",
            plural(ideas as u64, "idea", "ideas"),
            plural(parked as u64, "idea", "ideas"),
            plural(votes as u64, "vote", "votes")
        )
    }
}
