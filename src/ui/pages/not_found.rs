//! A link to a set this browser does not have (deleted, or sent from elsewhere).

use crate::i18n::Msg;
use crate::ui::state::use_app;
use leptos::prelude::*;
use crate::ui::text::{live, tr};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    view! {
        <section class="page">
            <h1>{tr(Msg::SetNotFound)}</h1>
            <p><a class="button" href="#/">{tr(Msg::BackToHome)}</a></p>
        </section>
    }
}
