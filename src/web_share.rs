//! The system share sheet (the Web Share API with files), where the browser has one:
//! Edge and Chrome on Windows, phones. Elsewhere `can_share_files` is false and the
//! caller keeps to download and mail. Nothing leaves the device unless the user picks
//! where to send it in the sheet.

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How a share ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    Done,
    /// The user closed the sheet: nothing to say, nothing sent.
    Cancelled,
    /// The browser would not share (no user gesture left, a type it refuses…).
    Refused,
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Whether `navigator` has `name` as a function: calling a missing one would throw,
/// and web-sys's bindings for `canShare` and `share` do not catch.
fn has_method(navigator: &web_sys::Navigator, name: &str) -> bool {
    Reflect::get(navigator, &JsValue::from_str(name)).is_ok_and(|f| f.is_function())
}

fn file(name: &str, content: &str, mime: &str) -> Result<web_sys::File, JsValue> {
    let parts = Array::of1(&JsValue::from_str(content));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options)
}

fn data(file: &web_sys::File, title: &str, text: &str) -> web_sys::ShareData {
    let data = web_sys::ShareData::new();
    data.set_files(&Array::of1(file));
    data.set_title(title);
    data.set_text(text);
    data
}

/// Whether the browser offers a share sheet for a JSON file: asked with such a file,
/// since a browser may share some types of files and not others.
pub fn can_share_files() -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    if !has_method(&navigator, "canShare") || !has_method(&navigator, "share") {
        return false;
    }
    file("boussole.json", "{}", "application/json")
        .is_ok_and(|f| navigator.can_share_with_data(&data(&f, "", "")))
}

/// Opens the share sheet with the file `name` and a text. Must be called from the
/// user's click: the browser allows a share only right after a gesture.
pub async fn share_file(name: &str, content: &str, mime: &str, title: &str, text: &str) -> Shared {
    let Some(navigator) = navigator().filter(|n| has_method(n, "share")) else {
        return Shared::Refused;
    };
    let Ok(file) = file(name, content, mime) else {
        return Shared::Refused;
    };
    match JsFuture::from(navigator.share_with_data(&data(&file, title, text))).await {
        Ok(_) => Shared::Done,
        Err(error) => {
            // A DOMException: read by its name, whatever its prototype.
            let cancelled = Reflect::get(&error, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string())
                .is_some_and(|n| n == "AbortError");
            if cancelled {
                Shared::Cancelled
            } else {
                Shared::Refused
            }
        }
    }
}
