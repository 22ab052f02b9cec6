//! A set written out as plain text, in its own words: the mail body and the clipboard.

use super::{Catalogue, Msg};
use crate::domain::language::Lang;

/// A set as plain text, for an email body or the clipboard: its details, its why, every
/// objective and key result in its own words, and how to open the attached file.
pub fn digest(t: &dyn Catalogue, set: &crate::domain::model::OkrSet, lang: Lang) -> String {
    let terms = set.vocabulary.terms(lang);
    let mut lines = vec![set.name.clone()];
    let mut details = Vec::new();
    if !set.team.trim().is_empty() {
        details.push(set.team.clone());
    }
    details.push(t.cycle(set.cycle.start, set.cycle.end));
    lines.push(details.join(" · "));
    // The figures below are as of the latest check-in; the mail itself carries its date.
    let as_of = crate::domain::rollup::set_as_of(set);
    if set.launch.is_some() || as_of.is_some() {
        lines.push(t.figures_as_of(as_of));
    }
    if !set.why.narrative.trim().is_empty() {
        lines.push(String::new());
        lines.push(t.text(Msg::DigestWhy).to_owned());
        lines.push(set.why.narrative.trim().to_owned());
    }
    for (i, objective) in set.objectives.iter().enumerate() {
        lines.push(String::new());
        let mut heading = t.labelled(&t.objective_heading(&terms, i + 1), &objective.title);
        if let Some(p) =
            crate::domain::progress::objective_progress(objective).filter(|_| set.launch.is_some())
        {
            heading = format!(
                "{heading} ({})",
                t.percent(crate::domain::progress::percent(p))
            );
        }
        lines.push(heading);
        for kr in &objective.key_results {
            let mut line = format!("  • {} — {}", kr.title, t.kr_goal(kr));
            if let Some(p) = crate::domain::progress::key_result_progress(kr) {
                line = format!(
                    "{line} · {}",
                    t.labelled(
                        t.text(Msg::Progress),
                        &t.percent(crate::domain::progress::percent(p))
                    )
                );
            }
            lines.push(line);
        }
    }
    lines.push(String::new());
    lines.push(t.text(Msg::DigestHowToOpen).to_owned());
    lines.join("\n")
}
