//! The pure core of Boussole: the OKR model, its editing rules, the file format with its
//! migrations and validation, and the team's vocabulary. Nothing here touches the browser,
//! so all of it is tested natively with `cargo test`.

pub mod coaching;
pub mod editing;
pub mod filename;
pub mod format;
pub mod id;
pub mod import;
pub mod language;
pub mod model;
pub mod number;
pub mod path;
pub mod reminder;
pub mod summary;
pub mod templates;
pub mod validate;
pub mod vocabulary;
pub mod words;
