//! History (issue 16): versions beside the set, pruned before a save fails.

use super::*;

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
