//! The facilitator's view over every set in this browser: alignment (each reference
//! objective, its progress rolled up from the team objectives that serve it, and the
//! gaps), then the cross-team
//! review (the sets of each cycle side by side, each in its own words). Printable.

use crate::clock;
use crate::domain::alignment::{alignment, by_cycle, elsewhere};
use crate::domain::model::{Objective, OkrSet};
use crate::domain::progress::{objective_progress, objective_status, status_day};
use crate::domain::rollup::of_served;
use crate::domain::set_figures::{ObjectiveFigure, SetFigures};
use crate::i18n::Msg;
use crate::storage;
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use crate::ui::widgets::{ProgressBar, RollupFigure, StatusBadge};
use chrono::NaiveDate;
use leptos::prelude::*;

/// An objective's progress, and its status once its set is launched.
fn objective_figures(
    o: &Objective,
    set: &OkrSet,
    today: NaiveDate,
    label: Signal<String>,
) -> impl IntoView {
    view! {
        <span class="kr-figures">
            <ProgressBar ratio=Signal::stored(objective_progress(o)) label=label/>
            {status_day(set, today).map(|day| view! { <StatusBadge status=Signal::stored(objective_status(o, set.cycle, day))/> })}
        </span>
    }
}

/// An objective's figure in the review: a reference objective's rollup, or a team
/// objective's progress and its status once launched (`set_figures`).
fn figure_view(
    figure: Option<ObjectiveFigure>,
    terms: &crate::domain::vocabulary::Terms,
    label: Signal<String>,
) -> AnyView {
    match figure {
        Some(ObjectiveFigure::RolledUp(r)) => {
            view! { <RollupFigure rollup=r terms=terms.clone()/> }.into_any()
        }
        Some(ObjectiveFigure::Own { progress, status }) => view! {
            <span class="kr-figures">
                <ProgressBar ratio=Signal::stored(progress) label=label/>
                {status.map(|s| view! { <StatusBadge status=Signal::stored(s)/> })}
            </span>
        }
        .into_any(),
        None => ().into_any(),
    }
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let today = clock::today();
    // Every set, read once per change of the list (another tab, an import).
    let sets = Memo::new(move |_| -> Vec<OkrSet> {
        state
            .summaries
            .with(|list| storage::load_sets(list.iter().map(|s| &s.id)))
    });
    let progress_label = Signal::derive(move || t().text(Msg::Progress).to_owned());
    let aligned = move || {
        sets.with(|sets| {
            let lang = state.lang.get();
            let map = alignment(sets);
            if map.is_empty() {
                return view! { <p class="empty-state">{tr(Msg::NoReferenceSets)}</p> }.into_any();
            }
            map.into_iter()
                .map(|(reference, served)| {
                    let terms = reference.vocabulary.terms(lang);
                    let empty = served.is_empty().then(|| view! { <p class="hint">{t().reference_empty(&terms)}</p> });
                    let help = (!served.is_empty()).then(|| view! { <p class="hint" data-testid="rollup-help">{t().rollup_help(&terms)}</p> });
                    let items = served
                        .into_iter()
                        .enumerate()
                        .map(|(i, s)| {
                            let gap = s.contributors.is_empty();
                            let rollup = of_served(reference, &s);
                            let rows = s
                                .contributors
                                .iter()
                                .map(|(team, o)| view! {
                                    <li class="contributor" data-testid="contributor">
                                        <span><strong>{team.name.clone()}</strong> " — " {o.title.clone()}</span>
                                        {objective_figures(o, team, today, progress_label)}
                                    </li>
                                })
                                .collect_view();
                            view! {
                                <li class="served" class:gap=gap data-testid="served">
                                    <h4>{t().objective_heading(&terms, i + 1)} " — " {s.reference.title.clone()}</h4>
                                    <RollupFigure rollup=rollup terms=terms.clone()/>
                                    <ul class="contributors">{rows}</ul>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <article class="card reference" data-testid="reference">
                            <h3>{reference.name.clone()}</h3>
                            {empty}
                            {help}
                            <ol class="served-list">{items}</ol>
                        </article>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    let away = move || {
        sets.with(|sets| {
            let rows: Vec<_> = elsewhere(sets)
                .into_iter()
                .map(|(team, o, link)| view! {
                    <li data-testid="elsewhere">
                        <strong>{team.name.clone()}</strong> " — " {o.title.clone()} " → " {link.set_name.clone()} " — "
                        {link.objective_title.clone()} " (" {tr(Msg::NotInBrowser)} ")"
                    </li>
                })
                .collect();
            (!rows.is_empty()).then(|| view! {
                <h3>{tr(Msg::ElsewhereTitle)}</h3>
                <ul class="elsewhere">{rows}</ul>
            })
        })
    };
    let review = move || {
        sets.with(|sets| {
            let lang = state.lang.get();
            by_cycle(sets)
                .into_iter()
                .map(|(cycle, group)| {
                    let cards = group
                        .into_iter()
                        .map(|set| {
                            let terms = set.vocabulary.terms(lang);
                            // A reference set reads as its rollups here too (none for a team set).
                            let figures = SetFigures::of(set, sets, today);
                            let objectives = set
                                .objectives
                                .iter()
                                .enumerate()
                                .map(|(i, o)| view! {
                                    <li>
                                        <span>{t().objective_heading(&terms, i + 1)} " — " {o.title.clone()}</span>
                                        {figure_view(figures.objective(i).copied(), &terms, progress_label)}
                                    </li>
                                })
                                .collect_view();
                            let overall_progress = figures.progress;
                            let label = if set.reference {
                                Signal::derive(move || t().text(Msg::RolledUpProgress).to_owned())
                            } else {
                                progress_label
                            };
                            view! {
                                <article class="card team-set" data-testid="team-set">
                                    <h4><a href=Route::Set(set.id.clone()).href()>{set.name.clone()}</a></h4>
                                    <p class="meta">
                                        {(!set.team.trim().is_empty()).then(|| format!("{} · ", set.team))}
                                        {t().counts(&terms, set.objectives.len(), set.key_result_count())}
                                    </p>
                                    <ProgressBar ratio=Signal::stored(overall_progress) label=label/>
                                    <p class="team-narrative">{set.why.narrative.trim().to_owned()}</p>
                                    <ul class="team-objectives">{objectives}</ul>
                                </article>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="cycle-group" data-testid="cycle-group">
                            <h3>{t().cycle(cycle.start, cycle.end)}</h3>
                            <div class="team-sets">{cards}</div>
                        </section>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="page overview">
            <nav class="breadcrumb" aria-label=tr(Msg::MainNav)>
                <a href="#/">"← " {tr(Msg::BackToHome)}</a>
            </nav>
            <h1>{tr(Msg::Overview)}</h1>
            <div class="toolbar">
                <button class="button" data-testid="print-overview" on:click=move |_| { let _ = window().print(); }>{tr(Msg::Print)}</button>
            </div>
            <section aria-labelledby="alignment-title" data-testid="alignment">
                <h2 id="alignment-title">{tr(Msg::AlignmentTitle)}</h2>
                <p class="hint">{tr(Msg::AlignmentHint)}</p>
                {aligned}
                {away}
            </section>
            <section aria-labelledby="review-title" data-testid="cross-team">
                <h2 id="review-title">{tr(Msg::CrossTeamTitle)}</h2>
                <p class="hint">{tr(Msg::CrossTeamHint)}</p>
                {review}
            </section>
        </div>
    }
}
