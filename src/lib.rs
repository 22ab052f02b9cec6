//! Boussole: a browser-only OKR workshop kit. See ARCHITECTURE.md for the map.
//!
//! `domain` and `i18n` are pure Rust, tested natively; `storage`, `files` and `clock` are
//! the edges that touch the browser; `ui` is the Leptos shell that ties them together.

pub mod clipboard;
pub mod clock;
pub mod domain;
pub mod files;
pub mod i18n;
pub mod storage;
pub mod ui;
pub mod web_share;
