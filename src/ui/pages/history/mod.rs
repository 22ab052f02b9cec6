//! A set's history: its kept versions, newest first, each with when and why (in the set's
//! words), and what can be done with it: view it read-only in the editor's own screens,
//! compare it with now, restore it (the set as it is is kept first), download it.

mod compare;
mod version;

pub use version::VersionPage;

use super::set_page;
use crate::clock;
use crate::domain::history::days::{by_day, open_at_first, Day};
use crate::domain::history::{History, Reason};
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::i18n::{Msg, VersionAction};
use crate::storage::{self, Damaged};
use crate::ui::history;
use crate::ui::route::Route;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use chrono::{DateTime, Utc};
use compare::Comparison;
use leptos::prelude::*;

#[component]
pub fn HistoryPage(id: Id) -> impl IntoView {
    // From the route to the list's first screenful (read by scripts/bench.sh).
    clock::start_span("boussole:history");
    set_page(&id, |set| view! { <SetHistory set=set/> }.into_any())
}

/// What the list shows of one version, read without decoding it.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    n: u32,
    at: DateTime<Utc>,
    reason: Reason,
    counts: (usize, usize),
}

type Loaded = Memo<Result<History, Damaged>>;

/// What every row of the list reads: the set, its history, its name and words, and which
/// version is being compared (one at a time).
#[derive(Clone)]
struct Rows {
    id: Id,
    loaded: Loaded,
    words: Signal<(String, crate::domain::vocabulary::Vocabulary)>,
    comparing: RwSignal<Option<u32>>,
}

