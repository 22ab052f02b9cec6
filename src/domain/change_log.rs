//! The change log of a launched plan: what changed (old → new), found by comparing the
//! objectives before and after a change, so every editing path is covered by one rule.

use super::model::{Change, ChangeKind, ChangeValue, KeyResult, Objective, OkrSet};
use chrono::{DateTime, Utc};

/// One difference between two versions of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub subject: String,
    pub what: ChangeKind,
    pub old: Option<ChangeValue>,
    pub new: Option<ChangeValue>,
}

fn text(s: &str) -> Option<ChangeValue> {
    Some(ChangeValue::Text(s.to_owned()))
}

fn number(n: Option<f64>) -> Option<ChangeValue> {
    n.map(ChangeValue::Number)
}

/// Every difference from `before` to `after`, objectives in `after`'s order, then the
/// removed ones. Moving an item is not a change of the plan's content.
pub fn plan_diff(before: &[Objective], after: &[Objective]) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut push = |subject: &str, what, old, new| {
        out.push(Difference {
            subject: subject.to_owned(),
            what,
            old,
            new,
        })
    };
    for objective in after {
        let Some(old) = before.iter().find(|o| o.id == objective.id) else {
            push(
                &objective.title,
                ChangeKind::ObjectiveAdded,
                None,
                text(&objective.title),
            );
            for kr in &objective.key_results {
                push(&kr.title, ChangeKind::KeyResultAdded, None, text(&kr.title));
            }
            continue;
        };
        if old.title != objective.title {
            push(
                &objective.title,
                ChangeKind::ObjectiveTitle,
                text(&old.title),
                text(&objective.title),
            );
        }
        if old.why != objective.why {
            push(
                &objective.title,
                ChangeKind::ObjectiveWhy,
                text(&old.why),
                text(&objective.why),
            );
        }
        for kr in &objective.key_results {
            match old.key_results.iter().find(|k| k.id == kr.id) {
                Some(old_kr) => key_result_diff(old_kr, kr, &mut push),
                None => push(&kr.title, ChangeKind::KeyResultAdded, None, text(&kr.title)),
            }
        }
        for old_kr in old
            .key_results
            .iter()
            .filter(|k| !objective.key_results.iter().any(|n| n.id == k.id))
        {
            push(
                &old_kr.title,
                ChangeKind::KeyResultRemoved,
                text(&old_kr.title),
                None,
            );
        }
    }
    for old in before
        .iter()
        .filter(|o| !after.iter().any(|n| n.id == o.id))
    {
        push(
            &old.title,
            ChangeKind::ObjectiveRemoved,
            text(&old.title),
            None,
        );
    }
    out
}

type Push<'a> = dyn FnMut(&str, ChangeKind, Option<ChangeValue>, Option<ChangeValue>) + 'a;

fn key_result_diff(old: &KeyResult, new: &KeyResult, push: &mut Push<'_>) {
    let subject = new.title.as_str();
    if old.title != new.title {
        push(
            subject,
            ChangeKind::KeyResultTitle,
            text(&old.title),
            text(&new.title),
        );
    }
    if old.kind != new.kind {
        push(
            subject,
            ChangeKind::KeyResultKind,
            Some(ChangeValue::Kind(old.kind)),
            Some(ChangeValue::Kind(new.kind)),
        );
    }
    if old.baseline != new.baseline {
        push(
            subject,
            ChangeKind::Baseline,
            number(old.baseline),
            number(new.baseline),
        );
    }
    if old.target != new.target {
        push(
            subject,
            ChangeKind::Target,
            number(old.target),
            number(new.target),
        );
    }
    if old.unit != new.unit {
        push(subject, ChangeKind::Unit, text(&old.unit), text(&new.unit));
    }
}

impl OkrSet {
    /// Writes the log of a change in progress: the entries from `from` on are this change's,
    /// rewritten from the plan as it was (`before`) to the plan as it is, with one reason.
    /// Called after every edit of the change, so the stored log always matches the plan.
    pub fn log_changes(
        &mut self,
        from: usize,
        before: &[Objective],
        reason: &str,
        at: DateTime<Utc>,
    ) {
        self.changes.truncate(from);
        let entries = plan_diff(before, &self.objectives)
            .into_iter()
            .map(|d| Change {
                at,
                subject: d.subject,
                what: d.what,
                old: d.old,
                new: d.new,
                reason: reason.trim().to_owned(),
            });
        self.changes.extend(entries);
        // A set must always read back: past the limit, the oldest entries go first.
        let over = self
            .changes
            .len()
            .saturating_sub(super::validate::MAX_CHANGES);
        self.changes.drain(..over);
    }
}

