//! Reactive text for views. Every text is a `Signal<String>`: one concrete type, so the
//! code that renders and updates it exists once in the wasm instead of once per call
//! site (a closure per label cost about 1 KiB each).

use super::state::use_app;
use crate::i18n::Msg;
use leptos::prelude::*;

/// A fixed text of the catalogue, in the current UI language.
pub fn tr(msg: Msg) -> Signal<String> {
    let state = use_app();
    Signal::derive(move || state.t().text(msg).to_owned())
}
