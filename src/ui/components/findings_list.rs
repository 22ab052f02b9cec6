//! The coaching findings on one item, shown beside it.

use crate::domain::coaching::{Severity, Target};
use crate::ui::editing::use_editor;
use leptos::prelude::*;

#[component]
pub fn FindingsList(target: Target) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let here = move || {
        let target = target.clone();
        editor.findings.with(move |all| all.iter().filter(|f| f.target == target).map(|f| f.rule).collect::<Vec<_>>())
    };
    view! {
        <ul class="findings" data-testid="findings">
            {move || {
                let terms = editor.terms();
                let limits = editor.set.with(|s| s.count_rule);
                here()
                    .into_iter()
                    .map(|rule| {
                        let warning = rule.severity() == Severity::Warning;
                        view! {
                            <li class="finding" class:warning=warning data-testid="finding" data-rule=format!("{rule:?}")>
                                {t().finding(rule, &terms, limits)}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
