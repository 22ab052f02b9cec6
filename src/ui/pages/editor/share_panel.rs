//! Sharing by email without a server: the set's file is downloaded, and the mail client
//! opens with a readable summary; the user attaches the file. The same summary can be
//! copied. Nothing leaves the device unless the user sends it.

use crate::i18n::{digest, Msg};
use crate::ui::editing::use_editor;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn SharePanel() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let open = RwSignal::new(false);
    let text = move || {
        let lang = state.lang.get();
        editor.set.with(|set| digest(state.t(), set, lang))
    };
    let mailto = move || {
        let subject = editor.set.with(|s| state.t().mail_subject(&s.name));
        format!(
            "mailto:?subject={}&body={}",
            js_sys::encode_uri_component(&subject),
            js_sys::encode_uri_component(&text())
        )
    };
    let share = move |_| {
        editor.export();
        open.set(true);
    };
    let copy = move |_| {
        let summary = text();
        leptos::task::spawn_local(async move {
            let copied = crate::clipboard::copy(&summary).await;
            state.notify(if copied {
                Msg::SummaryCopied
            } else {
                Msg::CopyFailed
            });
        });
    };
    view! {
        <button class="button" data-testid="share" aria-expanded=move || open.get().to_string() on:click=share>
            {tr(Msg::Share)}
        </button>
        <button class="button" data-testid="copy-summary" on:click=copy>{tr(Msg::CopySummary)}</button>
        {move || open.get().then(|| view! {
            <div class="share-panel" data-testid="share-panel" role="region" aria-label=tr(Msg::ShareTitle)>
                <p>{tr(Msg::ShareAttachHint)}</p>
                <a class="button primary" data-testid="mail-link" href=mailto>{tr(Msg::OpenMail)}</a>
                <textarea class="digest" readonly rows="8" aria-label=tr(Msg::ShareTitle) prop:value=text></textarea>
            </div>
        })}
    }
}
