//! Where the set stands, below the check-in form: the set's progress against the pace,
//! then each objective and key result with its status, chart and history. A reference
//! set's objectives show their rollups instead, as every other output does (`set_figures`).

use super::check_in_history::CheckInHistory;
use super::kr_chart::KrChart;
use super::measures::{Measures, ObjectiveFigures};
use crate::domain::id::Id;
use crate::domain::progress::{
    expected_pace, key_result_progress, key_result_status, objective_progress, objective_status,
    percent, set_progress, Status,
};
use crate::domain::rollup::overall;
use crate::domain::trend::projected_progress;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use crate::ui::widgets::{ProgressBar, StatusBadge};
use leptos::prelude::*;

/// Above this many key results, the follow-up folds each objective's key results.
const FOLD_ABOVE: usize = 30;

/// Where the set stands: the set's progress against the pace, then each objective and
/// each key result with its status, chart and history. Each part reads only its own item,
/// so a check-in redraws that key result's figures and chart, and an open history stays open.
#[component]
pub fn FollowUp() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let measures = Measures::new(editor);
    let overall = Memo::new(move |_| {
        if measures.reference.get() {
            let ids = editor.set.objective_ids();
            overall(
                &ids.iter()
                    .filter_map(|id| measures.rollup(id))
                    .collect::<Vec<_>>(),
            )
        } else {
            editor.set.all_key_results(set_progress)
        }
    });
    let drawn = crate::ui::dom::drawn_progressively(
        move || editor.set.structure(|s| s.objectives.len()),
        3,
        3,
    );
    let pace = move || {
        let day = editor.reading_day();
        editor.set.field(SetField::Cycle, |s| {
            t().expected_by_now(percent(expected_pace(s.cycle, day)))
        })
    };
    view! {
        <section class="follow-up" aria-labelledby="follow-up-title">
            <h2 id="follow-up-title" class="visually-hidden">{tr(Msg::Progress)}</h2>
            <div class="card set-progress">
                <ProgressBar ratio=Signal::derive(move || overall.get()) label=Signal::derive(move || {
                    let rolled_up = measures.reference.get();
                    t().text(if rolled_up { Msg::RolledUpProgress } else { Msg::Progress }).to_owned()
                })/>
                <p class="meta" data-testid="pace">{pace}</p>
            </div>
            <For each=move || editor.set.objective_ids().into_iter().take(drawn.get()) key=|id| id.clone() let:id>
                <ObjectiveFollowUp id=id measures=measures/>
            </For>
        </section>
    }
}

#[component]
fn ObjectiveFollowUp(id: Id, measures: Measures) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let heading = {
        let id = id.clone();
        move || {
            let number = editor.set.objective_number(&id);
            let title = editor
                .set
                .objective(&id, |o| o.map(|o| o.title.clone()).unwrap_or_default());
            format!(
                "{} — {title}",
                t().objective_heading(&editor.terms(), number)
            )
        }
    };
    let figures = {
        let id = id.clone();
        Memo::new(move |_| {
            let cycle = editor.set.field(SetField::Cycle, |s| s.cycle);
            let day = editor.reading_day();
            editor.set.objective_deep(&id, |o| {
                o.map(|o| (objective_progress(o), objective_status(o, cycle, day)))
            })
        })
    };
    let progress = Signal::derive(move || figures.get().and_then(|f| f.0));
    let status = Signal::derive(move || figures.get().map_or(Status::Waiting, |f| f.1));
    let krs = {
        let id = id.clone();
        move || editor.set.key_result_ids(&id)
    };
    // A large set shows each objective's figures, and its key results' charts and
    // histories on demand: 2,500 charts drawn at once would freeze the page.
    let folded = editor.set.with_untracked(|s| s.key_result_count()) > FOLD_ABOVE;
    let open = RwSignal::new(!folded);
    let list = move || {
        let krs = krs.clone();
        open.get().then(|| {
            view! {
                <ul class="kr-follow-up-list">
                    <For each=krs key=|id| id.clone() let:kr>
                        <KrFollowUp id=kr measured=Signal::derive(move || !measures.reference.get())/>
                    </For>
                </ul>
            }
        })
    };
    let figures_id = id.clone();
    let count = move || editor.set.key_result_ids(&id).len();
    view! {
        <article class="card objective-follow-up" data-testid="objective-follow-up">
            <h3>{heading}</h3>
            <ObjectiveFigures id=figures_id measures=measures progress=progress status=status/>
            {if folded {
                view! {
                    <details class="kr-fold" on:toggle=move |e| open.set(event_target::<web_sys::HtmlDetailsElement>(&e).open())>
                        <summary>{move || crate::domain::vocabulary::capitalize(&editor.terms().key_result.plural)} " (" {count} ")"</summary>
                        {list}
                    </details>
                }
                .into_any()
            } else {
                list.into_any()
            }}
        </article>
    }
}

/// A key result's figures, chart and history; a reference set's (not `measured`) shows its
/// values without progress, status or trend.
#[component]
fn KrFollowUp(id: Id, measured: Signal<bool>) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let day = Memo::new(move |_| editor.reading_day());
    // A closed cycle has no end to project to.
    let closed = Memo::new(move |_| editor.set.field(SetField::Closed, |s| s.closed.is_some()));
    let cycle = Memo::new(move |_| editor.set.field(SetField::Cycle, |s| s.cycle));
    let kr = {
        let id = id.clone();
        Memo::new(move |_| editor.set.key_result(&id, |k| k.cloned()))
    };
    let progress = Signal::derive(move || kr.with(|k| k.as_ref().and_then(key_result_progress)));
    let status = Signal::derive(move || {
        kr.with(|k| {
            k.as_ref().map_or(Status::Waiting, |k| {
                key_result_status(k, cycle.get(), day.get())
            })
        })
    });
    let trend = move || {
        kr.with(|k| {
            k.as_ref()
                .and_then(|k| projected_progress(k, cycle.get(), day.get()))
                .map(|p| t().trend(percent(p)))
        })
    };
    view! {
        <li class="kr-follow-up" data-testid="kr-follow-up">
            <h4>
                {move || kr.with(|k| k.as_ref().map(|k| k.title.clone()))} " "
                <span class="goal">{move || kr.with(|k| k.as_ref().map(|k| t().kr_goal(k)))}</span>
            </h4>
            {move || measured.get().then(|| view! {
                <div class="kr-figures">
                    <ProgressBar ratio=progress label=Signal::derive(move || t().text(Msg::Progress).to_owned())/>
                    <StatusBadge status=status/>
                </div>
            })}
            {move || trend().filter(|_| measured.get() && !closed.get()).map(|trend| view! { <p class="trend" data-testid="trend">{trend}</p> })}
            {move || {
                // The chart's words follow the language too.
                editor.app.lang.track();
                kr.get().map(|k| view! { <KrChart kr=k cycle=cycle.get()/> })
            }}
            <CheckInHistory kr=id.clone()/>
        </li>
    }
}