#[component]
fn SetHistory(set: OkrSet) -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let id = set.id.clone();
    let loaded: Loaded = {
        let id = id.clone();
        Memo::new(move |_| {
            state.history_changed.track();
            storage::load_history(&id)
        })
    };
    // A history that does not read goes to the recovery screen; the set is untouched.
    Effect::new(move |_| {
        if let Err(damaged) = loaded.get() {
            state.damaged.set(vec![damaged]);
        }
    });
    let lines = Memo::new(move |_| {
        loaded.with(|h| {
            h.as_ref()
                .map(|h| {
                    h.versions()
                        .iter()
                        .rev()
                        .map(|v| Line {
                            n: v.n,
                            at: v.at,
                            reason: v.reason.clone(),
                            counts: v.counts(),
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // The versions by day (`days`): the newest day open, the others drawn when opened.
    let days = Memo::new(move |_| {
        lines.with(|lines| by_day(lines.iter().map(|l| clock::local(l.at).date())))
    });
    Effect::new(|_| clock::end_span("boussole:history"));
    // The set's name and words as stored now (a restore may change them).
    let summary = {
        let id = id.clone();
        Memo::new(move |_| {
            state.summaries.with(|list| {
                list.iter()
                    .find(|s| s.id == id)
                    .map(|s| (s.name.clone(), s.vocabulary.clone()))
            })
        })
    };
    let fallback = (set.name.clone(), set.vocabulary.clone());
    let words = Signal::derive(move || summary.get().unwrap_or_else(|| fallback.clone()));
    let comparing = RwSignal::new(None::<u32>);
    let back = Route::Set(id.clone()).href();
    view! {
        <div class="page history">
            <nav class="breadcrumb" aria-label=tr(Msg::MainNav)>
                <a href=back data-testid="back-to-set">"← " {tr(Msg::BackToSet)}</a>
            </nav>
            <section class="card" aria-labelledby="history-title" data-testid="history-panel">
                <h1 id="history-title">{move || t().history_title(&words.get().0)}</h1>
                <p class="hint">{tr(Msg::HistoryHint)}</p>
                <p class="meta" data-testid="versions-count">{move || t().versions_kept(lines.with(Vec::len))}</p>
                <ol class="history-days" aria-label=tr(Msg::VersionsLabel) data-testid="history-list">
                    <For each=move || days.get().into_iter().enumerate() key=|(_, day)| day.date let:day>
                        <DayGroup index=day.0 date=day.1.date days=days lines=lines rows=Rows { id: id.clone(), loaded, words, comparing }/>
                    </For>
                </ol>
            </section>
        </div>
    }
}

/// One day of the list, folded but for the newest (`days::open_at_first`); its rows are
/// drawn once it is opened, a screenful at once and the rest over the next frames.
#[component]
fn DayGroup(
    index: usize,
    date: chrono::NaiveDate,
    days: Memo<Vec<Day>>,
    lines: Memo<Vec<Line>>,
    rows: Rows,
) -> impl IntoView {
    let state = use_app();
    let lines_of_day = Memo::new(move |_| {
        days.with(|days| {
            let versions = days
                .iter()
                .find(|d| d.date == date)
                .map(|d| d.versions.clone());
            lines.with(|lines| {
                versions
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|i| lines.get(i).cloned())
                    .collect::<Vec<_>>()
            })
        })
    });
    let open = RwSignal::new(open_at_first(index, lines.with_untracked(Vec::len)));
    let today = clock::today();
    let count = move || lines_of_day.with(Vec::len);
    let heading = move || state.t().history_day(date, today, count());
    let toggled = move |e: leptos::ev::Event| {
        open.set(event_target::<web_sys::HtmlDetailsElement>(&e).open());
    };
    view! {
        <li class="history-day" data-testid="history-day">
            <details open=open.get_untracked() on:toggle=toggled>
                <summary data-testid="history-day-heading" data-count=count>{heading}</summary>
                {move || open.get().then(|| view! { <DayRows lines=lines_of_day rows=rows.clone()/> })}
            </details>
        </li>
    }
}

/// An open day's rows: a screenful at once, the rest over the next frames.
#[component]
fn DayRows(lines: Memo<Vec<Line>>, rows: Rows) -> impl IntoView {
    let drawn = crate::ui::dom::drawn_progressively(move || lines.with(Vec::len), 60, 150);
    view! {
        <ol class="history-list">
            <For each=move || lines.get().into_iter().take(drawn.get()) key=|line| line.n let:line>
                <VersionRow line=line rows=rows.clone()/>
            </For>
        </ol>
    }
}

#[component]
fn VersionRow(line: Line, rows: Rows) -> impl IntoView {
    let Rows {
        id,
        loaded,
        words,
        comparing,
    } = rows;
    let state = use_app();
    let t = move || state.t();
    let Line {
        n,
        at,
        reason,
        counts,
    } = line;
    let local = clock::local(at);
    let version = move || loaded.with_untracked(|h| h.as_ref().ok().map(|h| h.version(n)));
    let terms = move || words.with(|(_, v)| v.terms(state.lang.get()));
    let open = move || comparing.get() == Some(n);
    let toggle = move |_| comparing.update(|c| *c = if *c == Some(n) { None } else { Some(n) });
    let restore = {
        let id = id.clone();
        move |_| {
            comparing.set(None);
            history::restore(state, &id, n);
        }
    };
    let download = move |_| match version() {
        Some(Ok(set)) => {
            history::download(&set, at);
        }
        _ => state.notify(Msg::VersionUnreadable),
    };
    let comparison = {
        let id = id.clone();
        move || {
            open().then(|| match (version(), history::current(&state, &id)) {
                (Some(Ok(then)), Some(now)) => {
                    let heading = format!("compare-{n}");
                    view! { <Comparison then=then now=now at=at heading=heading/> }.into_any()
                }
                _ => view! { <p role="alert">{tr(Msg::VersionUnreadable)}</p> }.into_any(),
            })
        }
    };
    let region = format!("comparison-{n}");
    view! {
        <li class="history-version" data-testid="version">
            <p class="version-when"><strong data-testid="version-when">{move || t().version_of(local)}</strong></p>
            <p class="version-what" data-testid="version-what">{move || t().history_reason(&reason, &terms(), clock::local)}</p>
            <p class="meta">{move || t().counts(&terms(), counts.0, counts.1)}</p>
            <div class="toolbar">
                <a class="button" data-testid="version-view" href=Route::Version(id.clone(), n).href()
                    aria-label=move || t().version_action(VersionAction::View, local)>
                    {tr(Msg::VersionView)}
                </a>
                <button type="button" class="button" data-testid="version-compare" on:click=toggle
                    aria-expanded=move || open().to_string() aria-controls=region.clone()
                    aria-label=move || t().version_action(VersionAction::Compare, local)>
                    {tr(Msg::VersionCompare)}
                </button>
                <button type="button" class="button" data-testid="version-restore" on:click=restore
                    aria-label=move || t().version_action(VersionAction::Restore, local)>
                    {tr(Msg::VersionRestore)}
                </button>
                <button type="button" class="button" data-testid="version-download" on:click=download
                    aria-label=move || t().version_action(VersionAction::Download, local)>
                    {tr(Msg::VersionDownload)}
                </button>
            </div>
            <div id=region>{comparison}</div>
        </li>
    }
}
