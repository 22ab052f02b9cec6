//! The weekly check-in: one form lists every key result with its last value already in
//! place, so the team changes what moved and presses Enter. Below it, where each
//! objective and key result stands (`FollowUp`).

use super::follow_up::FollowUp;
use super::rituals_panel::RitualsPanel;
use crate::clock;
use crate::domain::editing::Removed;
use crate::domain::id::Id;
use crate::domain::model::{milestone, CheckIn, Confidence, KeyResult, KrKind, Objective};
use crate::domain::number::{format_decimal, parse_decimal};
use crate::domain::validate::{clean_line, read_date, MAX_NOTE_CHARS};
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::prelude::*;
use std::collections::HashMap;

/// What the team is typing for one key result: the user's draft, kept apart from the set
/// so that nothing another tab stores can reset it.
#[derive(Clone, Copy)]
struct Draft {
    value: RwSignal<String>,
    done: RwSignal<bool>,
    confidence: RwSignal<Confidence>,
    note: RwSignal<String>,
    /// Whether the user changed anything in this row since it was last recorded.
    typed: StoredValue<bool>,
    /// The key result and its objective as last seen, to put them back if another tab
    /// removes them while a check-in is being typed.
    last_seen: StoredValue<Option<(Objective, usize, usize)>>,
}

impl Draft {
    fn new(kr: &KeyResult, lang: crate::domain::language::Lang) -> Draft {
        let last = kr.last_check_in();
        Draft {
            value: RwSignal::new(
                last.map(|c| format_decimal(c.value, lang))
                    .unwrap_or_default(),
            ),
            done: RwSignal::new(last.is_some_and(CheckIn::is_done)),
            confidence: RwSignal::new(last.map(|c| c.confidence).unwrap_or_default()),
            note: RwSignal::new(String::new()),
            typed: StoredValue::new(false),
            last_seen: StoredValue::new(None),
        }
    }
}

