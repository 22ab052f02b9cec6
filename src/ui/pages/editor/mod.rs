//! The plain set editor: the set's details, then its objectives and key results. Every
//! change is stored as it is typed.

mod closed_notice;
mod details;
mod merge_undo;
mod print_sheet;
mod share_panel;
mod step_nav;
mod steps;
mod version_banner;
mod vocabulary_picker;

use crate::clock;
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::domain::path::Step;
use crate::domain::reminder::needs_export;
use crate::domain::visible::is_blank;
use crate::i18n::Msg;
use crate::storage;
use crate::ui::dom::focus_soon;
use crate::ui::editing::{use_editor, Editor};
use crate::ui::pages::set_page;
use crate::ui::sheet::SheetPaste;
use crate::ui::state::use_app;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use closed_notice::ClosedNotice;
use details::SetDetails;
use leptos::prelude::*;
use merge_undo::MergeUndo;
use print_sheet::PrintSheet;
use step_nav::StepNav;
use steps::{
    ChangeLog, CheckInStep, CoachingSummary, LaunchStep, MeetingStep, ObjectiveCard, PlanChange,
    RetroStep, WhyStep,
};
use version_banner::VersionBanner;
use vocabulary_picker::VocabularyPicker;

pub(crate) use steps::launch_now;

/// The editor, or with `workshop` the facilitator's screen: both edit the set through
/// the same `Editor` (batched writes, other tabs merged in).
#[component]
pub fn EditorPage(id: Id, #[prop(optional)] workshop: bool) -> impl IntoView {
    // The span covers reading, checking and drawing the set (read by scripts/bench.sh).
    clock::start_span("boussole:open");
    Effect::new(|_| clock::end_span("boussole:open"));
    set_page(&id, |set| {
        view! { <SetEditor set=set workshop=workshop/> }.into_any()
    })
}

/// The editor's screens on a set; given `version` (its number and when it was kept), on
/// that past version, read-only: every control disabled, marked "version du …".
#[component]
pub(crate) fn SetEditor(
    set: OkrSet,
    #[prop(optional)] version: Option<(u32, chrono::DateTime<chrono::Utc>)>,
    #[prop(optional)] workshop: bool,
) -> AnyView {
    let state = use_app();
    let id = set.id.clone();
    let preview = version.is_some();
    let editor = if preview {
        Editor::preview(set, state)
    } else {
        Editor::new(set, state)
    };
    provide_context(editor);

    // A newer revision was stored by another tab or replaced by an import: take it in
    // place (merged with what this tab has not written yet), so the next write cannot put
    // the older copy back, and nothing being typed here is reset.
    Effect::new(move |_| {
        let stored = state
            .summaries
            .with(|list| list.iter().find(|s| s.id == id).map(|s| s.revision));
        if stored.is_some_and(|stored| stored != editor.base_revision()) {
            editor.take_stored();
        }
    });
    // Edits are written shortly after they are made; leaving the field, the page or the
    // tab writes them at once, so closing the tab never loses a word.
    let flush = move || editor.flush();
    let on_blur = window_event_listener(leptos::ev::focusout, move |_| flush());
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });
    let on_leave = window_event_listener(leptos::ev::beforeunload, move |_| flush());
    state.before_leaving(Some(std::sync::Arc::new(flush)));
    // Memos, so a keystroke redraws only what it changed: a view that read the whole set
    // would be built again on every keystroke.
    let launched = Memo::new(move |_| editor.set.field(SetField::Launch, |s| s.launch.is_some()));
    let closed = Memo::new(move |_| editor.set.field(SetField::Closed, |s| s.is_closed()));
    // A launched plan changes only with a reason; a closed set does not change at all.
    let plan_locked = Memo::new(move |_| {
        closed.get()
            || (launched.get()
                && editor
                    .change
                    .with(|c| c.as_ref().is_none_or(|c| is_blank(&c.reason))))
    });
    on_cleanup(move || {
        flush();
        state.before_leaving(None);
        on_blur.remove();
        on_hide.remove();
        on_visibility.remove();
        on_leave.remove();
        // An undo offered here makes no sense once the editor is gone (a version shown
        // read-only offers none, and its restore says so on the set's page).
        if !preview {
            state.toast.set(None);
        }
    });
    if workshop {
        return view! { <crate::ui::pages::workshop::WorkshopScreen/> }.into_any();
    }

    view! {
        <PrintSheet/>
        <div class="page editor" class:version-preview=preview>
            <nav class="breadcrumb" aria-label=tr(Msg::MainNav)>
                <a href="#/">"← " {tr(Msg::BackToHome)}</a>
            </nav>
            {version.map(|(n, at)| view! { <VersionBanner n=n at=at/> })}
            <fieldset class="plain" disabled=preview>
                <SetDetails/>
                {(!preview).then(|| view! { <MergeUndo/> <ExportReminder/> })}
                <VocabularyPicker/>
            </fieldset>
            <StepNav/>
            // A closed set reads but does not change: every step says why its controls are
            // disabled and offers to reopen (the retro step holds the next cycle, so it
            // disables only its own answers). A version shown read-only disables them all.
            <fieldset class="plain" disabled=preview>
                {move || (editor.step.get() != Step::Retro).then(|| view! { <ClosedNotice/> })}
            </fieldset>
            <fieldset class="plain step-body" disabled=move || preview || (closed.get() && editor.step.get() != Step::Retro)>
            {move || match editor.step.get() {
                Step::Why => view! { <WhyStep/> }.into_any(),
                Step::Draft => view! {
                    <NarrativeReminder/>
                    <CoachingSummary/>
                    {move || (launched.get() && !closed.get()).then(|| view! { <PlanChange/> })}
                    <fieldset class="plain" disabled=plan_locked>
                        <ObjectivesSection/>
                        <SheetPaste/>
                    </fieldset>
                    {move || launched.get().then(|| view! { <ChangeLog/> })}
                }
                .into_any(),
                Step::Launch => view! { <LaunchStep/> }.into_any(),
                Step::CheckIn => view! { <CheckInStep/> }.into_any(),
                Step::Meeting => view! { <MeetingStep/> }.into_any(),
                Step::Retro => view! { <RetroStep/> }.into_any(),
            }}
            </fieldset>
        </div>
    }
    .into_any()
}

