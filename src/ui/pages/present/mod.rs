//! Presentation mode: the set as slides for a projector, driven by the keys a clicker
//! sends. Slides are laid out for the screen (domain::presentation::deck): what would need
//! type below the floor size (32 px at 1280 × 720) goes on the next slide, marked "1/2";
//! the text is then grown to fill the slide, never shrunk below the floor.

mod measure;
mod slide;
mod texts;

use crate::clock;
use crate::domain::id::Id;
use crate::domain::model::OkrSet;
use crate::domain::presentation::{command, deck, moved, same_place, Command, Page};
use crate::domain::set_figures::SetFigures;
use crate::i18n::Msg;
use crate::ui::dom;
use crate::ui::figures::others_of;
use crate::ui::pages::set_page;
use crate::ui::route::{go, Route};
use crate::ui::state::use_app;
use crate::ui::text::tr;
use leptos::ev;
use leptos::prelude::*;
use texts::Texts;

const ROOT: &str = "presentation";
const BODY: &str = "slide-body";

#[component]
pub fn PresentPage(id: Id) -> impl IntoView {
    set_page(&id, |set| view! { <Presentation set=set/> }.into_any())
}

/// Reads the set with its slides' texts: the same texts lay the deck out and draw it.
fn with_texts<R>(
    set: StoredValue<OkrSet>,
    teams: StoredValue<(Vec<OkrSet>, SetFigures)>,
    lang: crate::domain::language::Lang,
    read: impl FnOnce(&OkrSet, &Texts) -> R,
) -> R {
    set.with_value(|s| {
        teams.with_value(|(teams, figures)| {
            let texts = Texts {
                set: s,
                teams,
                figures,
                lang,
            };
            read(s, &texts)
        })
    })
}

#[component]
fn Presentation(set: OkrSet) -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    // A reference set's slides show the teams' contributions and roll up from them: the
    // other sets are read once, and the figures every slide shows made once.
    let teams = others_of(&state, &set);
    let figures = SetFigures::of(&set, &teams, clock::today());
    let teams = StoredValue::new((teams, figures));
    let set = StoredValue::new(set);
    let back = Route::Set(set.with_value(|s| s.id.clone()));
    let measure = StoredValue::new_local(measure::CanvasMeasure::new());
    // Below 1: a page was still too tall at the floor size, when the deck was tried in
    // the probe or, failing that, on the screen; the deck is laid out again with less room
    // (a font that measures unlike the canvas, say).
    let squeeze = StoredValue::new(1.0f64);
    // The pages are tried in the hidden probe under this owner (the app's contexts).
    let owner = StoredValue::new(Owner::current());
    let lay_out = move |lang| -> Vec<Page> {
        loop {
            let (vw, vh) = dom::viewport();
            let (bw, bh) = dom::client_size(BODY).unwrap_or((vw, vh - 56.0));
            let room = measure::room(bw, bh, (vw, vh), squeeze.get_value());
            let pages = with_texts(set, teams, lang, |s, texts| {
                measure.with_value(|m| deck(s, &texts.slide_figures(), room, m))
            });
            let draw = move |page: &Page| {
                with_texts(set, teams, lang, |s, texts| slide::draw(s, texts, page))
            };
            let fits = || {
                let floor = measure::floor_px(vw, vh);
                measure::every_page_fits(BODY, floor, &pages, draw)
            };
            if squeeze.get_value() <= 0.6 || owner.get_value().is_none_or(|o| o.with(fits)) {
                return pages;
            }
            squeeze.update_value(|s| *s *= 0.9);
        }
    };
    let pages = RwSignal::new(lay_out(state.lang.get_untracked()));
    let index = RwSignal::new(0usize);
    let count = move || pages.with(Vec::len);
    // Lays the deck out again (a resize, a language, a squeeze), staying on the same slide.
    let relay = move || {
        let old = pages.with_untracked(|p| p.get(index.get_untracked()).cloned());
        let new = lay_out(state.lang.get_untracked());
        if pages.with_untracked(|p| *p != new) {
            index.set(old.map_or(0, |o| same_place(&o, &new)));
            pages.set(new);
        }
    };

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
                let n = count();
                index.update(|i| *i = moved(*i, n, other));
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
    // The text grows from the floor to fill the slide; should it not fit even at the
    // floor, the deck is laid out again with less room (at most a few times).
    let fit = move || {
        let (vw, vh) = dom::viewport();
        let floor = measure::floor_px(vw, vh) as i32;
        let start = (vh as i32 / 15).max(36).max(floor);
        if !dom::fit_text(BODY, start, floor) && squeeze.get_value() > 0.6 {
            squeeze.update_value(|s| *s *= 0.9);
            relay();
        }
    };
    let resize = window_event_listener(ev::resize, move |_| {
        squeeze.set_value(1.0);
        relay();
        fit();
    });
    dom::set_root_class("presenting", true);
    on_cleanup(move || {
        keys.remove();
        resize.remove();
        dom::set_root_class("presenting", false);
    });
    let slide = move || {
        let lang = state.lang.get();
        pages.with(|pages| {
            let Some(page) = pages.get(index.get()) else {
                return ().into_any();
            };
            with_texts(set, teams, lang, |s, texts| slide::draw(s, texts, page))
        })
    };
    let (prev, next, full) = (act.clone(), act.clone(), act.clone());
    let page = view! {
        <div id=ROOT class="presentation" role="region" aria-roledescription="presentation" aria-label=tr(Msg::PresentationLabel) data-testid="presentation" on:fullscreenchange=on_fullscreen>
            <div id=BODY class="slide-body" aria-live="polite" data-testid="slide">{slide}</div>
            <div id=measure::PROBE class="slide-body slide-probe" aria-hidden="true"></div>
            <div class="slide-bar">
                <button type="button" class="slide-button" aria-label=tr(Msg::SlidePrevious) data-testid="slide-previous" on:click=move |_| prev(Command::Previous)>"←"</button>
                <p class="slide-counter" data-testid="slide-counter" aria-label=move || t().slide_of(index.get() + 1, count())>
                    {move || format!("{} / {}", index.get() + 1, count())}
                </p>
                <button type="button" class="slide-button" aria-label=tr(Msg::SlideNext) data-testid="slide-next" on:click=move |_| next(Command::Next)>"→"</button>
                <p class="slide-keys">{tr(Msg::PresentationKeys)}</p>
                <button type="button" class="slide-button" data-testid="fullscreen" on:click=move |_| full(Command::ToggleFullscreen)>{tr(Msg::Fullscreen)}</button>
                <button type="button" class="slide-button" data-testid="leave-presentation" on:click=move |_| leave()>{tr(Msg::LeavePresentation)}</button>
            </div>
        </div>
    };
    // Once the page is drawn the body's real size is known, and a language has its own
    // lengths: lay out again. Then fit the text whenever the slide changes.
    Effect::new(move |_| {
        state.lang.track();
        relay();
    });
    Effect::new(move |_| {
        index.track();
        pages.track();
        state.lang.track();
        // Once the slide is drawn: its own effect may run after this one (a deck laid out
        // again subscribes it anew), so the fit waits for the microtask after both.
        queue_microtask(move || {
            fit();
            clock::end_span("boussole:slide");
        });
    });
    page
}
