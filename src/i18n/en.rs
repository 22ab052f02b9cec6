//! English.

use super::en_files as files;
use super::en_texts as texts;
use super::{kr_goal_with, Catalogue, Msg};
use crate::domain::coaching::Rule;
use crate::domain::import::ReadError;
use crate::domain::language::Lang;
use crate::domain::model::{Confidence, CountRule, KrKind};
use crate::domain::progress::Status;
use crate::domain::validate::Invalid;
use crate::domain::vocabulary::{capitalize, decapitalize, Terms};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

pub struct English;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Catalogue for English {
    fn text(&self, msg: Msg) -> &'static str {
        texts::text(msg)
    }

    fn kr_kind(&self, kind: KrKind) -> &'static str {
        match kind {
            KrKind::Increase => "Increase (from → to)",
            KrKind::Decrease => "Decrease (from → to)",
            KrKind::StayAbove => "Stay above a threshold",
            KrKind::StayBelow => "Stay below a threshold",
            KrKind::Milestone => "Milestone (reached or not)",
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
        format!("{}, {}", self.date(at.date()), super::clock_time(at))
    }

    fn saved_at(&self, at: NaiveDateTime) -> String {
        format!("Saved at {}", super::clock_time(at))
    }

    fn modified_on(&self, at: NaiveDateTime) -> String {
        format!("Modified {}", self.date_time(at))
    }

    fn set_deleted(&self, name: &str) -> String {
        format!("“{name}” deleted.")
    }

    fn set_duplicated(&self, name: &str) -> String {
        format!("Copy created: “{name}”.")
    }

    fn copy_name(&self, name: &str) -> String {
        format!("{name} (copy)")
    }

    fn action_on(&self, action: Msg, name: &str) -> String {
        format!("{} “{name}”", self.text(action))
    }

    fn counts(&self, t: &Terms, objectives: usize, key_results: usize) -> String {
        format!(
            "{} · {}",
            t.objective.count_en(objectives),
            t.key_result.count_en(key_results)
        )
    }

    fn objectives_heading(&self, t: &Terms) -> String {
        capitalize(&t.objective.plural)
    }

    fn objective_heading(&self, t: &Terms, n: usize) -> String {
        format!("{} {n}", capitalize(&t.objective.singular))
    }

    fn objective_title_label(&self, t: &Terms, n: usize) -> String {
        format!("Title of {} {n}", t.objective.singular)
    }

    fn key_results_of(&self, t: &Terms, n: usize) -> String {
        format!(
            "{} of {} {n}",
            capitalize(&t.key_result.plural),
            t.objective.singular
        )
    }

    fn key_result_label(&self, t: &Terms, objective: usize, n: usize) -> String {
        format!("{} {objective}.{n}", capitalize(&t.key_result.singular))
    }

    fn add_objective(&self, t: &Terms) -> String {
        format!("Add {}", t.objective.indefinite_en())
    }

    fn add_key_result(&self, t: &Terms) -> String {
        format!("Add {}", t.key_result.indefinite_en())
    }

    fn delete_objective(&self, t: &Terms, n: usize) -> String {
        format!("Delete {} {n}", t.objective.singular)
    }

    fn delete_key_result(&self, t: &Terms, objective: usize, n: usize) -> String {
        format!("Delete {} {objective}.{n}", t.key_result.singular)
    }

    fn move_objective(&self, t: &Terms, n: usize, up: bool) -> String {
        format!(
            "Move {} {n} {}",
            t.objective.singular,
            if up { "up" } else { "down" }
        )
    }

    fn move_key_result(&self, t: &Terms, objective: usize, n: usize, up: bool) -> String {
        format!(
            "Move {} {objective}.{n} {}",
            t.key_result.singular,
            if up { "up" } else { "down" }
        )
    }

    fn objective_deleted(&self, t: &Terms) -> String {
        format!("{} deleted.", capitalize(&t.objective.singular))
    }

    fn key_result_deleted(&self, t: &Terms) -> String {
        format!("{} deleted.", capitalize(&t.key_result.singular))
    }

    fn removed_elsewhere(&self, t: &Terms) -> String {
        format!(
            "{} deleted in another tab: what you typed is kept here.",
            capitalize(&t.key_result.singular)
        )
    }

    fn put_back(&self, _: &Terms) -> String {
        "Put it back".to_owned()
    }

    fn no_objectives(&self, t: &Terms) -> String {
        format!(
            "No {} yet. Start with what must change for your team, not with the to-do list.",
            t.objective.singular
        )
    }

    fn no_key_results(&self, t: &Terms) -> String {
        format!(
            "No {} yet: add some to say how you will know it is moving.",
            t.key_result.singular
        )
    }

    fn word_counter(&self, words: usize, max: usize) -> String {
        format!("{words} / {max} words")
    }

    fn narrative_too_long(&self, words: usize, max: usize) -> String {
        format!("{} words too many: the story must fit in {max} words. Nothing is cut; you choose what to keep.", words - max)
    }

    fn finding(&self, rule: Rule, t: &Terms, limits: CountRule) -> String {
        let (o, k) = (&t.objective, &t.key_result);
        match rule {
            Rule::KrWithoutNumber => format!("With no number to reach, this {} reads like a task: what figure will say it is done?", k.singular),
            Rule::KrWithoutBaseline => format!("A target with no baseline: where does this {} start from? Enter today’s value under “{}”, or progress cannot be read.", k.singular, self.text(Msg::Baseline)),
            Rule::KrStartsWithTaskVerb => format!("Starts like a task: {} says what changes, not what the team will do.", k.indefinite_en()),
            Rule::KrBaselineEqualsTarget => "Baseline and target are equal: is nothing meant to change?".to_owned(),
            Rule::KrDirectionContradictsKind => "The target goes the other way from the chosen kind (increase or decrease).".to_owned(),
            Rule::KrMissingUnit => "Name the unit (h, %, points…) so the number reads at a glance.".to_owned(),
            Rule::KrDuplicate => format!("Same title as another {}: is one of them one too many?", k.singular),
            Rule::ObjectiveHasNumber => format!("A number in the {}: figures usually belong in the {}.", o.singular, k.plural),
            Rule::ObjectiveTooLong => format!("Over 15 words: {} is remembered better as one short sentence.", o.indefinite_en()),
            Rule::ObjectiveGeneric => format!("A one-size-fits-all phrase: what will this {} change for your team in particular?", o.singular),
            Rule::ObjectiveWithoutKr => format!("No {} yet: how will you know the {} is moving?", k.singular, o.singular),
            Rule::TooManyObjectives => format!("More than {}: the team’s rule. Fewer priorities, more focus.", o.count_en(limits.max_objectives as usize)),
            Rule::TooManyKeyResults => format!("More than {} here: the team’s rule. Keep those that best show the change.", k.count_en(limits.max_key_results as usize)),
        }
    }

    fn plan_score(&self, score: u8) -> String {
        format!("Plan score: {score} / 100")
    }

    fn findings_count(&self, warnings: usize, advice: usize) -> String {
        let w = if warnings == 1 { "warning" } else { "warnings" };
        let a = if advice == 1 {
            "suggestion"
        } else {
            "suggestions"
        };
        format!("{warnings} {w} · {advice} {a}")
    }

    fn count_rule_name(&self, t: &Terms, rule: CountRule) -> String {
        format!(
            "{} × {}",
            t.objective.count_en(rule.max_objectives as usize),
            t.key_result.count_en(rule.max_key_results as usize)
        )
    }

    fn draft_missing(&self, t: &Terms) -> String {
        format!(
            "Add {} and its {}.",
            t.objective.indefinite_en(),
            t.key_result.plural
        )
    }

    fn launched_on(&self, at: NaiveDateTime) -> String {
        format!("Cycle started on {}.", self.date_time(at))
    }

    fn kr_goal(&self, kr: &crate::domain::model::KeyResult) -> String {
        kr_goal_with(
            kr,
            Lang::En,
            super::GoalWords {
                above: "at least",
                below: "at most",
                milestone: self.text(Msg::Milestone),
                undefined: self.text(Msg::ToBeDefined),
            },
        )
    }

    fn mail_subject(&self, set_name: &str) -> String {
        format!("OKRs: {set_name}")
    }

    fn vocabulary_summary(&self, name: &str) -> String {
        format!("Words: {name}")
    }

    fn objective_placeholder(&self, _t: &Terms) -> String {
        "e.g. Deliver urgent orders twice as fast".to_owned()
    }

    fn key_result_placeholder(&self, _t: &Terms) -> String {
        "e.g. Average delivery time of critical orders from 48 h to 24 h".to_owned()
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}: {value}")
    }

    fn confidence(&self, confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::Confident => "confident",
            Confidence::Uncertain => "uncertain",
            Confidence::Struggling => "struggling",
        }
    }

    fn status(&self, status: Status) -> &'static str {
        match status {
            Status::OnTrack => "On track",
            Status::Waiting => "No check-in yet",
            Status::NotFollowed => "Not followed for two weeks",
            Status::AtRisk => "At risk",
            Status::OffTrack => "Off track",
        }
    }

    fn percent(&self, percent: i64) -> String {
        format!("{percent}%")
    }

    fn expected_by_now(&self, percent: i64) -> String {
        format!("Expected by now: {}", self.percent(percent))
    }

    fn reference_empty(&self, t: &Terms) -> String {
        format!("No {} in this reference set yet.", t.objective.singular)
    }

    fn trend(&self, percent: i64) -> String {
        format!(
            "At this pace: {} by the end of the cycle",
            self.percent(percent)
        )
    }

    fn slide_of(&self, n: usize, count: usize) -> String {
        format!("Slide {n} of {count}")
    }

    fn import_summary(&self, sets: usize) -> String {
        format!("This file holds {}:", plural(sets, "OKR set", "OKR sets"))
    }

    fn import_clash(&self, local_name: &str, modified: NaiveDateTime) -> String {
        format!(
            "This browser already has this set: “{local_name}”, {}. What should happen?",
            decapitalize(&self.modified_on(modified))
        )
    }

    fn imported(&self, added: usize) -> String {
        match added {
            0 => "No set imported: nothing changed.".to_owned(),
            n => format!("{} imported.", plural(n, "OKR set", "OKR sets")),
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
        let size = plural(chars, "character", "characters");
        match name {
            Some(name) => format!("“{name}” ({key}, {size})"),
            None => format!("“{key}” ({size})"),
        }
    }
}
