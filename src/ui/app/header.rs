//! The top bar: the name, the save status, the language, and the promise that the data
//! stays on this device.

use crate::domain::language::Lang;
use crate::i18n::{language_name, Msg};
use crate::ui::route::Route;
use crate::ui::state::{use_app, SaveStatus};
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn Header(route: RwSignal<Route>) -> impl IntoView {
    let state = use_app();
    // The guide in the words of the set on screen, when there is one.
    let guide = move || {
        Route::Guide {
            section: None,
            set: route.with(|r| r.set().cloned()),
        }
        .href()
    };
    let t = move || state.t();
    let status = move || match state.save_status.get() {
        SaveStatus::Idle => t().text(Msg::Saved).to_owned(),
        SaveStatus::Saved(at) => t().saved_at(at),
        SaveStatus::QuotaFull => t().text(Msg::QuotaTitle).to_owned(),
        SaveStatus::Failed => t().text(Msg::StorageUnavailable).to_owned(),
    };
    let failing = move || {
        matches!(
            state.save_status.get(),
            SaveStatus::QuotaFull | SaveStatus::Failed
        )
    };
    view! {
        <header class="app-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"◈"</span>
                <span>{tr(Msg::AppName)}</span>
            </a>
            <p class="tagline">{tr(Msg::Tagline)}</p>
            <a class="guide-link" href=guide data-testid="guide-link">{tr(Msg::GuideLink)}</a>
            <p class="save-status" class:failing=failing role="status" aria-live="polite" data-testid="save-status">
                {status}
            </p>
            <label class="lang-switch">
                <span class="visually-hidden">{tr(Msg::LanguageLabel)}</span>
                <select
                    data-testid="lang"
                    on:change=move |e| state.set_lang(if event_target_value(&e) == "en" { Lang::En } else { Lang::Fr })
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <option value=lang.tag() selected=move || state.lang.get() == lang>
                                    {language_name(lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </header>
        <p class="privacy" data-testid="privacy">
            // A drawn padlock: emoji fonts are missing on many office machines.
            <svg class="lock" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
                <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor"/>
                <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6"/>
            </svg>
            {tr(Msg::PrivacyPromise)}
        </p>
    }
}
