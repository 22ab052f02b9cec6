//! The facilitator's kit in French: gender, elision and number of the team's words.

use super::fr::French;
use super::workshop_words::WorkshopWords;
use crate::domain::language::Lang;
use crate::domain::number::format_decimal;
use crate::domain::vocabulary::{capitalize, Terms};
use crate::domain::workshop::{fist::Band, Stage};

fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n <= 1 { one } else { many })
}

impl WorkshopWords for French {
    fn stage_name(&self, stage: Stage, t: &Terms) -> String {
        match stage {
            Stage::Why => "Le pourquoi\u{a0}: ce qui doit changer".to_owned(),
            Stage::Ideas => "Idées".to_owned(),
            Stage::Vote => "Vote".to_owned(),
            Stage::Draft => format!("Rédaction des {}", t.key_result.plural),
            Stage::Confidence => "Vote de confiance".to_owned(),
            Stage::Launch => "Lancement".to_owned(),
        }
    }

    fn agenda_total(&self, minutes: u32) -> String {
        format!("Total\u{a0}: {minutes}\u{a0}min")
    }

    fn minutes(&self, minutes: u32) -> String {
        format!("{minutes}\u{a0}min")
    }

    fn agenda_name_label(&self, n: usize) -> String {
        format!("Nom du point {n}")
    }

    fn agenda_minutes_label(&self, n: usize) -> String {
        format!("Minutes du point {n}")
    }

    fn remove_agenda_item(&self, name: &str) -> String {
        format!("Retirer «\u{a0}{name}\u{a0}» du déroulé")
    }

    fn timing(&self, n: usize, count: usize, name: &str) -> String {
        format!("Point {n} sur {count}\u{a0}: {name}")
    }

    fn ideas_heading(&self, t: &Terms) -> String {
        format!(
            "{} {}s",
            capitalize(&t.objective.plural),
            t.objective.agreed_fr("candidat")
        )
    }

    fn votes(&self, votes: u32) -> String {
        plural(votes, "vote", "votes")
    }

    fn idea_card(&self, text: &str, votes: u32) -> String {
        format!("{text}, {}", self.votes(votes))
    }

    fn vote_up(&self, text: &str) -> String {
        format!("Un vote de plus pour «\u{a0}{text}\u{a0}»")
    }

    fn vote_down(&self, text: &str) -> String {
        format!("Un vote de moins pour «\u{a0}{text}\u{a0}»")
    }

    fn remove_idea(&self, text: &str) -> String {
        format!("Retirer la carte «\u{a0}{text}\u{a0}»")
    }

    fn room_left(&self, t: &Terms, room: usize) -> String {
        if room == 0 {
            format!(
                "La règle de l’équipe est atteinte\u{a0}: {} de plus. Les idées peuvent attendre au parking.",
                t.objective.none_fr()
            )
        } else {
            format!(
                "La règle de l’équipe laisse la place à {} de plus.",
                t.objective.count_fr(room)
            )
        }
    }

    fn keep_top(&self, t: &Terms, n: usize) -> String {
        if n == 1 {
            format!("Garder l’idée en tête comme {}", t.objective.singular)
        } else {
            format!("Garder les {n} idées en tête comme {}", t.objective.plural)
        }
    }

    fn kept(&self, t: &Terms, kept: usize, parked: usize) -> String {
        let made = if kept == 1 {
            format!("1 idée devient {}", t.objective.indefinite_fr())
        } else {
            format!("{kept} idées deviennent des {}", t.objective.plural)
        };
        match parked {
            0 => format!("{made}."),
            1 => format!("{made}, 1 attend au parking."),
            n => format!("{made}, {n} attendent au parking."),
        }
    }

    fn make_objective(&self, t: &Terms, text: &str) -> String {
        format!(
            "Faire de «\u{a0}{text}\u{a0}» {}",
            t.objective.indefinite_fr()
        )
    }

    fn made_objective(&self, t: &Terms) -> String {
        format!("L’idée devient {}.", t.objective.indefinite_fr())
    }

    fn remove_parked(&self, text: &str) -> String {
        format!("Retirer «\u{a0}{text}\u{a0}» du parking")
    }

