//! What coaching still flags, item by item, where the launch step says how many: each
//! item by its number and title, what is found on it, and a button that opens the draft
//! with the focus in the field to mend; each finding's "why?" opens the guide.

use super::why_link::WhyLink;
use crate::domain::coaching::{by_item, Field, ItemFindings, Severity, Target};
use crate::domain::path::Step;
use crate::ui::dom::focus_when_drawn;
use crate::ui::editing::{use_editor, Editor};
use crate::ui::store::SetField;
use leptos::prelude::*;

/// How many animation frames to wait for a field to be drawn: the draft draws one more
/// objective a frame, so this covers the file limit's objectives with room to spare.
const FRAMES_TO_WAIT: u32 = 600;

/// The id of the element that holds `field` of `target` in the draft (see the
/// `id` attributes in `objective_card`, `key_result_row` and `coaching_summary`).
fn element_id(target: &Target, field: Field) -> String {
    match (target, field) {
        (Target::KeyResult(id), Field::Baseline) => format!("kr-baseline-{id}"),
        (Target::KeyResult(id), Field::Target) => format!("kr-target-{id}"),
        (Target::KeyResult(id), Field::Unit) => format!("kr-unit-{id}"),
        (Target::KeyResult(id), _) => format!("kr-title-{id}"),
        (Target::Objective(id), Field::AddKeyResult) => format!("add-kr-{id}"),
        (Target::Objective(id), _) => format!("obj-title-{id}"),
        (Target::Set, _) => "rule-objectives".to_owned(),
    }
}

/// "Résultat clé 1.2 : Commandes livrées sans incident": the item as the draft heads it.
fn item_name(editor: Editor, target: &Target) -> String {
    let t = editor.app.t();
    let terms = editor.terms();
    let (label, title) = match target {
        Target::Set => (t.objectives_heading(&terms), String::new()),
        Target::Objective(id) => (
            t.objective_heading(&terms, editor.set.objective_number(id)),
            editor
                .set
                .objective(id, |o| o.map(|o| o.title.trim().to_owned()))
                .unwrap_or_default(),
        ),
        Target::KeyResult(id) => {
            let (o, k) = editor.set.key_result_number(id);
            (
                t.key_result_label(&terms, o, k),
                editor
                    .set
                    .key_result(id, |k| k.map(|k| k.title.trim().to_owned()))
                    .unwrap_or_default(),
            )
        }
    };
    if title.is_empty() {
        label
    } else {
        t.labelled(&label, &title)
    }
}

#[component]
pub fn FindingsByItem() -> impl IntoView {
    let editor = use_editor();
    let items = Memo::new(move |_| editor.findings.with(|f| by_item(f)));
    let item = move |item: ItemFindings| {
        let field = element_id(&item.target, item.field());
        let go = move |_| {
            editor.step.set(Step::Draft);
            focus_when_drawn(field.clone(), FRAMES_TO_WAIT);
        };
        let ItemFindings { target, rules } = item;
        let name = move || item_name(editor, &target);
        view! {
            <li class="item-findings" data-testid="item-findings">
                <button class="link-button" data-testid="go-to-item" on:click=go>{name}</button>
                <ul class="findings">
                    {move || {
                        let (t, terms) = (editor.app.t(), editor.terms());
                        let limits = editor.set.field(SetField::CountRule, |s| s.count_rule);
                        rules
                            .iter()
                            .map(|&rule| view! {
                                <li
                                    class="finding"
                                    class:warning=rule.severity() == Severity::Warning
                                    data-testid="finding"
                                    data-rule=rule.key()
                                >
                                    {t.finding(rule, &terms, limits)}
                                    " "
                                    <WhyLink rule=rule/>
                                </li>
                            })
                            .collect_view()
                    }}
                </ul>
            </li>
        }
    };
    view! {
        <ul class="findings-by-item" data-testid="findings-by-item">
            {move || items.get().into_iter().map(item).collect_view()}
        </ul>
    }
}
