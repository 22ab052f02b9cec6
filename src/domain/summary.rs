//! What the home page shows of a set, kept beside it in storage so the home page never
//! has to read whole sets. It is derived data: lost or unreadable, it is rebuilt.

use super::id::Id;
use super::model::{Cycle, OkrSet};
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
        }
    }
}

/// Home order: the most recently modified first, then by name for a stable list.
pub fn sort_for_home(summaries: &mut [SetSummary]) {
    summaries.sort_by(|a, b| b.modified.cmp(&a.modified).then_with(|| a.name.cmp(&b.name)));
}
