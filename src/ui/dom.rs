//! Small DOM chores the components share: focus moves and page-level attributes.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Focuses the element with this id once the current render has reached the DOM.
pub fn focus_soon(element_id: String) {
    leptos::prelude::request_animation_frame(move || {
        focus_now(&element_id);
    });
}

/// Focuses an element already on the page, at once: a key pressed right after the arrow
/// that moved the focus goes to the newly focused element. False when it is not there.
pub fn focus_now(element_id: &str) -> bool {
    document()
        .and_then(|d| d.get_element_by_id(element_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}

/// Focuses the element with this id once it is drawn, looking again at each animation
/// frame, at most `frames` times: a long list draws a few items a frame, so an item far
/// down a step just opened may not be there yet.
pub fn focus_when_drawn(element_id: String, frames: u32) {
    leptos::prelude::request_animation_frame(move || {
        let element = document()
            .and_then(|d| d.get_element_by_id(&element_id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match element {
            Some(el) => {
                let _ = el.focus();
            }
            None if frames > 0 => focus_when_drawn(element_id, frames - 1),
            None => {}
        }
    });
}

/// Focuses the text field with this id once drawn and selects `part` of its value, so
/// what is typed next replaces it (a blank left to fill); the caret goes to the end when
/// `part` is not there.
pub fn select_soon(element_id: String, part: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let Some(input) = document()
            .and_then(|d| d.get_element_by_id(&element_id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let _ = input.focus();
        let value = input.value();
        // The browser counts in UTF-16 units.
        let units = |text: &str| text.encode_utf16().count() as u32;
        let (start, end) = match value.find(part) {
            Some(at) => (units(&value[..at]), units(&value[..at + part.len()])),
            None => (units(&value), units(&value)),
        };
        let _ = input.set_selection_range(start, end);
    });
}

/// Keeps `<html lang>` in step with the UI language, for screen readers and hyphenation.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Modes are classes on `<html>` (workshop, presenting), so the whole page follows.
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force(class, on);
    }
}

/// Sets the largest font size, from `start` down to `floor` pixels, at which the
/// element's content fits it without scrolling: a slide shows all of itself. Text area
/// grows with the square of the size, so one estimate lands close and few layouts follow.
/// False when even the floor overflows.
pub fn fit_text(element_id: &str, start: i32, floor: i32) -> bool {
    let Some(el) = document().and_then(|d| d.get_element_by_id(element_id)) else {
        return true;
    };
    let set = |size: i32| {
        let _ = el.set_attribute("style", &format!("font-size: {size}px"));
        let (h, w) = (el.scroll_height().max(1), el.scroll_width().max(1));
        (
            h > el.client_height() || w > el.client_width(),
            f64::from(el.client_height()) / f64::from(h),
            f64::from(el.client_width()) / f64::from(w),
        )
    };
    let (mut overflows, tall, wide) = set(start);
    if !overflows {
        return true;
    }
    if start <= floor {
        return false;
    }
    let mut size = ((f64::from(start) * tall.min(wide).sqrt()) as i32).clamp(floor, start - 1);
    (overflows, _, _) = set(size);
    if overflows {
        while overflows && size > floor {
            size -= 1;
            (overflows, _, _) = set(size);
        }
        !overflows
    } else {
        // The estimate is cautious: grow while the next size still fits.
        while size + 1 < start && !set(size + 1).0 {
            size += 1;
        }
        set(size);
        true
    }
}

/// The window's inner width and height in CSS pixels.
pub fn viewport() -> (f64, f64) {
    let w = web_sys::window();
    let read =
        |v: Option<wasm_bindgen::JsValue>, default| v.and_then(|v| v.as_f64()).unwrap_or(default);
    (
        read(w.as_ref().and_then(|w| w.inner_width().ok()), 1280.0),
        read(w.as_ref().and_then(|w| w.inner_height().ok()), 720.0),
    )
}

/// An element's inner size (padding included, no scrollbar), if it is in the page.
pub fn client_size(element_id: &str) -> Option<(f64, f64)> {
    document()
        .and_then(|d| d.get_element_by_id(element_id))
        .map(|e| (f64::from(e.client_width()), f64::from(e.client_height())))
}

pub fn is_fullscreen() -> bool {
    document().and_then(|d| d.fullscreen_element()).is_some()
}

/// Enters full screen on the element, or leaves it; the browser may refuse either.
pub fn toggle_fullscreen(element_id: &str) {
    let Some(d) = document() else { return };
    if d.fullscreen_element().is_some() {
        d.exit_fullscreen();
    } else if let Some(el) = d.get_element_by_id(element_id) {
        let _ = el.request_fullscreen();
    }
}

pub fn exit_fullscreen() {
    if let Some(d) = document().filter(|d| d.fullscreen_element().is_some()) {
        d.exit_fullscreen();
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// The browser's preferred language tag.
pub fn browser_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// Keeps a field drawn once in step with its stored value when that value changes from
/// elsewhere (another tab, a merge, an undo). A field holding text the user typed and this
/// tab has not stored (it differs from the last stored value seen) keeps it, with its
/// caret; otherwise it shows the new value, and a focused field keeps its caret in place.
pub fn sync_value<E>(node: leptos::prelude::NodeRef<E>, value: impl Fn() -> String + 'static)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    use leptos::prelude::Get;
    let mut last: Option<String> = None;
    leptos::prelude::Effect::new(move |_| {
        let wanted = value();
        let previous = last.replace(wanted.clone());
        let Some(el) = node.get() else { return };
        let el: &web_sys::Element = el.unchecked_ref();
        let focused = document()
            .and_then(|d| d.active_element())
            .is_some_and(|a| &a == el);
        let key = wasm_bindgen::JsValue::from_str("value");
        let shown = js_sys::Reflect::get(el, &key)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let typed_here = focused && previous.is_some_and(|p| p != shown);
        if typed_here || shown == wanted {
            return;
        }
        let caret = el
            .dyn_ref::<web_sys::HtmlInputElement>()
            .and_then(|i| i.selection_start().ok().flatten());
        let _ = js_sys::Reflect::set(el, &key, &wasm_bindgen::JsValue::from_str(&wanted));
        if let (true, Some(at), Some(input)) =
            (focused, caret, el.dyn_ref::<web_sys::HtmlInputElement>())
        {
            let _ = input.set_selection_range(at, at);
        }
    });
}

/// Calls `f(true)` when the page is about to print (the print dialog, or print media
/// emulated by a test) and `f(false)` after; the listeners go with the calling view.
pub fn on_print(f: impl Fn(bool) + Clone + 'static) {
    use leptos::prelude::{on_cleanup, window_event_listener};
    let (before, after) = (f.clone(), f.clone());
    let on_before = window_event_listener(leptos::ev::beforeprint, move |_| before(true));
    let on_after = window_event_listener(leptos::ev::afterprint, move |_| after(false));
    let query = web_sys::window().and_then(|w| w.match_media("print").ok().flatten());
    let listener = query.as_ref().map(|query| {
        let q = query.clone();
        let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || f(q.matches()));
        let _ = query.add_event_listener_with_callback("change", closure.as_ref().unchecked_ref());
        closure
    });
    let listener = leptos::prelude::StoredValue::new_local(Some((query, listener)));
    on_cleanup(move || {
        on_before.remove();
        on_after.remove();
        use leptos::prelude::UpdateValue;
        let Some((query, listener)) = listener.try_update_value(Option::take).flatten() else {
            return;
        };
        if let (Some(query), Some(listener)) = (query, listener) {
            let _ = query
                .remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        }
    });
}

/// How many items of a long list to draw: `first` at once, then `step` more at each
/// animation frame until all `len()` are drawn. A set at the file limits (2,500 key
/// results) opens and answers at once, and the rest follows within a few frames, in
/// order, so keyboard order, find-in-page and screen readers soon see all of it.
pub fn drawn_progressively(
    len: impl Fn() -> usize + Send + Sync + 'static,
    first: usize,
    step: usize,
) -> leptos::prelude::Signal<usize> {
    use leptos::prelude::*;
    let shown = RwSignal::new(first);
    let len = Memo::new(move |_| len());
    Effect::new(move |_| {
        let (now, all) = (shown.get(), len.get());
        if now < all {
            request_animation_frame(move || {
                let _ = shown.try_update(|n| *n += step);
            });
        }
    });
    Signal::derive(move || shown.get().min(len.get()))
}

/// The file a file input's `change` event chose, if any. The input is emptied, so that
/// choosing the same file again fires again.
pub fn chosen_file(e: &web_sys::Event) -> Option<web_sys::File> {
    let input = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}
