//! The imperative shell's face: Leptos components. They read state from context, turn
//! DOM events into domain edits, and hand the results to `storage`.

pub mod app;
mod dialogs;
mod dom;
mod drag;
mod editing;
mod figures;
mod history;
mod pages;
mod return_focus;
mod route;
mod sheet;
mod state;
mod store;
mod text;
mod transfer;
mod widgets;

pub use app::App;
