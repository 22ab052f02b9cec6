//! Coaching: rules that read a draft the way an experienced OKR coach would, and a plan
//! score. Findings advise; they never block. Each says which rule fired, how much it
//! matters and which item it points at; the catalogue words the message.
//!
//! Titles are read in their own language (`title_language`): a team writes in its own
//! words whatever the UI's, and "plan" opens a task in English but names a plan in French.

mod by_item;
mod key_results;
mod objectives;
mod rewrite;
mod task_words;
mod text;
mod title_language;

use super::id::Id;
use super::language::Lang;
use super::model::{CountRule, Objective, OkrSet};
pub use by_item::{by_item, Field, ItemFindings};
use objectives::review_objective;
pub use objectives::OBJECTIVE_MAX_WORDS;
pub use rewrite::{suggest_rewrite, Rewrite, Wording};
pub(crate) use text::plain_into;
pub use title_language::title_language;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// A numeric key result with no target: how will the team know?
    KrWithoutNumber,
    /// An increase or decrease with a target and no baseline: a single number says where
    /// to go, not from where, and progress cannot be read without both.
    KrWithoutBaseline,
    /// Reads as a task, in the title's own language: it opens with a task verb ("mettre à
    /// jour…", "launch…") or an action named as a noun ("mise en place de…", "launch
    /// of…") and says nothing of what changes. An activity, not an outcome.
    KrStartsWithTaskVerb,
    KrBaselineEqualsTarget,
    /// A "decrease" whose target is above its baseline, or the reverse.
    KrDirectionContradictsKind,
    KrMissingUnit,
    KrDuplicate,
    ObjectiveHasNumber,
    ObjectiveTooLong,
    ObjectiveGeneric,
    ObjectiveWithoutKr,
    TooManyObjectives,
    TooManyKeyResults,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Worth a second look.
    Advice,
    /// Likely to make the OKR fail its purpose.
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Set,
    Objective(Id),
    KeyResult(Id),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Finding {
    pub rule: Rule,
    pub target: Target,
}

impl Rule {
    /// Every rule, in the order findings are listed: the catalogue is checked against it.
    pub const ALL: [Rule; 13] = [
        Rule::KrWithoutNumber,
        Rule::KrWithoutBaseline,
        Rule::KrStartsWithTaskVerb,
        Rule::KrBaselineEqualsTarget,
        Rule::KrDirectionContradictsKind,
        Rule::KrMissingUnit,
        Rule::KrDuplicate,
        Rule::ObjectiveHasNumber,
        Rule::ObjectiveTooLong,
        Rule::ObjectiveGeneric,
        Rule::ObjectiveWithoutKr,
        Rule::TooManyObjectives,
        Rule::TooManyKeyResults,
    ];

    /// A stable name for the page (`data-rule`), which tests select by: never `Debug`,
    /// which would change with a renamed variant.
    pub fn key(self) -> &'static str {
        match self {
            Rule::KrWithoutNumber => "KrWithoutNumber",
            Rule::KrWithoutBaseline => "KrWithoutBaseline",
            Rule::KrStartsWithTaskVerb => "KrStartsWithTaskVerb",
            Rule::KrBaselineEqualsTarget => "KrBaselineEqualsTarget",
            Rule::KrDirectionContradictsKind => "KrDirectionContradictsKind",
            Rule::KrMissingUnit => "KrMissingUnit",
            Rule::KrDuplicate => "KrDuplicate",
            Rule::ObjectiveHasNumber => "ObjectiveHasNumber",
            Rule::ObjectiveTooLong => "ObjectiveTooLong",
            Rule::ObjectiveGeneric => "ObjectiveGeneric",
            Rule::ObjectiveWithoutKr => "ObjectiveWithoutKr",
            Rule::TooManyObjectives => "TooManyObjectives",
            Rule::TooManyKeyResults => "TooManyKeyResults",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Rule::KrMissingUnit
            | Rule::ObjectiveHasNumber
            | Rule::ObjectiveTooLong
            | Rule::ObjectiveGeneric => Severity::Advice,
            _ => Severity::Warning,
        }
    }
}

/// Every finding on a set, in the order of the page: the set, then each objective with
/// its key results. `lang` (the UI's) is the language a title is read in when neither its
/// own words nor its objective's tell.
pub fn review(set: &OkrSet, lang: Lang) -> Vec<Finding> {
    let mut findings = review_set_level(set.objectives.len(), set.count_rule);
    for objective in &set.objectives {
        review_objective(
            objective,
            set.count_rule.max_key_results as usize,
            lang,
            &mut findings,
        );
    }
    findings
}

/// The findings on the set as a whole (the count of objectives): `review` is these, then
/// `review_one_objective` of each objective in order, so a shell can keep one per objective
/// and recompute only the objective that changed.
pub fn review_set_level(objectives: usize, rule: CountRule) -> Vec<Finding> {
    if objectives > rule.max_objectives as usize {
        vec![Finding {
            rule: Rule::TooManyObjectives,
            target: Target::Set,
        }]
    } else {
        Vec::new()
    }
}

/// The findings on one objective and its key results (`lang` as for `review`).
pub fn review_one_objective(objective: &Objective, rule: CountRule, lang: Lang) -> Vec<Finding> {
    let mut findings = Vec::new();
    review_objective(
        objective,
        rule.max_key_results as usize,
        lang,
        &mut findings,
    );
    findings
}

/// How many warnings and pieces of advice: (warnings, advice).
pub fn tally(findings: &[Finding]) -> (usize, usize) {
    let warnings = findings
        .iter()
        .filter(|f| f.rule.severity() == Severity::Warning)
        .count();
    (warnings, findings.len() - warnings)
}

/// Plan score, from 0 to 100: a draft starts at 100 and loses 15 points per warning and 5
/// per piece of advice, down to 0. A set with no objective scores 0: there is no plan yet.
pub fn plan_score(set: &OkrSet, findings: &[Finding]) -> u8 {
    if set.objectives.is_empty() {
        return 0;
    }
    let lost: u32 = findings
        .iter()
        .map(|f| match f.rule.severity() {
            Severity::Warning => 15,
            Severity::Advice => 5,
        })
        .sum();
    100u32.saturating_sub(lost) as u8
}

#[cfg(test)]
mod tests;
