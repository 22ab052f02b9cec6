//! English: the rituals' sentences.

use super::en::English;
use super::ritual_words::RitualWords;
use crate::domain::rituals::{Due, Rhythm, Ritual, Rituals};
use crate::domain::vocabulary::Terms;

impl RitualWords for English {
    fn rhythm_name(&self, rhythm: Rhythm) -> &'static str {
        match rhythm {
            Rhythm::Weekly => "Every week",
            Rhythm::EveryTwoWeeks => "Every two weeks",
            Rhythm::Monthly => "Every month",
        }
    }

    fn check_in_due(&self, due: Due) -> String {
        match due {
            Due::InDays(1) => "Check-in due tomorrow".to_owned(),
            Due::InDays(n) => format!("Check-in due in {n} days"),
            Due::Today => "Check-in due today".to_owned(),
            Due::Overdue(1) => "Check-in overdue by 1 day".to_owned(),
            Due::Overdue(n) => format!("Check-in overdue by {n} days"),
        }
    }

    fn rituals_summary(&self, rituals: &Rituals) -> String {
        format!(
            "Check-ins: {} · follow-up reviews: {}",
            self.rhythm_name(rituals.check_in_rhythm()).to_lowercase(),
            self.rhythm_name(rituals.meeting_rhythm()).to_lowercase()
        )
    }

    fn ritual_summary(&self, ritual: Ritual, t: &Terms, set_name: &str) -> String {
        match ritual {
            Ritual::CheckIn => format!("Check-in on the {} — {set_name}", t.key_result.plural),
            Ritual::Meeting => format!(
                "Follow-up review of the {} — {set_name}",
                t.objective.plural
            ),
            Ritual::Retrospective => format!("End-of-cycle retrospective — {set_name}"),
        }
    }

    fn ritual_description(&self, ritual: Ritual, t: &Terms) -> String {
        let (o, k) = (&t.objective, &t.key_result);
        match ritual {
            Ritual::CheckIn => format!(
                "For each {}: today’s value and the team’s confidence. To record in Boussole, under “Check-ins”.",
                k.singular
            ),
            Ritual::Meeting => format!(
                "What have we learned since the last review? Does each {} still make sense? What should we adjust? What is blocking us?",
                o.singular
            ),
            Ritual::Retrospective => format!(
                "For each {}: what happened, what we learned, what we would do differently. A time to learn, not to grade anyone.",
                o.singular
            ),
        }
    }

    fn calendar_name(&self, set_name: &str) -> String {
        format!("OKR rituals — {set_name}")
    }
}
