//! One set on the home page, with what can be done to it as a whole.

use crate::clock;
use crate::domain::id::Id;
use crate::domain::language::Lang;
use crate::domain::rituals::Due;
use crate::domain::rollup::{from_summaries, overall, rollups_as_of};
use crate::domain::summary::SetSummary;
use crate::domain::validate::{clean_line, MAX_NAME_CHARS};
use crate::domain::visible::is_blank;
use crate::i18n::{catalogue, Msg};
use crate::storage;
use crate::ui::route::Route;
use crate::ui::state::{use_app, AppState};
use crate::ui::transfer;
use crate::ui::widgets::ProgressBar;
use leptos::prelude::*;

fn rename(state: &AppState, id: &Id, name: &str) {
    let name = clean_line(name.trim(), MAX_NAME_CHARS);
    if is_blank(&name) {
        return;
    }
    if let Ok(Some(mut set)) = storage::load_set(id) {
        if set.name != name {
            set.name = name;
            set.touch(clock::now());
            state.save(&set);
        }
    }
}

fn duplicate(state: &AppState, id: &Id) {
    if let Ok(Some(set)) = storage::load_set(id) {
        let t = state.t_untracked();
        let copy = set.duplicate(&mut clock::new_id, &t.copy_name(&set.name), clock::now());
        if state.save(&copy) {
            let name = copy.name.clone();
            state.notify(move |t: &dyn crate::i18n::Catalogue| t.set_duplicated(&name));
        }
    }
}

/// Deletes at once and offers an undo that stores the set (and its history) again, unchanged.
fn delete(state: AppState, id: &Id) {
    let Ok(Some(set)) = storage::load_set(id) else {
        return;
    };
    // Its history goes with it, and comes back with the undo, exactly as it was.
    let history = storage::history_text(id);
    if !state.remove(id) {
        return;
    }
    let name = set.name.clone();
    state.notify_with_undo(
        move |t: &dyn crate::i18n::Catalogue| t.set_deleted(&name),
        move || {
            if state.save(&set) {
                if let Some(history) = &history {
                    let _ = storage::put_history_text(&set.id, history);
                }
            }
        },
    );
}

/// A reference set's progress rolled up from the summaries of the team sets (never whole
/// sets, so the home page stays fast): the mean of its objectives' rollups, as of when, and
/// how many of its objectives nobody serves. Follows the team sets' saves.
fn reference_rollup(state: AppState, me: SetSummary, lang: Lang) -> impl IntoView {
    let t = catalogue(lang);
    let terms = me.vocabulary.terms(lang);
    let rollups = Memo::new(move |_| state.summaries.with(|all| from_summaries(&me, all)));
    let overall = Signal::derive(move || rollups.with(|r| overall(r)));
    let words = move || {
        rollups.with(|r| {
            let nobody = r.iter().filter(|r| r.nobody()).count();
            let mut line = vec![t.figures_as_of(rollups_as_of(r))];
            if nobody > 0 {
                line.push(t.nobody_serves_count(&terms, nobody, r.len()));
            }
            line.join(" · ")
        })
    };
    view! {
        <ProgressBar ratio=overall label=Signal::stored(t.text(Msg::RolledUpProgress).to_owned())/>
        <p class="meta" data-testid="card-rollup">{words}</p>
    }
}

