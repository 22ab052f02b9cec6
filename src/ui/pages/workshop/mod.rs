//! The facilitator's screen (`#/set/<id>/workshop`), made for a projector and the
//! keyboard: the agenda with a large timer, the room's ideas and their votes, the parking,
//! the confidence vote on each key result, and the launch. It edits the set through the
//! editor's `Editor`, so every change is stored and merged like any other.

mod agenda;
mod fist;
mod ideas;

use crate::clock;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::route::Route;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn WorkshopScreen() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let id = editor.set.with_untracked(|s| s.id.clone());
    let name = move || editor.set.field(SetField::Name, |s| s.name.clone());
    let launched = move || {
        editor
            .set
            .field(SetField::Launch, |s| s.launch.as_ref().map(|l| l.at))
    };
    view! {
        <div class="page workshop-page" data-testid="workshop-page">
            <nav class="breadcrumb" aria-label=tr(Msg::MainNav)>
                <a href=Route::Set(id).href() data-testid="workshop-back">"← " {tr(Msg::WorkshopBack)}</a>
            </nav>
            <h1>{tr(Msg::WorkshopTitle)} " — " {name}</h1>
            <agenda::AgendaAndTimer/>
            <ideas::IdeasBoard/>
            <ideas::Parking/>
            <fist::ConfidenceVotes/>
            <section class="card workshop-launch" aria-labelledby="workshop-launch-title">
                <h2 id="workshop-launch-title">{tr(Msg::LaunchTitle)}</h2>
                {move || match launched() {
                    Some(at) => view! { <p class="launched" data-testid="workshop-launched">{t().launched_on(clock::local(at))}</p> }.into_any(),
                    None => view! {
                        <p class="hint">{tr(Msg::WorkshopLaunchHint)}</p>
                        <button type="button" class="button primary" data-testid="workshop-launch" on:click=move |_| super::editor::launch_now(&editor)>
                            {tr(Msg::LaunchAction)}
                        </button>
                    }
                    .into_any(),
                }}
            </section>
        </div>
    }
}

/// Whether a key pressed in this element belongs to it (typing, a button's Space): the
/// screen's own keys then stand aside.
pub(super) fn typing_in(e: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || (e.key() == " " && matches!(tag.as_str(), "button" | "a" | "summary"))
}
