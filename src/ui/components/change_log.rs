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
    let rows = move || {
        let terms = editor.terms();
        editor.set.with(|s| {
            s.changes
                .iter()
                .rev()
                .map(|c| {
                    let value = |v: &Option<_>| v.as_ref().map_or_else(|| "—".to_owned(), |v| t().change_value(v));
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
                .collect_view()
        })
    };
    view! {
        <section class="card change-log" aria-labelledby="change-log-title">
            <h2 id="change-log-title">{tr(Msg::ChangeLogTitle)}</h2>
            <Show when=move || editor.set.with(|s| !s.changes.is_empty()) fallback=|| view! { <p class="empty-state">{tr(Msg::NoChangesYet)}</p> }>
                <div class="table-scroll">
                    <table class="change-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(Msg::DateColumn)}</th>
                                <th scope="col">{tr(Msg::ChangePlan)}</th>
                                <th scope="col">{move || crate::domain::vocabulary::capitalize(&editor.terms().objective.singular)} " / " {move || editor.terms().key_result.singular}</th>
                                <th scope="col">{tr(Msg::Value)}</th>
                                <th scope="col">{tr(Msg::Reason)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
