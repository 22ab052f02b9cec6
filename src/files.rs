//! Files in and out: downloads through a temporary object URL, uploads read as bytes.
//! Nothing leaves the machine: a download is a local save dialog.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `content` as a file named `name`.
pub fn download(name: &str, content: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The click has handed the blob to the download; the URL can go.
    web_sys::Url::revoke_object_url(&url)
}

/// The file's size, known before reading it, so a huge file is refused without loading.
pub fn size(file: &web_sys::File) -> usize {
    file.size() as usize
}

pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
