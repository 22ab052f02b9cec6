//! The change log of a launched set: when, what (old → new) and why, newest first.

use crate::clock;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn ChangeLog() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    // One row per entry, each redrawn only when its own entry changes (an open change
    // rewrites its entries as the plan is edited).
    let count = Memo::new(move |_| editor.set.changes(|s| s.changes.len()));
    let rows = move || (0..count.get()).rev().collect::<Vec<_>>();
    view! {
        <section class="card change-log" aria-labelledby="change-log-title">
            <h2 id="change-log-title">{tr(Msg::ChangeLogTitle)}</h2>
            <Show when=move || count.get() != 0 fallback=|| view! { <p class="empty-state">{tr(Msg::NoChangesYet)}</p> }>
                // Nothing in the table takes focus, so the scrolling box does: a keyboard can
                // scroll it on a narrow screen.
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="change-log-title">
                    <table class="change-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(Msg::DateColumn)}</th>
                                <th scope="col">{tr(Msg::ChangeColumn)}</th>
                                <th scope="col">{move || t().change_item_column(&editor.terms())}</th>
                                <th scope="col">{tr(Msg::Value)}</th>
                                <th scope="col">{tr(Msg::Reason)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=rows key=|i| *i let:i>
                                <ChangeRow index=i/>
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn ChangeRow(index: usize) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let entry = Memo::new(move |_| editor.set.changes(|s| s.changes.get(index).cloned()));
    move || {
        entry.get().map(|c| {
            let terms = editor.terms();
            let value = |v: &Option<_>| {
                v.as_ref()
                    .map_or_else(|| "—".to_owned(), |v| t().change_value(v))
            };
            view! {
                <tr data-testid="change-entry">
                    <td>{t().date_time(clock::local(c.at))}</td>
                    <td>{t().change_what(c.what, &terms)}</td>
                    <td>{c.subject.clone()}</td>
                    <td>{value(&c.old)} " → " {value(&c.new)}</td>
                    <td class="reason">{c.reason.clone()}</td>
                </tr>
            }
        })
    }
}
