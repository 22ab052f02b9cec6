//! Presentation mode: the set as slides for a projector, driven by the keys a clicker
//! sends. Every slide's text is fitted to the screen, so nothing scrolls or is cut off.

use crate::clock;
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::domain::presentation::{command, moved, slides, Command, Slide};
use crate::domain::progress::{
    key_result_progress, key_result_status, objective_progress, objective_status, set_progress,
};
use crate::i18n::Msg;
use crate::storage;
use crate::ui::dom;
use crate::ui::pages::set_page;
use crate::ui::route::{go, Route};
use crate::ui::state::use_app;
use crate::ui::text::tr;
use crate::ui::widgets::{ProgressBar, StatusBadge};
use leptos::ev;
use leptos::prelude::*;

const ROOT: &str = "presentation";
const BODY: &str = "slide-body";

#[component]
pub fn PresentPage(id: Id) -> impl IntoView {
    set_page(&id, |set| view! { <Presentation set=set/> }.into_any())
}

#[component]
fn Presentation(set: OkrSet) -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let all = slides(&set);
    let count = all.len();
    let index = RwSignal::new(0usize);
    // A reference set's slides show the teams' contributions: read the other sets once.
    let teams: Vec<OkrSet> = if set.reference {
        state.summaries.with_untracked(|list| {
            storage::load_sets(list.iter().map(|s| &s.id).filter(|id| **id != set.id))
        })
    } else {
        Vec::new()
    };
    let teams = StoredValue::new(teams);
    let set = StoredValue::new(set);
    let back = Route::Set(set.with_value(|s| s.id.clone()));

    let leave = {
        let back = back.clone();
        move || {
            dom::exit_fullscreen();
            go(&back);
        }
    };
    // Leaving full screen with F stays in the presentation; the browser's own way out
    // (Esc in full screen, where the page gets no key) leaves it, as Esc does elsewhere.
    let toggled = StoredValue::new(false);
    let act = {
        let leave = leave.clone();
        move |c: Command| match c {
            Command::Leave => leave(),
            Command::ToggleFullscreen => {
                toggled.set_value(dom::is_fullscreen());
                dom::toggle_fullscreen(ROOT);
            }
            other => {
                // The span covers drawing the next slide and fitting its text (bench.sh).
                clock::start_span("boussole:slide");
                index.update(|i| *i = moved(*i, count, other));
            }
        }
    };
    let on_fullscreen = {
        let leave = leave.clone();
        move |_| {
            if !dom::is_fullscreen() && !toggled.get_value() {
                leave();
            }
            toggled.set_value(false);
        }
    };
    let act_key = act.clone();
    let keys = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        if let Some(c) = command(&e.key()) {
            e.prevent_default();
            act_key(c);
        }
    });
    let fit = move || {
        let start = (dom::viewport_height() / 15).max(36);
        dom::fit_text(BODY, start, 12);
    };
    let resize = window_event_listener(ev::resize, move |_| fit());
    dom::set_root_class("presenting", true);
    on_cleanup(move || {
        keys.remove();
        resize.remove();
        dom::set_root_class("presenting", false);
    });
    let slide = move || {
        let lang = state.lang.get();
        let at = all[index.get()];
        set.with_value(|s| teams.with_value(|teams| draw(s, teams, at, lang)))
    };
    let (prev, next, full) = (act.clone(), act.clone(), act.clone());
    let page = view! {
        <div id=ROOT class="presentation" role="region" aria-roledescription="presentation" aria-label=tr(Msg::PresentationLabel) data-testid="presentation" on:fullscreenchange=on_fullscreen>
            <div id=BODY class="slide-body" aria-live="polite" data-testid="slide">{slide}</div>
            <div class="slide-bar">
                <button type="button" class="slide-button" aria-label=tr(Msg::SlidePrevious) data-testid="slide-previous" on:click=move |_| prev(Command::Previous)>"←"</button>
                <p class="slide-counter" data-testid="slide-counter" aria-label=move || t().slide_of(index.get() + 1, count)>
                    {move || format!("{} / {count}", index.get() + 1)}
                </p>
                <button type="button" class="slide-button" aria-label=tr(Msg::SlideNext) data-testid="slide-next" on:click=move |_| next(Command::Next)>"→"</button>
                <p class="slide-keys">{tr(Msg::PresentationKeys)}</p>
                <button type="button" class="slide-button" data-testid="fullscreen" on:click=move |_| full(Command::ToggleFullscreen)>{tr(Msg::Fullscreen)}</button>
                <button type="button" class="slide-button" data-testid="leave-presentation" on:click=move |_| leave()>{tr(Msg::LeavePresentation)}</button>
            </div>
        </div>
    };
    // Fit the text once the new slide, or the new language, is in the page: this effect is
    // made after the slide's own, so it runs after it.
    Effect::new(move |_| {
        index.track();
        state.lang.track();
        fit();
        clock::end_span("boussole:slide");
    });
    page
}

