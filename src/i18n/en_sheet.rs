//! English: the spreadsheet bridge's sentences, in the team's words.

use super::en::English;
use super::sheet_words::SheetWords;
use super::{mebibytes, Catalogue, Msg};
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::language::Lang;
use crate::domain::number::format_decimal;
use crate::domain::sheet::number::grouped;
use crate::domain::sheet::{
    column_letter, Blocker, CellProblem, Column, Issue, PastRule, SheetError, MAX_ROWS,
};
use crate::domain::vocabulary::{capitalize, Terms};

/// "2,000", as English writes large counts.
fn count(n: usize) -> String {
    grouped(&n.to_string(), ',')
}

impl SheetWords for English {
    fn sheet_column(&self, column: Column, t: &Terms) -> String {
        match column {
            Column::Objective => capitalize(&t.objective.singular),
            Column::KeyResult => capitalize(&t.key_result.singular),
            Column::Kind => self.text(Msg::KrKind).to_owned(),
            Column::Baseline => self.text(Msg::Baseline).to_owned(),
            Column::Target => self.text(Msg::Target).to_owned(),
            Column::Unit => self.text(Msg::Unit).to_owned(),
            Column::Ignore => self.text(Msg::SheetIgnore).to_owned(),
        }
    }

    fn sheet_paste_hint(&self, t: &Terms) -> String {
        format!(
            "Copy the rows in Excel, LibreOffice or Google Sheets, one per {} with its {}, then paste them here (or import a CSV file). Column titles may be in English or French. Nothing changes until you confirm.",
            t.key_result.singular, t.objective.singular
        )
    }

    fn sheet_refused(&self, error: &SheetError) -> String {
        match error {
            SheetError::Empty => "There is nothing to read: the text is empty.".to_owned(),
            SheetError::NotText => "This is not text: save the sheet as CSV, or copy its cells and paste them here.".to_owned(),
            SheetError::TooLarge { bytes } => format!(
                "This is too large ({} MB): {} MB at most, all the room this browser has.",
                format_decimal(mebibytes(*bytes), Lang::En),
                MAX_FILE_BYTES / 1_048_576
            ),
            SheetError::TooManyRows => format!(
                "More than {} rows: more than a set can hold. Copy fewer rows.",
                count(MAX_ROWS)
            ),
            SheetError::NotATable => "This text is not a table: copy cells from a spreadsheet (with the title row), or a CSV file whose columns are separated by tabs, semicolons or commas.".to_owned(),
        }
    }

    fn sheet_blocked(&self, blocker: &Blocker, t: &Terms) -> String {
        match blocker {
            Blocker::NoObjectiveColumn => format!(
                "Choose the column that gives the {}: without it, nothing can be created.",
                t.objective.plural
            ),
            Blocker::NothingToCreate => {
                format!("This table gives no {} to create.", t.objective.plural)
            }
            Blocker::TooManyObjectives {
                adding,
                existing: 0,
                max,
            } => format!(
                "This table would give {}; a set holds at most {max}.",
                t.objective.count_en(*adding)
            ),
            Blocker::TooManyObjectives {
                adding,
                existing,
                max,
            } => format!(
                "This table would add {} to the {existing} of this set; a set holds at most {max}.",
                t.objective.count_en(*adding)
            ),
            Blocker::TooManyKeyResults {
                objective,
                row,
                count,
                max,
            } => format!(
                "The {} “{objective}” (row {row}) would have {}; at most {max} per {}.",
                t.objective.singular,
                t.key_result.count_en(*count),
                t.objective.singular
            ),
        }
    }

    fn sheet_problem(&self, problem: &CellProblem, header: &str, t: &Terms) -> String {
        let letter = column_letter(problem.column);
        let at = if header.trim().is_empty() {
            format!("Row {}, column {letter}", problem.row)
        } else {
            format!("Row {}, column {letter} ({})", problem.row, header.trim())
        };
        let found = &problem.found;
        let what = match problem.issue {
            Issue::NotANumber => format!("“{found}” is not a number: the cell is left empty."),
            Issue::OutOfRange => format!("“{found}” is far too large: the cell is left empty."),
            Issue::UnknownKind { chosen } => format!(
                "“{found}” is not a known kind: “{}” is used.",
                self.kr_kind(chosen)
            ),
            Issue::Formula => {
                format!("“{found}” looks like a formula: imported as plain text, never run.")
            }
            Issue::TooLong { max } => format!("text too long, cut to {max} characters."),
            Issue::NoObjective => format!(
                "no {} is named above: the row is left out.",
                t.objective.singular
            ),
        };
        format!("{at}: {what}")
    }

    fn sheet_to_create(&self, t: &Terms, objectives: usize, key_results: usize) -> String {
        format!(
            "To create: {} · {}",
            t.objective.count_en(objectives),
            t.key_result.count_en(key_results)
        )
    }

    fn sheet_added(&self, t: &Terms, objectives: usize, key_results: usize) -> String {
        if key_results == 0 {
            format!(
                "From the spreadsheet: {} added.",
                t.objective.count_en(objectives)
            )
        } else {
            format!(
                "From the spreadsheet: {} and {} added.",
                t.objective.count_en(objectives),
                t.key_result.count_en(key_results)
            )
        }
    }

    fn sheet_export(&self, t: &Terms, check_ins: bool, all: bool) -> String {
        match (check_ins, all) {
            (false, false) => format!("CSV of the {}", t.key_result.plural),
            (false, true) => format!("CSV of all {}", t.key_result.plural),
            (true, false) => "CSV of the check-ins".to_owned(),
            (true, true) => "CSV of all check-ins".to_owned(),
        }
    }

    fn sheet_row(&self, row: usize) -> String {
        format!("row {row}")
    }

    fn sheet_column_choice(&self, letter: &str, header: &str) -> String {
        if header.trim().is_empty() {
            format!("Column {letter}")
        } else {
            format!("Column {letter}: {}", header.trim())
        }
    }

    fn sheet_more_problems(&self, count: usize) -> String {
        if count == 1 {
            "… and 1 more cell to check.".to_owned()
        } else {
            format!("… and {count} more cells to check.")
        }
    }

    fn sheet_past_rule(&self, past: &PastRule, t: &Terms) -> String {
        let over = past.over();
        match past {
            PastRule::Objectives {
                adding,
                existing: 0,
                max,
            } => format!(
                "This table would give {}, {over} more than the team’s rule (at most {}).",
                t.objective.count_en(*adding),
                t.objective.count_en(*max)
            ),
            PastRule::Objectives {
                adding,
                existing,
                max,
            } => format!(
                "This set would have {} ({existing} already there, {adding} from this table), {over} more than the team’s rule (at most {}).",
                t.objective.count_en(existing + adding),
                t.objective.count_en(*max)
            ),
            PastRule::KeyResults {
                objective,
                row,
                count,
                max,
            } => format!(
                "The {} “{objective}” (row {row}) would have {}, {over} more than the team’s rule (at most {} per {}).",
                t.objective.singular,
                t.key_result.count_en(*count),
                t.key_result.count_en(*max),
                t.objective.singular
            ),
        }
    }
}
