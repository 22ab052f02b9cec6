//! The draft's coaching at a glance: the team's count rule, the plan score and every
//! finding that concerns the set as a whole. Findings on items sit beside the items.

use super::findings_list::FindingsList;
use crate::domain::coaching::{plan_score, tally, Target};
use crate::domain::model::CountRule;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn CoachingSummary() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let score = Memo::new(move |_| {
        editor
            .findings
            .with(|f| editor.set.structure(|s| plan_score(s, f)))
    });
    let score = move || score.get();
    let counts = move || editor.findings.with(|f| tally(f));
    let rule = move || editor.set.field(SetField::CountRule, |s| s.count_rule);
    let set_rule = move |rule: CountRule| {
        editor.commit(|s| s.count_rule = rule);
    };
    let number = move |value: u32, objectives: bool| {
        let range = (1..=CountRule::MAX)
            .map(|n| view! { <option value=n selected=n == value>{n}</option> })
            .collect_view();
        view! {
            <select
                id=if objectives { "rule-objectives" } else { "rule-key-results" }
                data-testid=if objectives { "rule-objectives" } else { "rule-key-results" }
                aria-label=move || {
                    let terms = editor.terms();
                    if objectives { terms.objective.plural } else { terms.key_result.plural }
                }
                on:change=move |e| {
                    let n = event_target_value(&e).parse().unwrap_or(3);
                    let mut r = rule();
                    if objectives { r.max_objectives = n } else { r.max_key_results = n }
                    set_rule(r);
                }
            >
                {range}
            </select>
        }
    };
    view! {
        <section class="card coaching" aria-labelledby="coaching-title" data-testid="coaching">
            <h2 id="coaching-title">{tr(Msg::CoachingTitle)}</h2>
            <p class="score" data-testid="plan-score">
                <strong>{move || t().plan_score(score())}</strong>
                " · "
                <span>{move || { let (w, a) = counts(); t().findings_count(w, a) }}</span>
            </p>
            <div class="count-rule">
                <span class="label">{tr(Msg::CountRuleLabel)}</span>
                {CountRule::PRESETS
                    .into_iter()
                    .map(|preset| view! {
                        <button
                            class="button quiet"
                            aria-pressed=move || (rule() == preset).to_string()
                            data-testid="rule-preset"
                            on:click=move |_| set_rule(preset)
                        >
                            {move || t().count_rule_name(&editor.terms(), preset)}
                        </button>
                    })
                    .collect_view()}
                <span class="custom-rule">
                    {tr(Msg::CountRuleCustom)} " "
                    {move || { let r = rule(); view! { {number(r.max_objectives, true)} " × " {number(r.max_key_results, false)} } }}
                </span>
            </div>
            <FindingsList target=Target::Set/>
            {move || {
                // What the draft still lacks: first an objective, then nothing to flag.
                if editor.set.structure(|s| s.objectives.is_empty()) {
                    Some(view! { <p class="gaps" data-testid="draft-missing">{t().draft_missing(&editor.terms())}</p> }.into_any())
                } else {
                    editor.findings.with(Vec::is_empty).then(|| view! { <p class="hint">{tr(Msg::CoachingNone)}</p> }.into_any())
                }
            }}
            <p class="hint">{tr(Msg::CoachingNeverBlocks)}</p>
        </section>
    }
}
