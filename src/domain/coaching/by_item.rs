//! Findings item by item, as a list that sends the user to each item says them: which
//! item, what is found on it, and which of its fields to go to.

use super::{Finding, Rule, Target};

/// The field of an item a finding is about: where the focus goes to mend it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Baseline,
    Target,
    Unit,
    /// The objective's key results: none yet, so the button that adds one.
    AddKeyResult,
    /// The team's count rule (how many objectives it allows itself).
    CountRule,
}

impl Rule {
    pub fn field(self) -> Field {
        match self {
            Rule::KrWithoutNumber | Rule::KrDirectionContradictsKind => Field::Target,
            Rule::KrWithoutBaseline | Rule::KrBaselineEqualsTarget => Field::Baseline,
            Rule::KrMissingUnit => Field::Unit,
            Rule::ObjectiveWithoutKr => Field::AddKeyResult,
            Rule::TooManyObjectives => Field::CountRule,
            Rule::KrStartsWithTaskVerb
            | Rule::KrDuplicate
            | Rule::ObjectiveHasNumber
            | Rule::ObjectiveTooLong
            | Rule::ObjectiveGeneric
            | Rule::TooManyKeyResults => Field::Title,
        }
    }
}

/// One item and what is found on it, in the order of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemFindings {
    pub target: Target,
    pub rules: Vec<Rule>,
}

impl ItemFindings {
    /// Where to send the focus: the field of the item's first warning, else of its first
    /// finding (a title that reads as a task comes before a missing unit).
    pub fn field(&self) -> Field {
        let first = |warning: bool| {
            self.rules
                .iter()
                .find(|r| !warning || r.severity() == super::Severity::Warning)
        };
        first(true)
            .or_else(|| first(false))
            .map_or(Field::Title, |r| r.field())
    }
}

/// The findings gathered by item, each item once, in the order its first finding comes
/// (`review` lists the set, then each objective followed by its key results).
pub fn by_item(findings: &[Finding]) -> Vec<ItemFindings> {
    let mut items: Vec<ItemFindings> = Vec::new();
    for finding in findings {
        match items.iter_mut().find(|i| i.target == finding.target) {
            Some(item) => item.rules.push(finding.rule),
            None => items.push(ItemFindings {
                target: finding.target.clone(),
                rules: vec![finding.rule],
            }),
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;

    fn finding(rule: Rule, target: &Target) -> Finding {
        Finding {
            rule,
            target: target.clone(),
        }
    }

    #[test]
    fn each_item_once_in_the_order_of_the_page_with_its_field() {
        let (set, o, k) = (
            Target::Set,
            Target::Objective(Id::new("o")),
            Target::KeyResult(Id::new("k")),
        );
        let findings = [
            finding(Rule::TooManyObjectives, &set),
            finding(Rule::ObjectiveHasNumber, &o),
            finding(Rule::KrMissingUnit, &k),
            finding(Rule::KrWithoutBaseline, &k),
            finding(Rule::ObjectiveGeneric, &o),
        ];
        let items = by_item(&findings);
        assert_eq!(
            items,
            [
                ItemFindings {
                    target: set,
                    rules: vec![Rule::TooManyObjectives]
                },
                ItemFindings {
                    target: o,
                    rules: vec![Rule::ObjectiveHasNumber, Rule::ObjectiveGeneric]
                },
                ItemFindings {
                    target: k,
                    rules: vec![Rule::KrMissingUnit, Rule::KrWithoutBaseline]
                },
            ]
        );
        // The warning's field before the advice's.
        let fields: Vec<Field> = items.iter().map(ItemFindings::field).collect();
        assert_eq!(fields, [Field::CountRule, Field::Title, Field::Baseline]);
        assert_eq!(by_item(&[]), []);
    }

    /// A rule about a key result's numbers sends the focus to a field a key result has,
    /// and the objective's rules to the objective's own.
    #[test]
    fn every_rule_names_a_field_of_its_kind_of_item() {
        for rule in Rule::ALL {
            let field = rule.field();
            let on_key_result = rule.key().starts_with("Kr");
            match field {
                Field::Baseline | Field::Target | Field::Unit => assert!(on_key_result),
                Field::AddKeyResult => assert_eq!(rule, Rule::ObjectiveWithoutKr),
                Field::CountRule => assert_eq!(rule, Rule::TooManyObjectives),
                Field::Title => {}
            }
        }
    }
}
