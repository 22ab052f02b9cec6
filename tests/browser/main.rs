//! Browser tests (wasm-bindgen-test, headless Chromium): the storage edge against the real
//! localStorage, and the app mounted in a page for a damaged store, a full quota and
//! refused imports. Run by `scripts/test.sh`.
#![cfg(target_arch = "wasm32")]

use boussole::domain::format::{export_json, storage_json, CURRENT_VERSION};
use boussole::domain::id::Id;
use boussole::domain::language::Lang;
use boussole::domain::model::{Cycle, KeyResult, KrKind, Objective, OkrSet};
use boussole::storage::{self, meta_key, set_key, SaveError};
use chrono::{NaiveDate, TimeZone, Utc};
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Every entry of localStorage, to prove what changed and what did not.
fn snapshot() -> BTreeMap<String, String> {
    let s = local();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .map(|k| {
            let v = s.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

fn sample(id: &str, objectives: usize) -> OkrSet {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut set = OkrSet::new(
        Id::new(id),
        &format!("Jeu {id}"),
        "Équipe",
        Cycle::quarter_from(start),
        now,
    );
    for o in 0..objectives {
        let mut objective = Objective::new(Id::new(format!("{id}-o{o}")));
        objective.title = format!("Objectif {o}");
        let mut kr = KeyResult::new(Id::new(format!("{id}-k{o}")));
        kr.title = "Taux de réussite".into();
        kr.kind = KrKind::Increase;
        kr.baseline = Some(40.0);
        kr.target = Some(80.5);
        kr.unit = "%".into();
        objective.key_results.push(kr);
        set.objectives.push(objective);
    }
    set
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn query(selector: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.dyn_into().ok())
}

/// Waits for an element to appear, as a user would, up to two seconds.
async fn find(selector: &str) -> web_sys::HtmlElement {
    for _ in 0..100 {
        if let Some(e) = query(selector) {
            return e;
        }
        sleep(20).await;
    }
    panic!("{selector} never appeared");
}

/// Waits for `count` elements to match, as long lists are drawn a few items per frame.
async fn find_all(selector: &str, count: u32) -> web_sys::NodeList {
    for _ in 0..100 {
        let found = document().query_selector_all(selector).unwrap();
        if found.length() >= count {
            return found;
        }
        sleep(20).await;
    }
    document().query_selector_all(selector).unwrap()
}

/// The stored set once `ready` holds (edits are written in batches, within 0.4 s), or as
/// it is after two seconds.
async fn stored_when(id: &Id, ready: impl Fn(&OkrSet) -> bool) -> OkrSet {
    for _ in 0..100 {
        if let Ok(Some(set)) = storage::load_set(id) {
            if ready(&set) {
                return set;
            }
        }
        sleep(20).await;
    }
    storage::load_set(id).unwrap().unwrap()
}

/// Fills the origin's quota with filler entries; returns their keys.
fn fill_quota() -> Vec<String> {
    let s = local();
    let mut keys = Vec::new();
    let mut chunk = "x".repeat(1 << 20);
    while chunk.len() >= 16 {
        let key = format!("filler:{}", keys.len());
        if s.set_item(&key, &chunk).is_ok() {
            keys.push(key);
        } else {
            chunk.truncate(chunk.len() / 2);
        }
    }
    keys
}

/// The app, mounted fresh in its own element; dropping the handle unmounts it.
struct Mounted {
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
    root: web_sys::HtmlElement,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn mount_app() -> Mounted {
    mount_app_at("")
}

fn mount_app_at(hash: &str) -> Mounted {
    use leptos::prelude::IntoAny;
    // A test that failed left its app behind (panics abort): clear it away first.
    while let Some(old) = query("[data-test-root]") {
        old.remove();
    }
    let root: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    root.set_attribute("data-test-root", "").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let _ = web_sys::window().unwrap().location().set_hash(hash);
    let handle = leptos::mount::mount_to(root.clone(), || {
        leptos::view! { <boussole::ui::App/> }.into_any()
    });
    Mounted {
        _handle: handle,
        root,
    }
}

fn fresh() {
    local().clear().unwrap();
    local()
        .set_item("boussole:prefs", r#"{"lang":"fr"}"#)
        .unwrap();
}

/// Fills the quota but for the room of one small set (a 16 Ki-character filler removed).
fn fill_quota_but_a_little() -> Vec<String> {
    let mut fillers = fill_quota();
    let room = fillers
        .iter()
        .position(|k| local().get_item(k).unwrap().unwrap().len() == 1 << 14)
        .unwrap();
    local().remove_item(&fillers.remove(room)).unwrap();
    fillers
}

/// A set too large for that room, and still a valid one.
fn large(id: &str) -> OkrSet {
    let mut set = sample(id, 40);
    for o in &mut set.objectives {
        o.title = "O".repeat(200);
        o.key_results[0].title = "K".repeat(200);
    }
    set
}

mod editor;
mod history;
mod import;
mod store;
