//! The confidence vote (fist of five) at launch: for each key result, how many hands
//! showed 0 to 5 fingers (counts only, never names); the spread, the average as a
//! confidence, and what it means by the method's thresholds.

use crate::domain::id::Id;
use crate::domain::workshop::fist::{
    band, confidence, divided, set_confidence, set_count, spread, vote_of, voters,
};
use crate::domain::workshop::MAX_VOTES;
use crate::i18n::Msg;
use crate::ui::dom::sync_value;
use crate::ui::editing::{use_editor, Editor};
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::prelude::*;

fn counts_of(editor: Editor, kr: &Id) -> [u32; 6] {
    editor.set.field(SetField::Workshop, |s| {
        vote_of(&s.workshop, kr).map_or([0; 6], |v| v.counts)
    })
}

/// One key result's six counts and what they say.
fn key_result_vote(editor: Editor, kr: Id) -> impl IntoView {
    let t = move || editor.app.t();
    let counts = {
        let kr = kr.clone();
        Memo::new(move |_| counts_of(editor, &kr))
    };
    let fields = (0..6usize)
        .map(|fingers| {
            let kr = kr.clone();
            // Kept in step with what is stored, except while a count is being typed here.
            let input = NodeRef::<leptos::html::Input>::new();
            let stored = move || counts.with(|c| c[fingers]).to_string();
            // Read untracked: the plan's redraw must not follow the counts.
            let initial = untrack(stored);
            sync_value(input, stored);
            view! {
                <label class="field fist-count">
                    <span>{move || t().fingers(fingers)}</span>
                    <input type="number" inputmode="numeric" min="0" max=MAX_VOTES data-testid=format!("fist-{fingers}")
                        node_ref=input value=initial
                        on:change=move |e| {
                            let typed = event_target_value(&e);
                            let count = if typed.trim().is_empty() { Some(0) } else { typed.trim().parse::<u32>().ok() };
                            if let Some(count) = count {
                                editor.commit(|s| set_count(s, &kr, fingers, count));
                            }
                        }/>
                </label>
            }
        })
        .collect_view();
    let reading = move || {
        let c = counts.get();
        match confidence(&c) {
            None => view! { <p class="hint">{tr(Msg::FistNoVotes)}</p> }.into_any(),
            Some(value) => {
                let (low, high) = spread(&c).unwrap_or((0, 0));
                view! {
                    <p class="fist-figures">
                        <span data-testid="fist-voters">{t().voters(voters(&c))}</span>
                        " · "
                        <span data-testid="fist-spread">{t().spread(low, high)}</span>
                        " · "
                        <strong data-testid="fist-confidence">{t().fist_confidence(value)}</strong>
                    </p>
                    <p class=format!("fist-band band-{:?}", band(value)).to_lowercase() data-testid="fist-band">{t().band(band(value))}</p>
                    {divided(&c).then(|| view! { <p class="notice" data-testid="fist-divided">{tr(Msg::FistDivided)}</p> })}
                }
                .into_any()
            }
        }
    };
    let legend = {
        let kr = kr.clone();
        move || {
            editor
                .set
                .key_result(&kr, |k| t().fist_for(k.map_or("", |k| &k.title)))
        }
    };
    view! {
        <fieldset class="fist" data-testid="fist">
            <legend>{legend}</legend>
            <div class="fist-counts">{fields}</div>
            <div aria-live="polite">{reading}</div>
        </fieldset>
    }
}

#[component]
pub fn ConfidenceVotes() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    // The plan's shape (ids in order): redrawn when it changes; titles are read per item,
    // so a renamed objective or key result updates its own heading only.
    let plan = Memo::new(move |_| {
        editor
            .set
            .objective_ids()
            .into_iter()
            .map(|o| {
                let krs = editor.set.key_result_ids(&o);
                (o, krs)
            })
            .collect::<Vec<_>>()
    });
    let overall = move || {
        editor.set.field(SetField::Workshop, |_| ());
        editor.set.all_key_results(set_confidence)
    };
    view! {
        <section class="card workshop-fist" aria-labelledby="fist-title">
            <h2 id="fist-title">{tr(Msg::FistTitle)}</h2>
            <p class="hint">{move || t().fist_hint(&editor.terms())}</p>
            {move || {
                plan.get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, (objective, krs))| view! {
                        <div class="fist-objective">
                            <h3>
                                {move || t().objective_heading(&editor.terms(), i + 1)} " — "
                                {move || editor.set.objective(&objective, |o| o.map(|o| o.title.clone()))}
                            </h3>
                            {krs.into_iter().map(|id| key_result_vote(editor, id)).collect_view()}
                        </div>
                    })
                    .collect_view()
            }}
            {move || overall().map(|c| view! {
                <p class="fist-overall" data-testid="fist-overall"><strong>{t().set_confidence(&editor.terms(), c)}</strong></p>
                <p class="fist-band">{t().band(band(c))}</p>
            })}
        </section>
    }
}
