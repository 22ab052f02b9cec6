//! The clipboard, behind one small function: the browser may refuse, and the caller says so.

use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard; false when the browser refuses (no permission, no focus).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
