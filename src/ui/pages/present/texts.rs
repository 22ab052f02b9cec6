//! The slides' texts from the catalogue, in the set's words: the same ones lay the slides
//! out (domain::presentation::deck) and draw them, so what was measured is what shows.

use crate::domain::language::Lang;
use crate::domain::model::{KeyResult, Objective, OkrSet};
use crate::domain::presentation::{SlideFigures, SlideTexts};
use crate::domain::progress::Status;
use crate::domain::rollup::Rollup;
use crate::domain::set_figures::SetFigures;
use crate::i18n::{catalogue, Catalogue, Msg};
use chrono::NaiveDate;

pub struct Texts<'a> {
    pub set: &'a OkrSet,
    /// Other sets of this browser, read once for a reference set's contributors.
    pub teams: &'a [OkrSet],
    /// What every figure shows (a reference set's objectives rolled up from the teams).
    pub figures: &'a SetFigures,
    pub lang: Lang,
}

impl Texts<'_> {
    fn t(&self) -> &'static dyn Catalogue {
        catalogue(self.lang)
    }
    /// The figures a slide shows, with these texts.
    pub fn slide_figures(&self) -> SlideFigures<'_> {
        SlideFigures {
            figures: self.figures,
            texts: self,
        }
    }
}

impl SlideTexts for Texts<'_> {
    fn meta(&self) -> String {
        let cycle = self.t().cycle(self.set.cycle.start, self.set.cycle.end);
        if self.set.team.trim().is_empty() {
            cycle
        } else {
            format!("{} · {cycle}", self.set.team.trim())
        }
    }

    fn kicker(&self, objective: usize) -> String {
        let terms = self.set.vocabulary.terms(self.lang);
        self.t().objective_heading(&terms, objective)
    }

    fn serves(&self, o: &Objective) -> Option<String> {
        (!o.contributes_to.is_empty()).then(|| {
            let titles: Vec<&str> = o
                .contributes_to
                .iter()
                .map(|c| c.objective_title.as_str())
                .collect();
            self.t()
                .labelled(self.t().text(Msg::ContributesTo), &titles.join(" · "))
        })
    }

    fn contributors(&self, o: &Objective) -> Option<String> {
        let names: Vec<String> = self
            .teams
            .iter()
            .flat_map(|team| team.objectives.iter().map(move |to| (team, to)))
            .filter(|(_, to)| to.serves(&self.set.id, &o.id))
            .map(|(team, to)| format!("{} — {}", team.name, to.title))
            .collect();
        (!names.is_empty()).then(|| {
            self.t()
                .labelled(self.t().text(Msg::TeamContributions), &names.join(" · "))
        })
    }

    fn goal(&self, kr: &KeyResult) -> String {
        let t = self.t();
        let latest = kr
            .last_check_in()
            .map(|c| t.measure(kr.kind, &kr.unit, c.value, self.lang));
        match latest {
            Some(v) => format!(
                "{} · {}",
                t.kr_goal(kr),
                t.labelled(t.text(Msg::Latest), &v)
            ),
            None => t.kr_goal(kr),
        }
    }

    fn summary(&self) -> String {
        self.t().text(Msg::SummarySlide).to_owned()
    }

    fn status(&self, status: Status) -> String {
        self.t().status(status).to_owned()
    }

    fn figures_as_of(&self, day: Option<NaiveDate>) -> String {
        self.t().figures_as_of(day)
    }

    fn rollup(&self, r: &Rollup) -> String {
        let terms = self.set.vocabulary.terms(self.lang);
        let line = self.t().rollup_line(&terms, r);
        if r.nobody() {
            format!("⚠ {line}")
        } else {
            line
        }
    }
}
