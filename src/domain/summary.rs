//! What the home page shows of a set, kept beside it in storage so the home page never
//! has to read whole sets. It is derived data: lost or unreadable, it is rebuilt.

use super::id::Id;
use super::model::{Cycle, OkrSet};
use super::order;
use super::vocabulary::Vocabulary;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SetSummary {
    pub id: Id,
    pub name: String,
    pub team: String,
    pub cycle: Cycle,
    pub objectives: usize,
    pub key_results: usize,
    pub modified: DateTime<Utc>,
    pub revision: u64,
    #[serde(default)]
    pub vocabulary: Vocabulary,
    /// Length of the stored set, in UTF-16 units as the browser counts them: a cheap check
    /// at start that the set beside this summary is the one it describes. 0: unknown.
    #[serde(default)]
    pub stored_len: usize,
    /// A reference set: teams link their objectives to its objectives.
    #[serde(default)]
    pub reference: bool,
    /// Progress of a launched set; none while drafting.
    #[serde(default)]
    pub progress: Option<f64>,
    #[serde(default)]
    pub closed: bool,
    /// When the next check-in is expected (see `rituals::next_check_in`): a date, so the
    /// home page says "in 3 days" or "9 days ago" from today without reading the set.
    #[serde(default)]
    pub check_in_due: Option<NaiveDate>,
    /// The figures of each link of its objectives to a reference objective (`rollup`), so
    /// the home card of a reference set rolls up without reading the team sets.
    #[serde(rename = "links", default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<super::rollup::LinkFigure>,
    /// A reference set's objectives, by id, in order: what its home card rolls up.
    #[serde(
        rename = "reference_objectives",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub reference_objectives: Vec<Id>,
    /// What this summary was made by: one older than `SetSummary::VERSION` lacks a
    /// derived field, so its set is read once at start and the summary made again.
    #[serde(default)]
    pub version: u32,
}

impl SetSummary {
    /// 1: the expected check-in (`check_in_due`); 2: the rollup's `links` and
    /// `reference_objectives`; 3: a reference set expects no check-in of its own.
    pub const VERSION: u32 = 3;

    pub fn of(set: &OkrSet) -> SetSummary {
        SetSummary {
            id: set.id.clone(),
            name: set.name.clone(),
            team: set.team.clone(),
            cycle: set.cycle,
            objectives: set.objectives.len(),
            key_results: set.key_result_count(),
            modified: set.modified,
            revision: set.revision,
            vocabulary: set.vocabulary.clone(),
            stored_len: 0,
            reference: set.reference,
            progress: set.launch.as_ref().and(super::progress::set_progress(set)),
            closed: set.is_closed(),
            check_in_due: super::rituals::next_check_in(set),
            links: super::rollup::link_figures(set),
            reference_objectives: if set.reference {
                set.objectives.iter().map(|o| o.id.clone()).collect()
            } else {
                Vec::new()
            },
            version: SetSummary::VERSION,
        }
    }
}

/// The length the browser gives a stored text: UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Home order: the most recently modified first, then by name for a stable list.
pub fn sort_for_home(summaries: &mut [SetSummary]) {
    order::sort_by(summaries, |a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| a.name.cmp(&b.name))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_counted_as_the_browser_counts_them() {
        assert_eq!(utf16_len(""), 0);
        assert_eq!(utf16_len("abc"), 3);
        assert_eq!(utf16_len("équipe"), 6);
        assert_eq!(utf16_len("🎯"), 2);
        assert_eq!(utf16_len("l’équipe 🎯"), 11);
    }

    /// The home page reads when a check-in is due from the summary alone; a summary
    /// written before that field existed reads as older, so its set is read again once.
    #[test]
    fn a_summary_carries_the_expected_check_in() {
        use crate::domain::model::Launch;
        let day = |d| chrono::NaiveDate::from_ymd_opt(2028, 2, d).unwrap();
        let now = DateTime::<Utc>::from_timestamp(1_830_000_000, 0).unwrap();
        let mut set = OkrSet::new(
            Id::new("s1"),
            "Pilote",
            "",
            Cycle::quarter_from(day(1)),
            now,
        );
        assert_eq!(
            SetSummary::of(&set).check_in_due,
            None,
            "a draft expects none"
        );
        set.launch = Some(Launch {
            at: chrono::TimeZone::from_utc_datetime(&Utc, &day(3).and_hms_opt(9, 0, 0).unwrap()),
            reference: Vec::new(),
        });
        let summary = SetSummary::of(&set);
        assert_eq!(summary.check_in_due, Some(day(10)));
        assert_eq!(summary.version, SetSummary::VERSION);
        let mut old = serde_json::to_value(&summary).unwrap();
        let fields = old.as_object_mut().unwrap();
        fields.remove("check_in_due");
        fields.remove("version");
        let old: SetSummary = serde_json::from_value(old).unwrap();
        assert!(old.version < SetSummary::VERSION && old.check_in_due.is_none());
    }
}
