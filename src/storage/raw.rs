//! The raw edge: the only `web_sys` calls on localStorage, each one something
//! gloo-storage has no API for. Everything else in `storage` reads, writes and removes
//! through `gloo_storage::LocalStorage`, and the calls here use gloo's own handle
//! (`LocalStorage::raw()`) once `available` has said there is one.
//!
//! - `available`: gloo's `LocalStorage::raw()` throws when there is no localStorage
//!   (blocked by settings, a sandboxed frame), so whether there is one is asked here.
//! - `keys`: the keys by index; gloo's only listing, `get_all`, reads and parses every value.
//! - `text` / `put_text`: a value as its exact text. gloo's typed `get` and `set` go through
//!   serde_json, but a stored set already is JSON text (the one-set document of
//!   `storage_json`): `read_document` reads it from its bytes, a damaged one is kept as it
//!   is for the recovery screen, and typed `set` would write it again as a JSON string
//!   (quoted and escaped: other bytes, and a second pass over up to 1 MB on every save).
//!   `save_all` also puts back the exact text it found.
//! - `stored_len`: a value's length, without copying the value into the wasm memory.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// Whether this browser gives the page a localStorage at all.
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// Every key stored now, in the browser's order.
pub fn keys() -> Vec<String> {
    let storage = LocalStorage::raw();
    (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// A value as the text it is stored as; `None` when the key is absent.
pub fn text(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Writes this exact text; the error is the browser's, for `super::js_error`.
pub fn put_text(key: &str, text: &str) -> Result<(), JsValue> {
    LocalStorage::raw().set_item(key, text)
}

/// A stored value's length in UTF-16 code units, read without copying the value into the
/// wasm memory: the start compares it with the length its summary recorded.
pub fn stored_len(key: &str) -> Option<usize> {
    let value = js_sys::Reflect::get(&LocalStorage::raw(), &JsValue::from_str(key)).ok()?;
    value
        .dyn_ref::<js_sys::JsString>()
        .map(|s| s.length() as usize)
}
