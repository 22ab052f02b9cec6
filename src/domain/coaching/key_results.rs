//! The rules on one key result: a result rather than a task, numbers that read from a
//! baseline to a target, a unit.

use super::task_words::reads_as_task;
use super::title_language::Title;
use super::{Finding, Rule, Target};
use crate::domain::language::Lang;
use crate::domain::model::{KeyResult, KrKind};

/// The findings on one key result; its title (`title`, read once) is read in its own
/// language, or in `lang` (its objective's, else the UI's) when its words do not tell.
pub(super) fn review_key_result(
    kr: &KeyResult,
    title: &Title,
    lang: Lang,
    findings: &mut Vec<Finding>,
) {
    let mut flag = |rule| {
        findings.push(Finding {
            rule,
            target: Target::KeyResult(kr.id.clone()),
        })
    };
    if reads_as_task(title, title.signs.language().unwrap_or(lang)) {
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
        match kr.baseline {
            // "→ 95 %": where to go, not from where; progress reads neither.
            None => flag(Rule::KrWithoutBaseline),
            Some(baseline) if baseline == target => flag(Rule::KrBaselineEqualsTarget),
            Some(baseline) if (kr.kind == KrKind::Increase) != (target > baseline) => {
                flag(Rule::KrDirectionContradictsKind)
            }
            Some(_) => {}
        }
    }
    if crate::domain::visible::is_blank(&kr.unit) {
        flag(Rule::KrMissingUnit);
    }
}
