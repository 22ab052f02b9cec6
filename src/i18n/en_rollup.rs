//! English sentences of the rollup and of figures "as of" (see `rollup_words`).

use super::en::English;
use super::rollup_words::RollupWords;
use super::Catalogue;
use crate::domain::rollup::Rollup;
use crate::domain::vocabulary::{capitalize, Term, Terms};
use chrono::NaiveDate;

/// "1 team objective", "2 team objectives".
fn team_count(term: &Term, n: usize) -> String {
    format!("{n} team {}", term.form_en(n))
}

impl RollupWords for English {
    fn rollup_line(&self, t: &Terms, r: &Rollup) -> String {
        let o = &t.objective;
        if r.nobody() {
            return format!("Nobody contributes yet: no team {} serves it.", o.singular);
        }
        let mut parts = Vec::new();
        if r.measured > 0 {
            let mut head = format!("From {}", team_count(o, r.measured));
            if let Some(day) = r.as_of {
                head = format!("{head}, as of {}", self.date(day));
            }
            parts.push(head);
        }
        if r.not_started > 0 {
            parts.push(if r.measured > 0 {
                format!("{} not started yet", r.not_started)
            } else {
                let verb = if r.not_started > 1 {
                    "contribute"
                } else {
                    "contributes"
                };
                format!("{} {verb}, not started yet", team_count(o, r.not_started))
            });
        }
        if r.other_cycles > 0 {
            let who = if r.measured + r.not_started > 0 {
                r.other_cycles.to_string()
            } else {
                team_count(o, r.other_cycles)
            };
            parts.push(format!("{who} from another cycle, not counted"));
        }
        capitalize(&parts.join(" · "))
    }

    fn rollup_help(&self, t: &Terms) -> String {
        let o = &t.objective;
        format!(
            "A reference {one}’s rolled-up progress is the mean of the progress of the team \
             {plural} that serve it, as each team measures it. A team {one} serving several \
             counts fully in each: a link says this work moves that {one}, with no split. Sets \
             count when their cycle overlaps the reference set’s, open or closed. A team {one} \
             with no check-in yet is “not started”: counted apart, not as a zero. Figures are \
             as of the latest check-in included.",
            one = o.singular,
            plural = o.plural,
        )
    }

    fn nobody_serves_count(&self, t: &Terms, nobody: usize, total: usize) -> String {
        format!(
            "Nobody contributes yet to {nobody} of {total} {}",
            t.objective.form_en(total)
        )
    }

    fn figures_as_of(&self, as_of: Option<NaiveDate>) -> String {
        match as_of {
            Some(day) => format!("Figures as of {}", self.date(day)),
            None => "No figures yet".to_owned(),
        }
    }

    fn printed_as_of(&self, as_of: Option<NaiveDate>, today: NaiveDate) -> String {
        format!(
            "{} · printed on {}",
            self.figures_as_of(as_of),
            self.date(today)
        )
    }
}