    fn fist_hint(&self, t: &Terms) -> String {
        format!(
            "Pour chaque {}, chacun montre de 0 à 5 doigts\u{a0}: 5, on y arrivera sans doute\u{a0}; 0, on n’y croit pas. Saisissez seulement combien de mains montrent chaque nombre\u{a0}: personne n’est nommé.",
            t.key_result.singular
        )
    }

    fn fingers(&self, fingers: usize) -> String {
        plural(fingers as u64, "doigt", "doigts")
    }

    fn fist_for(&self, title: &str) -> String {
        format!("Vote de confiance pour «\u{a0}{title}\u{a0}»")
    }

    fn voters(&self, voters: u32) -> String {
        plural(voters, "votant", "votants")
    }

    fn spread(&self, low: usize, high: usize) -> String {
        if low == high {
            format!("Tous à {}", self.fingers(low))
        } else {
            format!("De {low} à {}", self.fingers(high))
        }
    }

    fn fist_confidence(&self, confidence: f64) -> String {
        format!(
            "Confiance\u{a0}: {}",
            format_decimal((confidence * 100.0).round() / 100.0, Lang::Fr)
        )
    }

    fn band(&self, band: Band) -> &'static str {
        match band {
            Band::TooSafe => "Au-dessus de 0,9\u{a0}: la cible est trop sûre. Visez plus haut, elle doit demander un effort.",
            Band::Comfortable => "Entre 0,75 et 0,9\u{a0}: une cible à portée de main, qui pourrait viser un peu plus loin.",
            Band::Stretch => "Entre 0,4 et 0,75\u{a0}: une cible ambitieuse et crédible, c’est la zone visée.",
            Band::LongShot => "Entre 0,25 et 0,4\u{a0}: une cible ambitieuse, mais l’équipe doute. Dites ce qui la rendrait atteignable.",
            Band::Fantasy => "Sous 0,25\u{a0}: la salle n’y croit pas. Revoyez la cible ou les moyens.",
        }
    }

    fn set_confidence(&self, t: &Terms, confidence: f64) -> String {
        format!(
            "Confiance moyenne sur les {}\u{a0}: {}",
            t.key_result.plural,
            format_decimal((confidence * 100.0).round() / 100.0, Lang::Fr)
        )
    }

    fn workshop_summary(&self, ideas: usize, parked: usize, votes: usize) -> String {
        format!(
            "{} au tableau, {} au parking, {} de confiance",
            plural(ideas as u64, "idée", "idées"),
            plural(parked as u64, "idée", "idées"),
            plural(votes as u64, "vote", "votes")
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::language::Lang;
    use crate::domain::vocabulary::Vocabulary;
    use crate::domain::workshop::fist::Band;
    use crate::i18n::catalogue;

    #[test]
    fn the_kit_agrees_with_the_team_s_words() {
        let fr = catalogue(Lang::Fr);
        let fin = Vocabulary::Finalites.terms(Lang::Fr);
        let std = Vocabulary::Standard.terms(Lang::Fr);
        assert_eq!(fr.ideas_heading(&fin), "Finalités candidates");
        assert_eq!(fr.ideas_heading(&std), "Objectifs candidats");
        assert_eq!(
            fr.kept(&fin, 1, 2),
            "1 idée devient une finalité, 2 attendent au parking."
        );
        assert_eq!(
            fr.room_left(&fin, 0).split('.').next().unwrap(),
            "La règle de l’équipe est atteinte\u{a0}: aucune finalité de plus"
        );
        assert_eq!(fr.votes(0), "0 vote");
        assert_eq!(fr.votes(2), "2 votes");
        assert_eq!(fr.fist_confidence(0.654), "Confiance\u{a0}: 0,65");
        let en = catalogue(Lang::En);
        assert_eq!(en.votes(0), "0 votes");
        assert_eq!(en.fist_confidence(0.654), "Confidence: 0.65");
        assert!(en.band(Band::TooSafe).starts_with("Above 0.9"));
        assert!(fr.band(Band::Fantasy).starts_with("Sous 0,25"));
    }
}
