//! A kept version beside the set as it is now: each item that differs, how, and what it
//! says on each side (in the words the merge review uses for a conflict).

use crate::clock;
use crate::domain::history::compare::{compare, How};
use crate::domain::model::OkrSet;
use crate::i18n::Msg;
use crate::ui::dialogs::{describe, item_kind};
use crate::ui::state::use_app;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[component]
pub fn Comparison(then: OkrSet, now: OkrSet, at: DateTime<Utc>, heading: String) -> impl IntoView {
    let state = use_app();
    let t = move || state.t();
    let differences = compare(&then, &now);
    let count = differences.len();
    let rows = move || {
        let (t, lang) = (state.t(), state.lang.get());
        let terms = now.vocabulary.terms(lang);
        differences
            .iter()
            .map(|d| {
                let how = match d.how {
                    How::Added => Msg::DiffAdded,
                    How::Removed => Msg::DiffRemoved,
                    How::Changed => Msg::DiffChanged,
                };
                view! {
                    <li class="merge-item" data-testid="difference">
                        <p class="difference-head">
                            <strong>{t.merge_item(item_kind(&d.item), &terms)}</strong>
                            " · " <span data-testid="difference-how">{t.text(how)}</span>
                        </p>
                        <div class="merge-sides">
                            <div class="merge-side">
                                <span class="meta">{t.text(Msg::DiffThen)}</span>
                                <p data-testid="difference-then">{describe(t, lang, &then, &d.item)}</p>
                            </div>
                            <div class="merge-side">
                                <span class="meta">{t.text(Msg::DiffNow)}</span>
                                <p data-testid="difference-now">{describe(t, lang, &now, &d.item)}</p>
                            </div>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    let labelled_by = heading.clone();
    view! {
        <section class="history-compare" aria-labelledby=labelled_by data-testid="comparison">
            <h2 id=heading>{move || t().compare_title(clock::local(at))}</h2>
            <p data-testid="difference-count">{move || t().differences(count)}</p>
            <ul class="differences">{rows}</ul>
        </section>
    }
}
