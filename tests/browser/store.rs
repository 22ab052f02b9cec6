//! Storage against the real localStorage: keys, summaries, damage and a full quota.

use super::*;

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
