//! The draft's door from a spreadsheet: a paste area that reads what a sheet puts on the
//! clipboard (its `text/plain`: tab-separated cells), a button for text typed or pasted
//! by other means, and a CSV picker. A text that is no table says why, here, and
//! changes nothing; a table opens the preview.

use super::dialog::SheetDialog;
use super::{inbox, Session};
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::sheet::{decode, guess, read_table, SheetError};
use crate::files;
use crate::i18n::{known_headers, Msg};
use crate::ui::editing::{use_editor, Editor};
use crate::ui::store::SetField;
use crate::ui::text::tr;
use crate::ui::widgets::FileButton;
use leptos::html::Textarea;
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

/// Reads `text` as a table: the preview opens, or the reason shows.
fn open(
    editor: Editor,
    text: &str,
    session: RwSignal<Option<Session>>,
    error: RwSignal<Option<SheetError>>,
) {
    match read_table(text) {
        Ok(table) => {
            // Every set's words, so a file written for another set reads back here.
            let known = editor.set.with_untracked(|s| {
                editor.app.summaries.with_untracked(|all| {
                    known_headers(&s.vocabulary, all.iter().map(|o| &o.vocabulary))
                })
            });
            let first = table.rows.first().cloned().unwrap_or_default();
            let mapping = guess(&first, table.width(), &known);
            error.set(None);
            session.set(Some(Session {
                table: Arc::new(table),
                mapping: RwSignal::new(mapping),
            }));
        }
        Err(refused) => {
            session.set(None);
            error.set(Some(refused));
        }
    }
}

/// Reads a chosen or dropped file, within the file limit, in the encodings sheets write.
fn open_file(
    editor: Editor,
    file: web_sys::File,
    session: RwSignal<Option<Session>>,
    error: RwSignal<Option<SheetError>>,
) {
    if files::size(&file) > MAX_FILE_BYTES {
        error.set(Some(SheetError::TooLarge {
            bytes: files::size(&file),
        }));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = match files::read_bytes(&file).await {
            Ok(bytes) => decode(&bytes),
            Err(_) => Err(SheetError::NotText),
        };
        match text {
            Ok(text) => open(editor, &text, session, error),
            Err(refused) => error.set(Some(refused)),
        }
    });
}

#[component]
pub fn SheetPaste() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let session = RwSignal::new(None::<Session>);
    let error = RwSignal::new(None::<SheetError>);
    let area = NodeRef::<Textarea>::new();
    // A CSV file dropped on the page, or chosen with the home page's import button while
    // this draft is open, comes here.
    let registered = inbox::register(Rc::new(move |file| {
        // A launched plan without an open change, or a closed cycle, takes no new items:
        // the area is disabled then, and says why rather than open a preview.
        let disabled = area
            .get_untracked()
            .is_some_and(|a| a.matches(":disabled").unwrap_or(false));
        if disabled {
            let closed = editor.set.with_untracked(|s| s.is_closed());
            state.notify(if closed {
                Msg::ClosedNotice
            } else {
                Msg::PlanLocked
            });
        } else {
            open_file(editor, file, session, error);
        }
    }));
    on_cleanup(move || inbox::forget(registered));
    let on_paste = move |e: leptos::ev::ClipboardEvent| {
        let text = e
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
            .unwrap_or_default();
        // Nothing as text (a picture): the browser does what it does.
        if text.is_empty() {
            return;
        }
        e.prevent_default();
        open(editor, &text, session, error);
    };
    let read_typed = move |_| {
        if let Some(area) = area.get() {
            open(editor, &area.value(), session, error);
        }
    };
    let on_file = Callback::new(move |file| open_file(editor, file, session, error));
    // Once created, focus goes to the first new objective (the dialog does it); once
    // cancelled, back to the paste area, where the user was.
    let close = Callback::new(move |created: bool| {
        session.set(None);
        if let Some(area) = area.get_untracked() {
            if created {
                area.set_value("");
            } else {
                let _ = area.focus();
            }
        }
    });
    let hint = move || {
        let lang = state.lang.get();
        let terms = editor
            .set
            .field(SetField::Vocabulary, |s| s.vocabulary.terms(lang));
        t().sheet_paste_hint(&terms)
    };
    view! {
        <section class="sheet-bridge" aria-labelledby="sheet-heading" data-testid="sheet-bridge">
            <h3 id="sheet-heading">{tr(Msg::SheetHeading)}</h3>
            <p class="hint" id="sheet-hint">{hint}</p>
            <label class="field">
                <span>{tr(Msg::SheetPasteLabel)}</span>
                <textarea
                    node_ref=area
                    rows="3"
                    data-testid="sheet-paste"
                    aria-describedby="sheet-hint sheet-error"
                    on:paste=on_paste
                ></textarea>
            </label>
            <div class="toolbar">
                <button class="button" data-testid="sheet-read" on:click=read_typed>
                    {tr(Msg::SheetReadPasted)}
                </button>
                <FileButton
                    label=tr(Msg::SheetImportCsv)
                    accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
                    testid="sheet-file"
                    on_file=on_file
                />
            </div>
            <p id="sheet-error" class="error" role="alert" data-testid="sheet-error">
                {move || error.get().map(|e| t().sheet_refused(&e))}
            </p>
            {move || session.get().map(|s| view! { <SheetDialog session=s on_close=close/> })}
        </section>
    }
}
