//! What a table will create, read through a mapping: objectives with their key results,
//! every cell that could not be read (with its row and column, and what was done with it),
//! and what stops the whole import (nothing to create, more than a set may hold).

use super::columns::{read_kind, Column, Mapping};
use super::number::{read_number, Measure};
use super::table::{Separator, Table};
use super::write::unescape;
use crate::domain::language::Lang;
use crate::domain::model::KrKind;
use crate::domain::number::NumberError;
use crate::domain::validate::{
    clean_line, MAX_KEY_RESULTS, MAX_OBJECTIVES, MAX_TITLE_CHARS, MAX_UNIT_CHARS,
};
use crate::domain::visible::Excerpt;

/// A key result to create, from one row.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedKr {
    /// The sheet's row number (from 1, header included).
    pub row: usize,
    pub title: String,
    pub kind: KrKind,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub unit: String,
}

/// An objective to create, from the first row that names it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedObjective {
    pub row: usize,
    pub title: String,
    pub key_results: Vec<PlannedKr>,
}

/// What is wrong with one cell, and so what was done with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A number cell that holds no number ("vingt"): left empty.
    NotANumber,
    /// A number too large for a key result: left empty.
    OutOfRange,
    /// A kind no word of which is known ("???"): `chosen` instead.
    UnknownKind { chosen: KrKind },
    /// Text that a spreadsheet would run ("=HYPERLINK(…)", "+cmd", "@SUM"): kept as
    /// plain text, which Boussole never runs.
    Formula,
    /// Longer than a set holds: cut to `max` characters.
    TooLong { max: usize },
    /// A key result before any objective is named: the row is left out.
    NoObjective,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// The sheet's row number (from 1, header included).
    pub row: usize,
    /// The column's index (from 0; shown as a letter, A for 0).
    pub column: usize,
    pub found: Excerpt,
    pub issue: Issue,
}

/// Why nothing can be created from this table as mapped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// No column is read as the objectives.
    NoObjectiveColumn,
    NothingToCreate,
    /// The set would hold more objectives than any set may.
    TooManyObjectives {
        adding: usize,
        existing: usize,
        max: usize,
    },
    /// One objective would hold more key results than any objective may.
    TooManyKeyResults {
        objective: Excerpt,
        row: usize,
        count: usize,
        max: usize,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Preview {
    pub objectives: Vec<PlannedObjective>,
    pub problems: Vec<CellProblem>,
    pub blocker: Option<Blocker>,
}

impl Preview {
    pub fn key_result_count(&self) -> usize {
        self.objectives.iter().map(|o| o.key_results.len()).sum()
    }
}

/// "A", "B", … "Z", "AA": a column's name as spreadsheets show it.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Reads the rows one by one, noting each problem where it is.
struct Reader<'a> {
    table: &'a Table,
    mapping: &'a Mapping,
    lang: Lang,
    problems: Vec<CellProblem>,
}

