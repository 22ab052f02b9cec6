//! A one-line text input bound to a stored text: what is typed is cleaned (control and
//! invisible characters, see `clean_line`) and capped before `on_text` commits it, and the
//! field follows the stored text when it changes elsewhere (`sync_value`). One place for
//! what each name and title field used to write out.

use crate::domain::validate::clean_line;
use crate::ui::dom::sync_value;
use leptos::prelude::*;

#[component]
pub fn LineInput(
    /// The stored text: shown when the field is drawn, and again when it changes from
    /// elsewhere (another tab, a merge, an undo), unless the field is being typed in.
    value: Signal<String>,
    /// The most characters kept, and the field's `maxlength`.
    max: usize,
    testid: &'static str,
    /// Called on every keystroke with the cleaned, capped text.
    on_text: Callback<String>,
    /// Trim the ends before cleaning (names); titles keep them while being typed.
    #[prop(optional)]
    trim: bool,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] placeholder: Option<Signal<String>>,
    #[prop(optional, into)] labelled_by: Option<String>,
    #[prop(optional)] described_by: Option<&'static str>,
    /// Marks the field `aria-invalid` while true.
    #[prop(optional)]
    invalid: Option<Signal<bool>>,
    #[prop(optional)] on_keydown: Option<Callback<leptos::ev::KeyboardEvent>>,
) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let initial = value.get_untracked();
    sync_value(input, move || value.get());
    view! {
        <input
            id=id
            type="text"
            data-testid=testid
            node_ref=input
            maxlength=max
            aria-labelledby=labelled_by
            placeholder=move || placeholder.map(|p| p.get())
            value=initial
            aria-invalid=move || invalid.and_then(|i| i.get().then_some("true"))
            aria-describedby=described_by
            on:input=move |e| {
                let typed = event_target_value(&e);
                let typed = if trim { typed.trim() } else { typed.as_str() };
                on_text.run(clean_line(typed, max));
            }
            on:keydown=move |e| {
                if let Some(f) = on_keydown {
                    f.run(e);
                }
            }
        />
    }
}
