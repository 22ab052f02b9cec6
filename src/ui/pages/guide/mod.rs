//! The method guide: every section in the team's words (those of the set it was opened
//! from), a contents list, a search that filters and marks, and a print button that
//! prints the whole guide. `#/guide/<section>` moves the focus to that section's heading.

mod section;

use crate::domain::guide::{Query, Section};
use crate::domain::id::Id;
use crate::i18n::Msg;
use crate::ui::dom::{focus_soon, focus_when_drawn};
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use leptos::prelude::*;
use section::{heading_id, marked, section_view};

/// Frames to wait for a section's heading to be drawn before giving up on the focus.
const FRAMES_TO_WAIT: u32 = 60;

#[component]
pub fn GuidePage(section: Memo<Option<Section>>, set: Option<Id>) -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    // The set's words and name, from its summary: the guide reads no whole set.
    let summary = {
        let set = set.clone();
        Memo::new(move |_| {
            let id = set.as_ref()?;
            state
                .summaries
                .with(|list| list.iter().find(|s| &s.id == id).cloned())
                .map(|s| (s.vocabulary, s.name))
        })
    };
    let terms = Memo::new(move |_| {
        let lang = state.lang.get();
        summary
            .with(|s| s.as_ref().map(|(v, _)| v.clone()))
            .unwrap_or_default()
            .terms(lang)
    });
    let guide = Memo::new(move |_| t().guide(&terms.get()));
    let typed = RwSignal::new(String::new());
    let query = Memo::new(move |_| Query::new(&typed.get()));
    let shown = Memo::new(move |_| {
        let query = query.get();
        guide.with(|g| {
            g.iter()
                .filter(|s| query.matches(s))
                .map(|s| s.section)
                .collect::<Vec<_>>()
        })
    });
    // Arriving at a section (from a finding, the contents, a bookmark): its heading takes
    // the focus; a search that hid it is cleared first.
    Effect::new(move |_| {
        if let Some(at) = section.get() {
            if !shown.get_untracked().contains(&at) {
                typed.set(String::new());
            }
            focus_when_drawn(heading_id(at), FRAMES_TO_WAIT);
        }
    });
    // "/" goes to the search from anywhere on the page but a field.
    let search_input = NodeRef::<leptos::html::Input>::new();
    let on_key = window_event_listener(leptos::ev::keydown, move |e| {
        let in_field = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if e.key() == "/" && !in_field && !e.ctrl_key() && !e.meta_key() {
            if let Some(input) = search_input.get() {
                e.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || on_key.remove());

    let back = {
        let set = set.clone();
        move || match (&set, summary.get()) {
            (Some(id), Some((_, name))) => (Route::Set(id.clone()).href(), t().back_to_set(&name)),
            _ => ("#/".to_owned(), t().text(Msg::BackToHome).to_owned()),
        }
    };
    let found = move || {
        let typed_now = typed.get();
        if typed_now.trim().is_empty() {
            return String::new();
        }
        match shown.with(Vec::len) {
            0 => t().guide_nothing_found(&typed_now),
            n => t().guide_found(n),
        }
    };
    let contents = {
        let set = set.clone();
        move || {
            let query = query.get();
            guide.with(|g| {
                g.iter()
                    .filter(|s| shown.with(|v| v.contains(&s.section)))
                    .map(|s| {
                        let at = s.section;
                        let href = Route::Guide {
                            section: Some(at),
                            set: set.clone(),
                        }
                        .href();
                        // The same address again moves no route: the focus is moved here.
                        let go = move |_| focus_soon(heading_id(at));
                        view! {
                            <li><a href=href on:click=go data-testid="guide-toc">{marked(&s.heading, &query)}</a></li>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let sections = move || {
        let query = query.get();
        guide.with(|g| {
            g.iter()
                .map(|s| section_view(s, &query, shown.with(|v| v.contains(&s.section))))
                .collect_view()
        })
    };
    view! {
        <div class="page method-guide" data-testid="guide">
            <nav class="breadcrumb guide-nav" aria-label=tr(Msg::MainNav)>
                {move || {
                    let (href, label) = back();
                    view! { <a href=href data-testid="guide-back">"← " {label}</a> }
                }}
            </nav>
            <h1>{tr(Msg::GuideTitle)}</h1>
            <p class="guide-intro">{tr(Msg::GuideIntro)}</p>
            <div class="guide-tools" role="search">
                <label class="field guide-search" for="guide-search">
                    <span>{tr(Msg::GuideSearch)}</span>
                    <input
                        id="guide-search"
                        type="search"
                        data-testid="guide-search"
                        node_ref=search_input
                        prop:value=move || typed.get()
                        on:input=move |e| typed.set(event_target_value(&e))
                        on:keydown=move |e| {
                            if e.key() == "Escape" {
                                typed.set(String::new());
                            }
                        }
                    />
                </label>
                <button class="button" data-testid="guide-print" on:click=move |_| {
                    let _ = window().print();
                }>{tr(Msg::Print)}</button>
                <p class="guide-found" role="status" aria-live="polite" data-testid="guide-found">{found}</p>
            </div>
            <nav class="guide-contents" aria-labelledby="guide-contents-title">
                <h2 id="guide-contents-title">{tr(Msg::GuideContents)}</h2>
                <ol>{contents}</ol>
            </nav>
            {sections}
        </div>
    }
}