impl Reader<'_> {
    fn flag(&mut self, row: usize, column: usize, issue: Issue) {
        self.problems.push(CellProblem {
            row: row + 1,
            column,
            found: Excerpt::of(self.table.cell(row, column)),
            issue,
        });
    }

    fn raw(&self, row: usize, column: Column) -> (Option<usize>, &str) {
        match self.mapping.position(column) {
            Some(at) => (Some(at), self.table.cell(row, at).trim()),
            None => (None, ""),
        }
    }

    /// A text cell as a set keeps it: one line, no hidden characters, at most `max`
    /// characters; a formula is kept as text, and flagged.
    fn text(&mut self, row: usize, column: Column, max: usize) -> String {
        let (Some(at), cell) = self.raw(row, column) else {
            return String::new();
        };
        let cell = unescape(cell).to_owned();
        if cell.starts_with(['=', '+', '@']) {
            self.flag(row, at, Issue::Formula);
        }
        let one_line: String = cell
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        let kept = clean_line(one_line.trim(), max);
        if kept.chars().count() < clean_line(one_line.trim(), usize::MAX).chars().count() {
            self.flag(row, at, Issue::TooLong { max });
        }
        kept
    }

    fn number(&mut self, row: usize, column: Column) -> Option<Measure> {
        let (Some(at), cell) = self.raw(row, column) else {
            return None;
        };
        match read_number(cell, self.lang) {
            Ok(measure) => measure,
            Err(error) => {
                let issue = match error {
                    NumberError::NotANumber => Issue::NotANumber,
                    NumberError::OutOfRange => Issue::OutOfRange,
                };
                self.flag(row, at, issue);
                None
            }
        }
    }

    /// Whether the row says anything of a key result.
    fn has_key_result(&self, row: usize) -> bool {
        [
            Column::KeyResult,
            Column::Kind,
            Column::Baseline,
            Column::Target,
            Column::Unit,
        ]
        .into_iter()
        .any(|c| !self.raw(row, c).1.is_empty())
    }

    fn key_result(&mut self, row: usize) -> PlannedKr {
        let title = self.text(row, Column::KeyResult, MAX_TITLE_CHARS);
        let baseline = self.number(row, Column::Baseline);
        let target = self.number(row, Column::Target);
        // With no kind given, the figures tell the direction: 48 → 24 goes down.
        let inferred = match (&baseline, &target) {
            (Some(from), Some(to)) if to.value < from.value => KrKind::Decrease,
            _ => KrKind::Increase,
        };
        let kind = match self.raw(row, Column::Kind) {
            (_, "") => inferred,
            (Some(at), cell) => read_kind(cell).unwrap_or_else(|| {
                self.flag(row, at, Issue::UnknownKind { chosen: inferred });
                inferred
            }),
            (None, _) => inferred,
        };
        let mut unit = self.text(row, Column::Unit, MAX_UNIT_CHARS);
        if unit.is_empty() {
            // "48 h" in a number cell gives the unit when no column does.
            let written = [&target, &baseline]
                .into_iter()
                .find_map(|m| m.as_ref().and_then(|m| m.unit.clone()));
            unit = clean_line(&written.unwrap_or_default(), MAX_UNIT_CHARS);
        }
        PlannedKr {
            row: row + 1,
            title,
            kind,
            baseline: baseline.map(|m| m.value),
            target: target.map(|m| m.value),
            unit,
        }
    }
}

/// What `table`, read through `mapping`, would add to a set that has `existing`
/// objectives. Rows name their objective, or leave it blank to continue the one above
/// (as a merged cell does); consecutive rows with the same objective share it. Numbers
/// are read as `lang` writes them, except in a ";" file, which comes from a sheet that
/// writes decimal commas ("1,125" is then one and an eighth, whatever the UI's language).
pub fn preview(table: &Table, mapping: &Mapping, existing: usize, lang: Lang) -> Preview {
    let lang = match table.separator {
        Some(Separator::Semicolon) => Lang::Fr,
        _ => lang,
    };
    let Some(objective_at) = mapping.position(Column::Objective) else {
        return Preview {
            blocker: Some(Blocker::NoObjectiveColumn),
            ..Preview::default()
        };
    };
    let mut reader = Reader {
        table,
        mapping,
        lang,
        problems: Vec::new(),
    };
    let mut objectives: Vec<PlannedObjective> = Vec::new();
    let first = usize::from(mapping.header);
    for row in first..table.rows.len() {
        let named = !table.cell(row, objective_at).trim().is_empty();
        let has_key_result = reader.has_key_result(row);
        if named {
            let flagged = reader.problems.len();
            let title = reader.text(row, Column::Objective, MAX_TITLE_CHARS);
            if objectives.last().is_some_and(|o| o.title == title) {
                // The same objective again: its cell was flagged where it started.
                reader.problems.truncate(flagged);
            } else {
                objectives.push(PlannedObjective {
                    row: row + 1,
                    title,
                    key_results: Vec::new(),
                });
            }
        } else if has_key_result && objectives.is_empty() {
            reader.flag(row, objective_at, Issue::NoObjective);
            continue;
        }
        if has_key_result {
            let kr = reader.key_result(row);
            if let Some(objective) = objectives.last_mut() {
                objective.key_results.push(kr);
            }
        }
    }
    let blocker = blocker(&objectives, existing);
    Preview {
        objectives,
        problems: reader.problems,
        blocker,
    }
}

fn blocker(objectives: &[PlannedObjective], existing: usize) -> Option<Blocker> {
    if objectives.is_empty() {
        return Some(Blocker::NothingToCreate);
    }
    if existing + objectives.len() > MAX_OBJECTIVES {
        return Some(Blocker::TooManyObjectives {
            adding: objectives.len(),
            existing,
            max: MAX_OBJECTIVES,
        });
    }
    objectives
        .iter()
        .find(|o| o.key_results.len() > MAX_KEY_RESULTS)
        .map(|o| Blocker::TooManyKeyResults {
            objective: Excerpt::of(&o.title),
            row: o.row,
            count: o.key_results.len(),
            max: MAX_KEY_RESULTS,
        })
}
