//! A reference objective's rolled-up progress: the bar and, in words, from how many team
//! objectives and as of when; or, when nobody serves it, that sentence instead of "—".

use crate::domain::rollup::Rollup;
use crate::domain::vocabulary::Terms;
use crate::i18n::Msg;
use crate::ui::state::use_app;
use crate::ui::widgets::ProgressBar;
use leptos::prelude::*;

/// Drawn again by its page when the language changes (the pages that show it do).
#[component]
pub fn RollupFigure(rollup: Rollup, terms: Terms) -> impl IntoView {
    let state = use_app();
    let t = state.t_untracked();
    let line = t.rollup_line(&terms, &rollup);
    if rollup.nobody() {
        return view! { <p class="gap-note rollup-line" data-testid="gap">"⚠ " {line}</p> }
            .into_any();
    }
    let label = Signal::stored(t.text(Msg::RolledUpProgress).to_owned());
    view! {
        <div class="rollup" data-testid="rollup">
            <ProgressBar ratio=Signal::stored(rollup.progress) label=label/>
            <p class="rollup-line" data-testid="rollup-line">{line}</p>
        </div>
    }
    .into_any()
}
