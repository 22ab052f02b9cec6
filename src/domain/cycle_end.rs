//! The end of a cycle: closing it (read-only until reopened) and starting the next one
//! from the objectives the team keeps.

use super::id::{Id, IdSource};
use super::model::{Cycle, KrKind, OkrSet, PreviousCycle, Retro};
use chrono::{DateTime, Datelike, Utc};

impl OkrSet {
    pub fn is_closed(&self) -> bool {
        self.closed.is_some()
    }

    /// A new set for the next cycle: same team, words, rule and why; the chosen objectives
    /// (in their order) with new ids and no check-ins. A metric starts where it ended: its
    /// last measure becomes the new baseline.
    pub fn next_cycle(
        &self,
        name: &str,
        keep: &[Id],
        ids: &mut impl IdSource,
        now: DateTime<Utc>,
    ) -> OkrSet {
        let length = self.cycle.end - self.cycle.start;
        let start = self.cycle.end.succ_opt().unwrap_or(self.cycle.end);
        let next = Cycle {
            start,
            end: start.checked_add_signed(length).unwrap_or(start),
        };
        // Past the last year a set may hold, the team sets the dates itself.
        let cycle = if next.end.year() <= super::validate::MAX_YEAR {
            next
        } else {
            self.cycle
        };
        let name = super::validate::clean_line(name, super::validate::MAX_NAME_CHARS);
        let mut next = OkrSet::new(ids.next_id(), &name, &self.team, cycle, now);
        next.vocabulary = self.vocabulary.clone();
        next.count_rule = self.count_rule;
        next.why = self.why.clone();
        // The team keeps its rhythm from one cycle to the next.
        next.rituals = self.rituals;
        next.previous = Some(PreviousCycle {
            id: self.id.clone(),
            name: self.name.clone(),
        });
        next.objectives = self
            .objectives
            .iter()
            .filter(|o| keep.contains(&o.id))
            .map(|o| {
                let mut objective = o.clone();
                objective.id = ids.next_id();
                objective.retro = Retro::default();
                for kr in &mut objective.key_results {
                    kr.id = ids.next_id();
                    if let (Some(last), true) = (kr.last_check_in(), kr.kind.has_baseline()) {
                        kr.baseline = Some(last.value);
                    }
                    kr.check_ins.clear();
                    if kr.kind == KrKind::Milestone {
                        kr.baseline = None;
                    }
                }
                objective
            })
            .collect();
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::CountingIds;
    use crate::domain::model::{CheckIn, Confidence, KeyResult, Objective};
    use chrono::NaiveDate;

    #[test]
    fn the_next_cycle_keeps_the_chosen_objectives_fresh_and_linked() {
        let now = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
        let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let mut set = OkrSet::new(
            Id::new("s"),
            "T1",
            "Support",
            Cycle::quarter_from(start),
            now,
        );
        set.count_rule.max_objectives = 2;
        set.rituals.check_ins = Some(crate::domain::rituals::Rhythm::EveryTwoWeeks);
        let mut kr = KeyResult {
            kind: KrKind::Decrease,
            baseline: Some(48.0),
            target: Some(24.0),
            ..KeyResult::new(Id::new("k"))
        };
        kr.check_ins.push(CheckIn {
            id: Id::new("c"),
            date: start,
            value: 30.0,
            confidence: Confidence::Confident,
            note: String::new(),
        });
        let mut kept = Objective {
            title: "Garder".into(),
            key_results: vec![kr],
            ..Objective::new(Id::new("o1"))
        };
        kept.retro.learned = "Beaucoup".into();
        set.objectives = vec![
            kept,
            Objective {
                title: "Laisser".into(),
                ..Objective::new(Id::new("o2"))
            },
        ];
        set.closed = Some(now);

        let next = set.next_cycle(
            "T2",
            &[Id::new("o1")],
            &mut CountingIds::with_prefix("n"),
            now,
        );
        assert_eq!(next.team, "Support");
        assert_eq!(next.count_rule.max_objectives, 2);
        assert_eq!(next.rituals, set.rituals, "the team keeps its rhythm");
        assert_eq!(
            next.cycle.start,
            NaiveDate::from_ymd_opt(2027, 4, 1).unwrap()
        );
        assert_eq!(
            next.cycle.end - next.cycle.start,
            set.cycle.end - set.cycle.start
        );
        assert_eq!(
            next.previous,
            Some(PreviousCycle {
                id: Id::new("s"),
                name: "T1".into()
            })
        );
        assert!(!next.is_closed() && next.launch.is_none());
        assert_eq!(next.objectives.len(), 1);
        let o = &next.objectives[0];
        assert_eq!((o.title.as_str(), o.retro.learned.as_str()), ("Garder", ""));
        assert_ne!(o.id, Id::new("o1"));
        let kr = &o.key_results[0];
        assert_eq!(
            (kr.baseline, kr.target, kr.check_ins.len()),
            (Some(30.0), Some(24.0), 0)
        );
        assert_ne!(kr.id, Id::new("k"));
    }
}
