//! Step 1, the why: the success story in at most 300 words, and why the team takes up
//! OKRs at all. The counter is live; past the limit the text is kept, never cut.

use crate::domain::model::Reason;
use crate::domain::path::{why_gaps, WhyGap};
use crate::domain::validate::{clean_paragraph, MAX_NAME_CHARS, MAX_NARRATIVE_CHARS};
use crate::domain::visible::is_blank;
use crate::domain::words::{count_words, NARRATIVE_MAX_WORDS};
use crate::i18n::Msg;
use crate::ui::dom::sync_value;
use crate::ui::editing::use_editor;
use crate::ui::store::{Scope, SetField};
use crate::ui::text::tr;
use crate::ui::widgets::LineInput;
use leptos::prelude::*;

fn reason_label(reason: Reason) -> Msg {
    match reason {
        Reason::AlignTeam => Msg::ReasonAlignTeam,
        Reason::MeasureImpact => Msg::ReasonMeasureImpact,
        Reason::LinkStrategy => Msg::ReasonLinkStrategy,
        Reason::Other => Msg::ReasonOther,
    }
}

/// What keeps the why from being ready, in words; the launch step lists it too.
pub fn gap_text(t: &dyn crate::i18n::Catalogue, gap: WhyGap) -> String {
    match gap {
        WhyGap::NarrativeMissing => t.text(Msg::NarrativeMissing).to_owned(),
        WhyGap::NarrativeTooLong { words } => t.narrative_too_long(words, NARRATIVE_MAX_WORDS),
        WhyGap::ReasonMissing => t.text(Msg::ReasonMissing).to_owned(),
    }
}

#[component]
pub fn WhyStep() -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let initial = editor.set.with_untracked(|s| s.why.clone());
    let narrative_area = NodeRef::<leptos::html::Textarea>::new();
    sync_value(narrative_area, move || {
        editor.set.field(SetField::Why, |s| s.why.narrative.clone())
    });
    let stored_other = Signal::derive(move || {
        editor
            .set
            .field(SetField::Why, |s| s.why.other_reason.clone())
    });
    let set_other = Callback::new(move |text: String| {
        editor.commit_in(Scope::Field(SetField::Why), |s| {
            if !is_blank(&text) && !s.why.reasons.contains(&Reason::Other) {
                s.why.reasons.push(Reason::Other);
            }
            s.why.other_reason = text;
        });
    });
    let words = Memo::new(move |_| {
        editor
            .set
            .field(SetField::Why, |s| count_words(&s.why.narrative))
    });
    let too_long = move || words.get() > NARRATIVE_MAX_WORDS;
    let gaps = move || {
        editor
            .set
            .field(SetField::Why, why_gaps)
            .into_iter()
            .map(move |gap| gap_text(t(), gap))
            .collect::<Vec<_>>()
    };
    let reasons = Reason::ALL
        .into_iter()
        .map(|reason| {
            view! {
                <label class="choice">
                    <input
                        type="checkbox"
                        data-testid="reason"
                        prop:checked=move || editor.set.field(SetField::Why, |s| s.why.reasons.contains(&reason))
                        on:change=move |e| {
                            let on = event_target_checked(&e);
                            editor.commit(|s| {
                                s.why.reasons.retain(|r| *r != reason);
                                if on {
                                    s.why.reasons.push(reason);
                                    crate::domain::order::sort_by_key(&mut s.why.reasons, |r| Reason::ALL.iter().position(|x| x == r));
                                }
                            });
                        }
                    />
                    <span>{tr(reason_label(reason))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="card why-step" aria-labelledby="narrative-label">
            <label class="field" for="narrative">
                <span id="narrative-label" class="narrative-question">{tr(Msg::NarrativeLabel)}</span>
            </label>
            <p class="hint" id="narrative-hint">{tr(Msg::NarrativeHint)}</p>
            <ul class="guide">
                <li>{tr(Msg::GuideQuestion1)}</li>
                <li>{tr(Msg::GuideQuestion2)}</li>
                <li>{tr(Msg::GuideQuestion3)}</li>
            </ul>
            <textarea
                id="narrative"
                data-testid="narrative"
                node_ref=narrative_area
                rows="10"
                maxlength=MAX_NARRATIVE_CHARS
                aria-describedby="narrative-hint word-counter"
                aria-invalid=move || too_long().then_some("true")
                on:input=move |e| {
                    let text = clean_paragraph(&event_target_value(&e), MAX_NARRATIVE_CHARS);
                    editor.commit_in(Scope::Field(SetField::Why), |s| s.why.narrative = text);
                }
            >
                {initial.narrative.clone()}
            </textarea>
            <p id="word-counter" class="word-counter" class:over=too_long data-testid="word-counter" aria-live="polite">
                {move || t().word_counter(words.get(), NARRATIVE_MAX_WORDS)}
            </p>
            <fieldset class="reasons">
                <legend>{tr(Msg::ReasonsLegend)}</legend>
                {reasons}
                <label class="field">
                    <span>{tr(Msg::OtherReasonLabel)}</span>
                    <LineInput value=stored_other max=MAX_NAME_CHARS testid="other-reason" on_text=set_other/>
                </label>
            </fieldset>
            <ul class="gaps" data-testid="why-gaps">
                {move || gaps().into_iter().map(|gap| view! { <li>{gap}</li> }).collect_view()}
            </ul>
        </section>
    }
}
