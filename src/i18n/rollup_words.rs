//! The sentences of progress that rolls up and of figures "as of" (issue 16): a reference
//! objective's rolled-up figure in words, the date figures are as of, a past meeting's
//! figures of its day. In the team's words, in each language (`fr_rollup`, `en_rollup`).

use super::Catalogue;
use crate::domain::rollup::Rollup;
use crate::domain::vocabulary::Terms;
use chrono::NaiveDate;

pub trait RollupWords {
    /// Beside a reference objective's rolled-up figure: from how many team objectives, as
    /// of when, and those not started or from another cycle; or that nobody serves it.
    fn rollup_line(&self, t: &Terms, rollup: &Rollup) -> String;
    /// How the rollup is counted, once per overview: several links, cycles, not started.
    fn rollup_help(&self, t: &Terms) -> String;
    /// A reference set's home card: "Personne ne contribue encore à 1 objectif sur 3".
    fn nobody_serves_count(&self, t: &Terms, nobody: usize, total: usize) -> String;
    /// "Chiffres au 2 déc. 2026", or that there is no figure yet.
    fn figures_as_of(&self, as_of: Option<NaiveDate>) -> String;
    /// The print sheet's line: the figures' date and the day it was printed.
    fn printed_as_of(&self, as_of: Option<NaiveDate>, today: NaiveDate) -> String;
}

/// One key result in a past meeting, from each language's pieces: "Délai : 36 h (12 janv.
/// 2027) · 50 %".
pub fn meeting_figure(
    t: &dyn Catalogue,
    title: &str,
    value: &str,
    measured: NaiveDate,
    percent: Option<i64>,
) -> String {
    let line = format!("{} ({})", t.labelled(title, value), t.date(measured));
    match percent {
        Some(p) => format!("{line} · {}", t.percent(p)),
        None => line,
    }
}
