//! French sentences of the rollup and of figures "as of" (see `rollup_words`).

use super::fr::French;
use super::rollup_words::RollupWords;
use super::Catalogue;
use crate::domain::rollup::Rollup;
use crate::domain::vocabulary::{capitalize, Term, Terms};
use chrono::NaiveDate;

/// A participle agreeing with `n` of `term`: "commencé", "commencées".
fn agreed(term: &Term, n: usize, masculine: &str) -> String {
    let one = term.agreed_fr(masculine);
    if n > 1 {
        format!("{one}s")
    } else {
        one
    }
}

/// "1 objectif d’équipe", "2 finalités d’équipe".
fn team_count(term: &Term, n: usize) -> String {
    format!("{} d’équipe", term.count_fr(n))
}

impl RollupWords for French {
    fn rollup_line(&self, t: &Terms, r: &Rollup) -> String {
        let o = &t.objective;
        if r.nobody() {
            return format!(
                "Personne n’y contribue encore\u{a0}: {} d’équipe ne {} sert.",
                o.none_fr(),
                o.pronoun_fr()
            );
        }
        let mut parts = Vec::new();
        if r.measured > 0 {
            let mut head = format!("D’après {}", team_count(o, r.measured));
            if let Some(day) = r.as_of {
                head = format!("{head}, au {}", self.date(day));
            }
            parts.push(head);
        }
        if r.not_started > 0 {
            let started = agreed(o, r.not_started, "commencé");
            parts.push(if r.measured > 0 {
                format!("{} pas encore {started}", r.not_started)
            } else {
                let verb = if r.not_started > 1 {
                    "y contribuent"
                } else {
                    "y contribue"
                };
                format!(
                    "{} {verb}, pas encore {started}",
                    team_count(o, r.not_started)
                )
            });
        }
        if r.other_cycles > 0 {
            parts.push(format!(
                "{} d’un autre cycle, non {}",
                if r.measured + r.not_started > 0 {
                    r.other_cycles.to_string()
                } else {
                    team_count(o, r.other_cycles)
                },
                agreed(o, r.other_cycles, "compté")
            ));
        }
        capitalize(&parts.join(" · "))
    }

    fn rollup_help(&self, t: &Terms) -> String {
        let o = &t.objective;
        let each = if o.is_feminine() { "chacune" } else { "chacun" };
        format!(
            "L’avancement consolidé {of} de référence est la moyenne de l’avancement des \
             {plural} d’équipe qui {it} servent, tel que chaque équipe le mesure. {one} \
             d’équipe qui en sert plusieurs compte entièrement dans {each}\u{a0}: un lien dit \
             que ce travail {it} fait avancer, sans partage. Comptent les jeux dont le cycle \
             recoupe celui du jeu de référence, ouverts ou clos. {one} sans point d’étape est \
             «\u{a0}pas encore {started}\u{a0}»\u{a0}: {counted} à part, pas comme un zéro. \
             Les chiffres sont au dernier point d’étape inclus.",
            of = o.of_definite_fr(),
            plural = o.plural,
            it = o.pronoun_fr(),
            one = capitalize(&o.indefinite_fr()),
            started = o.agreed_fr("commencé"),
            counted = if o.is_feminine() {
                "elle est comptée"
            } else {
                "il est compté"
            },
        )
    }

    fn nobody_serves_count(&self, t: &Terms, nobody: usize, total: usize) -> String {
        format!(
            "Personne ne contribue encore à {} sur {total}",
            t.objective.count_fr(nobody)
        )
    }

    fn figures_as_of(&self, as_of: Option<NaiveDate>) -> String {
        match as_of {
            Some(day) => format!("Chiffres au {}", self.date(day)),
            None => "Pas encore de chiffres".to_owned(),
        }
    }

    fn printed_as_of(&self, as_of: Option<NaiveDate>, today: NaiveDate) -> String {
        format!(
            "{} · imprimé le {}",
            self.figures_as_of(as_of),
            self.date(today)
        )
    }
}
