//! When stored data no longer reads: nothing is overwritten; the user downloads the raw
//! content first, then sets the damaged entries aside and goes on with the rest.

use crate::clock;
use crate::i18n::Msg;
use crate::storage;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn RecoveryPage() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let downloaded = RwSignal::new(false);
    let download = move |_| {
        let entries: serde_json::Map<String, serde_json::Value> = state
            .damaged
            .get_untracked()
            .into_iter()
            .map(|d| (d.key, serde_json::Value::String(d.raw)))
            .collect();
        let text = serde_json::to_string_pretty(&entries).unwrap_or_default();
        let name = format!("boussole-recovery-{}.json", clock::today());
        if crate::files::download(&name, &text, "application/json").is_ok() {
            downloaded.set(true);
        }
    };
    let discard = move |_| {
        let keys: Vec<String> = state
            .damaged
            .get_untracked()
            .into_iter()
            .map(|d| d.key)
            .collect();
        if storage::discard(&keys).is_ok() {
            state.reload();
        }
    };
    view! {
        <section class="page recovery" aria-labelledby="recovery-title" data-testid="recovery">
            <h1 id="recovery-title">{tr(Msg::RecoveryTitle)}</h1>
            <p>{tr(Msg::RecoveryBody)}</p>
            <ul>
                {move || {
                    state
                        .damaged
                        .get()
                        .into_iter()
                        .map(|d| view! { <li><code>{t().recovery_entry(d.name.as_deref(), &d.key, d.raw.chars().count())}</code></li> })
                        .collect_view()
                }}
            </ul>
            <div class="form-actions">
                <button class="button primary" data-testid="recovery-download" on:click=download>
                    {tr(Msg::RecoveryDownload)}
                </button>
                <button
                    class="button danger"
                    data-testid="recovery-discard"
                    disabled=move || !downloaded.get()
                    aria-describedby="discard-hint"
                    on:click=discard
                >
                    {tr(Msg::RecoveryDiscard)}
                </button>
            </div>
            <p id="discard-hint" class="hint">{tr(Msg::RecoveryDiscardHint)}</p>
        </section>
    }
}