#[component]
fn ObjectivesSection() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let ids = move || editor.set.objective_ids();
    let drawn = crate::ui::dom::drawn_progressively(
        move || editor.set.structure(|s| s.objectives.len()),
        2,
        1,
    );
    let add = move |_| {
        let id = clock::new_id();
        let focus = format!("obj-title-{id}");
        editor.commit(|s| s.add_objective(id));
        focus_soon(focus);
    };
    view! {
        <section class="objectives" aria-labelledby="objectives-heading">
            <h2 id="objectives-heading">{move || t().objectives_heading(&editor.terms())}</h2>
            <Show when=move || editor.set.structure(|s| s.objectives.is_empty())>
                <p class="empty-state" data-testid="no-objectives">{move || t().no_objectives(&editor.terms())}</p>
            </Show>
            <ol class="objective-list">
                <For each=move || ids().into_iter().take(drawn.get()) key=|id| id.clone() let:id>
                    <ObjectiveCard id=id/>
                </For>
            </ol>
            <button id="add-objective" class="button primary" data-testid="add-objective" on:click=add>
                {move || t().add_objective(&editor.terms())}
            </button>
        </section>
    }
}

/// The narrative at the top of the draft, so drafting stays tied to it; while there is
/// none, a way to the why step.
#[component]
fn NarrativeReminder() -> impl IntoView {
    let editor = use_editor();
    let narrative = move || {
        editor
            .set
            .field(SetField::Why, |s| s.why.narrative.trim().to_owned())
    };
    view! {
        <blockquote class="narrative-reminder" data-testid="narrative-reminder">
            {move || {
                let text = narrative();
                if text.is_empty() {
                    view! {
                        {tr(Msg::NoNarrativeYet)} " "
                        <button class="button quiet" data-testid="write-why" on:click=move |_| editor.step.set(Step::Why)>
                            {tr(Msg::WriteTheWhy)}
                        </button>
                    }
                    .into_any()
                } else {
                    text.into_any()
                }
            }}
        </blockquote>
    }
}

/// A set that changed and was not exported for a week: a gentle word, and the button.
#[component]
fn ExportReminder() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    // Storage is read once, and again only after an export; keystrokes compare in memory.
    let last_export = Memo::new(move |_| {
        state.exports_changed.track();
        storage::load_exports()
            .get(&editor.set.with_untracked(|s| s.id.clone()))
            .copied()
    });
    // Read from the whole set (its modified time moves with every edit), as a memo: the
    // banner is drawn only when the answer changes.
    let due = Memo::new(move |_| {
        editor
            .set
            .with(|s| needs_export(s.created, s.modified, last_export.get(), clock::now()))
    });
    move || {
        due.get().then(|| {
            view! {
                <div class="banner reminder" role="status" data-testid="export-reminder">
                    <p>{tr(Msg::ExportReminder)}</p>
                    <button class="button primary" on:click=move |_| editor.export()>
                        {tr(Msg::ExportNow)}
                    </button>
                </div>
            }
        })
    }
}
