//! The standard file picker, dressed as a button: keyboard and screen readers get a real
//! `<input type="file">`.

use crate::i18n::Msg;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use crate::ui::transfer;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ImportButton() -> impl IntoView {
    let state = use_app();
    let on_change = move |e: leptos::ev::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            transfer::start_import(state, file);
        }
        // Choosing the same file again must fire again.
        input.set_value("");
    };
    view! {
        <label class="button file-button">
            <input
                type="file"
                accept=".json,application/json"
                class="visually-hidden-input"
                data-testid="import-input"
                on:change=on_change
            />
            <span>{tr(Msg::ImportFile)}</span>
        </label>
    }
}
