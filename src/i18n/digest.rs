//! A set written out as plain text, in its own words: the mail body and the clipboard.

use super::{Catalogue, Msg};
use crate::domain::language::Lang;
use crate::domain::progress::percent;
use crate::domain::set_figures::SetFigures;

/// A set as plain text, for an email body or the clipboard: its details, its why, every
/// objective and key result in its own words, and how to open the attached file. Its
/// figures are `figures` (`domain::set_figures`): a reference objective reads its rollup
/// and the words saying from whom and as of when, its own key results no progress.
pub fn digest(
    t: &dyn Catalogue,
    set: &crate::domain::model::OkrSet,
    figures: &SetFigures,
    lang: Lang,
) -> String {
    let terms = set.vocabulary.terms(lang);
    let mut lines = vec![set.name.clone()];
    let mut details = Vec::new();
    if !set.team.trim().is_empty() {
        details.push(set.team.clone());
    }
    details.push(t.cycle(set.cycle.start, set.cycle.end));
    lines.push(details.join(" · "));
    // The figures below are as of the latest check-in they include; the mail itself
    // carries its date.
    if figures.dated || figures.as_of.is_some() {
        lines.push(t.figures_as_of(figures.as_of));
    }
    if !set.why.narrative.trim().is_empty() {
        lines.push(String::new());
        lines.push(t.text(Msg::DigestWhy).to_owned());
        lines.push(set.why.narrative.trim().to_owned());
    }
    for (i, objective) in set.objectives.iter().enumerate() {
        lines.push(String::new());
        let mut heading = t.labelled(&t.objective_heading(&terms, i + 1), &objective.title);
        let figure = figures.objective(i);
        let rollup = figure.and_then(|f| f.rollup());
        // A team objective's own progress once launched; a reference objective's rollup.
        let progress = figure
            .filter(|_| set.launch.is_some() || rollup.is_some())
            .and_then(|f| f.progress());
        if let Some(p) = progress {
            heading = format!("{heading} ({})", t.percent(percent(p)));
        }
        lines.push(heading);
        if let Some(r) = rollup {
            let words = t.rollup_line(&terms, r);
            lines.push(if r.nobody() {
                format!("  ⚠ {words}")
            } else {
                format!("  {words}")
            });
        }
        for kr in &objective.key_results {
            let mut line = format!("  • {} — {}", kr.title, t.kr_goal(kr));
            if let Some(p) = figures.key_result(i, kr).and_then(|k| k.progress) {
                line = format!(
                    "{line} · {}",
                    t.labelled(t.text(Msg::Progress), &t.percent(percent(p)))
                );
            }
            lines.push(line);
        }
    }
    lines.push(String::new());
    lines.push(t.text(Msg::DigestHowToOpen).to_owned());
    lines.join("\n")
}

#[cfg(test)]
#[path = "digest_tests.rs"]
mod tests;
