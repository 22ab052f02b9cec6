//! The follow-up meeting: the product's short questions, answered together, beside where
//! each objective stands. Past meetings stay readable below, with the figures of their day.

use super::measures::{Measures, ObjectiveFigures};
use crate::clock;
use crate::domain::id::Id;
use crate::domain::language::Lang;
use crate::domain::meeting_figures::{figures_on, shown};
use crate::domain::model::{Meeting, OkrSet};
use crate::domain::progress::{objective_progress, objective_status, percent, Status};
use crate::domain::validate::{read_date, MAX_NOTE_CHARS};
use crate::i18n::{meeting_figure, Catalogue, Msg};
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use crate::ui::widgets::IdCheckbox;
use leptos::prelude::*;

fn clean(text: &str) -> String {
    crate::domain::validate::clean_paragraph(text.trim(), MAX_NOTE_CHARS)
}

#[component]
pub fn MeetingStep() -> impl IntoView {
    let editor = use_editor();
    let measures = Measures::new(editor);
    let state = editor.app;
    let t = move || state.t();
    let today = clock::today();
    let date = RwSignal::new(today.to_string());
    let learned = RwSignal::new(String::new());
    let adjust = RwSignal::new(String::new());
    let blocking = RwSignal::new(String::new());
    let to_revisit = RwSignal::new(Vec::<Id>::new());
    let date_error = RwSignal::new(false);
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(day) = read_date(&date.get_untracked()) else {
            date_error.set(true);
            return;
        };
        date_error.set(false);
        let meeting = Meeting {
            id: clock::new_id(),
            date: day,
            learned: clean(&learned.get_untracked()),
            to_revisit: to_revisit.get_untracked(),
            adjust: clean(&adjust.get_untracked()),
            blocking: clean(&blocking.get_untracked()),
            figures: None,
        };
        // The figures of its day are noted with it, so it reads as it was later on.
        let held = |s: &mut crate::domain::model::OkrSet| {
            let figures = Some(figures_on(&s.objectives, day));
            s.record_meeting(Meeting { figures, ..meeting })
        };
        if editor.commit(held) != Some(true) {
            return;
        }
        for field in [learned, adjust, blocking] {
            field.set(String::new());
        }
        to_revisit.set(Vec::new());
        state.notify(Msg::MeetingSaved);
    };
    let answer = move |msg: Msg, field: RwSignal<String>, testid: &'static str| {
        view! {
            <label class="field">
                <span>{tr(msg)}</span>
                <textarea rows="3" maxlength=MAX_NOTE_CHARS data-testid=testid prop:value=move || field.get()
                    on:input=move |e| field.set(event_target_value(&e))></textarea>
            </label>
        }
    };
    let objectives = move || editor.set.objective_ids();
    view! {
        <section class="card meeting" aria-labelledby="meeting-title">
            <h2 id="meeting-title">{tr(Msg::MeetingTitle)}</h2>
            <p class="hint">{tr(Msg::MeetingHint)}</p>
            <form on:submit=save data-testid="meeting-form">
                <fieldset class="plain" disabled=move || editor.set.field(SetField::Closed, |s| s.is_closed())>
                <label class="field inline">
                    <span>{tr(Msg::MeetingDate)}</span>
                    <input type="date" aria-invalid=move || date_error.get().then_some("true") aria-describedby="meeting-date-error"
                        prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
                </label>
                <p id="meeting-date-error" class="error" role="alert">{move || date_error.get().then(|| t().text(Msg::DateOutOfRange))}</p>
                {answer(Msg::MeetingLearned, learned, "meeting-learned")}
                <fieldset class="plain">
                    <legend>{tr(Msg::MeetingRelevance)} " " {move || t().revisit_prompt(&editor.terms())}</legend>
                    <ul class="meeting-objectives">
                        <For each=objectives key=|id| id.clone() let:id>
                            <MeetingObjective id=id to_revisit=to_revisit measures=measures/>
                        </For>
                    </ul>
                </fieldset>
                {answer(Msg::MeetingAdjust, adjust, "meeting-adjust")}
                {answer(Msg::MeetingBlocking, blocking, "meeting-blocking")}
                <button type="submit" class="button primary" data-testid="save-meeting">{tr(Msg::SaveMeeting)}</button>
                </fieldset>
            </form>
        </section>
        <PastMeetings/>
    }
}