#[component]
pub fn CheckInStep() -> impl IntoView {
    view! {
        <RitualsPanel/>
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
    // The message and the key result it names, written when shown (in the current language).
    let error = RwSignal::new(None::<(Msg, Option<String>)>);
    let drafts = StoredValue::new(HashMap::<Id, Draft>::new());
    let form = StoredValue::new(Owner::current().unwrap_or_default());
    // The rows: every key result of the set, then any whose draft outlived it (removed in
    // another tab while being typed), so the user's text stays on screen.
    // Key results whose draft outlived them (removed in another tab while being typed), so
    // the user's text stays on screen; listed after the set's own, one table per objective.
    let orphans = Memo::new(move |_| {
        let ids = editor.set.all_key_result_ids();
        drafts.with_value(|d| {
            d.iter()
                .filter(|(id, draft)| draft.typed.get_value() && !ids.contains(id))
                .map(|(id, _)| id.clone())
                .collect::<Vec<_>>()
        })
    });
    let draft_of = move |id: &Id| {
        if let Some(d) = drafts.with_value(|d| d.get(id).copied()) {
            return d;
        }
        let lang = state.lang.get_untracked();
        // Made under the form, not the row: a row drawn elsewhere (its key result removed
        // in another tab, then put back) keeps the same draft.
        let draft = form.get_value().with(|| {
            editor
                .set
                .with_untracked(|s| s.key_result(id).map(|(_, kr)| Draft::new(kr, lang)))
                .unwrap_or_else(|| Draft::new(&KeyResult::new(id.clone()), lang))
        });
        drafts.update_value(|d| {
            d.insert(id.clone(), draft);
        });
        draft
    };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(day) = read_date(&date.get_untracked()) else {
            error.set(Some((Msg::DateOutOfRange, None)));
            return;
        };
        let mut entries = Vec::new();
        let krs = editor.set.with_untracked(|s| {
            s.objectives
                .iter()
                .flat_map(|o| &o.key_results)
                .map(|k| (k.id.clone(), k.title.clone(), k.kind))
                .collect::<Vec<_>>()
        });
        for (kr, title, kind) in krs {
            let row = draft_of(&kr);
            let value = if kind == KrKind::Milestone {
                Some(milestone::value(row.done.get_untracked()))
            } else {
                match parse_decimal(&row.value.get_untracked()) {
                    Ok(value) => value,
                    Err(_) => {
                        error.set(Some((Msg::NotANumber, Some(title))));
                        return;
                    }
                }
            };
            let Some(value) = value else { continue };
            let note = clean_line(row.note.get_untracked().trim(), MAX_NOTE_CHARS);
            let check_in = CheckIn {
                id: clock::new_id(),
                date: day,
                value,
                confidence: row.confidence.get_untracked(),
                note,
            };
            entries.push((kr, check_in));
        }
        if entries.is_empty() {
            error.set(Some((Msg::NothingToRecord, None)));
            return;
        }
        error.set(None);
        let ids: Vec<Id> = entries.iter().map(|(kr, _)| kr.clone()).collect();
        let recorded = editor.commit(move |s| {
            entries
                .into_iter()
                .filter(|(kr, c)| s.record_check_in(kr, c.clone()))
                .count()
        });
        let Some(count) = recorded.filter(|n| *n > 0) else {
            return;
        };
        // Kept in the set's history once written: "3 points d'étape enregistrés".
        editor.keep_after_write(crate::domain::history::Reason::CheckIns(
            u32::try_from(count).unwrap_or(u32::MAX),
        ));
        // Written with the next batched write (within 0.4 s, at once on leaving), as any
        // edit is: writing a large set here would hold up the click.
        for id in &ids {
            let row = draft_of(id);
            row.note.set(String::new());
            row.typed.set_value(false);
        }
        state.notify(move |t: &dyn crate::i18n::Catalogue| t.check_ins_recorded(count));
    };
    let has_rows =
        move || editor.set.structure(|s| s.key_result_count() > 0) || !orphans.with(Vec::is_empty);
    let objectives = move || editor.set.objective_ids();
    let drawn = crate::ui::dom::drawn_progressively(
        move || editor.set.structure(|s| s.objectives.len()),
        1,
        1,
    );
    let head = move || {
        view! {
            <thead>
                <tr>
                    <th scope="col"><abbr title=move || crate::domain::vocabulary::capitalize(&editor.terms().key_result.singular)>{move || t().key_result_column(&editor.terms())}</abbr></th>
                    <th scope="col">{tr(Msg::Latest)}</th>
                    <th scope="col">{tr(Msg::Value)}</th>
                    <th scope="col">{tr(Msg::ConfidenceLabel)}</th>
                    <th scope="col">{tr(Msg::Note)}</th>
                </tr>
            </thead>
        }
    };
    view! {
        <section class="card check-in" aria-labelledby="check-in-title">
            <h2 id="check-in-title">{tr(Msg::CheckInTitle)}</h2>
            <p class="hint">{tr(Msg::CheckInHint)}</p>
            <form on:submit=submit data-testid="check-in-form">
                <fieldset class="plain" disabled=move || editor.set.field(SetField::Closed, |s| s.is_closed())>
                <label class="field inline">
                    <span>{tr(Msg::CheckInDate)}</span>
                    <input type="date" data-testid="check-in-date" prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
                </label>
                <For each=move || objectives().into_iter().take(drawn.get()) key=|id| id.clone() let:objective>
                    <div class="table-scroll check-in-group">
                        <table class="check-in-table">
                            <caption>{
                                let objective = objective.clone();
                                move || {
                                    let number = editor.set.objective_number(&objective);
                                    let title = editor.set.objective(&objective, |o| o.map(|o| o.title.clone()).unwrap_or_default());
                                    format!("{} — {title}", t().objective_heading(&editor.terms(), number))
                                }
                            }</caption>
                            {head()}
                            <tbody>
                                <For each={
                                    let objective = objective.clone();
                                    move || editor.set.key_result_ids(&objective)
                                } key=|id| id.clone() let:id>
                                    <CheckInRow draft=draft_of(&id) id=id/>
                                </For>
                            </tbody>
                        </table>
                    </div>
                </For>
                <Show when=move || !orphans.with(Vec::is_empty)>
                    <div class="table-scroll">
                        <table class="check-in-table">
                            {head()}
                            <tbody>
                                <For each=move || orphans.get() key=|id| id.clone() let:id>
                                    <CheckInRow draft=draft_of(&id) id=id/>
                                </For>
                            </tbody>
                        </table>
                    </div>
                </Show>
                <p class="error" role="alert" data-testid="check-in-error">{move || error.get().map(|(msg, item)| match item {
                    Some(title) => format!("{title} — {}", t().text(msg)),
                    None => t().text(msg).to_owned(),
                })}</p>
                <button type="submit" class="button primary" data-testid="save-check-in" disabled=move || !has_rows()>{tr(Msg::SaveCheckIn)}</button>
                </fieldset>
            </form>
        </section>
    }
}

