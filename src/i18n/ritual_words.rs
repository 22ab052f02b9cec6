//! The rituals' sentences (issue 17, §3): rhythms, when a check-in is due, and what each
//! ritual's calendar event says, in the team's words.

use crate::domain::rituals::ics::Texts;
use crate::domain::rituals::{Due, Rhythm, Ritual, Rituals};
use crate::domain::vocabulary::Terms;

pub trait RitualWords {
    /// "Chaque semaine".
    fn rhythm_name(&self, rhythm: Rhythm) -> &'static str;
    /// "Point d’étape attendu dans 3 jours", "… depuis 9 jours".
    fn check_in_due(&self, due: Due) -> String;
    /// A set's rhythms in one line, as a merge shows each side.
    fn rituals_summary(&self, rituals: &Rituals) -> String;
    /// An event's title: the ritual, in the team's words, then the set's name.
    fn ritual_summary(&self, ritual: Ritual, t: &Terms, set_name: &str) -> String;
    /// What the team does at the ritual, in its words.
    fn ritual_description(&self, ritual: Ritual, t: &Terms) -> String;
    /// The calendar's own name, as a calendar app lists it.
    fn calendar_name(&self, set_name: &str) -> String;

    fn ritual_texts(&self, ritual: Ritual, t: &Terms, set_name: &str) -> Texts {
        Texts {
            summary: self.ritual_summary(ritual, t, set_name),
            description: self.ritual_description(ritual, t),
        }
    }
}

/// What each calendar event says, for the agreement checker (`agreement_tests`).
#[cfg(test)]
pub(super) fn agreement_samples(c: &dyn super::Catalogue, t: &Terms) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |what: &str, text: String| out.push((what.to_owned(), text));
    for ritual in crate::domain::rituals::Ritual::ALL {
        add(
            &format!("ritual_summary {ritual:?}"),
            c.ritual_summary(ritual, t, "T1"),
        );
        add(
            &format!("ritual_description {ritual:?}"),
            c.ritual_description(ritual, t),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::domain::language::Lang;
    use crate::domain::rituals::{Due, Rhythm, Ritual, Rituals};
    use crate::domain::vocabulary::Vocabulary;
    use crate::i18n::catalogue;

    #[test]
    fn a_due_check_in_is_said_in_days() {
        let fr = catalogue(Lang::Fr);
        assert_eq!(
            fr.check_in_due(Due::InDays(3)),
            "Point d’étape attendu dans 3\u{a0}jours"
        );
        assert_eq!(
            fr.check_in_due(Due::InDays(1)),
            "Point d’étape attendu demain"
        );
        assert_eq!(
            fr.check_in_due(Due::Today),
            "Point d’étape attendu aujourd’hui"
        );
        assert_eq!(
            fr.check_in_due(Due::Overdue(1)),
            "Point d’étape attendu depuis hier"
        );
        assert_eq!(
            fr.check_in_due(Due::Overdue(9)),
            "Point d’étape attendu depuis 9\u{a0}jours"
        );
        let en = catalogue(Lang::En);
        assert_eq!(en.check_in_due(Due::InDays(3)), "Check-in due in 3 days");
        assert_eq!(en.check_in_due(Due::Today), "Check-in due today");
        assert_eq!(
            en.check_in_due(Due::Overdue(1)),
            "Check-in overdue by 1 day"
        );
        assert_eq!(
            en.check_in_due(Due::Overdue(9)),
            "Check-in overdue by 9 days"
        );
    }

    #[test]
    fn every_rhythm_has_its_own_name_in_each_language() {
        for lang in Lang::ALL {
            let t = catalogue(lang);
            let names: std::collections::BTreeSet<_> =
                Rhythm::ALL.iter().map(|r| t.rhythm_name(*r)).collect();
            assert_eq!(names.len(), Rhythm::ALL.len(), "{lang:?}");
        }
        let both = Rituals {
            check_ins: Some(Rhythm::EveryTwoWeeks),
            meetings: None,
        };
        assert_eq!(
            catalogue(Lang::Fr).rituals_summary(&both),
            "Points d’étape\u{a0}: toutes les deux semaines · revues de suivi\u{a0}: chaque mois"
        );
        assert_eq!(
            catalogue(Lang::En).rituals_summary(&both),
            "Check-ins: every two weeks · follow-up reviews: every month"
        );
    }

    /// Each event names what the team calls its objectives and key results.
    #[test]
    fn events_speak_the_team_s_words() {
        let fr = catalogue(Lang::Fr);
        let words = Vocabulary::Finalites.terms(Lang::Fr);
        let check_in = fr.ritual_texts(Ritual::CheckIn, &words, "Pilote");
        assert_eq!(
            check_in.summary,
            "Point d’étape des indicateurs de changement — Pilote"
        );
        assert!(check_in
            .description
            .starts_with("Pour chaque indicateur de changement\u{a0}:"));
        let meeting = fr.ritual_texts(Ritual::Meeting, &words, "Pilote");
        assert_eq!(meeting.summary, "Revue de suivi des finalités — Pilote");
        assert!(meeting
            .description
            .contains("chaque finalité a toujours du sens"));
        let retro = fr.ritual_texts(Ritual::Retrospective, &words, "Pilote");
        assert!(retro.description.starts_with("Pour chaque finalité\u{a0}:"));
        let en = catalogue(Lang::En);
        let goals = Vocabulary::Goals.terms(Lang::En);
        let summary = en.ritual_summary(Ritual::CheckIn, &goals, "Pilot");
        assert!(summary.contains(&goals.key_result.plural), "{summary}");
        let description = en.ritual_description(Ritual::Meeting, &goals);
        assert!(description.contains(&format!("each {}", goals.objective.singular)));
        for ritual in Ritual::ALL {
            assert_ne!(
                fr.ritual_texts(ritual, &words, "P"),
                en.ritual_texts(ritual, &Vocabulary::Standard.terms(Lang::En), "P")
            );
        }
    }
}
