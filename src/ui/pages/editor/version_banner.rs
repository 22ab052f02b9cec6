//! At the top of a past version shown in the editor's screens: which version it is, that
//! nothing in it can change, and what can be done with it (restore, download, back to the
//! history).

use crate::clock;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::history;
use crate::ui::route::{go, Route};
use crate::ui::text::tr;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[component]
pub fn VersionBanner(n: u32, at: DateTime<Utc>) -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let id = editor.set.with_untracked(|s| s.id.clone());
    let restore = {
        let id = id.clone();
        move |_| {
            if history::restore(state, &id, n) {
                go(&Route::Set(id.clone()));
            }
        }
    };
    let download = move |_| {
        editor.set.with_untracked(|set| history::download(set, at));
    };
    view! {
        <div class="banner version-banner" role="status" data-testid="version-banner">
            <p>
                <strong data-testid="version-of">{move || t().version_of(clock::local(at))}</strong>
                " " {tr(Msg::VersionReadOnly)}
            </p>
            <div class="toolbar">
                <button type="button" class="button primary" data-testid="version-restore" on:click=restore>
                    {tr(Msg::VersionRestore)}
                </button>
                <button type="button" class="button" data-testid="version-download" on:click=download>
                    {tr(Msg::VersionDownload)}
                </button>
                <a class="button" data-testid="back-to-history" href=Route::History(id).href()>
                    {tr(Msg::BackToHistory)}
                </a>
            </div>
        </div>
    }
}
