//! English: the sentences of a set's living cycle (see `living_words.rs`).

use super::en::English;
use super::{Catalogue, LivingWords, MergeKind};
use crate::domain::language::Lang;
use crate::domain::model::{ChangeKind, ChangeValue};
use crate::domain::vocabulary::{capitalize, Terms};
use chrono::{NaiveDate, NaiveDateTime};

impl LivingWords for English {
    fn check_ins_recorded(&self, count: usize) -> String {
        if count == 1 {
            "1 check-in saved.".to_owned()
        } else {
            format!("{count} check-ins saved.")
        }
    }

    fn change_what(&self, what: ChangeKind, t: &Terms) -> String {
        let o = capitalize(&t.objective.singular);
        let k = capitalize(&t.key_result.singular);
        match what {
            ChangeKind::ObjectiveAdded => format!("{o} added"),
            ChangeKind::ObjectiveRemoved => format!("{o} removed"),
            ChangeKind::ObjectiveTitle => format!("{o} title"),
            ChangeKind::ObjectiveWhy => format!("{o}: why it matters"),
            ChangeKind::KeyResultAdded => format!("{k} added"),
            ChangeKind::KeyResultRemoved => format!("{k} removed"),
            ChangeKind::KeyResultTitle => format!("{k} title"),
            ChangeKind::KeyResultKind => "Kind of measure".to_owned(),
            ChangeKind::Baseline => "Baseline".to_owned(),
            ChangeKind::Target => "Target".to_owned(),
            ChangeKind::Unit => "Unit".to_owned(),
        }
    }

    fn change_value(&self, value: &ChangeValue) -> String {
        match value {
            ChangeValue::Text(text) => format!("“{text}”"),
            ChangeValue::Number(n) => crate::domain::number::format_decimal(*n, Lang::En),
            ChangeValue::Kind(kind) => self.kr_kind(*kind).to_owned(),
        }
    }

    fn meeting_heading(&self, date: NaiveDate) -> String {
        format!("Review of {}", self.date(date))
    }

    fn revisit_prompt(&self, t: &Terms) -> String {
        format!("Tick the {} to revisit.", t.objective.plural)
    }

    fn revisited(&self, t: &Terms) -> String {
        format!("{} to revisit", capitalize(&t.objective.plural))
    }

    fn removed_since(&self, _: &Terms) -> String {
        "(since removed)".to_owned()
    }

    fn keep_prompt(&self, t: &Terms) -> String {
        format!("{} to carry on", capitalize(&t.objective.plural))
    }

    fn next_cycle_name(&self, name: &str) -> String {
        format!("{name} (next)")
    }

    fn closed_on(&self, at: NaiveDateTime) -> String {
        format!("Cycle closed on {}.", self.date_time(at))
    }

    fn other_tab_conflicts(&self, count: usize) -> String {
        let items = if count == 1 {
            "1 item".to_owned()
        } else {
            format!("{count} items")
        };
        format!("Another tab changed the same things as you ({items}): your version is kept, the rest of its work is merged in.")
    }

    fn merge_title(&self, name: &str) -> String {
        format!("Merge two versions of “{name}”")
    }

    fn merge_item(&self, kind: MergeKind, t: &Terms) -> String {
        match kind {
            MergeKind::Name => "Set name".to_owned(),
            MergeKind::Team => "Team".to_owned(),
            MergeKind::Cycle => "Cycle".to_owned(),
            MergeKind::Why => "Why".to_owned(),
            MergeKind::Settings => "Set settings".to_owned(),
            MergeKind::Objective => capitalize(&t.objective.singular),
            MergeKind::KeyResult => capitalize(&t.key_result.singular),
            MergeKind::CheckIn => "Check-in".to_owned(),
            MergeKind::Meeting => "Review".to_owned(),
        }
    }

    fn chart_title(&self, kr_title: &str) -> String {
        format!("Trend of “{kr_title}”")
    }

    fn chart_summary(&self, points: usize, latest: Option<&str>, target: Option<&str>) -> String {
        let mut parts = vec![if points == 1 {
            "1 check-in".to_owned()
        } else {
            format!("{points} check-ins")
        }];
        parts.extend(latest.map(|v| format!("latest value {v}")));
        parts.extend(target.map(|v| format!("target {v}")));
        parts.join(", ") + "."
    }
}
