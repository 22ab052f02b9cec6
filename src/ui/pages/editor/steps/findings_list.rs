//! The coaching findings on one item, shown beside it: each with its "why?" link to the
//! guide, and, on a key result that reads as a task, the rewrite coaching offers.

use super::rewrite_offer::RewriteOffer;
use super::why_link::WhyLink;
use crate::domain::coaching::{Rule, Severity, Target};
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use leptos::prelude::*;

#[component]
pub fn FindingsList(target: Target) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    // A memo: the list is drawn again only when this item's findings change.
    let here = {
        let target = target.clone();
        Memo::new(move |_| editor.findings_on(&target))
    };
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
                        let offer = match (&target, rule) {
                            (Target::KeyResult(id), Rule::KrStartsWithTaskVerb) => {
                                Some(view! { <RewriteOffer id=id.clone()/> })
                            }
                            _ => None,
                        };
                        view! {
                            <li class="finding" class:warning=warning data-testid="finding" data-rule=rule.key()>
                                {t().finding(rule, &terms, limits)}
                                " "
                                <WhyLink rule=rule/>
                                {offer}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