/// One objective beside the meeting's questions: where it stands, and "to revisit".
#[component]
fn MeetingObjective(id: Id, to_revisit: RwSignal<Vec<Id>>, measures: Measures) -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let figures = {
        let id = id.clone();
        Memo::new(move |_| {
            let cycle = editor.set.field(SetField::Cycle, |s| s.cycle);
            let day = editor.reading_day();
            let lang = state.lang.get();
            editor.set.objective_deep(&id, |o| {
                o.map(|o| {
                    let latest = o
                        .key_results
                        .iter()
                        .filter_map(|kr| kr.last_check_in().map(|c| (kr, c)))
                        .map(|(kr, c)| {
                            format!(
                                "{} ({})",
                                t().labelled(
                                    &kr.title,
                                    &t().measure(kr.kind, &kr.unit, c.value, lang)
                                ),
                                t().date(c.date)
                            )
                        })
                        .collect::<Vec<_>>();
                    (
                        o.title.clone(),
                        objective_progress(o),
                        objective_status(o, cycle, day),
                        latest,
                    )
                })
            })
        })
    };
    let progress = Signal::derive(move || figures.with(|f| f.as_ref().and_then(|f| f.1)));
    let status =
        Signal::derive(move || figures.with(|f| f.as_ref().map_or(Status::Waiting, |f| f.2)));
    view! {
        <li class="meeting-objective">
            <strong>{move || figures.with(|f| f.as_ref().map(|f| f.0.clone()))}</strong>
            <ObjectiveFigures id=id.clone() measures=measures progress=progress status=status/>
            <ul class="latest">
                {move || figures.with(|f| f.as_ref().map(|f| f.3.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()))}
            </ul>
            <IdCheckbox list=to_revisit id=id testid="revisit">{tr(Msg::ToRevisit)}</IdCheckbox>
        </li>
    }
}

/// A past meeting's figures of its day, one line per key result still in the set, and
/// whether they were noted at the meeting (else worked out from the check-ins up to it).
fn figure_lines(
    set: &OkrSet,
    meeting: &Meeting,
    t: &dyn Catalogue,
    lang: Lang,
) -> (Vec<String>, bool) {
    let (figures, noted) = shown(set, meeting);
    let lines = figures
        .iter()
        .filter_map(|f| {
            let (_, kr) = set.key_result(&f.key_result)?;
            let value = t.measure(kr.kind, &kr.unit, f.value, lang);
            Some(meeting_figure(
                t,
                &kr.title,
                &value,
                f.measured,
                f.progress.map(percent),
            ))
        })
        .collect();
    (lines, noted)
}

#[component]
fn PastMeetings() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    // The meetings with the titles of the objectives they named, as a memo: the list is
    // drawn again only when one of them changes, not at every edit of the set.
    let meetings = Memo::new(move |_| {
        editor.set.with(|s| {
            let title_of = |id: &Id| {
                s.objective(id)
                    .map_or_else(|| t().removed_since(&editor.terms()), |o| o.title.clone())
            };
            s.meetings
                .iter()
                .rev()
                .map(|m| {
                    (
                        m.clone(),
                        m.to_revisit.iter().map(title_of).collect::<Vec<String>>(),
                        figure_lines(s, m, t(), state.lang.get()),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let list = move || {
        meetings.with(|list| {
            list.iter()
                .map(|(m, revisit, (figures, noted))| {
                    let revisit = revisit.clone();
                    let figures = figures.clone();
                    let figures_label = if *noted { Msg::MeetingFigures } else { Msg::MeetingFiguresWorkedOut };
                    let id = m.id.clone();
                    let delete = move |_| {
                        let removed = editor.commit(|s| s.remove_meeting(&id)).flatten();
                        if let Some(removed) = removed {
                            state.notify_with_undo(Msg::MeetingDeleted, move || {
                                editor.commit(|s| s.restore_meeting(removed.clone()));
                            });
                        }
                    };
                    let qa = [(Msg::MeetingLearned, m.learned.clone()), (Msg::MeetingAdjust, m.adjust.clone()), (Msg::MeetingBlocking, m.blocking.clone())];
                    view! {
                        <article class="past-meeting" data-testid="past-meeting">
                            <h3>{t().meeting_heading(m.date)}</h3>
                            <dl>
                                {qa.into_iter().filter(|(_, a)| !a.is_empty()).map(|(q, a)| view! { <dt>{tr(q)}</dt><dd class="answer">{a}</dd> }).collect_view()}
                                {(!revisit.is_empty()).then(|| view! {
                                    <dt>{move || t().revisited(&editor.terms())}</dt>
                                    <dd>{revisit.join(" · ")}</dd>
                                })}
                                {(!figures.is_empty()).then(|| view! {
                                    <dt>{tr(figures_label)}</dt>
                                    <dd><ul class="meeting-figures" data-testid="meeting-figures">
                                        {figures.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                    </ul></dd>
                                })}
                            </dl>
                            <button type="button" class="button quiet danger" on:click=delete>{tr(Msg::Delete)}</button>
                        </article>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card past-meetings" aria-labelledby="past-meetings-title">
            <h2 id="past-meetings-title">{tr(Msg::PastMeetings)}</h2>
            <Show when=move || editor.set.meetings(|s| s.meetings.is_empty())>
                <p class="empty-state">{tr(Msg::NoMeetingsYet)}</p>
            </Show>
            {list}
        </section>
    }
}