#[component]
fn CheckInRow(id: Id, draft: Draft) -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let Draft {
        value,
        done,
        confidence,
        note,
        typed,
        last_seen,
    } = draft;
    // What the row shows of its key result, followed as it changes; None once removed.
    let shown = {
        let id = id.clone();
        Memo::new(move |_| {
            editor.set.key_result(&id, |kr| {
                kr.map(|kr| {
                    let lang = state.lang.get_untracked();
                    let last = kr
                        .last_check_in()
                        .map(|c| (format_decimal(c.value, lang), c.is_done(), c.confidence));
                    // As people read it: "40 h", or words for a milestone ("Atteint").
                    let shown_last = kr
                        .last_check_in()
                        .map(|c| t().measure(kr.kind, &kr.unit, c.value, lang));
                    (kr.title.clone(), t().kr_goal(kr), kr.kind, last, shown_last)
                })
            })
        })
    };
    // Remember the key result and its place, so it can be put back if removed elsewhere;
    // a new check-in stored elsewhere refreshes the prefilled value the user has not touched.
    {
        let id = id.clone();
        Effect::new(move |_| {
            let Some((_, _, _, last, _)) = shown.get() else {
                return;
            };
            let seen = editor.set.with_untracked(|s| {
                s.objectives.iter().enumerate().find_map(|(oi, o)| {
                    let ki = o.key_results.iter().position(|k| k.id == id)?;
                    let objective = Objective {
                        id: o.id.clone(),
                        title: o.title.clone(),
                        why: o.why.clone(),
                        key_results: vec![o.key_results[ki].clone()],
                        retro: o.retro.clone(),
                        contributes_to: o.contributes_to.clone(),
                    };
                    Some((objective, oi, ki))
                })
            });
            last_seen.set_value(seen);
            if !typed.get_value() {
                if let Some((text, is_done, level)) = last {
                    value.set(text);
                    done.set(is_done);
                    confidence.set(level);
                }
            }
        });
    }
    let put_back = move |_| {
        let Some((objective, oi, ki)) = last_seen.get_value() else {
            return;
        };
        editor.commit(|s| {
            let parent = objective.id.clone();
            if s.objective(&parent).is_some() {
                let item = objective.key_results[0].clone();
                s.restore_key_result(Removed {
                    parent: Some(parent),
                    index: ki,
                    item,
                });
            } else {
                s.restore_objective(Removed {
                    parent: None,
                    index: oi,
                    item: objective,
                });
            }
        });
    };
    let title = move || {
        shown
            .with(|s| s.as_ref().map(|s| s.0.clone()))
            .unwrap_or_default()
    };
    let label = move |msg: Msg| move || format!("{} — {}", t().text(msg), title());
    let mark = move || typed.set_value(true);
    let milestone = move || shown.with(|s| s.as_ref().is_some_and(|s| s.2 == KrKind::Milestone));
    let entry = move || {
        if milestone() {
            view! {
                <label class="check">
                    <input type="checkbox" aria-label=label(Msg::Done) prop:checked=move || done.get()
                        on:change=move |e| { mark(); done.set(event_target_checked(&e)) }/>
                    {tr(Msg::Done)}
                </label>
            }
            .into_any()
        } else {
            view! {
                <input type="text" inputmode="decimal" autocomplete="off" class="value-input" data-testid="check-in-value"
                    aria-label=label(Msg::Value) prop:value=move || value.get()
                    on:input=move |e| { mark(); value.set(event_target_value(&e)) }/>
            }
            .into_any()
        }
    };
    view! {
        <tr data-testid="check-in-row" class:removed=move || shown.with(Option::is_none)>
            <th scope="row">
                {title} " " <span class="goal">{move || shown.with(|s| s.as_ref().map(|s| s.1.clone()))}</span>
                {move || shown.with(Option::is_none).then(|| view! {
                    <p class="removed-note" role="status" data-testid="removed-elsewhere">
                        {move || t().removed_elsewhere(&editor.terms())} " "
                        <button type="button" class="button quiet" data-testid="put-back" on:click=put_back>
                            {move || t().put_back(&editor.terms())}
                        </button>
                    </p>
                })}
            </th>
            <td class="last">{move || shown.with(|s| s.as_ref().and_then(|s| s.4.clone())).unwrap_or_else(|| "—".to_owned())}</td>
            <td>{entry}</td>
            <td>
                <select aria-label=label(Msg::ConfidenceLabel) data-testid="check-in-confidence"
                    on:change=move |e| { mark(); confidence.set(Confidence::from_key(&event_target_value(&e)).unwrap_or_default()) }>
                    {Confidence::ALL.into_iter().map(|c| view! {
                        <option value=c.key() prop:selected=move || confidence.get() == c>{move || t().confidence(c)}</option>
                    }).collect_view()}
                </select>
            </td>
            <td>
                <input type="text" class="note-input" aria-label=label(Msg::Note) maxlength=MAX_NOTE_CHARS
                    prop:value=move || note.get() on:input=move |e| { mark(); note.set(event_target_value(&e)) }/>
            </td>
        </tr>
    }
}
