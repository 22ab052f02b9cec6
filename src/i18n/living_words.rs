//! Sentences of a set's living cycle: check-ins, the change log, meetings, the next cycle,
//! merges and charts. A supertrait of `Catalogue`, so each language keeps them in its own
//! file (`fr_living.rs`, `en_living.rs`) and `catalogue(lang)` still says them all.

use super::MergeKind;
use crate::domain::model::{ChangeKind, ChangeValue};
use crate::domain::vocabulary::Terms;
use chrono::{NaiveDate, NaiveDateTime};

pub trait LivingWords {
    fn check_ins_recorded(&self, count: usize) -> String;
    /// What a change-log entry changed, in the set's words.
    fn change_what(&self, what: ChangeKind, t: &Terms) -> String;
    fn change_value(&self, value: &ChangeValue) -> String;
    fn meeting_heading(&self, date: NaiveDate) -> String;
    /// The instruction above the boxes to tick: "Cochez les finalités à revoir."
    fn revisit_prompt(&self, t: &Terms) -> String;
    /// What a past meeting chose to revisit, as a label: "Finalités à revoir".
    fn revisited(&self, t: &Terms) -> String;
    /// In place of an objective a past meeting named, deleted since: "(supprimée depuis)".
    fn removed_since(&self, t: &Terms) -> String;
    fn keep_prompt(&self, t: &Terms) -> String;
    fn next_cycle_name(&self, name: &str) -> String;
    fn closed_on(&self, at: NaiveDateTime) -> String;
    fn other_tab_conflicts(&self, count: usize) -> String;
    fn merge_title(&self, name: &str) -> String;
    fn merge_item(&self, kind: MergeKind, t: &Terms) -> String;
    /// A chart's accessible name and summary.
    fn chart_title(&self, kr_title: &str) -> String;
    fn chart_summary(&self, points: usize, latest: Option<&str>, target: Option<&str>) -> String;
}
