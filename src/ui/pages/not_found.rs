//! A link to a set this browser does not have (deleted, or sent from elsewhere).

use crate::i18n::Msg;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr(Msg::SetNotFound)}</h1>
            <p><a class="button" href="#/">{tr(Msg::BackToHome)}</a></p>
        </section>
    }
}
