//! The spreadsheet bridge. Teams arrive with an Excel sheet of objectives and steering
//! committees want one back: a pasted range or a CSV file is read into a table
//! (`table`), its columns guessed from the headers (`columns`), its cells read as a French
//! user means them (`number`), and shown as a preview of what will be created, with every
//! unreadable cell flagged where it is (`preview`) and what would go past the team's count
//! rule said as coaching (`rule`); nothing changes until the user confirms, and then in
//! one edit (`create`). The other way, a set or the workspace is written as CSV that
//! French Excel opens as it is, and that no spreadsheet can run (`write`).

pub mod columns;
pub mod create;
pub mod number;
pub mod preview;
pub mod rule;
pub mod table;
pub mod write;

#[cfg(test)]
mod columns_tests;
#[cfg(test)]
mod status_tests;
#[cfg(test)]
mod tests;

pub use columns::{guess, Column, Mapping};
pub use preview::{column_letter, preview, Blocker, CellProblem, Issue, PlannedObjective, Preview};
pub use rule::{past_rule, PastRule};
pub use table::{decode, read_table, Table, MAX_ROWS};
pub use write::{check_ins_csv, key_results_csv, Header, SheetLabels};

/// Why a text or a file cannot be read as a table at all; nothing is shown but the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    Empty,
    /// Bytes that are no text (a picture, a spreadsheet's own binary file).
    NotText,
    /// Over the file limit (`import::MAX_FILE_BYTES`).
    TooLarge {
        bytes: usize,
    },
    /// More rows than `MAX_ROWS`.
    TooManyRows,
    /// No separator splits it into rows of at least two even columns.
    NotATable,
}