/// One slide's content, in the set's words and the UI language.
fn draw(
    set: &OkrSet,
    teams: &[OkrSet],
    slide: Slide,
    lang: crate::domain::language::Lang,
) -> AnyView {
    let t = crate::i18n::catalogue(lang);
    let terms = set.vocabulary.terms(lang);
    let today = clock::today();
    let launched = set.launch.is_some();
    let progress_label = Signal::stored(t.text(Msg::Progress).to_owned());
    match slide {
        Slide::Title => {
            let meta = if set.team.trim().is_empty() {
                t.cycle(set.cycle.start, set.cycle.end)
            } else {
                format!("{} · {}", set.team, t.cycle(set.cycle.start, set.cycle.end))
            };
            view! {
                <h1 class="slide-title">{set.name.clone()}</h1>
                <p class="slide-meta">{meta}</p>
                <p class="slide-narrative">{set.why.narrative.trim().to_owned()}</p>
            }
            .into_any()
        }
        Slide::Objective(i) => {
            let Some(o) = set.objectives.get(i) else {
                return ().into_any();
            };
            let krs = o
                .key_results
                .iter()
                .map(|kr| {
                    let latest = kr.last_check_in().map(|c| t.measure(kr.kind, &kr.unit, c.value, lang));
                    view! {
                        <li class="slide-kr">
                            <div>
                                <p class="slide-kr-title">{kr.title.clone()}</p>
                                <p class="slide-kr-goal">
                                    {t.kr_goal(kr)}
                                    {latest.map(|v| view! { " · " {t.labelled(t.text(Msg::Latest), &v)} })}
                                </p>
                            </div>
                            {launched.then(|| view! {
                                <div class="slide-figures">
                                    <ProgressBar ratio=Signal::stored(key_result_progress(kr)) label=progress_label/>
                                    <StatusBadge status=Signal::stored(key_result_status(kr, set.cycle, today))/>
                                </div>
                            })}
                        </li>
                    }
                })
                .collect_view();
            let serves = (!o.contributes_to.is_empty()).then(|| {
                let titles: Vec<&str> = o.contributes_to.iter().map(|c| c.objective_title.as_str()).collect();
                view! { <p class="slide-meta">{t.labelled(t.text(Msg::ContributesTo), &titles.join(" · "))}</p> }
            });
            let contributors: Vec<String> = teams
                .iter()
                .flat_map(|team| team.objectives.iter().map(move |to| (team, to)))
                .filter(|(_, to)| {
                    to.contributes_to
                        .iter()
                        .any(|c| c.set == set.id && c.objective == o.id)
                })
                .map(|(team, to)| format!("{} — {}", team.name, to.title))
                .collect();
            let contributors = (!contributors.is_empty()).then(|| view! {
                <p class="slide-meta" data-testid="slide-contributors">{t.labelled(t.text(Msg::TeamContributions), &contributors.join(" · "))}</p>
            });
            view! {
                <div class="slide-head">
                    <p class="slide-kicker">{t.objective_heading(&terms, i + 1)}</p>
                    {launched.then(|| view! {
                        <div class="kr-figures">
                            <ProgressBar ratio=Signal::stored(objective_progress(o)) label=progress_label/>
                            <StatusBadge status=Signal::stored(objective_status(o, set.cycle, today))/>
                        </div>
                    })}
                </div>
                <h1 class="slide-title">{o.title.clone()}</h1>
                {serves}
                {contributors}
                <ul class="slide-krs">{krs}</ul>
            }
            .into_any()
        }
        Slide::Summary => {
            let rows = set
                .objectives
                .iter()
                .map(|o| view! {
                    <li class="slide-kr">
                        <p class="slide-kr-title">{o.title.clone()}</p>
                        <div class="slide-figures">
                            <ProgressBar ratio=Signal::stored(objective_progress(o)) label=progress_label/>
                            {launched.then(|| view! { <StatusBadge status=Signal::stored(objective_status(o, set.cycle, today))/> })}
                        </div>
                    </li>
                })
                .collect_view();
            view! {
                <h1 class="slide-title">{t.text(Msg::SummarySlide)}</h1>
                {launched.then(|| view! { <ProgressBar ratio=Signal::stored(set_progress(set)) label=progress_label/> })}
                <ul class="slide-krs">{rows}</ul>
            }
            .into_any()
        }
    }
}
