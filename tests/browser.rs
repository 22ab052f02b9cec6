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

#[wasm_bindgen_test]
fn a_saved_set_loads_back_and_costs_only_its_own_keys() {
    fresh();
    let sets = [sample("a", 2), sample("b", 3), sample("c", 0)];
    for set in &sets {
        storage::save_set(set).unwrap();
    }
    let workspace = storage::load_workspace().unwrap();
    assert_eq!(workspace.summaries.len(), 3);
    assert!(workspace.damaged.is_empty());
    for set in &sets {
        assert_eq!(storage::load_set(&set.id).unwrap().as_ref(), Some(set));
    }

    let before = snapshot();
    let mut edited = sets[1].clone();
    edited.objectives[0].title = "Autre titre".into();
    edited.touch(Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap());
    storage::save_set(&edited).unwrap();
    let after = snapshot();
    let changed: Vec<_> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(v))
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(changed, vec![meta_key(&edited.id), set_key(&edited.id)]);
    assert_eq!(storage::load_set(&edited.id).unwrap(), Some(edited));
}

#[wasm_bindgen_test]
fn a_missing_summary_is_rebuilt_from_its_set() {
    fresh();
    let set = sample("m", 2);
    storage::save_set(&set).unwrap();
    local().remove_item(&meta_key(&set.id)).unwrap();
    let workspace = storage::load_workspace().unwrap();
    assert_eq!(workspace.summaries.len(), 1);
    assert_eq!(
        (
            workspace.summaries[0].objectives,
            workspace.summaries[0].key_results
        ),
        (2, 2)
    );
    assert!(local().get_item(&meta_key(&set.id)).unwrap().is_some());
}

/// A summary written before it carried the due check-in (no `version`) is made again
/// from its set at start, once: the home card then says when the check-in is due.
#[wasm_bindgen_test]
fn an_older_summary_is_made_again_with_the_due_check_in() {
    fresh();
    let mut set = sample("due", 1);
    set.launch = Some(boussole::domain::model::Launch {
        at: Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap(),
        reference: Vec::new(),
    });
    let summary = storage::save_set(&set).unwrap();
    let due = NaiveDate::from_ymd_opt(2026, 1, 12);
    assert_eq!(summary.check_in_due, due);
    let mut old: serde_json::Value =
        serde_json::from_str(&local().get_item(&meta_key(&set.id)).unwrap().unwrap()).unwrap();
    let fields = old.as_object_mut().unwrap();
    fields.remove("check_in_due");
    fields.remove("version");
    local()
        .set_item(&meta_key(&set.id), &old.to_string())
        .unwrap();
    let workspace = storage::load_workspace().unwrap();
    assert_eq!(workspace.summaries, vec![summary.clone()]);
    let meta = local().get_item(&meta_key(&set.id)).unwrap().unwrap();
    assert_eq!(
        meta,
        serde_json::to_string(&summary).unwrap(),
        "written again"
    );
}

#[wasm_bindgen_test]
async fn a_corrupted_store_opens_on_recovery_and_is_never_overwritten() {
    fresh();
    let good = sample("ok", 1);
    storage::save_set(&good).unwrap();
    let raw = r#"{"format":"boussole","version":1,"sets":[{"id":"broken","na"#;
    local().set_item("boussole:set:broken", raw).unwrap();
    let before = snapshot();

    let workspace = storage::load_workspace().unwrap();
    assert_eq!(workspace.summaries.len(), 1);
    assert_eq!(workspace.damaged.len(), 1);
    assert_eq!(workspace.damaged[0].raw, raw);

    let app = mount_app();
    let recovery = find("[data-testid=recovery]").await;
    assert!(
        recovery.text_content().unwrap().contains("broken")
            || query("[data-testid=recovery-download]").is_some()
    );
    sleep(50).await;
    assert_eq!(
        snapshot(),
        before,
        "nothing is written while the store is damaged"
    );
    drop(app);
}

