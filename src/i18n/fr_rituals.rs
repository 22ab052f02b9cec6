//! French: the rituals' sentences.

use super::fr::French;
use super::ritual_words::RitualWords;
use crate::domain::rituals::{Due, Rhythm, Ritual, Rituals};
use crate::domain::vocabulary::Terms;

impl RitualWords for French {
    fn rhythm_name(&self, rhythm: Rhythm) -> &'static str {
        match rhythm {
            Rhythm::Weekly => "Chaque semaine",
            Rhythm::EveryTwoWeeks => "Toutes les deux semaines",
            Rhythm::Monthly => "Chaque mois",
        }
    }

    fn check_in_due(&self, due: Due) -> String {
        let when = match due {
            Due::InDays(1) => "demain".to_owned(),
            Due::InDays(n) => format!("dans {n}\u{a0}jours"),
            Due::Today => "aujourd’hui".to_owned(),
            Due::Overdue(1) => "depuis hier".to_owned(),
            Due::Overdue(n) => format!("depuis {n}\u{a0}jours"),
        };
        format!("Point d’étape attendu {when}")
    }

    fn rituals_summary(&self, rituals: &Rituals) -> String {
        format!(
            "Points d’étape\u{a0}: {} · revues de suivi\u{a0}: {}",
            self.rhythm_name(rituals.check_in_rhythm()).to_lowercase(),
            self.rhythm_name(rituals.meeting_rhythm()).to_lowercase()
        )
    }

    fn ritual_summary(&self, ritual: Ritual, t: &Terms, set_name: &str) -> String {
        match ritual {
            Ritual::CheckIn => format!("Point d’étape des {} — {set_name}", t.key_result.plural),
            Ritual::Meeting => format!("Revue de suivi des {} — {set_name}", t.objective.plural),
            Ritual::Retrospective => format!("Rétrospective de fin de cycle — {set_name}"),
        }
    }

    fn ritual_description(&self, ritual: Ritual, t: &Terms) -> String {
        let (o, k) = (&t.objective, &t.key_result);
        match ritual {
            Ritual::CheckIn => format!(
                "Pour chaque {}\u{a0}: la valeur du jour et la confiance de l’équipe. À noter dans Boussole, étape «\u{a0}Points d’étape\u{a0}».",
                k.singular
            ),
            Ritual::Meeting => format!(
                "Qu’avons-nous appris depuis la dernière revue\u{a0}? Est-ce que chaque {} a toujours du sens\u{a0}? Que devons-nous ajuster\u{a0}? Qu’est-ce qui nous bloque\u{a0}?",
                o.singular
            ),
            Ritual::Retrospective => format!(
                "Pour chaque {}\u{a0}: ce qui s’est passé, ce que nous avons appris, ce que nous ferions autrement. Un moment pour apprendre, pas pour noter qui que ce soit.",
                o.singular
            ),
        }
    }

    fn calendar_name(&self, set_name: &str) -> String {
        format!("Rituels OKR — {set_name}")
    }
}
