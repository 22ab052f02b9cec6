//! Alerts that stay until the situation changes: a full quota, storage refused, or a set
//! rewritten by another tab.

use crate::i18n::Msg;
use crate::ui::state::{use_app, SaveStatus};
use crate::ui::text::tr;
use crate::ui::transfer;
use leptos::prelude::*;

#[component]
pub fn StatusBanner() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="banners">
            <Show when=move || state.save_status.get() == SaveStatus::QuotaFull>
                <div class="banner danger" role="alert" data-testid="quota-banner">
                    <strong>{tr(Msg::QuotaTitle)}</strong>
                    <p>{tr(Msg::QuotaBody)}</p>
                    <button class="button primary" on:click=move |_| transfer::export_workspace(&state)>
                        {tr(Msg::ExportNow)}
                    </button>
                </div>
            </Show>
            <Show when=move || !state.storage_ok.get()>
                <div class="banner danger" role="alert">
                    <p>{tr(Msg::StorageUnavailable)}</p>
                </div>
            </Show>
        </div>
    }
}
