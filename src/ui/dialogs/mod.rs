//! What the root lays over any page: the import preview, the merge choice, and the overlay
//! that takes a file dropped anywhere.

mod drop_overlay;
mod import_dialog;
mod merge_dialog;

pub use drop_overlay::DropOverlay;
pub use import_dialog::ImportDialog;
pub use merge_dialog::MergeDialog;
pub(crate) use merge_dialog::{describe, item_kind};
