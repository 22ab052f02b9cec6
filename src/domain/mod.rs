//! The pure core of Boussole: the OKR model, its editing rules, the file format with its
//! migrations and validation, and the team's vocabulary. Nothing here touches the browser,
//! so all of it is tested natively with `cargo test`.

pub mod alignment;
pub mod change_log;
pub mod chart;
pub mod coaching;
pub mod cycle_end;
pub mod editing;
pub mod filename;
pub mod follow_up;
pub mod format;
pub mod guide;
pub mod history;
pub mod id;
pub mod import;
pub mod language;
pub mod mail_link;
pub mod meeting_figures;
pub mod merge;
pub mod model;
pub mod number;
pub mod order;
pub mod path;
pub mod presentation;
pub mod progress;
pub mod reminder;
pub mod rituals;
pub mod rollup;
pub mod set_figures;
pub mod shape;
pub mod shared;
pub mod sheet;
pub mod slide_pages;
pub mod summary;
pub mod templates;
#[cfg(test)]
pub(crate) mod test_support;
pub mod trend;
pub mod validate;
pub mod visible;
pub mod vocabulary;
pub mod words;
pub mod workshop;
