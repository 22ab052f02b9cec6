//! Imports in the mounted app: refused files change nothing, a clash asks first.

use super::*;

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
