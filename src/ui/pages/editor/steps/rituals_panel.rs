//! The set's rituals, above the check-in: when the next check-in is expected, the
//! rhythms of check-ins and follow-up meetings, and the calendar file of the cycle.

use crate::clock;
use crate::domain::filename::calendar_file_name;
use crate::domain::rituals::{ics, next_check_in, Due, Rhythm, Rituals};
use crate::files;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::store::{Scope, SetField};
use crate::ui::text::tr;
use leptos::prelude::*;

/// One rhythm picker; `read` and `write` say which of the set's rhythms it is.
#[component]
fn RhythmPicker(
    label: Msg,
    testid: &'static str,
    read: fn(&Rituals) -> Rhythm,
    write: fn(&mut Rituals, Rhythm),
) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let chosen = move || editor.set.field(SetField::Rituals, |s| read(&s.rituals));
    let choose = move |e: leptos::ev::Event| {
        if let Some(rhythm) = Rhythm::from_key(&event_target_value(&e)) {
            editor.commit_in(Scope::Field(SetField::Rituals), |s| {
                write(&mut s.rituals, rhythm)
            });
        }
    };
    view! {
        <label class="field">
            <span>{tr(label)}</span>
            <select data-testid=testid on:change=choose>
                {Rhythm::ALL.into_iter().map(|r| view! {
                    <option value=r.key() prop:selected=move || chosen() == r>{move || t().rhythm_name(r)}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

#[component]
pub fn RitualsPanel() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    // Read from the whole set (any check-in moves it), as a memo: the line is drawn again
    // only when the date changes.
    let due = Memo::new(move |_| editor.set.with(next_check_in));
    let due_line = move || {
        due.get().map(|date| {
            let due = Due::on(date, clock::today());
            view! {
                <p class="due" class:overdue=matches!(due, Due::Overdue(_)) data-testid="check-in-due">
                    {move || t().check_in_due(due)}
                </p>
            }
        })
    };
    let download = move |_| {
        let lang = state.lang.get_untracked();
        let t = state.t_untracked();
        let (name, text) = editor.set.with_untracked(|set| {
            let terms = set.vocabulary.terms(lang);
            let text = ics::calendar(set, &t.calendar_name(&set.name), clock::now(), &|r| {
                t.ritual_texts(r, &terms, &set.name)
            });
            (calendar_file_name(&set.name, "okr", clock::today()), text)
        });
        let _ = files::download(&name, &text, "text/calendar;charset=utf-8");
    };
    view! {
        <section class="card rituals" aria-labelledby="rituals-title" data-testid="rituals">
            <h2 id="rituals-title">{tr(Msg::RitualsTitle)}</h2>
            {due_line}
            <p class="hint">{tr(Msg::RitualsHint)}</p>
            <div class="field-grid">
                <RhythmPicker
                    label=Msg::CheckInRhythm
                    testid="check-in-rhythm"
                    read=Rituals::check_in_rhythm
                    write=|r, rhythm| r.check_ins = Some(rhythm)
                />
                <RhythmPicker
                    label=Msg::MeetingRhythm
                    testid="meeting-rhythm"
                    read=Rituals::meeting_rhythm
                    write=|r, rhythm| r.meetings = Some(rhythm)
                />
            </div>
            <div class="toolbar">
                <button class="button" data-testid="download-calendar" aria-describedby="calendar-hint" on:click=download>
                    {tr(Msg::DownloadCalendar)}
                </button>
            </div>
            <p class="hint" id="calendar-hint">{tr(Msg::CalendarHint)}</p>
        </section>
    }
}
