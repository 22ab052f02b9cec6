//! CSV exports for spreadsheets, named like the JSON exports: a set's (in its details)
//! and the workspace's (on the home page), each as two files, the key results and the
//! check-ins. A CSV is not a Boussole file (it cannot be imported back whole), so it does
//! not count as the copy the export reminder asks for.

use crate::clock;
use crate::domain::filename::sheet_file_name;
use crate::domain::model::OkrSet;
use crate::domain::set_figures::SetFigures;
use crate::domain::sheet::{check_ins_csv, key_results_csv};
use crate::domain::vocabulary::Vocabulary;
use crate::files;
use crate::i18n::{Msg, SheetLabels};
use crate::ui::editing::use_editor;
use crate::ui::figures::others_of;
use crate::ui::state::{use_app, AppState};
use crate::ui::text::tr;
use leptos::prelude::*;

const MIME: &str = "text/csv;charset=utf-8";

/// Writes `sets` as one of the two files and offers it as a download; `name` is the
/// set's name, or `None` for the workspace. A reference set's figures roll up from the
/// sets among `others` (`set_figures`).
fn download(
    state: &AppState,
    sets: &[&OkrSet],
    others: &[OkrSet],
    vocabulary: &Vocabulary,
    name: Option<&str>,
    check_ins: bool,
) {
    let lang = state.lang.get_untracked();
    let labels = SheetLabels {
        lang,
        terms: vocabulary.terms(lang),
    };
    let all = name.is_none();
    let text = if check_ins {
        check_ins_csv(sets, &labels, all)
    } else {
        let today = clock::today();
        let figures: Vec<SetFigures> = sets
            .iter()
            .map(|set| SetFigures::of(set, others, today))
            .collect();
        let rows: Vec<(&OkrSet, &SetFigures)> = sets.iter().copied().zip(&figures).collect();
        key_results_csv(&rows, &labels, today, all)
    };
    let part = check_ins.then(|| state.t_untracked().text(Msg::StepCheckIn));
    let file = match name {
        Some(name) => sheet_file_name(name, "okr", clock::today(), part),
        None => sheet_file_name("espace", "workspace", clock::today(), part),
    };
    let _ = files::download(&file, &text, MIME);
}

/// The workspace's words: the sets' own when they all share them, else the standard ones.
fn shared_vocabulary<'a>(mut vocabularies: impl Iterator<Item = &'a Vocabulary>) -> Vocabulary {
    match vocabularies.next() {
        Some(first) if vocabularies.all(|v| v == first) => first.clone(),
        _ => Vocabulary::Standard,
    }
}

/// The open set's two CSV files, beside its JSON export.
#[component]
pub fn SetCsvButtons() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let export = move |check_ins: bool| {
        editor.set.with_untracked(|set| {
            let others = if check_ins {
                Vec::new()
            } else {
                others_of(&state, set)
            };
            download(
                &state,
                &[set],
                &others,
                &set.vocabulary,
                Some(&set.name),
                check_ins,
            )
        });
    };
    view! {
        <span class="button-group" role="group" aria-label=tr(Msg::SheetExportLabel)>
            <button class="button" data-testid="csv-key-results" on:click=move |_| export(false)>
                {move || t().sheet_export(&editor.terms(), false, false)}
            </button>
            <button class="button" data-testid="csv-check-ins" on:click=move |_| export(true)>
                {move || t().sheet_export(&editor.terms(), true, false)}
            </button>
        </span>
    }
}

/// Every set's key results and check-ins, each row naming its set.
#[component]
pub fn WorkspaceCsvButtons() -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    // The buttons speak the words the file's headings will use.
    let terms = move || {
        let shared = state
            .summaries
            .with(|all| shared_vocabulary(all.iter().map(|s| &s.vocabulary)));
        shared.terms(state.lang.get())
    };
    let export = move |check_ins: bool| {
        let sets = crate::ui::transfer::all_sets(&state);
        if sets.is_empty() {
            return;
        }
        let refs: Vec<&OkrSet> = sets.iter().collect();
        let vocabulary = shared_vocabulary(sets.iter().map(|s| &s.vocabulary));
        download(&state, &refs, &sets, &vocabulary, None, check_ins);
    };
    view! {
        <span class="button-group" role="group" aria-label=tr(Msg::SheetExportLabel)>
            <button class="button" data-testid="csv-all-key-results" on:click=move |_| export(false)>
                {move || t().sheet_export(&terms(), false, true)}
            </button>
            <button class="button" data-testid="csv-all-check-ins" on:click=move |_| export(true)>
                {move || t().sheet_export(&terms(), true, true)}
            </button>
        </span>
    }
}
