//! The rules on one key result: a result rather than a task, numbers that read, a unit.

use super::task_words::starts_with_task_verb;
use super::{Finding, Rule, Target};
use crate::domain::model::{KeyResult, KrKind};

pub(super) fn review_key_result(kr: &KeyResult, findings: &mut Vec<Finding>) {
    let mut flag = |rule| {
        findings.push(Finding {
            rule,
            target: Target::KeyResult(kr.id.clone()),
        })
    };
    if starts_with_task_verb(&kr.title) {
        flag(Rule::KrStartsWithTaskVerb);
    }
    if !kr.kind.is_numeric() {
        return;
    }
    let Some(target) = kr.target else {
        flag(Rule::KrWithoutNumber);
        return;
    };
    if kr.kind.has_baseline() {
        if let Some(baseline) = kr.baseline {
            if baseline == target {
                flag(Rule::KrBaselineEqualsTarget);
            } else if (kr.kind == KrKind::Increase) != (target > baseline) {
                flag(Rule::KrDirectionContradictsKind);
            }
        }
    }
    if kr.unit.trim().is_empty() {
        flag(Rule::KrMissingUnit);
    }
}
