//! What the home page shows of a set, kept beside it in storage so the home page never
//! has to read whole sets. It is derived data: lost or unreadable, it is rebuilt.

use super::id::Id;
use super::model::{Cycle, OkrSet};
use super::order;
use super::vocabulary::Vocabulary;
use chrono::{DateTime, Utc};
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
}

impl SetSummary {
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
}
