//! The end of the cycle: per objective, what happened, what we learned, what we would do
//! differently, with the final progress as a fact to learn from. Then closing the cycle
//! and starting the next one.

use crate::clock;
use crate::domain::id::Id;
use crate::domain::model::{Objective, Retro};
use crate::domain::progress::objective_progress;
use crate::domain::validate::{clean_paragraph, MAX_NOTE_CHARS};
use crate::i18n::Msg;
use crate::ui::dom::sync_value;
use crate::ui::editing::use_editor;
use crate::ui::pages::editor::closed_notice::ClosedNotice;
use crate::ui::route::{go, Route};
use crate::ui::store::{Scope, SetField};
use crate::ui::text::tr;
use crate::ui::widgets::{IdCheckbox, ProgressBar};
use leptos::prelude::*;

#[component]
pub fn RetroStep() -> impl IntoView {
    let editor = use_editor();
    let closed = move || editor.set.field(SetField::Closed, |s| s.closed);
    let ids = move || editor.set.objective_ids();
    view! {
        <section class="card retro" aria-labelledby="retro-title">
            <h2 id="retro-title">{tr(Msg::RetroTitle)}</h2>
            <p class="hint">{tr(Msg::RetroHint)}</p>
            <ClosedNotice/>
            <fieldset class="plain" disabled=move || closed().is_some()>
                <For each=ids key=|id| id.clone() let:id>
                    <RetroObjective id=id/>
                </For>
            </fieldset>
            <div class="toolbar">
                {move || match closed() {
                    None => view! {
                        <button type="button" class="button primary" data-testid="close-cycle"
                            on:click=move |_| { editor.commit(|s| s.closed = Some(clock::now())); }>
                            {tr(Msg::CloseCycle)}
                        </button>
                    }.into_any(),
                    // Reopened from the notice above, beside its reason.
                    Some(_) => ().into_any(),
                }}
            </div>
        </section>
        <NextCycle/>
    }
}

#[component]
fn RetroObjective(id: Id) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let initial = editor
        .set
        .with_untracked(|s| s.objective(&id).cloned())
        .unwrap_or_else(|| Objective::new(id.clone()));
    let progress = {
        let id = id.clone();
        let progress = Memo::new(move |_| {
            editor
                .set
                .objective_deep(&id, |o| o.and_then(objective_progress))
        });
        Signal::derive(move || progress.get())
    };
    let title = {
        let id = id.clone();
        move || editor.set.objective(&id, |o| o.map(|o| o.title.clone()))
    };
    let field = move |msg: Msg, initial: String, pick: fn(&mut Retro) -> &mut String| {
        let id = id.clone();
        let area = NodeRef::<leptos::html::Textarea>::new();
        {
            let id = id.clone();
            sync_value(area, move || {
                editor.set.objective(&id, |o| {
                    o.map(|o| pick(&mut o.retro.clone()).clone())
                        .unwrap_or_default()
                })
            });
        }
        view! {
            <label class="field">
                <span>{tr(msg)}</span>
                <textarea rows="3" maxlength=MAX_NOTE_CHARS data-testid="retro-answer" node_ref=area
                    on:input=move |e| {
                        let text = clean_paragraph(&event_target_value(&e), MAX_NOTE_CHARS);
                        editor.commit_in(Scope::Objective(id.clone()), |s| {
                            if let Some(o) = s.objective_mut(&id) {
                                *pick(&mut o.retro) = text;
                            }
                        });
                    }>
                    {initial}
                </textarea>
            </label>
        }
    };
    view! {
        <article class="retro-objective" data-testid="retro-objective">
            <h3>{title}</h3>
            <ProgressBar ratio=progress label=Signal::derive(move || t().text(Msg::Progress).to_owned())/>
            {field(Msg::RetroHappened, initial.retro.happened.clone(), |r| &mut r.happened)}
            {field(Msg::RetroLearned, initial.retro.learned.clone(), |r| &mut r.learned)}
            {field(Msg::RetroDifferently, initial.retro.differently.clone(), |r| &mut r.differently)}
        </article>
    }
}

/// "Start the next cycle": the objectives to carry on, ticked by default.
#[component]
fn NextCycle() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let keep = RwSignal::new(editor.set.with_untracked(|s| {
        s.objectives
            .iter()
            .map(|o| o.id.clone())
            .collect::<Vec<_>>()
    }));
    // The objectives and their titles, as a memo: the ticks are drawn again only when these change.
    let objectives = Memo::new(move |_| {
        editor.set.with(|s| {
            s.objectives
                .iter()
                .map(|o| (o.id.clone(), o.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let start = move |_| {
        // The set as it was when the next cycle started from it is kept in its history.
        editor.keep_now(crate::domain::history::Reason::BeforeNextCycle);
        let next = editor.set.with_untracked(|s| {
            s.next_cycle(
                &t().next_cycle_name(&s.name),
                &keep.get_untracked(),
                &mut clock::new_id,
                clock::now(),
            )
        });
        if state.save(&next) {
            go(&Route::Set(next.id.clone()));
        }
    };
    let choices = move || {
        objectives.get().into_iter().map(|(id, title)| view! { <IdCheckbox list=keep id=id testid="keep-objective">{title}</IdCheckbox> }).collect_view()
    };
    view! {
        <section class="card next-cycle" aria-labelledby="next-cycle-title">
            <h2 id="next-cycle-title">{tr(Msg::NextCycleTitle)}</h2>
            <p class="hint">{tr(Msg::NextCycleHint)}</p>
            <fieldset class="plain">
                <legend>{move || t().keep_prompt(&editor.terms())}</legend>
                {choices}
            </fieldset>
            <button type="button" class="button primary" data-testid="start-next-cycle" on:click=start>{tr(Msg::StartNextCycle)}</button>
        </section>
    }
}