/// A card's texts are computed once: the list redraws its cards when the language changes
/// (see `HomePage`), so a workspace of hundreds of sets costs no effect per label.
#[component]
pub fn SetCard(summary: SetSummary, lang: Lang) -> impl IntoView {
    let state = use_app();
    let t = catalogue(lang);
    let renaming = RwSignal::new(false);
    let rollup = summary
        .reference
        .then(|| reference_rollup(state, summary.clone(), lang));
    let SetSummary {
        id,
        name,
        team,
        cycle,
        objectives,
        key_results,
        modified,
        vocabulary,
        progress,
        closed,
        reference,
        check_in_due,
        ..
    } = summary;
    // Read against today when the card is drawn (cards are drawn again on each visit).
    let due = check_in_due.map(|date| Due::on(date, clock::today()));
    let href = Route::Set(id.clone()).href();
    let input_id = format!("rename-{id}");
    // A name of invisible characters (saved before they were refused) would leave nothing
    // to click and labels naming nothing.
    let shown = if is_blank(&name) {
        t.text(Msg::Untitled).to_owned()
    } else {
        name.clone()
    };
    let rename_label = t.action_on(Msg::Rename, &shown);

    let title = {
        let (id, name, shown, input_id, rename_label) = (
            id.clone(),
            name.clone(),
            shown.clone(),
            input_id.clone(),
            rename_label.clone(),
        );
        move || {
            if renaming.get() {
                let (id_commit, id_key) = (id.clone(), id.clone());
                view! {
                    <input
                        id=input_id.clone()
                        class="rename-input"
                        type="text"
                        maxlength=MAX_NAME_CHARS
                        value=name.clone()
                        aria-label=rename_label.clone()
                        on:blur=move |e| {
                            if renaming.get_untracked() {
                                renaming.set(false);
                                rename(&state, &id_commit, &event_target_value(&e));
                            }
                        }
                        on:keydown=move |e| match e.key().as_str() {
                            "Enter" => {
                                renaming.set(false);
                                rename(&state, &id_key, &event_target_value(&e));
                            }
                            "Escape" => renaming.set(false),
                            _ => {}
                        }
                    />
                }
                .into_any()
            } else {
                view! { <a href=href.clone() class="set-link">{shown.clone()}</a> }.into_any()
            }
        }
    };

    let (id_dup, id_exp, id_del) = (id.clone(), id.clone(), id.clone());
    view! {
        <li class="card set-card" data-testid="set-card">
            <h3 class="set-name">{title}</h3>
            <p class="meta">
                {(!team.is_empty()).then(|| view! { <span class="team">{team}</span> })}
                <span>{t.cycle(cycle.start, cycle.end)}</span>
                <span data-testid="set-counts">{t.counts(&vocabulary.terms(lang), objectives, key_results)}</span>
                <span>{t.modified_on(clock::local(modified))}</span>
                {reference.then(|| view! { <span class="tag">{t.text(Msg::ReferenceSet)}</span> })}
                {closed.then(|| view! { <span class="tag">{t.text(Msg::ClosedTag)}</span> })}
            </p>
            {due.map(|due| view! {
                <p class="due" class:overdue=matches!(due, Due::Overdue(_)) data-testid="check-in-due">{t.check_in_due(due)}</p>
            })}
            {match rollup {
                Some(rollup) => rollup.into_any(),
                None => progress.map(|p| view! { <ProgressBar ratio=Signal::stored(Some(p)) label=Signal::stored(t.text(Msg::Progress).to_owned())/> }).into_any(),
            }}
            <div class="card-actions" role="group" aria-label=t.action_on(Msg::Actions, &shown)>
                <button
                    class="button quiet"
                    aria-label=rename_label
                    on:click=move |_| {
                        renaming.set(true);
                        crate::ui::dom::focus_soon(input_id.clone());
                    }
                >
                    {t.text(Msg::Rename)}
                </button>
                <button
                    class="button quiet"
                    aria-label=t.action_on(Msg::Duplicate, &shown)
                    on:click=move |_| duplicate(&state, &id_dup)
                >
                    {t.text(Msg::Duplicate)}
                </button>
                <button
                    class="button quiet"
                    aria-label=t.action_on(Msg::Export, &shown)
                    data-testid="export-set"
                    on:click=move |_| transfer::export_set_by_id(&state, &id_exp)
                >
                    {t.text(Msg::Export)}
                </button>
                <button
                    class="button quiet danger"
                    aria-label=t.action_on(Msg::Delete, &shown)
                    data-testid="delete-set"
                    on:click=move |_| delete(state, &id_del)
                >
                    {t.text(Msg::Delete)}
                </button>
            </div>
        </li>
    }
}
