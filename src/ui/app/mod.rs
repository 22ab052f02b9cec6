//! The root: provides shared state, follows the hash route, listens to the window (other
//! tabs, dropped files, leaving with unsaved work) and lays out the page.

mod header;
mod status_banner;

use super::dialogs::{DropOverlay, ImportDialog, MergeDialog};
use super::pages::{
    EditorPage, GuidePage, HistoryPage, HomePage, NotFoundPage, OverviewPage, PresentPage,
    RecoveryPage, VersionPage,
};
use super::route::{self, Route};
use super::state::AppState;
use super::widgets::ToastView;
use crate::i18n::Msg;
use crate::storage::Key;
use crate::ui::text::tr;
use header::Header;
use leptos::ev;
use leptos::prelude::*;
use status_banner::StatusBanner;
use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);

    let route = RwSignal::new(route::current());
    // Only a different route redraws the page: the same one (a repeated hashchange) keeps
    // the open editor and its step as they are.
    let on_hash = window_event_listener(ev::hashchange, move |_| {
        let next = route::current();
        if route.with_untracked(|r| *r != next) {
            // The open editor writes what it holds before the next page reads storage.
            state.leave_page();
            route.set(next);
        }
    });

    // Another tab wrote: refresh the list; an open editor follows the list (see SetEditor).
    let on_storage = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        match e.key().as_deref().and_then(Key::parse) {
            Some(Key::Set(_)) | Some(Key::Meta(_)) => state.reload(),
            Some(Key::History(_)) | Some(Key::HistoryIndex) => {
                state.history_changed.update(|n| *n += 1)
            }
            Some(Key::BeforeMerge(_)) => {}
            Some(Key::Prefs) => {
                let prefs = crate::storage::load_prefs();
                if let Some(lang) = prefs.lang {
                    state.lang.set(lang);
                }
                state.workshop.set(prefs.workshop);
            }
            // `clear()` in another tab.
            None if e.key().is_none() => state.reload(),
            None => {}
        }
    });

    // Leaving while an edit could not be stored: let the browser ask first.
    let on_leave = window_event_listener(ev::beforeunload, move |e: web_sys::BeforeUnloadEvent| {
        if state.unsaved.with_untracked(Option::is_some) {
            e.prevent_default();
            e.set_return_value("unsaved");
        }
    });
    on_cleanup(move || {
        on_hash.remove();
        on_storage.remove();
        on_leave.remove();
    });

    Effect::new(move |_| super::dom::set_root_class("workshop", state.workshop.get()));
    Effect::new(move |_| {
        let lang = state.lang.get();
        super::dom::set_document_lang(lang.tag());
        super::dom::set_title(state.t().text(Msg::AppName));
    });

    let skip = move |e: ev::MouseEvent| {
        e.prevent_default();
        if let Some(main) = document()
            .get_element_by_id("main")
            .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    };

    // A memo, so rereading storage (another tab wrote) redraws nothing while no entry is
    // damaged: the open page, its focus and its undo stay.
    let damaged = Memo::new(move |_| !state.damaged.with(Vec::is_empty));
    // The page drawn follows the route less the guide's section: moving between the
    // guide's sections moves the focus, and keeps the page and its search.
    let shown = Memo::new(move |_| route.with(Route::page));
    super::return_focus::follow(shown);
    let guide_section = Memo::new(move |_| match route.get() {
        Route::Guide { section, .. } => section,
        _ => None,
    });
    let page = move || {
        if damaged.get() {
            return view! { <RecoveryPage/> }.into_any();
        }
        match shown.get() {
            Route::Home => view! { <HomePage/> }.into_any(),
            Route::Set(id) => view! { <EditorPage id=id/> }.into_any(),
            Route::Present(id) => view! { <PresentPage id=id/> }.into_any(),
            Route::History(id) => view! { <HistoryPage id=id/> }.into_any(),
            Route::Version(id, n) => view! { <VersionPage id=id n=n/> }.into_any(),
            Route::Workshop(id) => view! { <EditorPage id=id workshop=true/> }.into_any(),
            Route::Overview => view! { <OverviewPage/> }.into_any(),
            Route::Guide { set, .. } => {
                view! { <GuidePage section=guide_section set=set/> }.into_any()
            }
            Route::NotFound => view! { <NotFoundPage/> }.into_any(),
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>{tr(Msg::SkipToContent)}</a>
        <Header route=route/>
        <StatusBanner/>
        <main id="main" tabindex="-1">{page}</main>
        <ImportDialog/>
        <MergeDialog/>
        <ToastView/>
        <DropOverlay/>
    }
}
