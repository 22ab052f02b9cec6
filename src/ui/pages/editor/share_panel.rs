//! Sharing without a server. Where the browser offers a share sheet for files (Edge or
//! Chrome on Windows, phones), "Partager" opens it with the set's file and its summary.
//! Elsewhere the file is downloaded and the mail client opens with the summary; a
//! summary too long for a mail link (some clients cut links past about 2,000
//! characters) is put on the clipboard and the mail asks to paste it. The summary can
//! also be copied on its own. Nothing leaves the device unless the user sends it.

use crate::clock;
use crate::domain::format::export_json;
use crate::domain::mail_link::{mail_link, MailLink};
use crate::domain::set_figures::SetFigures;
use crate::i18n::{digest, Msg};
use crate::ui::editing::{use_editor, Editor};
use crate::ui::figures::others_memo;
use crate::ui::state::AppState;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use crate::ui::transfer::set_file_name;
use crate::web_share::{can_share_files, share_file, Shared};
use leptos::prelude::*;

/// Copies the summary, and says whether the browser let it.
fn copy_summary(state: AppState, summary: String) {
    leptos::task::spawn_local(async move {
        let copied = crate::clipboard::copy(&summary).await;
        state.notify(if copied {
            Msg::SummaryCopied
        } else {
            Msg::CopyFailed
        });
    });
}

/// The share sheet with the set's file: noted as shared first, as an export is; held by
/// a file once the user has sent it. `refused` runs when the browser will not share.
fn share_with_sheet(editor: Editor, summary: String, refused: impl Fn() + 'static) {
    let state = editor.app;
    editor.commit(|set| set.mark_shared());
    editor.flush();
    let (id, name, json, title) = editor.set.with_untracked(|set| {
        let json = export_json(std::slice::from_ref(set), clock::now());
        let title = state.t_untracked().mail_subject(&set.name);
        (set.id.clone(), set_file_name(set), json, title)
    });
    leptos::task::spawn_local(async move {
        match share_file(&name, &json, "application/json", &title, &summary).await {
            Shared::Done => state.file_holds(&[id], clock::now()),
            Shared::Cancelled => {}
            Shared::Refused => refused(),
        }
    });
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let open = RwSignal::new(false);
    // Asked once: the browser's answer does not change while the page is open.
    let sheet = can_share_files();
    // A reference set's summary carries its rollups: the team sets are read once asked
    // for, and again when one of them is saved.
    let own = editor.set.with_untracked(|s| s.id.clone());
    let others = others_memo(state, own, move || {
        editor.set.field(SetField::Reference, |s| s.reference)
    });
    let text = Memo::new(move |_| {
        let lang = state.lang.get();
        others.with(|others| {
            editor.set.with(|set| {
                let figures = SetFigures::of(set, others, clock::today());
                digest(state.t(), set, &figures, lang)
            })
        })
    });
    let link = Memo::new(move |_| {
        let t = state.t();
        let subject = editor.set.with(|s| t.mail_subject(&s.name));
        let paste = format!(
            "{}\n\n{}",
            t.text(Msg::MailPasteBody),
            t.text(Msg::DigestHowToOpen)
        );
        text.with(|summary| mail_link(&subject, summary, &paste))
    });
    let by_mail = move || {
        editor.export();
        open.set(true);
        let MailLink { whole, .. } = link.get_untracked();
        if !whole {
            copy_summary(state, text.get_untracked());
        }
    };
    let share = move |_| {
        if sheet {
            share_with_sheet(editor, text.get_untracked(), by_mail);
        } else {
            by_mail();
        }
    };
    let copy = move |_| copy_summary(state, text.get_untracked());
    view! {
        <button class="button" data-testid="share" aria-expanded=move || open.get().to_string() on:click=share>
            {tr(if sheet { Msg::ShareSheet } else { Msg::Share })}
        </button>
        <button class="button" data-testid="copy-summary" on:click=copy>{tr(Msg::CopySummary)}</button>
        {move || open.get().then(|| view! {
            <div class="share-panel" data-testid="share-panel" role="region" aria-label=tr(Msg::ShareTitle)>
                <p>{tr(Msg::ShareAttachHint)}</p>
                {move || (!link.with(|l| l.whole)).then(|| view! {
                    <p data-testid="paste-hint">{tr(Msg::SummaryOnClipboard)}</p>
                })}
                <a class="button primary" data-testid="mail-link" href=move || link.with(|l| l.href.clone())>{tr(Msg::OpenMail)}</a>
                <textarea class="digest" readonly rows="8" aria-label=tr(Msg::ShareTitle) prop:value=move || text.get()></textarea>
            </div>
        })}
    }
}
