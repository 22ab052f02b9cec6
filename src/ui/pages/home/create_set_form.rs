//! Creating a set: a name, a team and the cycle's dates, then straight into the editor.

use crate::clock;
use crate::domain::model::{Cycle, OkrSet};
use crate::domain::templates::Template;
use crate::domain::validate::{clean_line, read_date, MAX_NAME_CHARS};
use crate::domain::visible::is_blank;
use crate::i18n::Msg;
use crate::ui::route::{self, Route};
use crate::ui::state::use_app;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn CreateSetForm(on_close: Callback<()>) -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let cycle = Cycle::quarter_from(clock::today());
    let name = RwSignal::new(String::new());
    let team = RwSignal::new(String::new());
    let start = RwSignal::new(cycle.start.to_string());
    let end = RwSignal::new(cycle.end.to_string());
    let error = RwSignal::new(None::<Msg>);
    let template = RwSignal::new(None::<Template>);

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let clean_name = clean_line(name.get_untracked().trim(), MAX_NAME_CHARS);
        if is_blank(&clean_name) {
            error.set(Some(Msg::NameRequired));
            crate::ui::dom::focus_soon("new-set-name".to_owned());
            return;
        }
        let (Some(s), Some(en)) = (
            read_date(&start.get_untracked()),
            read_date(&end.get_untracked()),
        ) else {
            error.set(Some(Msg::DateOutOfRange));
            return;
        };
        if en < s {
            error.set(Some(Msg::CycleEndBeforeStart));
            return;
        }
        let team_name = clean_line(team.get_untracked().trim(), MAX_NAME_CHARS);
        let mut set = OkrSet::new(
            clock::new_id(),
            &clean_name,
            &team_name,
            Cycle { start: s, end: en },
            clock::now(),
        );
        if let Some(template) = template.get_untracked() {
            set.objectives = template.objectives(state.lang.get_untracked(), &mut clock::new_id);
        }
        state.save(&set);
        on_close.run(());
        route::go(&Route::Set(set.id));
    };

    crate::ui::dom::focus_soon("new-set-name".to_owned());
    view! {
        <form class="card create-form" on:submit=submit data-testid="create-form" novalidate>
            <h2>{tr(Msg::NewSet)}</h2>
            <div class="field-grid">
                <label class="field">
                    <span>{tr(Msg::FieldName)}</span>
                    <input
                        id="new-set-name"
                        type="text"
                        required
                        maxlength=MAX_NAME_CHARS
                        placeholder=tr(Msg::NamePlaceholder)
                        aria-invalid=move || (error.get() == Some(Msg::NameRequired)).then_some("true")
                        aria-describedby="create-error"
                        on:input=move |e| name.set(event_target_value(&e))
                        prop:value=move || name.get()
                    />
                </label>
                <label class="field">
                    <span>{tr(Msg::FieldTeam)}</span>
                    <input
                        type="text"
                        maxlength=MAX_NAME_CHARS
                        placeholder=tr(Msg::TeamPlaceholder)
                        on:input=move |e| team.set(event_target_value(&e))
                        prop:value=move || team.get()
                    />
                </label>
                <label class="field">
                    <span>{tr(Msg::FieldCycleStart)}</span>
                    <input type="date" on:input=move |e| start.set(event_target_value(&e)) prop:value=move || start.get()/>
                </label>
                <label class="field">
                    <span>{tr(Msg::FieldCycleEnd)}</span>
                    <input type="date" on:input=move |e| end.set(event_target_value(&e)) prop:value=move || end.get()/>
                </label>
                <label class="field">
                    <span>{tr(Msg::StartFrom)}</span>
                    <select data-testid="template" on:change=move |e| template.set(Template::from_key(&event_target_value(&e)))>
                        <option value="" selected=true>{tr(Msg::BlankSet)}</option>
                        {Template::ALL
                            .into_iter()
                            .map(|tp| view! { <option value=tp.key()>{move || tp.name(state.lang.get())}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <p id="create-error" class="error" role="alert">{move || error.get().map(|m| t().text(m))}</p>
            <div class="form-actions">
                <button type="submit" class="button primary" data-testid="create-submit">{tr(Msg::Create)}</button>
                <button type="button" class="button" on:click=move |_| on_close.run(())>{tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}