impl OkrSet {
    /// Cancels a change: the plan as it was (titles, kinds, targets, which items exist),
    /// with what was recorded meanwhile kept (check-ins, retrospective notes).
    pub fn restore_plan(&mut self, before: &[Objective]) {
        let now = std::mem::take(&mut self.objectives);
        self.objectives = before
            .iter()
            .map(|old| {
                let mut objective = old.clone();
                if let Some(current) = now.iter().find(|c| c.id == objective.id) {
                    objective.retro = current.retro.clone();
                }
                for kr in &mut objective.key_results {
                    if let Some(current) = now
                        .iter()
                        .flat_map(|c| &c.key_results)
                        .find(|k| k.id == kr.id)
                    {
                        kr.check_ins = current.check_ins.clone();
                    }
                }
                objective
            })
            .collect();
        self.forget_missing_objectives();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::model::KrKind;

    fn plan() -> Vec<Objective> {
        let kr = KeyResult {
            title: "Délai".into(),
            baseline: Some(48.0),
            target: Some(24.0),
            kind: KrKind::Decrease,
            ..KeyResult::new(Id::new("k1"))
        };
        let gone = KeyResult {
            title: "Retours".into(),
            ..KeyResult::new(Id::new("k2"))
        };
        vec![
            Objective {
                title: "Livrer vite".into(),
                key_results: vec![kr, gone],
                ..Objective::new(Id::new("o1"))
            },
            Objective {
                title: "Ancien".into(),
                ..Objective::new(Id::new("o2"))
            },
        ]
    }

    #[test]
    fn cancelling_a_change_keeps_what_was_recorded_meanwhile() {
        let at = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
        let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let mut set = OkrSet::new(
            Id::new("s"),
            "S",
            "",
            crate::domain::model::Cycle::quarter_from(start),
            at,
        );
        set.objectives = plan();
        let before = set.objectives.clone();
        set.objectives[0].key_results[0].target = Some(12.0);
        set.objectives[0].retro.learned = "Appris".into();
        let check_in = crate::domain::model::CheckIn {
            id: Id::new("c1"),
            date: start,
            value: 40.0,
            confidence: crate::domain::model::Confidence::Confident,
            note: String::new(),
        };
        set.objectives[0].key_results[0].check_ins.push(check_in);
        set.objectives.push(Objective::new(Id::new("o9")));
        set.restore_plan(&before);
        assert_eq!(set.objectives.len(), 2);
        let kr = &set.objectives[0].key_results[0];
        assert_eq!((kr.target, kr.check_ins.len()), (Some(24.0), 1));
        assert_eq!(set.objectives[0].retro.learned, "Appris");
    }

    #[test]
    fn nothing_changed_is_an_empty_log() {
        assert_eq!(plan_diff(&plan(), &plan()), vec![]);
        let mut moved = plan();
        moved.swap(0, 1);
        assert_eq!(plan_diff(&plan(), &moved), vec![], "a move is not a change");
    }

    #[test]
    fn each_field_change_says_old_and_new() {
        let mut after = plan();
        after[0].key_results[0].target = Some(12.0);
        after[0].key_results[0].unit = "h".into();
        after[0].key_results.remove(1);
        after.remove(1);
        after.push(Objective {
            title: "Nouveau".into(),
            ..Objective::new(Id::new("o3"))
        });
        let diff = plan_diff(&plan(), &after);
        let whats: Vec<_> = diff.iter().map(|d| d.what).collect();
        assert_eq!(
            whats,
            vec![
                ChangeKind::Target,
                ChangeKind::Unit,
                ChangeKind::KeyResultRemoved,
                ChangeKind::ObjectiveAdded,
                ChangeKind::ObjectiveRemoved
            ]
        );
        assert_eq!(diff[0].old, Some(ChangeValue::Number(24.0)));
        assert_eq!(diff[0].new, Some(ChangeValue::Number(12.0)));
        assert_eq!(diff[0].subject, "Délai");
    }

    #[test]
    fn logging_again_rewrites_this_change_only() {
        let at = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
        let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let mut set = OkrSet::new(
            Id::new("s"),
            "S",
            "",
            crate::domain::model::Cycle::quarter_from(start),
            at,
        );
        set.objectives = plan();
        let before = set.objectives.clone();
        set.objectives[0].title = "Livrer plus vite".into();
        set.log_changes(0, &before, "Le client a changé", at);
        assert_eq!(set.changes.len(), 1);
        let before_second = set.objectives.clone();
        set.objectives[0].key_results[0].target = Some(20.0);
        set.log_changes(1, &before_second, " Nouveau contrat ", at);
        set.objectives[0].key_results[0].target = Some(18.0);
        set.log_changes(1, &before_second, "Nouveau contrat", at);
        assert_eq!(set.changes.len(), 2);
        assert_eq!(set.changes[1].new, Some(ChangeValue::Number(18.0)));
        assert_eq!(set.changes[1].reason, "Nouveau contrat");
        set.objectives[0].key_results[0].target = Some(24.0);
        set.log_changes(1, &before_second, "Nouveau contrat", at);
        assert_eq!(
            set.changes.len(),
            1,
            "undoing within the change leaves nothing to log"
        );
    }
}
