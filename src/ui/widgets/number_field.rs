//! A number as people type it ("6,8" or "6.8"). The text stays the user's own while they
//! type; only a number that reads is stored, and one that does not says why.

use crate::domain::number::{format_decimal, parse_decimal, NumberError};
use crate::i18n::Msg;
use crate::ui::dom::sync_value;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NumberField(
    /// The stored value: shown when the field is drawn, and again when it changes from
    /// elsewhere or the language changes (6,8 or 6.8), unless the field is being typed in.
    value: Signal<Option<f64>>,
    label: Signal<String>,
    field_id: String,
    testid: &'static str,
    on_change: Callback<Option<f64>>,
) -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<NumberError>);
    let text = value
        .get_untracked()
        .map(|v| format_decimal(v, state.lang.get_untracked()))
        .unwrap_or_default();
    let input = NodeRef::<leptos::html::Input>::new();
    sync_value(input, move || {
        let lang = state.lang.get();
        value
            .get()
            .map(|v| format_decimal(v, lang))
            .unwrap_or_default()
    });
    let error_id = format!("{field_id}-error");
    let described = error_id.clone();
    view! {
        <label class="field number-field">
            <span>{move || label.get()}</span>
            <input
                id=field_id
                node_ref=input
                type="text"
                inputmode="decimal"
                autocomplete="off"
                data-testid=testid
                value=text
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described
                on:input=move |e| match parse_decimal(&event_target_value(&e)) {
                    Ok(value) => {
                        error.set(None);
                        on_change.run(value);
                    }
                    Err(problem) => error.set(Some(problem)),
                }
            />
            <span id=error_id class="field-error" aria-live="polite">
                {move || error.get().map(|p| state.t().text(match p {
                    NumberError::NotANumber => Msg::NotANumber,
                    NumberError::OutOfRange => Msg::NumberTooLarge,
                }))}
            </span>
        </label>
    }
}
