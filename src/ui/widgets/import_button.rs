//! The standard file picker, dressed as a button: keyboard and screen readers get a real
//! `<input type="file">`.

use crate::i18n::Msg;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use crate::ui::transfer;
use leptos::prelude::*;

/// A file picker as a button labelled `label`, taking files of the types `accept` lists;
/// `on_file` gets the chosen file (the same file chosen again fires again).
#[component]
pub fn FileButton(
    label: Signal<String>,
    accept: &'static str,
    testid: &'static str,
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let on_change = move |e: leptos::ev::Event| {
        if let Some(file) = crate::ui::dom::chosen_file(&e) {
            on_file.run(file);
        }
    };
    view! {
        <label class="button file-button">
            <input
                type="file"
                accept=accept
                class="visually-hidden-input"
                data-testid=testid
                on:change=on_change
            />
            <span>{label}</span>
        </label>
    }
}

/// The import of a Boussole file (a CSV goes to the spreadsheet bridge).
#[component]
pub fn ImportButton() -> impl IntoView {
    let state = use_app();
    let on_file = Callback::new(move |file| transfer::start_import(state, file));
    view! {
        <FileButton
            label=tr(Msg::ImportFile)
            accept=".json,application/json,.csv,text/csv"
            testid="import-input"
            on_file=on_file
        />
    }
}
