//! The path a set follows, as tabs: each says whether its step is ready.

use crate::domain::path::{draft_ready, why_gaps, Step};
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::prelude::*;

fn label(step: Step) -> Msg {
    match step {
        Step::Why => Msg::StepWhy,
        Step::Draft => Msg::StepDraft,
        Step::Launch => Msg::StepLaunch,
        Step::CheckIn => Msg::StepCheckIn,
        Step::Meeting => Msg::StepMeeting,
        Step::Retro => Msg::StepRetro,
    }
}

#[component]
pub fn StepNav() -> impl IntoView {
    let editor = use_editor();
    // Memos, each on what its step depends on: a keystroke elsewhere redraws no tab.
    let ready_memo = move |step: Step| {
        Memo::new(move |_| match step {
            Step::Why => editor.set.field(SetField::Why, |s| why_gaps(s).is_empty()),
            Step::Draft => editor
                .findings
                .with(|f| editor.set.structure(|s| draft_ready(s, f))),
            Step::Launch => editor.set.field(SetField::Launch, |s| s.launch.is_some()),
            Step::CheckIn => editor.set.all_key_results(|s| {
                s.objectives
                    .iter()
                    .flat_map(|o| &o.key_results)
                    .any(|k| !k.check_ins.is_empty())
            }),
            Step::Meeting => editor.set.meetings(|s| !s.meetings.is_empty()),
            Step::Retro => editor.set.field(SetField::Closed, |s| s.is_closed()),
        })
    };
    let offered = Memo::new(move |_| editor.set.with(Step::offered));
    let tabs = move || {
        offered
        .get()
        .iter()
        .copied()
        .enumerate()
        .map(|(i, step)| {
            let ready = ready_memo(step);
            let ready = move |_: Step| ready.get();
            view! {
                <li>
                    <button
                        class="step"
                        class:current=move || editor.step.get() == step
                        class:ready=move || ready(step)
                        data-testid="step"
                        aria-current=move || (editor.step.get() == step).then_some("step")
                        on:click=move |_| editor.step.set(step)
                    >
                        <span class="step-number" aria-hidden="true">{i + 1}</span>
                        <span>{tr(label(step))}</span>
                        {move || ready(step).then(|| view! { <span class="step-ready">" ✓ " {tr(Msg::StepReady)}</span> })}
                    </button>
                </li>
            }
        })
        .collect_view()
    };
    view! {
        <div class="path-row">
            <nav class="path" aria-label=tr(Msg::PathLabel)>
                <ol>{tabs}</ol>
            </nav>
            <button
                class="button quiet workshop-toggle"
                data-testid="workshop"
                aria-pressed=move || editor.app.workshop.get().to_string()
                on:click=move |_| editor.app.set_workshop(!editor.app.workshop.get_untracked())
            >
                {tr(Msg::WorkshopMode)}
            </button>
        </div>
    }
}
