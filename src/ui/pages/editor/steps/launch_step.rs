//! Step 3: starting the cycle records the date and keeps the draft as the reference.

use super::findings_by_item::FindingsByItem;
use super::why_step::gap_text;
use crate::clock;
use crate::domain::coaching::tally;
use crate::domain::model::Launch;
use crate::domain::path::{draft_ready, why_gaps};
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::prelude::*;

/// Starts the cycle: the date, and the objectives as drafted now for later comparison.
/// The workshop screen's launch does the same.
pub fn launch_now(editor: &crate::ui::editing::Editor) {
    let launched = editor.commit(|s| {
        let reference = s.objectives.clone();
        s.launch = Some(Launch {
            at: clock::now(),
            reference,
        });
    });
    // The plan as the team starts it is kept in the set's history.
    if launched.is_some() {
        editor.keep_after_write(crate::domain::history::Reason::Launch);
    }
}

#[component]
pub fn LaunchStep() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let launched = move || {
        editor
            .set
            .field(SetField::Launch, |s| s.launch.as_ref().map(|l| l.at))
    };
    // What is missing, and whether coaching's findings are part of it (then they are
    // listed item by item under the count).
    let missing = move || {
        let mut lines: Vec<String> = editor
            .set
            .field(SetField::Why, why_gaps)
            .into_iter()
            .map(|gap| gap_text(t(), gap))
            .collect();
        let ready = editor
            .findings
            .with(|f| editor.set.structure(|s| draft_ready(s, f)));
        let mut findings = false;
        if !ready {
            lines.push(if editor.set.structure(|s| s.objectives.is_empty()) {
                t().draft_missing(&editor.terms())
            } else {
                findings = true;
                let (warnings, advice) = editor.findings.with(|f| tally(f));
                t().findings_count(warnings, advice)
            });
        }
        (lines, findings)
    };
    let launch = move |_| launch_now(&editor);
    view! {
        <section class="card launch-step" aria-labelledby="launch-title">
            <h2 id="launch-title">{tr(Msg::LaunchTitle)}</h2>
            {move || match launched() {
                Some(at) => view! { <p class="launched" data-testid="launched">{t().launched_on(clock::local(at))}</p> }.into_any(),
                None => view! {
                    <p class="hint">{tr(Msg::LaunchHint)}</p>
                    {move || {
                        let (lines, findings) = missing();
                        (!lines.is_empty()).then(|| view! {
                            <p>{tr(Msg::LaunchNotReady)}</p>
                            <ul class="gaps">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                            {findings.then(|| view! { <FindingsByItem/> })}
                        })
                    }}
                    <button class="button primary" data-testid="launch" on:click=launch>{tr(Msg::LaunchAction)}</button>
                }
                .into_any(),
            }}
        </section>
    }
}
