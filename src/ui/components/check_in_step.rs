//! The weekly check-in: one form lists every key result with its last value already in
//! place, so the team changes what moved and presses Enter. Below it, where each
//! objective and key result stands, with its chart and history.

use super::{CheckInHistory, KrChart, ProgressBar, StatusBadge};
use crate::clock;
use crate::domain::id::Id;
use crate::domain::model::{CheckIn, Confidence, KrKind};
use crate::domain::number::{format_decimal, parse_decimal};
use crate::domain::progress::{expected_pace, key_result_progress, key_result_status, objective_progress, objective_status, percent, set_progress};
use crate::domain::validate::{clean_line, read_date, MAX_NOTE_CHARS};
use crate::domain::trend::projected_progress;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::text::tr;
use leptos::prelude::*;

/// One row of the form: a key result and what the team enters for it.
#[derive(Clone)]
struct Row {
    kr: Id,
    title: String,
    goal: String,
    kind: KrKind,
    last: RwSignal<Option<String>>,
    value: RwSignal<String>,
    done: RwSignal<bool>,
    confidence: RwSignal<Confidence>,
    note: RwSignal<String>,
}

#[component]
pub fn CheckInStep() -> impl IntoView {
    view! {
        <CheckInForm/>
        <FollowUp/>
    }
}

#[component]
fn CheckInForm() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let date = RwSignal::new(clock::today().to_string());
    let error = RwSignal::new(None::<String>);
    let lang = state.lang.get_untracked();
    let rows: Vec<Row> = editor.set.with_untracked(|s| {
        s.objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .map(|kr| {
                let last = kr.last_check_in();
                let shown = last.map(|c| format_decimal(c.value, lang));
                Row {
                    kr: kr.id.clone(),
                    title: kr.title.clone(),
                    goal: t().kr_goal(kr),
                    kind: kr.kind,
                    last: RwSignal::new(shown.clone()),
                    value: RwSignal::new(shown.unwrap_or_default()),
                    done: RwSignal::new(last.is_some_and(|c| c.value >= 0.5)),
                    confidence: RwSignal::new(last.map(|c| c.confidence).unwrap_or_default()),
                    note: RwSignal::new(String::new()),
                }
            })
            .collect()
    });
    let submit_rows = rows.clone();
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(day) = read_date(&date.get_untracked()) else {
            error.set(Some(t().text(Msg::DateOutOfRange).to_owned()));
            return;
        };
        let mut entries = Vec::new();
        for row in &submit_rows {
            let value = if row.kind == KrKind::Milestone {
                Some(if row.done.get_untracked() { 1.0 } else { 0.0 })
            } else {
                match parse_decimal(&row.value.get_untracked()) {
                    Ok(value) => value,
                    Err(_) => {
                        error.set(Some(format!("{} — {}", row.title, t().text(Msg::NotANumber))));
                        return;
                    }
                }
            };
            let Some(value) = value else { continue };
            let note = clean_line(row.note.get_untracked().trim(), MAX_NOTE_CHARS);
            let check_in = CheckIn { id: clock::new_id(), date: day, value, confidence: row.confidence.get_untracked(), note };
            entries.push((row.kr.clone(), check_in));
        }
        if entries.is_empty() {
            error.set(Some(t().text(Msg::NothingToRecord).to_owned()));
            return;
        }
        error.set(None);
        let recorded = editor.commit(move |s| entries.into_iter().filter(|(kr, c)| s.record_check_in(kr, c.clone())).count());
        let Some(count) = recorded.filter(|n| *n > 0) else { return };
        for row in &submit_rows {
            row.note.set(String::new());
            if row.kind != KrKind::Milestone && !row.value.get_untracked().trim().is_empty() {
                row.last.set(Some(row.value.get_untracked()));
            }
        }
        state.notify(t().check_ins_recorded(count));
    };
    let has_rows = !rows.is_empty();
    let body = rows.into_iter().map(|row| view! { <CheckInRow row=row/> }).collect_view();
    view! {
        <section class="card check-in" aria-labelledby="check-in-title">
            <h2 id="check-in-title">{tr(Msg::CheckInTitle)}</h2>
            <p class="hint">{tr(Msg::CheckInHint)}</p>
            <form on:submit=submit data-testid="check-in-form">
                <fieldset class="plain" disabled=move || editor.set.with(|s| s.is_closed())>
                <label class="field inline">
                    <span>{tr(Msg::CheckInDate)}</span>
                    <input type="date" data-testid="check-in-date" prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
                </label>
                <div class="table-scroll">
                    <table class="check-in-table">
                        <thead>
                            <tr>
                                <th scope="col">{move || crate::domain::vocabulary::capitalize(&editor.terms().key_result.singular)}</th>
                                <th scope="col">{tr(Msg::Latest)}</th>
                                <th scope="col">{tr(Msg::Value)}</th>
                                <th scope="col">{tr(Msg::ConfidenceLabel)}</th>
                                <th scope="col">{tr(Msg::Note)}</th>
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                <p class="error" role="alert" data-testid="check-in-error">{move || error.get()}</p>
                <button type="submit" class="button primary" data-testid="save-check-in" disabled=!has_rows>{tr(Msg::SaveCheckIn)}</button>
                </fieldset>
            </form>
        </section>
    }
}

