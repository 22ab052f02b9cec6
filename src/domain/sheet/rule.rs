//! What a preview would take past the team's count rule (`CountRule`, 3 × 3 by default).
//! The rule is the method's coaching, not a limit: the draft's review warns of it and lets
//! the team go on (`coaching::Rule::TooManyObjectives`, `TooManyKeyResults`), so the
//! preview says it the same way and still lets the user create. The file limits are
//! `Blocker`s instead.

use super::preview::Preview;
use crate::domain::model::CountRule;
use crate::domain::visible::Excerpt;

/// One way the set would go past its count rule once the preview is created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PastRule {
    /// The set would hold `existing + adding` objectives, more than the rule's `max`.
    Objectives {
        adding: usize,
        existing: usize,
        max: usize,
    },
    /// One objective to create would hold `count` key results, more than the rule's `max`.
    KeyResults {
        objective: Excerpt,
        row: usize,
        count: usize,
        max: usize,
    },
}

impl PastRule {
    /// How many more than the rule allows.
    pub fn over(&self) -> usize {
        match self {
            PastRule::Objectives {
                adding,
                existing,
                max,
            } => (existing + adding).saturating_sub(*max),
            PastRule::KeyResults { count, max, .. } => count.saturating_sub(*max),
        }
    }
}

/// Where creating `preview` in a set that has `existing` objectives would go past `rule`:
/// the set's objectives first, then each objective to create with too many key results,
/// in the sheet's order. Nothing when the preview is blocked (its blocker says enough) or
/// adds no objective.
pub fn past_rule(preview: &Preview, existing: usize, rule: CountRule) -> Vec<PastRule> {
    if preview.blocker.is_some() || preview.objectives.is_empty() {
        return Vec::new();
    }
    let max_objectives = rule.max_objectives as usize;
    let max_key_results = rule.max_key_results as usize;
    let adding = preview.objectives.len();
    let objectives = (existing + adding > max_objectives).then_some(PastRule::Objectives {
        adding,
        existing,
        max: max_objectives,
    });
    let key_results = preview
        .objectives
        .iter()
        .filter(|o| o.key_results.len() > max_key_results)
        .map(|o| PastRule::KeyResults {
            objective: Excerpt::of(&o.title),
            row: o.row,
            count: o.key_results.len(),
            max: max_key_results,
        });
    objectives.into_iter().chain(key_results).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::CountingIds;
    use crate::domain::language::Lang;
    use crate::domain::sheet::tests::set_with;
    use crate::domain::sheet::{guess, preview, read_table};
    use proptest::prelude::*;

    const RULE: CountRule = CountRule {
        max_objectives: 3,
        max_key_results: 3,
    };

    /// `counts[i]` key results under objective i, as a sheet lays them out.
    fn sheet(counts: &[usize]) -> Preview {
        let mut text = String::from("Objectif\tRésultat clé\n");
        for (i, n) in counts.iter().enumerate() {
            text.push_str(&format!("Objectif {i}\t"));
            if *n == 0 {
                text.push('\n');
            }
            for k in 0..*n {
                let lead = if k == 0 { "" } else { "\t" };
                text.push_str(&format!("{lead}Résultat {i}.{k}\n"));
            }
        }
        let table = read_table(&text).unwrap();
        let mapping = guess(&table.rows[0], table.width(), &[]);
        preview(&table, &mapping, 0, Lang::Fr)
    }

    #[test]
    fn too_many_key_results_under_one_objective_is_said_and_not_blocked() {
        let p = sheet(&[4, 1]);
        assert_eq!(p.blocker, None);
        let past = past_rule(&p, 0, RULE);
        assert_eq!(
            past,
            [PastRule::KeyResults {
                objective: Excerpt::of("Objectif 0"),
                row: 2,
                count: 4,
                max: 3
            }]
        );
        assert_eq!(past[0].over(), 1);
        // Coaching, not a limit: confirming still creates everything.
        let mut set = set_with(vec![]);
        assert_eq!(
            set.add_from_sheet(&p, &mut CountingIds::with_prefix("n"))
                .len(),
            2
        );
        assert_eq!(set.objectives[0].key_results.len(), 4);
    }

    #[test]
    fn too_many_objectives_counts_those_already_in_the_set() {
        let p = sheet(&[1; 7]);
        let past = past_rule(&p, 0, RULE);
        assert_eq!(
            past,
            [PastRule::Objectives {
                adding: 7,
                existing: 0,
                max: 3
            }]
        );
        assert_eq!(past[0].over(), 4);
        let two = sheet(&[2, 2]);
        assert_eq!(past_rule(&two, 1, RULE), []);
        assert_eq!(past_rule(&two, 2, RULE)[0].over(), 1);
        let rule = CountRule {
            max_objectives: 2,
            max_key_results: 2,
        };
        assert_eq!(past_rule(&two, 0, rule), []);
        // A blocked preview says its blocker only.
        let blocked = Preview {
            blocker: Some(super::super::Blocker::NothingToCreate),
            ..sheet(&[5; 5])
        };
        assert_eq!(past_rule(&blocked, 0, RULE), []);
    }

    proptest! {
        /// The objectives are said past the rule exactly when the set would hold more than
        /// it says, and exactly the objectives with too many key results are named, in order.
        #[test]
        fn said_exactly_when_past_the_rule(
            counts in prop::collection::vec(0usize..6, 1..8),
            existing in 0usize..6,
            max_objectives in 1u32..=10,
            max_key_results in 1u32..=10,
        ) {
            let rule = CountRule { max_objectives, max_key_results };
            let p = sheet(&counts);
            let past = past_rule(&p, existing, rule);
            let over_objectives = existing + counts.len() > max_objectives as usize;
            prop_assert_eq!(
                matches!(past.first(), Some(PastRule::Objectives { .. })),
                over_objectives
            );
            let named: Vec<usize> = past
                .iter()
                .filter_map(|r| match r {
                    PastRule::KeyResults { count, .. } => Some(*count),
                    PastRule::Objectives { .. } => None,
                })
                .collect();
            let expected: Vec<usize> = counts
                .iter()
                .copied()
                .filter(|n| *n > max_key_results as usize)
                .collect();
            prop_assert_eq!(named, expected);
            prop_assert!(past.iter().all(|r| r.over() > 0));
        }
    }
}
