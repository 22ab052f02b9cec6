//! French, the default language.

use super::fr_files as files;
use super::fr_texts as texts;
use super::{kr_goal_with, Catalogue, Msg};
use crate::domain::coaching::Rule;
use crate::domain::import::ReadError;
use crate::domain::language::Lang;
use crate::domain::model::{Confidence, CountRule, KrKind};
use crate::domain::progress::Status;
use crate::domain::validate::Invalid;
use crate::domain::vocabulary::{capitalize, decapitalize, Terms};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

pub struct French;

const MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n <= 1 { one } else { many })
}

impl Catalogue for French {
    fn text(&self, msg: Msg) -> &'static str {
        texts::text(msg)
    }

    fn kr_kind(&self, kind: KrKind) -> &'static str {
        match kind {
            KrKind::Increase => "Augmenter (de → à)",
            KrKind::Decrease => "Diminuer (de → à)",
            KrKind::StayAbove => "Rester au-dessus d’un seuil",
            KrKind::StayBelow => "Rester en dessous d’un seuil",
            KrKind::Milestone => "Jalon (atteint ou non)",
        }
    }

    fn date(&self, date: NaiveDate) -> String {
        format!(
            "{} {} {}",
            date.day(),
            MONTHS[date.month0() as usize],
            date.year()
        )
    }

    fn date_time(&self, at: NaiveDateTime) -> String {
        format!("{} à {}", self.date(at.date()), super::clock_time(at))
    }

    fn saved_at(&self, at: NaiveDateTime) -> String {
        format!("Enregistré à {}", super::clock_time(at))
    }

    fn modified_on(&self, at: NaiveDateTime) -> String {
        format!("Modifié le {}", self.date_time(at))
    }

    fn set_deleted(&self, name: &str) -> String {
        format!("« {name} » supprimé.")
    }

    fn set_duplicated(&self, name: &str) -> String {
        format!("Copie créée\u{a0}: « {name} ».")
    }

    fn copy_name(&self, name: &str) -> String {
        format!("{name} (copie)")
    }

    fn action_on(&self, action: Msg, name: &str) -> String {
        format!("{} « {name} »", self.text(action))
    }

    fn counts(&self, t: &Terms, objectives: usize, key_results: usize) -> String {
        format!(
            "{} · {}",
            t.objective.count_fr(objectives),
            t.key_result.count_fr(key_results)
        )
    }

    fn objectives_heading(&self, t: &Terms) -> String {
        capitalize(&t.objective.plural)
    }

    fn objective_heading(&self, t: &Terms, n: usize) -> String {
        format!("{} {n}", capitalize(&t.objective.singular))
    }

    fn objective_title_label(&self, t: &Terms, n: usize) -> String {
        format!("Intitulé {} {n}", t.objective.of_definite_fr())
    }

    fn key_results_of(&self, t: &Terms, n: usize) -> String {
        format!(
            "{} {} {n}",
            capitalize(&t.key_result.plural),
            t.objective.of_definite_fr()
        )
    }

    fn key_result_label(&self, t: &Terms, objective: usize, n: usize) -> String {
        format!("{} {objective}.{n}", capitalize(&t.key_result.singular))
    }

    fn add_objective(&self, t: &Terms) -> String {
        format!("Ajouter {}", t.objective.indefinite_fr())
    }

    fn add_key_result(&self, t: &Terms) -> String {
        format!("Ajouter {}", t.key_result.indefinite_fr())
    }

    fn delete_objective(&self, t: &Terms, n: usize) -> String {
        format!("Supprimer {} {n}", t.objective.definite_fr())
    }

    fn delete_key_result(&self, t: &Terms, objective: usize, n: usize) -> String {
        format!("Supprimer {} {objective}.{n}", t.key_result.definite_fr())
    }

    fn move_objective(&self, t: &Terms, n: usize, up: bool) -> String {
        format!(
            "{} {} {n}",
            if up { "Monter" } else { "Descendre" },
            t.objective.definite_fr()
        )
    }

    fn move_key_result(&self, t: &Terms, objective: usize, n: usize, up: bool) -> String {
        format!(
            "{} {} {objective}.{n}",
            if up { "Monter" } else { "Descendre" },
            t.key_result.definite_fr()
        )
    }

    fn objective_deleted(&self, t: &Terms) -> String {
        format!(
            "{} {}.",
            capitalize(&t.objective.singular),
            t.objective.agreed_fr("supprimé")
        )
    }

    fn key_result_deleted(&self, t: &Terms) -> String {
        format!(
            "{} {}.",
            capitalize(&t.key_result.singular),
            t.key_result.agreed_fr("supprimé")
        )
    }

    fn removed_elsewhere(&self, t: &Terms) -> String {
        format!(
            "{} {} dans un autre onglet\u{a0}: votre saisie est gardée ici.",
            capitalize(&t.key_result.singular),
            t.key_result.agreed_fr("supprimé")
        )
    }

    fn put_back(&self, t: &Terms) -> String {
        format!("{} remettre", capitalize(t.key_result.pronoun_fr()))
    }

    fn no_objectives(&self, t: &Terms) -> String {
        format!(
            "{} pour l’instant. Commencez par ce qui doit changer pour votre équipe, pas par la liste des tâches.",
            capitalize(&t.objective.none_fr())
        )
    }

    fn no_key_results(&self, t: &Terms) -> String {
        format!(
            "{}\u{a0}: ajoutez-en pour dire comment vous saurez que ça avance.",
            capitalize(&t.key_result.none_fr())
        )
    }

    fn word_counter(&self, words: usize, max: usize) -> String {
        format!("{words} / {max} mots")
    }

    fn narrative_too_long(&self, words: usize, max: usize) -> String {
        format!("{} mots de trop\u{a0}: le récit doit tenir en {max} mots. Rien n’est coupé, à vous de choisir quoi garder.", words - max)
    }

    fn finding(&self, rule: Rule, t: &Terms, limits: CountRule) -> String {
        let (o, k) = (&t.objective, &t.key_result);
        match rule {
            Rule::KrWithoutNumber => format!("Sans cible chiffrée, {} ressemble à une tâche\u{a0}: quel nombre dira que c’est atteint\u{a0}?", k.demonstrative_fr()),
            Rule::KrWithoutBaseline => format!("Une cible sans départ\u{a0}: d’où part {}\u{a0}? Notez la valeur d’aujourd’hui dans «\u{a0}{}\u{a0}», sinon la progression ne pourra pas se lire.", k.demonstrative_fr(), self.text(Msg::Baseline)),
            Rule::KrStartsWithTaskVerb => format!("Commence comme une tâche\u{a0}: {} dit ce qui change, pas ce que l’équipe va faire.", k.indefinite_fr()),
            Rule::KrBaselineEqualsTarget => "Le départ et la cible sont égaux\u{a0}: rien ne doit changer\u{a0}?".to_owned(),
            Rule::KrDirectionContradictsKind => "La cible va dans l’autre sens que le type choisi (augmenter ou diminuer).".to_owned(),
            Rule::KrMissingUnit => "Précisez l’unité (h, %, points…) pour que le nombre se lise sans hésiter.".to_owned(),
            Rule::KrDuplicate => format!("Même intitulé qu’{} autre {}\u{a0}: {} des deux est de trop\u{a0}?", k.indefinite_article_fr(), k.singular, k.one_of_fr()),
            Rule::ObjectiveHasNumber => format!("Un nombre dans {}\u{a0}: les chiffres vont plutôt dans les {}.", o.definite_fr(), k.plural),
            Rule::ObjectiveTooLong => format!("Plus de 15 mots\u{a0}: {} se retient mieux en une phrase courte.", o.indefinite_fr()),
            Rule::ObjectiveGeneric => format!("Formule passe-partout\u{a0}: que changera {} pour votre équipe en particulier\u{a0}?", o.demonstrative_fr()),
            Rule::ObjectiveWithoutKr => format!("{}\u{a0}: comment saurez-vous que {} avance\u{a0}?", capitalize(&k.none_fr()), o.definite_fr()),
            Rule::TooManyObjectives => format!("Plus de {}\u{a0}: c’est la règle de l’équipe. Moins de priorités, plus de focus.", o.count_fr(limits.max_objectives as usize)),
            Rule::TooManyKeyResults => format!("Plus de {} ici\u{a0}: c’est la règle de l’équipe. Gardez {} qui disent le mieux le changement.", k.count_fr(limits.max_key_results as usize), k.those_fr()),
        }
    }

    fn plan_score(&self, score: u8) -> String {
        format!("Score du plan\u{a0}: {score} / 100")
    }

    fn findings_count(&self, warnings: usize, advice: usize) -> String {
        let w = if warnings <= 1 { "alerte" } else { "alertes" };
        let a = if advice <= 1 {
            "suggestion"
        } else {
            "suggestions"
        };
        format!("{warnings} {w} · {advice} {a}")
    }

    fn count_rule_name(&self, t: &Terms, rule: CountRule) -> String {
        format!(
            "{} × {}",
            t.objective.count_fr(rule.max_objectives as usize),
            t.key_result.count_fr(rule.max_key_results as usize)
        )
    }

    fn draft_missing(&self, t: &Terms) -> String {
        format!(
            "Ajoutez {} et ses {}.",
            t.objective.indefinite_fr(),
            t.key_result.plural
        )
    }

    fn launched_on(&self, at: NaiveDateTime) -> String {
        format!("Cycle démarré le {}.", self.date_time(at))
    }

    fn kr_goal(&self, kr: &crate::domain::model::KeyResult) -> String {
        kr_goal_with(
            kr,
            Lang::Fr,
            super::GoalWords {
                above: "au moins",
                below: "au plus",
                milestone: self.text(Msg::Milestone),
                undefined: self.text(Msg::ToBeDefined),
            },
        )
    }

    fn mail_subject(&self, set_name: &str) -> String {
        format!("OKR\u{a0}: {set_name}")
    }

    fn vocabulary_summary(&self, name: &str) -> String {
        format!("Vocabulaire\u{a0}: {name}")
    }

    fn objective_placeholder(&self, _t: &Terms) -> String {
        "ex. Livrer les commandes urgentes deux fois plus vite".to_owned()
    }

    fn key_result_placeholder(&self, _t: &Terms) -> String {
        "ex. Délai moyen des commandes critiques de 48 h à 24 h".to_owned()
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}\u{a0}: {value}")
    }

    fn confidence(&self, confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::Confident => "confiant",
            Confidence::Uncertain => "incertain",
            Confidence::Struggling => "en difficulté",
        }
    }

    fn status(&self, status: Status) -> &'static str {
        match status {
            Status::OnTrack => "En bonne voie",
            Status::Waiting => "Pas encore de point",
            Status::NotFollowed => "Pas suivi depuis deux semaines",
            Status::AtRisk => "À risque",
            Status::OffTrack => "En retard",
        }
    }

    fn percent(&self, percent: i64) -> String {
        format!("{percent}\u{a0}%")
    }

    fn expected_by_now(&self, percent: i64) -> String {
        format!("Attendu à ce jour\u{a0}: {}", self.percent(percent))
    }

    fn reference_empty(&self, t: &Terms) -> String {
        format!(
            "{} dans ce jeu de référence pour l’instant.",
            capitalize(&t.objective.none_fr())
        )
    }

    fn trend(&self, percent: i64) -> String {
        format!(
            "À ce rythme\u{a0}: {} en fin de cycle",
            self.percent(percent)
        )
    }

    fn slide_of(&self, n: usize, count: usize) -> String {
        format!("Diapositive {n} sur {count}")
    }

    fn import_summary(&self, sets: usize) -> String {
        format!(
            "Ce fichier contient {}\u{a0}:",
            plural(sets, "jeu d’OKR", "jeux d’OKR")
        )
    }

    fn import_clash(&self, local_name: &str, modified: NaiveDateTime) -> String {
        format!(
            "Ce navigateur a déjà ce jeu\u{a0}: « {local_name} », {}. Que faire\u{a0}?",
            decapitalize(&self.modified_on(modified))
        )
    }

    fn imported(&self, added: usize) -> String {
        match added {
            0 => "Aucun jeu importé\u{a0}: rien n’a changé.".to_owned(),
            1 => "1 jeu d’OKR importé.".to_owned(),
            n => format!("{n} jeux d’OKR importés."),
        }
    }

    fn read_error(&self, error: &ReadError) -> String {
        files::read_error(error)
    }

    fn invalid(&self, invalid: &Invalid) -> String {
        files::invalid(invalid)
    }

    fn recovery_entry(&self, name: Option<&str>, key: &str, chars: usize) -> String {
        // A damaged entry is anything a storage may hold: its name and key are quoted
        // as short excerpts.
        let (name, key) = (
            name.map(crate::domain::visible::Excerpt::of),
            crate::domain::visible::Excerpt::of(key),
        );
        let size = plural(chars, "caractère", "caractères");
        match name {
            Some(name) => format!("« {name} » ({key}, {size})"),
            None => format!("« {key} » ({size})"),
        }
    }
}
