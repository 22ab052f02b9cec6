//! Small DOM chores the components share: focus moves and page-level attributes.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Focuses the element with this id once the current render has reached the DOM.
pub fn focus_soon(element_id: String) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = document()
            .and_then(|d| d.get_element_by_id(&element_id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Keeps `<html lang>` in step with the UI language, for screen readers and hyphenation.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Workshop mode is a class on `<html>`, so the whole page's type and contrast follow.
pub fn set_workshop_class(on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force("workshop", on);
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// The browser's preferred language tag.
pub fn browser_language() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default()
}