#[wasm_bindgen_test]
fn a_full_quota_refuses_the_save_and_keeps_the_previous_value() {
    fresh();
    let set = sample("q", 1);
    storage::save_set(&set).unwrap();
    let stored = local().get_item(&set_key(&set.id)).unwrap().unwrap();
    let fillers = fill_quota();
    assert!(!fillers.is_empty());

    let mut bigger = set.clone();
    bigger.objectives[0].title = "é".repeat(400);
    bigger.objectives.extend(sample("q2", 40).objectives);
    assert_eq!(storage::save_set(&bigger), Err(SaveError::Quota));
    assert_eq!(
        local().get_item(&set_key(&set.id)).unwrap().unwrap(),
        stored
    );
    assert_eq!(storage::load_set(&set.id).unwrap(), Some(set));
    local().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_full_quota_in_the_app_keeps_the_edit_and_offers_an_export() {
    fresh();
    let fillers = fill_quota();
    let app = mount_app();
    find("[data-testid=new-set]").await.click();
    let name: web_sys::HtmlInputElement = find("#new-set-name").await.dyn_into().unwrap();
    name.set_value("Pilote sans place");
    name.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    find("[data-testid=create-submit]").await.click();

    let banner = find("[data-testid=quota-banner]").await;
    assert!(banner
        .text_content()
        .unwrap()
        .to_lowercase()
        .contains("export"));
    let title: web_sys::HtmlInputElement = find("[data-testid=set-name]").await.dyn_into().unwrap();
    assert_eq!(
        title.value(),
        "Pilote sans place",
        "the edit stays on screen"
    );
    assert!(snapshot()
        .keys()
        .all(|k| k.starts_with("filler:") || k == "boussole:prefs"));
    for key in fillers {
        local().remove_item(&key).unwrap();
    }
    drop(app);
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

#[wasm_bindgen_test]
fn saving_several_sets_writes_all_of_them_or_none() {
    fresh();
    let here = sample("here", 1);
    storage::save_set(&here).unwrap();
    let fillers = fill_quota_but_a_little();
    let before = snapshot();
    let mut replaced = here.clone();
    replaced.name = "Remplacé".into();
    assert!(
        storage::save_set(&replaced).is_ok(),
        "the room holds the small set"
    );
    storage::save_set(&here).unwrap();

    assert_eq!(
        storage::save_all(&[replaced.clone(), large("big")]),
        Err(SaveError::Quota)
    );
    assert_eq!(
        snapshot(),
        before,
        "the set written first is put back, byte for byte"
    );
    for key in fillers {
        local().remove_item(&key).unwrap();
    }
    let summaries = storage::save_all(&[replaced.clone(), large("big")]).unwrap();
    assert_eq!(summaries.len(), 2);
    assert_eq!(storage::load_set(&here.id).unwrap(), Some(replaced));
    assert_eq!(
        storage::load_set(&Id::new("big")).unwrap(),
        Some(large("big"))
    );
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_set_is_stored_as_its_one_set_document_text_and_reads_back_the_same() {
    fresh();
    let mut set = sample("t", 2);
    set.objectives[0].title = "Guillemets \" et \\ barre, é, 🧭".into();
    let summary = storage::save_set(&set).unwrap();
    let stored = local().get_item(&set_key(&set.id)).unwrap().unwrap();
    assert_eq!(
        stored,
        storage_json(&set),
        "the document's text, not a JSON string of it"
    );
    assert_eq!(summary.stored_len, stored.encode_utf16().count());
    let meta = local().get_item(&meta_key(&set.id)).unwrap().unwrap();
    assert_eq!(meta, serde_json::to_string(&summary).unwrap());
    assert_eq!(storage::stored_revision(&set.id), Some(set.revision));

    let loaded = storage::load_set(&set.id).unwrap().unwrap();
    assert_eq!(loaded, set);
    storage::save_set(&loaded).unwrap();
    assert_eq!(
        local().get_item(&set_key(&set.id)).unwrap().unwrap(),
        stored,
        "read back and written again: the same text"
    );
    assert_eq!(storage::load_workspace().unwrap().summaries, vec![summary]);

    storage::save_prefs(&storage::Prefs {
        lang: Some(Lang::En),
        workshop: true,
    })
    .unwrap();
    assert_eq!(
        local().get_item("boussole:prefs").unwrap().unwrap(),
        r#"{"lang":"en","workshop":true}"#
    );
    assert!(storage::load_prefs().workshop);
}

#[wasm_bindgen_test]
fn a_full_quota_on_the_summary_is_a_quota_error_too() {
    fresh();
    let set = sample("g", 1);
    storage::save_set(&set).unwrap();
    let fillers = fill_quota();
    // Room for the set grown by 60 characters, not for its summary (about 300) after it: the
    // summary goes through gloo's typed `set`, whose error carries the DOMException's name.
    local().remove_item(&meta_key(&set.id)).unwrap();
    let mut grown = set.clone();
    grown.objectives[0].title.push_str(&"x".repeat(60));
    assert_eq!(storage::save_set(&grown), Err(SaveError::Quota));
    assert_eq!(
        local().get_item(&meta_key(&set.id)).unwrap(),
        None,
        "no stale summary beside the set"
    );
    for key in fillers {
        local().remove_item(&key).unwrap();
    }
    let workspace = storage::load_workspace().unwrap();
    assert_eq!(
        workspace.summaries.len(),
        1,
        "the next load rebuilds the summary from the set"
    );
    assert_eq!(storage::load_set(&set.id).unwrap(), Some(grown));
    local().clear().unwrap();
}

#[wasm_bindgen_test]
async fn an_import_that_does_not_fit_says_so_and_changes_nothing() {
    fresh();
    storage::save_set(&sample("here", 1)).unwrap();
    let fillers = fill_quota_but_a_little();
    let before = snapshot();
    let app = mount_app();
    let file = export_json(
        &[sample("small", 1), large("big")],
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
    );
    import_bytes(file.as_bytes(), "deux.json").await;
    find("[data-testid=import-confirm]").await.click();
    let error = find("[data-testid=import-error]").await;
    let message = error.text_content().unwrap();
    assert!(
        message.contains("ne tient pas") && message.contains("Rien n\u{2019}a changé"),
        "{message:?}"
    );
    assert_eq!(snapshot(), before, "nothing of the file was kept");
    drop(app);
    for key in fillers {
        local().remove_item(&key).unwrap();
    }
}

async fn import_bytes(bytes: &[u8], name: &str) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes).into());
    let file = web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input: web_sys::HtmlInputElement =
        find("[data-testid=import-input]").await.dyn_into().unwrap();
    input.set_files(Some(&transfer.files().unwrap()));
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn refused_imports_say_why_and_change_nothing() {
    fresh();
    let set = sample("keep", 2);
    storage::save_set(&set).unwrap();
    let before = snapshot();
    let newer =
        storage_json(&set).replace(&format!("\"version\":{CURRENT_VERSION}"), "\"version\":7");
    let duplicated = storage_json(&set).replace("keep-k1", "keep-k0");
    let cases: [(&[u8], &str); 6] = [
        (b"", "vide"),
        (b"\x89PNG\r\n\x1a\n\0\0", "texte"),
        (
            b"{\"format\": \"boussole\",\n  \"version\": 1,\n  oops}",
            "ligne 3",
        ),
        (b"{\"hello\": \"world\"}", "n\u{2019}est pas un export"),
        (newer.as_bytes(), "plus récente"),
        (duplicated.as_bytes(), "deux fois"),
    ];
    let app = mount_app();
    for (bytes, expected) in cases {
        import_bytes(bytes, "import.json").await;
        let error = find("[data-testid=import-error]").await;
        let message = error.text_content().unwrap();
        assert!(
            message.contains(expected),
            "{expected:?} not in {message:?}"
        );
        find("dialog[open] .dialog-actions button").await.click();
        for _ in 0..50 {
            if query("[data-testid=import-error]").is_none() {
                break;
            }
            sleep(20).await;
        }
        assert_eq!(
            snapshot(),
            before,
            "a refused import changed storage ({expected})"
        );
    }
    drop(app);
}

#[wasm_bindgen_test]
async fn a_valid_import_asks_before_replacing_a_set_with_the_same_id() {
    fresh();
    let set = sample("same", 1);
    storage::save_set(&set).unwrap();
    let mut incoming = set.clone();
    incoming.name = "Version reçue".into();
    incoming.revision += 3;
    let before = snapshot();
    let app = mount_app();
    import_bytes(storage_json(&incoming).as_bytes(), "recu.json").await;
    let item = find("[data-testid=import-item]").await;
    assert!(item.text_content().unwrap().contains("Version reçue"));
    assert_eq!(snapshot(), before, "the preview writes nothing");
    let keep_both: web_sys::HtmlInputElement = find("[data-testid=import-item] input[type=radio]")
        .await
        .dyn_into()
        .unwrap();
    assert!(keep_both.checked(), "keeping both is the default");
    find("[data-testid=import-confirm]").await.click();
    sleep(50).await;
    let workspace = storage::load_workspace().unwrap();
    assert_eq!(workspace.summaries.len(), 2, "the import became a copy");
    assert_eq!(
        storage::load_set(&set.id).unwrap(),
        Some(set),
        "the local set is untouched"
    );
    drop(app);
}

fn type_into(element: &web_sys::HtmlElement, text: &str) {
    if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(text);
    } else {
        element
            .dyn_ref::<web_sys::HtmlInputElement>()
            .unwrap()
            .set_value(text);
    }
    element
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

async fn text_of(selector: &str) -> String {
    find(selector).await.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_word_counter_follows_the_narrative_live() {
    fresh();
    let set = sample("why", 0);
    storage::save_set(&set).unwrap();
    let app = mount_app_at(&format!("#/set/{}", set.id));
    find("[data-testid=write-why]").await.click();
    let narrative = find("[data-testid=narrative]").await;
    assert_eq!(text_of("[data-testid=word-counter]").await, "0 / 300 mots");
    type_into(
        &narrative,
        "L’équipe livre aujourd’hui en 48 h, c’est-à-dire vite !",
    );
    leptos::task::tick().await;
    assert_eq!(text_of("[data-testid=word-counter]").await, "8 / 300 mots");
    type_into(&narrative, &"mot ".repeat(301));
    leptos::task::tick().await;
    let counter = find("[data-testid=word-counter]").await;
    assert_eq!(counter.text_content().unwrap(), "301 / 300 mots");
    assert!(counter.class_list().contains("over"));
    assert!(text_of("[data-testid=why-gaps]")
        .await
        .contains("1 mots de trop"));
    // Writes are batched: the text reaches storage within a second.
    let mut words = 0;
    for _ in 0..100 {
        words = storage::load_set(&set.id)
            .unwrap()
            .unwrap()
            .why
            .narrative
            .split_whitespace()
            .count();
        if words == 301 {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(words, 301, "the text is kept whole");
    drop(app);
}

#[wasm_bindgen_test]
async fn findings_appear_beside_a_key_result_and_go_when_fixed() {
    fresh();
    let mut set = sample("coach", 1);
    set.objectives[0].title = "Des ateliers utiles".into();
    storage::save_set(&set).unwrap();
    let app = mount_app_at(&format!("#/set/{}", set.id));
    let title = find("[data-testid=kr-title]").await;
    assert!(
        query("[data-testid=key-result] [data-testid=finding]").is_none(),
        "the sample is sound"
    );
    type_into(&title, "Organiser trois ateliers");
    leptos::task::tick().await;
    let finding = find("[data-testid=key-result] [data-testid=finding]").await;
    assert_eq!(
        finding.get_attribute("data-rule").as_deref(),
        Some("KrStartsWithTaskVerb")
    );
    assert!(text_of("[data-testid=plan-score]")
        .await
        .contains("85 / 100"));
    type_into(&title, "Participants qui appliquent la méthode");
    leptos::task::tick().await;
    assert!(query("[data-testid=key-result] [data-testid=finding]").is_none());
    assert!(text_of("[data-testid=plan-score]")
        .await
        .contains("100 / 100"));
    drop(app);
}

#[wasm_bindgen_test]
async fn a_damaged_set_beside_its_summary_is_caught_at_start_or_when_opened() {
    fresh();
    let (cut, same) = (sample("cut", 2), sample("same", 2));
    for set in [&cut, &same] {
        storage::save_set(set).unwrap();
    }
    // Truncated: its length no longer matches its summary, so it is read and found damaged.
    let raw = local().get_item(&set_key(&cut.id)).unwrap().unwrap();
    local()
        .set_item(&set_key(&cut.id), &raw[..raw.len() - 10])
        .unwrap();
    let workspace = storage::load_workspace().unwrap();
    assert_eq!(workspace.damaged.len(), 1);
    assert_eq!(workspace.damaged[0].key, set_key(&cut.id));
    local().remove_item(&set_key(&cut.id)).unwrap();
    local().remove_item(&meta_key(&cut.id)).unwrap();

    // Scrambled at the same length: the start trusts the summary, opening the set does not.
    let raw = local().get_item(&set_key(&same.id)).unwrap().unwrap();
    let scrambled = raw.replacen("\"objectives\":[", "\"objectives\":{", 1);
    assert_eq!(scrambled.len(), raw.len());
    local().set_item(&set_key(&same.id), &scrambled).unwrap();
    assert!(storage::load_workspace().unwrap().damaged.is_empty());
    let before = snapshot();
    let app = mount_app_at(&format!("#/set/{}", same.id));
    find("[data-testid=recovery]").await;
    sleep(50).await;
    assert_eq!(
        snapshot(),
        before,
        "nothing is written over the damaged set"
    );
    drop(app);
}

/// A launched sample: it opens on its check-ins.
fn launched(id: &str, objectives: usize) -> OkrSet {
    let mut set = sample(id, objectives);
    set.launch = Some(boussole::domain::model::Launch {
        at: set.created,
        reference: set.objectives.clone(),
    });
    set
}

fn submit(selector: &str) {
    let form: web_sys::HtmlFormElement = query(selector).unwrap().dyn_into().unwrap();
    form.request_submit().unwrap();
}

#[wasm_bindgen_test]
async fn a_check_in_records_every_filled_row_at_once_and_moves_progress() {
    fresh();
    let set = launched("ci", 2);
    storage::save_set(&set).unwrap();
    let app = mount_app_at(&format!("#/set/{}", set.id));
    find("[data-testid=check-in-form]").await;
    let values = find_all("[data-testid=check-in-value]", 2).await;
    assert_eq!(values.length(), 2, "one row per key result");
    let date: web_sys::HtmlElement = find("[data-testid=check-in-date]").await;
    type_into(&date, "2026-01-20");
    type_into(&values.get(0).unwrap().dyn_into().unwrap(), "60,25");
    submit("[data-testid=check-in-form]");
    let stored = stored_when(&set.id, |s| {
        !s.objectives[0].key_results[0].check_ins.is_empty()
    })
    .await;
    let first = &stored.objectives[0].key_results[0].check_ins;
    assert_eq!(first.len(), 1, "the filled row is recorded");
    assert_eq!(
        (first[0].value, first[0].date.to_string().as_str()),
        (60.25, "2026-01-20")
    );
    assert!(
        stored.objectives[1].key_results[0].check_ins.is_empty(),
        "an empty row records nothing"
    );
    // 40 → 80.5: 60.25 is half way.
    assert_eq!(
        text_of("[data-testid=kr-follow-up] [data-testid=progress-value]").await,
        "50\u{a0}%"
    );
    drop(app);
}

#[wasm_bindgen_test]
async fn a_check_in_that_does_not_read_says_so_and_stores_nothing() {
    fresh();
    let set = launched("bad", 1);
    storage::save_set(&set).unwrap();
    let app = mount_app_at(&format!("#/set/{}", set.id));
    let value = find("[data-testid=check-in-value]").await;
    let before = snapshot();
    type_into(&value, "beaucoup");
    submit("[data-testid=check-in-form]");
    leptos::task::tick().await;
    assert!(text_of("[data-testid=check-in-error]")
        .await
        .contains("Taux de réussite"));
    assert_eq!(snapshot(), before, "nothing was written");
    type_into(&value, "");
    submit("[data-testid=check-in-form]");
    leptos::task::tick().await;
    assert!(text_of("[data-testid=check-in-error]")
        .await
        .contains("Rien à enregistrer"));
    assert_eq!(snapshot(), before);
    drop(app);
}

/// Another tab stores a newer revision of the open set: the open set is patched in place,
/// and the check-in note being typed keeps its value, caret and focus (same element).
#[wasm_bindgen_test]
async fn a_save_from_another_tab_patches_the_open_set_without_resetting_what_is_typed() {
    fresh();
    let mut set = sample("patch", 2);
    set.launch = Some(boussole::domain::model::Launch {
        at: set.created,
        reference: set.objectives.clone(),
    });
    storage::save_set(&set).unwrap();
    let app = mount_app_at(&format!("#/set/{}", set.id));
    let note: web_sys::HtmlInputElement = find(".note-input").await.dyn_into().unwrap();
    note.focus().unwrap();
    type_into(&note, "Note en cours");
    leptos::task::tick().await;
    note.set_selection_range(4, 4).unwrap();
    leptos::task::tick().await;
    assert_eq!(
        note.selection_start().unwrap(),
        Some(4),
        "the caret is placed"
    );

    // The other tab: a newer revision with another team, then the event this tab hears.
    let mut theirs = storage::load_set(&set.id).unwrap().unwrap();
    theirs.team = "Autre équipe".into();
    theirs.revision += 1;
    storage::save_set(&theirs).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&set_key(&set.id)));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();

    let team: web_sys::HtmlInputElement = find("[data-testid=set-team]").await.dyn_into().unwrap();
    for _ in 0..100 {
        if team.value() == "Autre équipe" {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(
        team.value(),
        "Autre équipe",
        "the other tab's change is shown"
    );
    assert!(
        note.is_connected(),
        "the field being typed in was not drawn again"
    );
    assert_eq!(note.value(), "Note en cours");
    assert_eq!(note.selection_start().unwrap(), Some(4), "the caret stays");
    let active = document().active_element().unwrap();
    assert!(
        active == *note.unchecked_ref::<web_sys::Element>(),
        "the focus stays"
    );
    drop(app);
    local().clear().unwrap();
}

/// Polls storage until `read` gives `wanted` (writes are batched), then compares.
async fn stored_becomes<T: PartialEq + std::fmt::Debug>(
    id: &Id,
    read: impl Fn(&OkrSet) -> T,
    wanted: T,
) {
    let mut seen = read(&storage::load_set(id).unwrap().unwrap());
    for _ in 0..100 {
        if seen == wanted {
            break;
        }
        sleep(20).await;
        seen = read(&storage::load_set(id).unwrap().unwrap());
    }
    assert_eq!(seen, wanted);
}

#[wasm_bindgen_test]
async fn text_fields_clean_cap_and_commit_what_is_typed() {
    fresh();
    let set = sample("lines", 1);
    storage::save_set(&set).unwrap();
    let app = mount_app_at(&format!("#/set/{}", set.id));
    let name = find("[data-testid=set-name]").await;
    assert_eq!(name.get_attribute("maxlength").as_deref(), Some("200"));
    assert_eq!(
        name.get_attribute("aria-describedby").as_deref(),
        Some("set-name-error")
    );
    // A name is trimmed and loses its control and bidi characters.
    type_into(&name, "  Jeu\u{7} \u{202E}A  ");
    stored_becomes(&set.id, |s| s.name.clone(), "Jeu A".to_owned()).await;
    assert_eq!(name.get_attribute("aria-invalid"), None);
    // A name blank once invisible characters are gone is refused, and said to be.
    type_into(&name, " \u{200B} ");
    leptos::task::tick().await;
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    sleep(500).await;
    assert_eq!(storage::load_set(&set.id).unwrap().unwrap().name, "Jeu A");
    let team = find("[data-testid=set-team]").await;
    type_into(&team, " Équipe\u{0} B ");
    stored_becomes(&set.id, |s| s.team.clone(), "Équipe B".to_owned()).await;
    // A title keeps its spaces while typed, and is cut at its limit.
    let title = find("#obj-title-lines-o0").await;
    assert_eq!(
        title.get_attribute("data-testid").as_deref(),
        Some("objective-title")
    );
    assert!(!title
        .get_attribute("placeholder")
        .unwrap_or_default()
        .is_empty());
    type_into(&title, &format!("{} ", "é".repeat(600)));
    stored_becomes(&set.id, |s| s.objectives[0].title.clone(), "é".repeat(500)).await;
    let kr = find("#kr-title-lines-k0").await;
    assert_eq!(
        kr.get_attribute("aria-labelledby").as_deref(),
        Some("kr-number-lines-k0 kr-title-label-lines-k0")
    );
    type_into(&kr, "Taux \u{200F}de retour ");
    stored_becomes(
        &set.id,
        |s| s.objectives[0].key_results[0].title.clone(),
        "Taux de retour ".to_owned(),
    )
    .await;
    drop(app);
}

// ---------------------------------------------------------------------------------------
// History (issue 16): versions beside the set, pruned before a save fails.

fn browser_now() -> chrono::DateTime<Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap()
}

/// A set's history of `count` versions, each with an objective of its own (about 2 KB),
/// kept `count` days ago and on; the last one kept before a merge, yesterday.
fn history_of(set: &OkrSet, count: i64) -> Vec<u32> {
    use boussole::domain::history::Reason;
    let now = browser_now();
    let mut kept = Vec::new();
    for i in 0..count {
        let mut version = set.clone();
        let mut objective = Objective::new(Id::new(format!("v{i}")));
        objective.title = format!("{i} {}", "É".repeat(480));
        version.objectives.push(objective);
        let (reason, at) = if i == count - 1 {
            (Reason::BeforeMerge, now - chrono::Duration::days(1))
        } else {
            (Reason::CheckIns(1), now - chrono::Duration::days(90 - i))
        };
        kept.push(storage::keep(&version, reason, at, false).unwrap());
    }
    kept
}

#[wasm_bindgen_test]
fn a_full_quota_lets_the_oldest_versions_go_before_a_save_fails() {
    fresh();
    let set = sample("hq", 1);
    storage::save_set(&set).unwrap();
    let kept = history_of(&set, 30);
    let fillers = fill_quota();
    assert!(!fillers.is_empty());

    let mut bigger = set.clone();
    bigger.objectives.extend(sample("hq2", 20).objectives);
    let (_, pruned) = storage::save_set_making_room(&bigger).expect("history made room");
    assert!(pruned.versions > 0);
    assert_eq!(pruned.guarded, 0, "the version from before a merge is kept");
    assert_eq!(storage::load_set(&set.id).unwrap(), Some(bigger));
    let history = storage::load_history(&set.id).unwrap();
    let left: Vec<u32> = history.versions().iter().map(|v| v.n).collect();
    assert_eq!(left.last(), kept.last(), "the newest stays");
    assert_eq!(
        left.first().copied(),
        Some(kept[pruned.versions]),
        "the oldest went first"
    );
    assert_eq!(
        storage::indexed(&set.id).map(|i| i.len),
        local()
            .get_item(&storage::history_key(&set.id))
            .unwrap()
            .map(|t| t.encode_utf16().count()),
        "the index follows the pruned history"
    );
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_full_quota_with_no_history_still_refuses_the_save() {
    fresh();
    let set = sample("hn", 1);
    storage::save_set(&set).unwrap();
    let _fillers = fill_quota();
    let mut bigger = set.clone();
    bigger.objectives.extend(sample("hn2", 20).objectives);
    assert_eq!(
        storage::save_set_making_room(&bigger).map(|_| ()),
        Err(SaveError::Quota)
    );
    assert_eq!(storage::load_set(&set.id).unwrap(), Some(set));
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_damaged_history_goes_to_recovery_and_never_blocks_its_set() {
    use boussole::domain::history::Reason;
    fresh();
    let set = sample("hd", 2);
    storage::save_set(&set).unwrap();
    let key = storage::history_key(&set.id);
    local()
        .set_item(&key, "{\"set\":\"hd\",\"versions\":[")
        .unwrap();
    let workspace = storage::load_workspace().unwrap();
    assert_eq!(workspace.summaries.len(), 1, "the set loads");
    let damaged: Vec<&str> = workspace.damaged.iter().map(|d| d.key.as_str()).collect();
    assert_eq!(damaged, vec![key.as_str()]);
    assert_eq!(workspace.damaged[0].name.as_deref(), Some("Jeu hd"));
    // Keeping a version never writes over it; the set saves as ever.
    assert!(matches!(
        storage::keep(&set, Reason::Editing, browser_now(), false),
        Err(storage::KeepError::Damaged(_))
    ));
    assert_eq!(
        local().get_item(&key).unwrap().as_deref(),
        Some("{\"set\":\"hd\",\"versions\":[")
    );
    let mut edited = set.clone();
    edited.name = "Jeu hd modifié".into();
    storage::save_set(&edited).unwrap();
    assert_eq!(storage::load_set(&set.id).unwrap(), Some(edited));
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_version_kept_before_a_merge_under_the_older_key_moves_into_the_history() {
    fresh();
    let before = sample("hm", 1);
    let mut merged = before.clone();
    merged.objectives.extend(sample("hm2", 2).objectives);
    merged.revision += 1;
    storage::save_set(&merged).unwrap();
    let old_key = storage::before_merge_key(&before.id);
    local().set_item(&old_key, &storage_json(&before)).unwrap();

    let workspace = storage::load_workspace().unwrap();
    assert!(workspace.damaged.is_empty());
    assert_eq!(local().get_item(&old_key).unwrap(), None, "read once");
    let history = storage::load_history(&before.id).unwrap();
    let n = history.offer().expect("offered on the set's page");
    assert_eq!(history.version(n), Ok(before.clone()));
    assert_eq!(storage::indexed(&before.id).and_then(|i| i.offer), Some(n));
    // A second start finds nothing more to move.
    storage::load_workspace().unwrap();
    assert_eq!(
        storage::load_history(&before.id).unwrap().versions().len(),
        1
    );
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn saving_an_edit_writes_no_history() {
    use boussole::domain::history::Reason;
    fresh();
    let set = sample("hs", 2);
    storage::save_set(&set).unwrap();
    storage::keep(&set, Reason::Launch, browser_now(), false).unwrap();
    let history = local().get_item(&storage::history_key(&set.id)).unwrap();
    let mut edited = set.clone();
    edited.objectives[0].title = "Un autre titre".into();
    storage::save_set(&edited).unwrap();
    assert_eq!(
        local().get_item(&storage::history_key(&set.id)).unwrap(),
        history
    );
    local().clear().unwrap();
}
