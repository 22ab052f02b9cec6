//! The coaching findings on one item, shown beside it.

use crate::domain::coaching::{Severity, Target};
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use leptos::prelude::*;

#[component]
pub fn FindingsList(target: Target) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    // A memo: the list is drawn again only when this item's findings change.
    let here = Memo::new(move |_| editor.findings_on(&target));
    view! {
        <ul class="findings" data-testid="findings">
            {move || {
                let terms = editor.terms();
                let limits = editor.set.field(SetField::CountRule, |s| s.count_rule);
                here
                    .get()
                    .into_iter()
                    .map(|rule| {
                        let warning = rule.severity() == Severity::Warning;
                        view! {
                            <li class="finding" class:warning=warning data-testid="finding" data-rule=rule.key()>
                                {t().finding(rule, &terms, limits)}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
