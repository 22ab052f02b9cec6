//! The one-page printout of a set: hidden on screen, it is all the printer sees. Black on
//! white, the set's own words, no controls; the date its figures are as of and the day it
//! was printed; a reference set's objectives rolled up from the teams' sets.

use crate::clock;
use crate::domain::progress::percent;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::figures::set_figures;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn PrintSheet() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    // Drawn only while printing: on screen it is hidden, and keeping it drawn would cost
    // every edit a redraw of the whole set.
    let printing = RwSignal::new(false);
    crate::ui::dom::on_print(move |on| printing.set(on));
    view! {
        <article class="print-sheet" aria-hidden="true">
            {move || printing.get().then(|| {
                let terms = editor.terms();
                editor.set.with(|set| {
                    let head = format!(
                        "{}{}",
                        if set.team.trim().is_empty() { String::new() } else { format!("{} · ", set.team) },
                        t().cycle(set.cycle.start, set.cycle.end)
                    );
                    // A reference set's objectives roll up from the teams' sets, read now.
                    let figures = set_figures(&state, set);
                    let as_of = figures.as_of;
                    let dated = (figures.dated || as_of.is_some())
                        .then(|| view! { " · " <span data-testid="print-as-of">{t().printed_as_of(as_of, clock::today())}</span> });
                    let objectives = set
                        .objectives
                        .iter()
                        .enumerate()
                        .map(|(i, o)| {
                            let krs = o
                                .key_results
                                .iter()
                                .map(|kr| {
                                    let lang = state.lang.get_untracked();
                                    let current = kr.last_check_in().map(|c| t().measure(kr.kind, &kr.unit, c.value, lang));
                                    // A reference objective's key results are not its measure: no bar.
                                    let measure = figures.key_result(i, kr).map(|k| {
                                        let progress = k.progress.map(percent);
                                        view! {
                                            " "
                                            <span class="print-bar"><span class="print-fill" style:width=format!("{}%", progress.unwrap_or(0).clamp(0, 100))></span></span>
                                            " " {progress.map_or_else(|| "—".to_owned(), |p| t().percent(p))}
                                        }
                                    });
                                    view! {
                                        <li>
                                            <span>{kr.title.clone()}</span>" — "<strong>{t().kr_goal(kr)}</strong>
                                            {current.map(|c| view! { " · " {t().labelled(t().text(Msg::Latest), &c)} })}
                                            {measure}
                                        </li>
                                    }
                                })
                                .collect_view();
                            let rolled = figures.rollup(i).map(|r| {
                                let figure = r.progress.map(|p| t().labelled(t().text(Msg::RolledUpProgress), &t().percent(percent(p))));
                                let words = t().rollup_line(&terms, r);
                                view! { <p class="print-rollup" data-testid="print-rollup">{figure.map(|f| format!("{f} · "))}{words}</p> }
                            });
                            view! {
                                <section class="print-objective">
                                    <h2>{t().objective_heading(&terms, i + 1)} " — " {o.title.clone()}</h2>
                                    {rolled}
                                    {(!o.why.trim().is_empty()).then(|| view! { <p class="print-why">{o.why.clone()}</p> })}
                                    <ul>{krs}</ul>
                                </section>
                            }
                        })
                        .collect_view();
                    view! {
                        <h1>{set.name.clone()}</h1>
                        <p class="print-meta">{head}{dated}</p>
                        {(!set.why.narrative.trim().is_empty()).then(|| view! {
                            <h2 class="print-label">{tr(Msg::DigestWhy)}</h2>
                            <p class="print-narrative">{set.why.narrative.trim().to_owned()}</p>
                        })}
                        {objectives}
                    }
                })
            })}
        </article>
    }
}
