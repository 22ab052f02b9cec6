//! The history's sentences in English.

use super::en::English;
use super::history_words::{plan_change, HistoryWords, Local, VersionAction};
use super::Catalogue;
use crate::domain::history::Reason;
use crate::domain::vocabulary::Terms;
use chrono::{NaiveDate, NaiveDateTime};

impl HistoryWords for English {
    fn history_title(&self, name: &str) -> String {
        format!("History of “{name}”")
    }

    fn version_of(&self, at: NaiveDateTime) -> String {
        format!("Version of {}", self.date_time(at))
    }

    fn history_reason(&self, reason: &Reason, t: &Terms, local: Local) -> String {
        match reason {
            Reason::Launch => "Cycle launched".to_owned(),
            Reason::CheckIns(1) => "1 check-in saved".to_owned(),
            Reason::CheckIns(n) => format!("{n} check-ins saved"),
            Reason::PlanChange { change, more } => {
                let more = match more {
                    0 => String::new(),
                    1 => " (and 1 more change)".to_owned(),
                    n => format!(" (and {n} more changes)"),
                };
                plan_change(self, change, &more, t)
            }
            Reason::BeforeImport => "Before being replaced by an imported file".to_owned(),
            Reason::BeforeMerge => "Before the merge with an imported file".to_owned(),
            Reason::BeforeNextCycle => "Before the next cycle was started".to_owned(),
            Reason::BeforeRestore { of } => format!(
                "Before going back to the version of {}",
                self.date_time(local(*of))
            ),
            Reason::BeforeReopen => "Before the cycle was reopened".to_owned(),
            Reason::Editing => "Before further edits".to_owned(),
        }
    }

    fn version_action(&self, action: VersionAction, at: NaiveDateTime) -> String {
        let of = self.date_time(at);
        match action {
            VersionAction::View => format!("View the version of {of}"),
            VersionAction::Compare => format!("Compare with now the version of {of}"),
            VersionAction::Restore => format!("Restore the version of {of}"),
            VersionAction::Download => format!("Download the version of {of}"),
        }
    }

    fn versions_kept(&self, count: usize) -> String {
        match count {
            0 => "No version kept yet.".to_owned(),
            1 => "1 version kept".to_owned(),
            n => format!("{n} versions kept"),
        }
    }

    fn history_day(&self, day: NaiveDate, today: NaiveDate, count: usize) -> String {
        let when = match (today - day).num_days() {
            0 => "Today".to_owned(),
            1 => "Yesterday".to_owned(),
            _ => self.date(day),
        };
        match count {
            1 => format!("{when} · 1 version"),
            n => format!("{when} · {n} versions"),
        }
    }

    fn version_restored(&self, at: NaiveDateTime) -> String {
        format!(
            "Version of {} restored. The version before it is kept in the history.",
            self.date_time(at)
        )
    }

    fn guarded_versions_pruned(&self, count: usize) -> String {
        let versions = if count == 1 {
            "1 version kept from before an import or a merge was removed".to_owned()
        } else {
            format!("{count} versions kept from before an import or a merge were removed")
        };
        format!("Storage full: {versions} from the history to save your changes.")
    }

    fn compare_title(&self, at: NaiveDateTime) -> String {
        format!(
            "What differs between the version of {} and now",
            self.date_time(at)
        )
    }

    fn differences(&self, count: usize) -> String {
        match count {
            0 => "No difference with now.".to_owned(),
            1 => "1 difference".to_owned(),
            n => format!("{n} differences"),
        }
    }
}
