//! The rules on one objective: short, specific, without figures, with key results.

use super::key_results::review_key_result;
use super::text::fold;
use super::title_language::Title;
use super::{Finding, Rule, Target};
use crate::domain::language::Lang;
use crate::domain::model::Objective;
use crate::domain::words::count_words;

/// An objective longer than this reads as a paragraph, not a direction.
pub const OBJECTIVE_MAX_WORDS: usize = 15;

/// Phrases that could head any company's OKRs, and so steer none.
const GENERIC_PHRASES: &[&str] = &[
    "être le meilleur",
    "être la meilleure",
    "être les meilleurs",
    "leader du marché",
    "numéro un",
    "numéro 1",
    "n°1",
    "excellence opérationnelle",
    "be the best",
    "market leader",
    "number one",
    "world class",
    "world-class",
    "best in class",
    "best-in-class",
];

/// Each key result's title, read once.
pub(super) fn key_result_titles(objective: &Objective) -> Vec<Title<'_>> {
    objective
        .key_results
        .iter()
        .map(|kr| Title::read(&kr.title))
        .collect()
}

/// The language a key result whose title does not tell its own is read in: its
/// objective's, from the signs of all its titles together (`titles`, its key results'
/// read once), else `fallback` (the UI's).
pub(super) fn objective_language(objective: &Objective, titles: &[Title], fallback: Lang) -> Lang {
    titles
        .iter()
        .fold(Title::read(&objective.title).signs, |all, t| all + t.signs)
        .language()
        .unwrap_or(fallback)
}

pub(super) fn review_objective(
    objective: &Objective,
    max_key_results: usize,
    lang: Lang,
    findings: &mut Vec<Finding>,
) {
    let mut flag = |rule| {
        findings.push(Finding {
            rule,
            target: Target::Objective(objective.id.clone()),
        })
    };
    let title = fold(&objective.title);
    if title.chars().any(|c| c.is_ascii_digit()) {
        flag(Rule::ObjectiveHasNumber);
    }
    if count_words(&objective.title) > OBJECTIVE_MAX_WORDS {
        flag(Rule::ObjectiveTooLong);
    }
    if GENERIC_PHRASES.iter().any(|phrase| title.contains(phrase)) {
        flag(Rule::ObjectiveGeneric);
    }
    if objective.key_results.is_empty() {
        flag(Rule::ObjectiveWithoutKr);
    }
    if objective.key_results.len() > max_key_results {
        flag(Rule::TooManyKeyResults);
    }
    let titles = key_result_titles(objective);
    let lang = objective_language(objective, &titles, lang);
    let mut seen: Vec<String> = Vec::new();
    for (kr, read) in objective.key_results.iter().zip(&titles) {
        review_key_result(kr, read, lang, findings);
        if crate::domain::visible::is_blank(&kr.title) {
            continue;
        }
        let title = fold(&kr.title);
        if seen.contains(&title) {
            findings.push(Finding {
                rule: Rule::KrDuplicate,
                target: Target::KeyResult(kr.id.clone()),
            });
        } else {
            seen.push(title);
        }
    }
}
