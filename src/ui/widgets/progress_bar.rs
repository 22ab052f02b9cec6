//! A progress bar with its figure in words: a regression reads below zero, a target
//! passed reads above 100 %, the bar itself only shows 0 to 100.

use crate::domain::progress::percent;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ProgressBar(
    #[prop(into)] ratio: Signal<Option<f64>>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let state = use_app();
    let shown = move || ratio.get().map(percent);
    view! {
        <div class="progress" class:regression=move || shown().is_some_and(|p| p < 0)>
            <span class="progress-label">{move || label.get()}</span>
            <span class="progress-track" aria-hidden="true">
                <span class="progress-fill" style:width=move || format!("{}%", shown().unwrap_or(0).clamp(0, 100))></span>
            </span>
            <span class="progress-value" data-testid="progress-value">
                {move || shown().map_or_else(|| "—".to_owned(), |p| state.t().percent(p))}
            </span>
        </div>
    }
}
