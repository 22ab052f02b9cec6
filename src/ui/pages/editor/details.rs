//! The set's details at the top of the editor: name, team, cycle dates, the reference
//! flag, and the export, print, present, history and share buttons.

use super::share_panel::SharePanel;
use crate::domain::validate::{read_date, MAX_NAME_CHARS};
use crate::domain::visible::is_blank;
use crate::i18n::Msg;
use crate::ui::dom::sync_value;
use crate::ui::editing::use_editor;
use crate::ui::route::Route;
use crate::ui::store::{Scope, SetField};
use crate::ui::text::tr;
use crate::ui::widgets::LineInput;
use leptos::prelude::*;

#[component]
pub(super) fn SetDetails() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let initial = editor.set.get_untracked();
    let date_error = RwSignal::new(None::<Msg>);
    let name_error = RwSignal::new(false);
    let set_date = move |start: bool, text: String| {
        let Some(date) = read_date(&text) else {
            date_error.set(Some(Msg::DateOutOfRange));
            return;
        };
        let cycle = editor.set.with_untracked(|s| s.cycle);
        let (s, e) = if start {
            (date, cycle.end)
        } else {
            (cycle.start, date)
        };
        date_error.set((e < s).then_some(Msg::CycleEndBeforeStart));
        if e >= s {
            editor.commit(|set| {
                set.cycle.start = s;
                set.cycle.end = e;
            });
        }
    };
    let closed = move || editor.set.field(SetField::Closed, |s| s.is_closed());
    let previous = Memo::new(move |_| editor.set.field(SetField::Previous, |s| s.previous.clone()));
    let counts = move || {
        let terms = editor.terms();
        editor
            .set
            .structure(|s| t().counts(&terms, s.objectives.len(), s.key_result_count()))
    };
    let stored_name = Signal::derive(move || editor.set.field(SetField::Name, |s| s.name.clone()));
    let stored_team = Signal::derive(move || editor.set.field(SetField::Team, |s| s.team.clone()));
    let set_name = Callback::new(move |name: String| {
        let blank = is_blank(&name);
        name_error.set(blank);
        if !blank {
            editor.commit_in(Scope::Field(SetField::Name), |s| s.name = name);
        }
    });
    let set_team = Callback::new(move |team: String| {
        editor.commit_in(Scope::Field(SetField::Team), |s| s.team = team);
    });
    let (start_input, end_input) = (
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
    );
    sync_value(start_input, move || {
        editor
            .set
            .field(SetField::Cycle, |s| s.cycle.start.to_string())
    });
    sync_value(end_input, move || {
        editor
            .set
            .field(SetField::Cycle, |s| s.cycle.end.to_string())
    });
    view! {
        <section class="card set-details" aria-labelledby="set-heading">
            <h1 id="set-heading" class="set-title">{move || editor.set.field(SetField::Name, |s| s.name.clone())}</h1>
            <p class="meta" data-testid="editor-counts">{counts}</p>
            {move || previous.get().map(|p| view! {
                <p class="meta" data-testid="previous-cycle">{move || t().labelled(t().text(Msg::PreviousCycleLabel), &p.name)}</p>
            })}
            <fieldset class="plain field-grid" disabled=closed>
                <label class="field">
                    <span>{tr(Msg::FieldName)}</span>
                    <LineInput
                        value=stored_name
                        max=MAX_NAME_CHARS
                        testid="set-name"
                        trim=true
                        invalid=name_error.into()
                        described_by="set-name-error"
                        on_text=set_name
                    />
                    <span id="set-name-error" class="field-error">
                        {move || name_error.get().then(|| t().text(Msg::NameRequired))}
                    </span>
                </label>
                <label class="field">
                    <span>{tr(Msg::FieldTeam)}</span>
                    <LineInput
                        value=stored_team
                        max=MAX_NAME_CHARS
                        testid="set-team"
                        trim=true
                        on_text=set_team
                    />
                </label>
                <label class="field">
                    <span>{tr(Msg::FieldCycleStart)}</span>
                    <input
                        type="date"
                        node_ref=start_input
                        value=initial.cycle.start.to_string()
                        aria-describedby="cycle-error"
                        on:change=move |e| set_date(true, event_target_value(&e))
                    />
                </label>
                <label class="field">
                    <span>{tr(Msg::FieldCycleEnd)}</span>
                    <input
                        type="date"
                        node_ref=end_input
                        value=initial.cycle.end.to_string()
                        aria-describedby="cycle-error"
                        on:change=move |e| set_date(false, event_target_value(&e))
                    />
                </label>
                <label class="check reference-toggle">
                    <input
                        type="checkbox"
                        data-testid="reference-set"
                        prop:checked=move || editor.set.field(SetField::Reference, |s| s.reference)
                        on:change=move |e| {
                            let on = event_target_checked(&e);
                            editor.commit(|s| s.reference = on);
                        }
                    />
                    {tr(Msg::ReferenceSet)}
                </label>
            </fieldset>
            <p id="cycle-error" class="error" role="alert">
                {move || date_error.get().map(|m| t().text(m))}
            </p>
            // A version shown read-only has the version banner's own actions instead.
            {(!editor.read_only).then(|| view! {
            <div class="toolbar">
                <button
                    class="button"
                    data-testid="export-this"
                    on:click=move |_| editor.export()
                >
                    {tr(Msg::Export)}
                </button>
                <button class="button" data-testid="print" on:click=move |_| {
                    let _ = window().print();
                }>
                    {tr(Msg::Print)}
                </button>
                <a class="button" data-testid="present" href=Route::Present(editor.set.with_untracked(|s| s.id.clone())).href()>
                    {tr(Msg::Present)}
                </a>
                <a class="button" data-testid="open-history" href=Route::History(editor.set.with_untracked(|s| s.id.clone())).href()>
                    {tr(Msg::HistoryOpen)}
                </a>
                <a class="button" data-testid="workshop-screen" href=Route::Workshop(editor.set.with_untracked(|s| s.id.clone())).href()>
                    {tr(Msg::WorkshopScreen)}
                </a>
                <SharePanel/>
            </div>
            })}
        </section>
    }
}
