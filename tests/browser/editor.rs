//! The mounted editor: live counts, findings, check-ins, another tab, text fields.

use super::*;

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
