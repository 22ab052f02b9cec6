//! Sets written as CSV for spreadsheets: one row per key result (with its objective, kind,
//! figures, latest value, progress and status), and the check-ins in a second file, one
//! row each. French Excel opens them as they are: ";" between cells, a decimal comma, and
//! UTF-8 announced by its byte-order mark; English files use "," and ".".
//!
//! CSV injection: a text cell that starts with "=", "+", "-", "@" (or a tab or carriage
//! return, or their full-width forms) gets an apostrophe in front, so a spreadsheet shows
//! it and never runs it. Numbers Boussole writes itself from its own figures ("-30" in a
//! number column) stay numbers: a formatted `f64` cannot carry a formula, and the sheet
//! must be able to sum them. Reading a file back takes that apostrophe away (`unescape`).

use super::columns::Column;
use crate::domain::language::Lang;
use crate::domain::model::{Confidence, KrKind, OkrSet};
use crate::domain::number::format_decimal;
use crate::domain::progress::{
    key_result_progress, key_result_status, percent, status_day, Status,
};
use crate::domain::rollup::Rollup;
use crate::domain::set_figures::SetFigures;
use chrono::NaiveDate;
use std::borrow::Cow;

/// Column titles beyond what a key result is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    Set,
    Latest,
    Progress,
    Status,
    Date,
    Value,
    Confidence,
    Note,
}

impl Header {
    pub const ALL: [Header; 8] = [
        Header::Set,
        Header::Latest,
        Header::Progress,
        Header::Status,
        Header::Date,
        Header::Value,
        Header::Confidence,
        Header::Note,
    ];
}

/// The words a file is written with: the UI's language and the team's words. The shell
/// builds it from the catalogue; the domain only lays out the cells.
pub trait SheetLabels {
    fn lang(&self) -> Lang;
    /// The title of a key result's column (objective, key result, kind, figures, unit).
    fn column(&self, column: Column) -> String;
    fn header(&self, header: Header) -> String;
    fn kind(&self, kind: KrKind) -> String;
    fn status(&self, status: Status) -> String;
    fn confidence(&self, confidence: Confidence) -> String;
    /// A milestone's value in words: reached or not yet.
    fn milestone(&self, reached: bool) -> String;
    /// A reference objective's rolled-up figure in words: from how many team objectives,
    /// as of when, or that nobody serves it.
    fn rollup(&self, rollup: &Rollup) -> String;
}

/// The separator each language's spreadsheets expect.
pub fn separator(lang: Lang) -> u8 {
    match lang {
        Lang::Fr => b';',
        Lang::En => b',',
    }
}

fn starts_dangerously(text: &str) -> bool {
    text.trim_start_matches(' ').starts_with([
        '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
    ])
}

/// Whether a text cell needs the apostrophe: it would start a formula, or it already
/// starts with an apostrophe before one (so reading back removes exactly one).
fn needs_escape(text: &str) -> bool {
    starts_dangerously(text) || text.strip_prefix('\'').is_some_and(needs_escape)
}

/// A text cell as written: never a formula for a spreadsheet.
pub fn escape(text: &str) -> Cow<'_, str> {
    if needs_escape(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A text cell as read back: the apostrophe `escape` added is taken away.
pub fn unescape(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_escape(rest) => rest,
        _ => text,
    }
}

