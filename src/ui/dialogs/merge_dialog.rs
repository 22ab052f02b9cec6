//! Merging an imported copy with the local set: what only one side has is kept; each
//! difference is shown side by side with a choice (and "keep both" for check-ins); the
//! result is previewed, and saving it can be undone.

use crate::clock;
use crate::domain::language::Lang;
use crate::domain::merge::{self, merge, Detail, Item, Side};
use crate::domain::model::OkrSet;
use crate::domain::set_figures::SetFigures;
use crate::domain::visible::is_blank;
use crate::i18n::{digest, Catalogue, Msg};
use crate::ui::state::use_app;
use crate::ui::text::tr;
use leptos::html::Dialog;
use leptos::prelude::*;
use std::collections::HashMap;

/// What an item says in one copy, for the side-by-side view (and the history's comparison).
pub(crate) fn describe(t: &dyn Catalogue, lang: Lang, set: &OkrSet, item: &Item) -> String {
    let absent = || "—".to_owned();
    let terms = set.vocabulary.terms(lang);
    match item {
        Item::Detail(d) => match d {
            Detail::Name => set.name.clone(),
            Detail::Team => set.team.clone(),
            Detail::Cycle => t.cycle(set.cycle.start, set.cycle.end),
            Detail::Vocabulary => t.vocabulary_name(&terms),
            Detail::Why => set.why.narrative.clone(),
            Detail::CountRule => t.count_rule_name(&terms, set.count_rule),
            Detail::Launch => set
                .launch
                .as_ref()
                .map_or_else(absent, |l| t.launched_on(clock::local(l.at))),
            Detail::Closed => set
                .closed
                .map_or_else(absent, |at| t.closed_on(clock::local(at))),
            Detail::Previous => set
                .previous
                .as_ref()
                .map_or_else(absent, |p| p.name.clone()),
            Detail::Reference => t
                .text(if set.reference {
                    Msg::ReferenceSet
                } else {
                    Msg::TeamSet
                })
                .to_owned(),
            Detail::Rituals => t.rituals_summary(&set.rituals),
            Detail::Workshop => t.workshop_summary(
                set.workshop.ideas.len(),
                set.workshop.parking.len(),
                set.workshop.confidence.len(),
            ),
        },
        Item::Objective(id) => set.objective(id).map_or_else(absent, |o| {
            [
                o.title.as_str(),
                o.why.as_str(),
                o.retro.happened.as_str(),
                o.retro.learned.as_str(),
                o.retro.differently.as_str(),
            ]
            .into_iter()
            .filter(|s| !is_blank(s))
            .collect::<Vec<_>>()
            .join(" · ")
        }),
        Item::KeyResult(id) => set
            .key_result(id)
            .map_or_else(absent, |(_, k)| format!("{} — {}", k.title, t.kr_goal(k))),
        Item::CheckIn(id) => set
            .objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .find_map(|k| k.check_ins.iter().find(|c| &c.id == id).map(|c| (k, c)))
            .map_or_else(absent, |(k, c)| {
                let note = if c.note.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", c.note)
                };
                let value = t.labelled(&t.date(c.date), &t.measure(k.kind, &k.unit, c.value, lang));
                format!(
                    "{} — {value} · {}{note}",
                    k.title,
                    t.confidence(c.confidence)
                )
            }),
        Item::Meeting(id) => set
            .meetings
            .iter()
            .find(|m| &m.id == id)
            .map_or_else(absent, |m| {
                format!("{} — {}", t.meeting_heading(m.date), m.learned)
            }),
    }
}

