//! "Contributes to": an objective names the reference objectives it serves, chosen from
//! the reference sets in this browser. A link to a set that is not here keeps its title.

use crate::domain::id::Id;
use crate::domain::model::{Contribution, OkrSet};
use crate::i18n::Msg;
use crate::storage;
use crate::ui::editing::use_editor;
use crate::ui::text::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ContributionPicker(objective: Id) -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let own = editor.set.with_untracked(|s| s.id.clone());
    let open = RwSignal::new(false);
    // The reference sets are read once the list is opened, and again only when one comes
    // or goes (a save elsewhere does not reread them).
    let reference_ids = Memo::new(move |_| -> Vec<(Id, u64)> {
        state.summaries.with(|list| {
            list.iter()
                .filter(|s| s.reference && s.id != own)
                .map(|s| (s.id.clone(), s.revision))
                .collect()
        })
    });
    let references = Memo::new(move |_| -> Vec<OkrSet> {
        if !open.get() {
            return Vec::new();
        }
        reference_ids.with(|ids| storage::load_sets(ids.iter().map(|(id, _)| id)))
    });
    // A memo, so the choices are drawn again when the links change, not on every keystroke.
    let links = {
        let objective = objective.clone();
        Memo::new(move |_| {
            editor.set.objective(&objective, |o| {
                o.map(|o| o.contributes_to.clone()).unwrap_or_default()
            })
        })
    };
    let toggle = {
        let objective = objective.clone();
        move |link: Contribution| {
            editor.commit(|s| {
                if let Some(o) = s.objective_mut(&objective) {
                    o.toggle_contribution(link);
                }
            });
        }
    };
    let summary = move || {
        let names: Vec<String> = links
            .read()
            .iter()
            .map(|l| l.objective_title.clone())
            .collect();
        if names.is_empty() {
            t().text(Msg::ContributesTo).to_owned()
        } else {
            t().labelled(t().text(Msg::ContributesTo), &names.join(" · "))
        }
    };
    let choices = move || {
        let linked = links.get();
        let is_linked =
            |set: &Id, o: &Id| linked.iter().any(|l| &l.set == set && &l.objective == o);
        let mut rows: Vec<(Contribution, bool, bool)> = references.with(|refs| {
            refs.iter()
                .flat_map(|r| r.objectives.iter().map(move |o| (r, o)))
                .map(|(r, o)| {
                    let link = Contribution {
                        set: r.id.clone(),
                        objective: o.id.clone(),
                        set_name: r.name.clone(),
                        objective_title: o.title.clone(),
                    };
                    let on = is_linked(&r.id, &o.id);
                    (link, on, true)
                })
                .collect()
        });
        // Links to sets that are not in this browser: shown, and can be removed.
        let present = references.with(|refs| refs.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
        rows.extend(
            linked
                .iter()
                .filter(|l| !present.contains(&l.set))
                .map(|l| (l.clone(), true, false)),
        );
        if rows.is_empty() {
            return view! { <p class="hint">{tr(Msg::NoReferenceSets)}</p> }.into_any();
        }
        let toggle = toggle.clone();
        rows.into_iter()
            .map(|(link, on, here)| {
                let toggle = toggle.clone();
                let label = format!("{} — {}", link.set_name, link.objective_title);
                view! {
                    <label class="check" data-testid="contribution-choice">
                        <input type="checkbox" prop:checked=on on:change=move |_| toggle(link.clone())/>
                        {label}
                        {(!here).then(|| view! { " (" {tr(Msg::NotInBrowser)} ")" })}
                    </label>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <details class="contributions" data-testid="contributions"
            on:toggle=move |e| {
                let details = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok());
                open.set(details.is_some_and(|d| d.open()));
            }>
            <summary>{summary}</summary>
            <div class="contribution-choices">{choices}</div>
        </details>
    }
}
