//! The spreadsheet bridge in the editor and on the home page: a paste area and a CSV
//! picker in the draft step, one preview dialog for both (nothing changes before
//! "Create", then one undoable edit), and the CSV exports of a set and of the workspace.

mod dialog;
mod export;
mod inbox;
mod paste;

pub use export::{SetCsvButtons, WorkspaceCsvButtons};
pub use inbox::{is_sheet_file, take_file};
pub use paste::SheetPaste;

use crate::domain::sheet::{Mapping, Table};
use leptos::prelude::*;
use std::sync::Arc;

/// A table read and waiting for the user's choices: how its columns are read.
#[derive(Clone)]
pub struct Session {
    pub table: Arc<Table>,
    pub mapping: RwSignal<Mapping>,
}
