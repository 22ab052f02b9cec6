//! The list of sets, and the doors in: create, import, export everything.

mod create_set_form;
mod set_card;

use crate::i18n::Msg;
use crate::ui::route::Route;
use crate::ui::sheet::WorkspaceCsvButtons;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use crate::ui::transfer;
use crate::ui::widgets::ImportButton;
use create_set_form::CreateSetForm;
use leptos::prelude::*;
use set_card::SetCard;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app();
    let creating = RwSignal::new(false);
    let close = Callback::new(move |_| creating.set(false));
    let empty = move || state.summaries.with(Vec::is_empty);
    view! {
        <section class="page home" aria-labelledby="home-title">
            <div class="page-head">
                <h1 id="home-title">{tr(Msg::HomeTitle)}</h1>
                <div class="toolbar">
                    <button
                        class="button primary"
                        data-testid="new-set"
                        aria-expanded=move || creating.get().to_string()
                        on:click=move |_| creating.set(true)
                    >
                        {tr(Msg::NewSet)}
                    </button>
                    <ImportButton/>
                    <Show when=move || !empty()>
                        <a class="button" data-testid="overview" href=Route::Overview.href()>{tr(Msg::Overview)}</a>
                        <button class="button" data-testid="export-all" on:click=move |_| transfer::export_workspace(&state)>
                            {tr(Msg::ExportWorkspace)}
                        </button>
                        <WorkspaceCsvButtons/>
                    </Show>
                </div>
            </div>
            <Show when=move || creating.get()>
                <CreateSetForm on_close=close/>
            </Show>
            <Show when=move || empty() && !creating.get()>
                <div class="empty-state" data-testid="empty-home">
                    <h2>{tr(Msg::EmptyHomeTitle)}</h2>
                    <p>{tr(Msg::EmptyHomeBody)}</p>
                </div>
            </Show>
            <ul class="set-list" data-testid="set-list">
                <For
                    each=move || {
                        let lang = state.lang.get();
                        state.summaries.get().into_iter().map(move |s| (s, lang)).collect::<Vec<_>>()
                    }
                    key=|(s, lang)| (s.id.clone(), s.revision, *lang)
                    let:((summary, lang))
                >
                    <SetCard summary=summary lang=lang/>
                </For>
            </ul>
        </section>
    }
}