#[component]
pub fn MergeDialog() -> impl IntoView {
    let state = use_app();
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let open = state.merges.with(|m| !m.is_empty());
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let next = move || {
        state.merges.update(|m| {
            if !m.is_empty() {
                m.remove(0);
            }
        })
    };
    let body = move || {
        let Some((local, imported)) = state.merges.with(|m| m.first().cloned()) else {
            return ().into_any();
        };
        let listed = merge(None, &local, &imported, &|_| Side::Ours).conflicts;
        let choices: HashMap<Item, RwSignal<Side>> = listed
            .iter()
            .map(|i| (i.clone(), RwSignal::new(Side::Ours)))
            .collect();
        let choices = StoredValue::new(choices);
        // The preview reads the figures every summary shows: a reference set rolls up
        // from the other sets, read once per merge.
        let reference = if local.reference { &local } else { &imported };
        let others = StoredValue::new(crate::ui::figures::others_of(&state, reference));
        let result = {
            let (local, imported) = (local.clone(), imported.clone());
            Memo::new(move |_| {
                let picks: HashMap<Item, Side> =
                    choices.with_value(|c| c.iter().map(|(i, s)| (i.clone(), s.get())).collect());
                merge(None, &local, &imported, &move |item| {
                    picks.get(item).copied().unwrap_or(Side::Ours)
                })
                .set
            })
        };
        let save = {
            let local = local.clone();
            move |_| {
                let mut merged = result.get_untracked();
                merged.touch(clock::now());
                merged.mark_shared();
                if crate::domain::validate::validate_sets(std::slice::from_ref(&merged)).is_err() {
                    state.notify(Msg::MergeRefused);
                } else if state.save(&merged) {
                    // The imported file holds most of it, and what is here was here: the
                    // reminder to keep a copy counts from the next local change.
                    state.file_holds(std::slice::from_ref(&merged.id), clock::now());
                    // The version before is kept in the history, and the set's page offers
                    // it until the user keeps the merge; where it cannot be kept, a toast
                    // offers it.
                    if crate::ui::history::keep_before_merge(&state, &local) {
                        state.notify(Msg::MergeDone);
                    } else {
                        let previous = local.clone();
                        let revision = merged.revision;
                        state.notify_with_undo(Msg::MergeDone, move || {
                            let mut back = previous.clone();
                            back.revision = revision + 1;
                            state.save(&back);
                        });
                    }
                }
                next();
            }
        };
        let t = state.t_untracked();
        let lang = state.lang.get_untracked();
        let rows = listed
            .iter()
            .map(|item| {
                let chosen = choices.with_value(|c| c[item]);
                let group = format!("merge-{}", merge::key(item));
                let radio = move |side: Side, label: Msg| view! {
                    <label class="choice">
                        <input type="radio" name=group.clone() prop:checked=move || chosen.get() == side on:change=move |_| chosen.set(side)/>
                        <span>{tr(label)}</span>
                    </label>
                };
                let both = matches!(item, Item::CheckIn(_)).then(|| radio(Side::Both, Msg::MergeKeepBoth));
                view! {
                    <fieldset class="merge-item" data-testid="merge-item">
                        <legend>{t.merge_item(item_kind(item), &local.vocabulary.terms(lang))}</legend>
                        <div class="merge-sides">
                            <div class="merge-side"><span class="meta">{tr(Msg::MergeHere)}</span><p data-testid="merge-here">{describe(t, lang, &local, item)}</p></div>
                            <div class="merge-side"><span class="meta">{tr(Msg::MergeImported)}</span><p data-testid="merge-imported">{describe(t, lang, &imported, item)}</p></div>
                        </div>
                        {radio(Side::Ours, Msg::MergeKeepHere)}
                        {radio(Side::Theirs, Msg::MergeTakeImported)}
                        {both}
                    </fieldset>
                }
            })
            .collect_view();
        let none = listed.is_empty();
        view! {
            <h2 id="merge-title">{t.merge_title(&local.name)}</h2>
            <p class="hint">{tr(Msg::MergeHint)}</p>
            {none.then(|| view! { <p data-testid="merge-none">{tr(Msg::MergeNoConflict)}</p> })}
            <div class="merge-items">{rows}</div>
            <details class="merge-preview" open>
                <summary>{tr(Msg::MergePreview)}</summary>
                <pre data-testid="merge-preview" tabindex="0" role="region" aria-label=tr(Msg::MergePreview)>{move || result.with(|s| others.with_value(|o| {
                    let figures = SetFigures::of(s, o, clock::today());
                    digest(state.t(), s, &figures, state.lang.get())
                }))}</pre>
            </details>
            <div class="dialog-actions">
                <button class="button primary" data-testid="merge-save" on:click=save>{tr(Msg::MergeSave)}</button>
                <button class="button" data-testid="merge-cancel" on:click=move |_| next()>{tr(Msg::Cancel)}</button>
            </div>
        }
        .into_any()
    };
    view! {
        <dialog node_ref=dialog class="dialog merge-dialog" aria-labelledby="merge-title" data-testid="merge-dialog"
            on:cancel=move |e: leptos::ev::Event| {
                e.prevent_default();
                next();
            }>
            {body}
        </dialog>
    }
}

/// Which kind of item a conflict (or a difference) is about, for its heading.
pub(crate) fn item_kind(item: &Item) -> crate::i18n::MergeKind {
    use crate::i18n::MergeKind;
    match item {
        Item::Detail(Detail::Name) => MergeKind::Name,
        Item::Detail(Detail::Team) => MergeKind::Team,
        Item::Detail(Detail::Cycle) => MergeKind::Cycle,
        Item::Detail(Detail::Why) => MergeKind::Why,
        Item::Detail(_) => MergeKind::Settings,
        Item::Objective(_) => MergeKind::Objective,
        Item::KeyResult(_) => MergeKind::KeyResult,
        Item::CheckIn(_) => MergeKind::CheckIn,
        Item::Meeting(_) => MergeKind::Meeting,
    }
}
