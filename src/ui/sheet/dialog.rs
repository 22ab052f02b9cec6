//! The preview of a pasted or imported table: how each column is read (adjustable), what
//! will be created, and every cell that could not be read, with its row and column.
//! What would go past the team's count rule is said as advice, and does not stop "Create".
//! Nothing changes before "Create"; then objectives and key results are added in one
//! commit, which the toast's "Undo" takes back.

use super::Session;
use crate::clock;
use crate::domain::model::KeyResult;
use crate::domain::sheet::{column_letter, past_rule, preview, Column, Mapping, PlannedObjective};
use crate::i18n::{Catalogue, Msg};
use crate::ui::dom::focus_when_drawn;
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::html::Dialog;
use leptos::prelude::*;

/// Problems listed one by one; past this many, a count says how many more.
const PROBLEMS_SHOWN: usize = 50;
/// Objectives listed in the preview (a set holds 50 at most).
const OBJECTIVES_SHOWN: usize = 60;

/// One column's choice: its letter and header, and the role it is read as.
fn column_choice(mapping: RwSignal<Mapping>, index: usize, header: String) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let id = format!("sheet-column-{index}");
    let letter = column_letter(index);
    let label = {
        let header = header.clone();
        move || t().sheet_column_choice(&letter, &header)
    };
    let options = move || {
        let terms = editor.terms();
        Column::ALL
            .into_iter()
            .map(|c| {
                let chosen = move || mapping.with(|m| m.columns.get(index) == Some(&c));
                view! { <option value=c.key() selected=chosen>{t().sheet_column(c, &terms)}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field sheet-column">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                data-testid="sheet-column"
                prop:value=move || mapping.with(|m| m.columns.get(index).copied().unwrap_or_default().key())
                on:change=move |e| {
                    if let Some(column) = Column::from_key(&event_target_value(&e)) {
                        mapping.update(|m| m.assign(index, column));
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}

/// An objective to create and its key results, each with the row it comes from.
fn planned_view(planned: PlannedObjective) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let row = planned.row;
    let key_results = planned
        .key_results
        .into_iter()
        .map(|kr| {
            let row = kr.row;
            let goal = KeyResult {
                kind: kr.kind,
                baseline: kr.baseline,
                target: kr.target,
                unit: kr.unit,
                ..KeyResult::new(crate::domain::id::Id::new("preview"))
            };
            view! {
                <li data-testid="sheet-planned-kr">
                    <span>{kr.title}</span>
                    " — " <span>{move || t().kr_goal(&goal)}</span>
                    " " <span class="meta">{move || format!("({})", t().sheet_row(row))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li data-testid="sheet-planned-objective">
            <strong>{planned.title}</strong>
            " " <span class="meta">{move || format!("({})", t().sheet_row(row))}</span>
            <ul>{key_results}</ul>
        </li>
    }
}

#[component]
pub fn SheetDialog(session: Session, on_close: Callback<bool>) -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    let mapping = session.mapping;
    let table = session.table.clone();
    let plan = Memo::new(move |_| {
        let existing = editor.set.structure(|s| s.objectives.len());
        let lang = state.lang.get();
        mapping.with(|m| preview(&table, m, existing, lang))
    });
    let headers: Vec<String> = {
        let width = session.table.width();
        (0..width)
            .map(|i| session.table.cell(0, i).to_owned())
            .collect()
    };
    let header_of = {
        let headers = headers.clone();
        move |column: usize| -> String {
            let named = mapping.with_untracked(|m| m.header);
            match headers.get(column) {
                Some(h) if named => h.clone(),
                _ => String::new(),
            }
        }
    };
    let columns = headers
        .into_iter()
        .enumerate()
        .map(|(i, h)| column_choice(mapping, i, h))
        .collect_view();
    let cancel = move || {
        on_close.run(false);
        state.notify(Msg::ImportNothingChanged);
    };
    let confirm = move |_| {
        let plan = plan.get_untracked();
        let mut ids = clock::new_id;
        let Some(added) = editor.commit(|s| s.add_from_sheet(&plan, &mut ids)) else {
            return;
        };
        if added.is_empty() {
            return;
        }
        on_close.run(true);
        let (objectives, key_results) = (plan.objectives.len(), plan.key_result_count());
        let first = added[0].clone();
        state.notify_with_undo(
            move |t: &dyn Catalogue| t.sheet_added(&editor.terms(), objectives, key_results),
            move || {
                editor.commit(|s| s.remove_objectives(&added));
            },
        );
        focus_when_drawn(format!("obj-title-{first}"), 120);
    };
    let problems = move || {
        let terms = editor.terms();
        plan.with(|p| {
            let more = p.problems.len().saturating_sub(PROBLEMS_SHOWN);
            let items = p
                .problems
                .iter()
                .take(PROBLEMS_SHOWN)
                .map(|c| view! { <li data-testid="sheet-problem">{t().sheet_problem(c, &header_of(c.column), &terms)}</li> })
                .collect_view();
            (!p.problems.is_empty()).then(|| view! {
                <h3>{tr(Msg::SheetProblemsTitle)}</h3>
                <ul class="sheet-problems">{items}</ul>
                {(more > 0).then(|| view! { <p class="hint">{t().sheet_more_problems(more)}</p> })}
            })
        })
    };
    let planned = move || {
        plan.with(|p| {
            p.objectives
                .iter()
                .take(OBJECTIVES_SHOWN)
                .cloned()
                .map(planned_view)
                .collect_view()
        })
    };
    let summary = move || {
        plan.with(|p| {
            t().sheet_to_create(&editor.terms(), p.objectives.len(), p.key_result_count())
        })
    };
    // The team's count rule, said as the draft's review says it: advice, never a blocker.
    let past = Memo::new(move |_| {
        let rule = editor.set.field(SetField::CountRule, |s| s.count_rule);
        let existing = editor.set.structure(|s| s.objectives.len());
        plan.with(|p| past_rule(p, existing, rule))
    });
    let past_rule_view = move || {
        let terms = editor.terms();
        past.with(|all| {
            let items = all
                .iter()
                .map(|p| view! { <li class="finding warning" data-testid="sheet-past-rule">{t().sheet_past_rule(p, &terms)}</li> })
                .collect_view();
            (!all.is_empty()).then(|| view! {
                <section class="sheet-past-rule" aria-labelledby="sheet-past-rule-title" data-testid="sheet-past-rules">
                    <h3 id="sheet-past-rule-title">{tr(Msg::SheetPastRuleTitle)}</h3>
                    <ul class="findings">{items}</ul>
                    <p class="hint">{tr(Msg::SheetPastRuleHint)}</p>
                </section>
            })
        })
    };
    let blocked = move || {
        plan.with(|p| {
            p.blocker
                .as_ref()
                .map(|b| t().sheet_blocked(b, &editor.terms()))
        })
    };
    view! {
        <dialog
            node_ref=dialog
            class="dialog sheet-dialog"
            aria-labelledby="sheet-title"
            data-testid="sheet-dialog"
            on:cancel=move |e: leptos::ev::Event| {
                e.prevent_default();
                cancel();
            }
        >
            <h2 id="sheet-title">{tr(Msg::SheetPreviewTitle)}</h2>
            <fieldset class="sheet-columns">
                <legend>{tr(Msg::SheetColumnsLegend)}</legend>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="sheet-header-row"
                        prop:checked=move || mapping.with(|m| m.header)
                        on:change=move |e| {
                            let on = event_target_checked(&e);
                            mapping.update(|m| m.header = on);
                        }
                    />
                    {tr(Msg::SheetHeaderRow)}
                </label>
                <div class="sheet-column-grid">{columns}</div>
            </fieldset>
            <p data-testid="sheet-summary">{summary}</p>
            <p class="error" role="alert" data-testid="sheet-blocked">{blocked}</p>
            {past_rule_view}
            {problems}
            <ol class="sheet-planned">{planned}</ol>
            <div class="dialog-actions">
                <button
                    class="button primary"
                    data-testid="sheet-confirm"
                    disabled=move || plan.with(|p| p.blocker.is_some())
                    on:click=confirm
                >
                    {tr(Msg::Create)}
                </button>
                <button class="button" data-testid="sheet-cancel" on:click=move |_| cancel()>
                    {tr(Msg::Cancel)}
                </button>
            </div>
        </dialog>
    }
}