#[component]
fn CheckInRow(row: Row) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let title = row.title.clone();
    let label = move |msg: Msg| format!("{} — {}", t().text(msg), title);
    let (value_label, confidence_label, note_label, done_label) =
        (label(Msg::Value), label(Msg::ConfidenceLabel), label(Msg::Note), label(Msg::Done));
    let Row { value, done, confidence, note, last, .. } = row;
    let entry = if row.kind == KrKind::Milestone {
        view! {
            <label class="check">
                <input type="checkbox" aria-label=done_label prop:checked=move || done.get() on:change=move |e| done.set(event_target_checked(&e))/>
                {tr(Msg::Done)}
            </label>
        }
        .into_any()
    } else {
        view! {
            <input type="text" inputmode="decimal" autocomplete="off" class="value-input" data-testid="check-in-value"
                aria-label=value_label prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))/>
        }
        .into_any()
    };
    view! {
        <tr data-testid="check-in-row">
            <th scope="row">{row.title.clone()} <span class="goal">{row.goal.clone()}</span></th>
            <td class="last">{move || last.get().unwrap_or_else(|| "—".to_owned())}</td>
            <td>{entry}</td>
            <td>
                <select aria-label=confidence_label data-testid="check-in-confidence"
                    on:change=move |e| confidence.set(Confidence::from_key(&event_target_value(&e)).unwrap_or_default())>
                    {Confidence::ALL.into_iter().map(|c| view! {
                        <option value=c.key() selected=move || confidence.get() == c>{move || t().confidence(c)}</option>
                    }).collect_view()}
                </select>
            </td>
            <td>
                <input type="text" class="note-input" aria-label=note_label maxlength=MAX_NOTE_CHARS
                    prop:value=move || note.get() on:input=move |e| note.set(event_target_value(&e))/>
            </td>
        </tr>
    }
}

/// Where the set stands: the set's progress against the pace, then each objective and
/// each key result with its status, chart and history.
#[component]
fn FollowUp() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let today = clock::today();
    let overall = Signal::derive(move || editor.set.with(set_progress));
    let pace = move || editor.set.with(|s| t().expected_by_now(percent(expected_pace(s.cycle, today))));
    let objectives = move || {
        editor.set.with(|s| {
            let terms = editor.terms();
            s.objectives
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let progress = objective_progress(o);
                    let status = objective_status(o, s.cycle, today);
                    let krs = o
                        .key_results
                        .iter()
                        .map(|kr| {
                            let kr_progress = key_result_progress(kr);
                            let kr_status = key_result_status(kr, s.cycle, today);
                            let trend = projected_progress(kr, s.cycle, today).map(|p| t().trend(percent(p)));
                            view! {
                                <li class="kr-follow-up" data-testid="kr-follow-up">
                                    <h4>{kr.title.clone()} <span class="goal">{t().kr_goal(kr)}</span></h4>
                                    <div class="kr-figures">
                                        <ProgressBar ratio=Signal::stored(kr_progress) label=Signal::stored(t().text(Msg::Progress).to_owned())/>
                                        <StatusBadge status=Signal::stored(kr_status)/>
                                    </div>
                                    {trend.map(|trend| view! { <p class="trend" data-testid="trend">{trend}</p> })}
                                    <KrChart kr=kr.clone() cycle=s.cycle/>
                                    <CheckInHistory kr=kr.id.clone()/>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <article class="card objective-follow-up" data-testid="objective-follow-up">
                            <h3>{t().objective_heading(&terms, i + 1)} " — " {o.title.clone()}</h3>
                            <div class="kr-figures">
                                <ProgressBar ratio=Signal::stored(progress) label=Signal::stored(t().text(Msg::Progress).to_owned())/>
                                <StatusBadge status=Signal::stored(status)/>
                            </div>
                            <ul class="kr-follow-up-list">{krs}</ul>
                        </article>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="follow-up" aria-labelledby="follow-up-title">
            <h2 id="follow-up-title" class="visually-hidden">{tr(Msg::Progress)}</h2>
            <div class="card set-progress">
                <ProgressBar ratio=overall label=Signal::derive(move || t().text(Msg::Progress).to_owned())/>
                <p class="meta" data-testid="pace">{pace}</p>
            </div>
            {objectives}
        </section>
    }
}
