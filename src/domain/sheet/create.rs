//! The one edit a confirmed preview makes: its objectives and key results added to the
//! set at once, so a single undo takes them all away again.

use super::preview::{PlannedKr, Preview};
use crate::domain::id::{Id, IdSource};
use crate::domain::model::{KeyResult, Objective, OkrSet};
use crate::domain::validate::{MAX_KEY_RESULTS, MAX_OBJECTIVES};

fn key_result(planned: &PlannedKr, id: Id) -> KeyResult {
    KeyResult {
        title: planned.title.clone(),
        kind: planned.kind,
        baseline: planned.baseline,
        target: planned.target,
        unit: planned.unit.clone(),
        ..KeyResult::new(id)
    }
}

impl OkrSet {
    /// Adds what the preview plans, after the set's objectives; hands back the new
    /// objectives' ids. Nothing is added when the preview is blocked, or when the set
    /// would go past the file limits as it stands now (it may have changed since the
    /// preview was read).
    pub fn add_from_sheet(&mut self, preview: &Preview, ids: &mut impl IdSource) -> Vec<Id> {
        let fits = self.objectives.len() + preview.objectives.len() <= MAX_OBJECTIVES
            && preview
                .objectives
                .iter()
                .all(|o| o.key_results.len() <= MAX_KEY_RESULTS);
        if preview.blocker.is_some() || !fits {
            return Vec::new();
        }
        let mut added = Vec::new();
        for planned in &preview.objectives {
            let mut objective = Objective::new(ids.next_id());
            objective.title = planned.title.clone();
            objective.key_results = planned
                .key_results
                .iter()
                .map(|kr| key_result(kr, ids.next_id()))
                .collect();
            added.push(objective.id.clone());
            self.objectives.push(objective);
        }
        added
    }

    /// Takes away objectives added together (the undo of `add_from_sheet`).
    pub fn remove_objectives(&mut self, ids: &[Id]) {
        self.objectives.retain(|o| !ids.contains(&o.id));
        self.forget_missing_objectives();
    }
}
