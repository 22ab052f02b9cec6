//! Coming back to a page puts the focus on the link it was left by: a keyboard user who
//! followed "Pourquoi ?" to the guide, or opened the history, and came back finds their
//! place again instead of starting over from the top of the page.

use super::route::Route;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The link a page was left by. Links are told apart by their `data-testid` and their
/// rank among the links that share it: a step repeats "Pourquoi ?" once per finding.
#[derive(Clone)]
struct LeftBy {
    page: Route,
    testid: String,
    rank: usize,
}

fn links(testid: &str) -> Vec<web_sys::HtmlElement> {
    let Some(found) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all(&format!("a[data-testid=\"{testid}\"]"))
            .ok()
    }) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Focuses the link once its page has drawn it, looking again at each frame a while.
fn focus_when_drawn(left: LeftBy, frames: u32) {
    request_animation_frame(move || match links(&left.testid).get(left.rank) {
        Some(link) => {
            let _ = link.focus();
        }
        None if frames > 0 => focus_when_drawn(left, frames - 1),
        None => {}
    });
}

/// How many pages remember their link: enough for any way back through the app.
const REMEMBERED: usize = 8;

/// Remembers the in-app link each page is left by, and focuses it again when `shown`
/// comes back to that page (links followed inside another page in between, such as the
/// guide's contents, do not make the first page forget). The guide is the exception: it
/// opens on a section and focuses that.
pub fn follow(shown: Memo<Route>) {
    let left_by = StoredValue::new(Vec::<LeftBy>::new());
    // A click comes before the hash changes, so the page is still the one being left.
    let on_click = window_event_listener(ev::click, move |e| {
        let Some(link) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='#/'][data-testid]").ok().flatten())
        else {
            return;
        };
        let testid = link.get_attribute("data-testid").unwrap_or_default();
        let rank = links(&testid).iter().position(|l| {
            let l: &web_sys::Element = l;
            l == &link
        });
        if let Some(rank) = rank {
            let page = shown.get_untracked();
            left_by.update_value(|all| {
                all.retain(|l| l.page != page);
                if all.len() == REMEMBERED {
                    all.remove(0);
                }
                all.push(LeftBy { page, testid, rank });
            });
        }
    });
    Effect::new(move |first: Option<()>| {
        let now = shown.get();
        // The guide focuses the section it is opened at: that is where the reader goes.
        if first.is_none() || matches!(now, Route::Guide { .. }) {
            return;
        }
        let back = left_by.try_update_value(|all| {
            let at = all.iter().position(|l| l.page == now)?;
            Some(all.remove(at))
        });
        if let Some(left) = back.flatten() {
            focus_when_drawn(left, 60);
        }
    });
    on_cleanup(move || on_click.remove());
}