/// One field as RFC 4180 writes it: quoted when it holds the separator, a quote or a line
/// break, its quotes doubled. Written here rather than by csv's `Writer`: csv-core picks its
/// quoting at run time, and its "non-numeric" style links core's float and i128 parsers
/// (about 15 KiB of wasm) for a style this never uses. The csv reader reads it back (tested).
fn push_field(out: &mut String, field: &str, separator: char) {
    if field.contains([separator, '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// A header row's titles as written: the team's words among them are typed by the team,
/// so they are text cells like any other.
fn escaped(header: Vec<String>) -> Vec<String> {
    header
        .into_iter()
        .map(|title| escape(&title).into_owned())
        .collect()
}

/// Lays rows out as one CSV text, byte-order mark first; every row as wide as the first,
/// each ended by CR LF.
fn csv_text(lang: Lang, rows: Vec<Vec<String>>) -> String {
    let separator = char::from(separator(lang));
    let width = rows.first().map_or(0, Vec::len);
    let mut out = String::from("\u{feff}");
    for row in rows {
        for i in 0..width {
            if i > 0 {
                out.push(separator);
            }
            push_field(&mut out, row.get(i).map_or("", String::as_str), separator);
        }
        out.push_str("\r\n");
    }
    out
}

/// The key results' file: one row per key result, and one per objective without any.
/// `with_set` adds a first column naming each row's set (the workspace's file). Latest
/// value, progress and status follow `status_day`: empty for a draft, as the screens
/// leave them, and for a closed set as it stood the day it was closed.
///
/// A reference objective (`set_figures`) gets a row of its own first, with its rolled-up
/// progress and, as its status, the rollup's words; its key results' rows carry no
/// progress or status, as they are not its measure. Read back, that row and the rows
/// below it make one objective, as consecutive rows naming it do.
pub fn key_results_csv(
    sets: &[(&OkrSet, &SetFigures)],
    labels: &dyn SheetLabels,
    today: NaiveDate,
    with_set: bool,
) -> String {
    let lang = labels.lang();
    let number = |v: Option<f64>| v.map(|v| format_decimal(v, lang)).unwrap_or_default();
    let mut header: Vec<String> = Vec::new();
    if with_set {
        header.push(labels.header(Header::Set));
    }
    header.extend(Column::ALL[..6].iter().map(|c| labels.column(*c)));
    header.extend([Header::Latest, Header::Progress, Header::Status].map(|h| labels.header(h)));
    let mut rows = vec![escaped(header)];
    for (set, figures) in sets {
        for (i, objective) in set.objectives.iter().enumerate() {
            let lead = |rows: &mut Vec<Vec<String>>| {
                let mut row = Vec::new();
                if with_set {
                    row.push(escape(&set.name).into_owned());
                }
                row.push(escape(&objective.title).into_owned());
                rows.push(row);
            };
            let rollup = figures.rollup(i);
            if let Some(r) = rollup {
                lead(&mut rows);
                if let Some(row) = rows.last_mut() {
                    row.extend(std::iter::repeat_n(String::new(), 6));
                    row.push(
                        r.progress
                            .map(|p| percent(p).to_string())
                            .unwrap_or_default(),
                    );
                    row.push(escape(&labels.rollup(r)).into_owned());
                }
            } else if objective.key_results.is_empty() {
                lead(&mut rows);
            }
            for kr in &objective.key_results {
                lead(&mut rows);
                // A draft's figures and status are empty, as every screen leaves them:
                // nothing is measured or due before launch.
                let day = status_day(set, today);
                let latest = kr
                    .last_check_in()
                    .filter(|_| day.is_some())
                    .map(|c| c.value);
                let latest = match (kr.kind, latest) {
                    (KrKind::Milestone, Some(v)) => {
                        escape(&labels.milestone(crate::domain::model::milestone::reached(v)))
                            .into_owned()
                    }
                    (_, v) => number(v),
                };
                let (progress, status) = match (rollup, day) {
                    (None, Some(day)) => (
                        key_result_progress(kr).map(|p| percent(p).to_string()),
                        labels.status(key_result_status(kr, set.cycle, day)),
                    ),
                    _ => (None, String::new()),
                };
                if let Some(row) = rows.last_mut() {
                    row.extend([
                        escape(&kr.title).into_owned(),
                        escape(&labels.kind(kr.kind)).into_owned(),
                        number(kr.baseline),
                        number(kr.target),
                        escape(&kr.unit).into_owned(),
                        latest,
                        progress.unwrap_or_default(),
                        escape(&status).into_owned(),
                    ]);
                }
            }
        }
    }
    csv_text(lang, rows)
}

/// The check-ins' file: one row per check-in, with its objective and key result.
pub fn check_ins_csv(sets: &[&OkrSet], labels: &dyn SheetLabels, with_set: bool) -> String {
    let lang = labels.lang();
    let mut header: Vec<String> = Vec::new();
    if with_set {
        header.push(labels.header(Header::Set));
    }
    header.push(labels.column(Column::Objective));
    header.push(labels.column(Column::KeyResult));
    header.extend(
        [
            Header::Date,
            Header::Value,
            Header::Confidence,
            Header::Note,
        ]
        .map(|h| labels.header(h)),
    );
    let mut rows = vec![escaped(header)];
    for set in sets {
        for objective in &set.objectives {
            for kr in &objective.key_results {
                for check_in in &kr.check_ins {
                    let mut row = Vec::new();
                    if with_set {
                        row.push(escape(&set.name).into_owned());
                    }
                    let value = if kr.kind == KrKind::Milestone {
                        escape(&labels.milestone(check_in.is_done())).into_owned()
                    } else {
                        format_decimal(check_in.value, lang)
                    };
                    row.extend([
                        escape(&objective.title).into_owned(),
                        escape(&kr.title).into_owned(),
                        check_in.date.to_string(),
                        value,
                        escape(&labels.confidence(check_in.confidence)).into_owned(),
                        escape(&check_in.note).into_owned(),
                    ]);
                    rows.push(row);
                }
            }
        }
    }
    csv_text(lang, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_never_written_as_formulas() {
        for (text, written) in [
            ("=HYPERLINK(\"page-x\")", "'=HYPERLINK(\"page-x\")"),
            ("+cmd", "'+cmd"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("  =1+1", "'  =1+1"),
            ("\u{ff1d}1+1", "'\u{ff1d}1+1"),
            ("'=x", "''=x"),
            ("Livrer plus vite", "Livrer plus vite"),
            ("'citation'", "'citation'"),
            ("", ""),
        ] {
            assert_eq!(escape(text), written, "{text}");
            assert_eq!(unescape(&escape(text)), text, "{text}");
        }
    }

    proptest! {
        #[test]
        fn unescape_undoes_escape(text in ".{0,20}", lead in prop::sample::select(vec!["", "'", "''", "=", "'=", " -", "@"])) {
            let text = format!("{lead}{text}");
            let written = escape(&text);
            prop_assert!(!starts_dangerously(&written), "{:?}", written);
            prop_assert_eq!(unescape(&written), text.as_str());
        }
    }
}
