//! "Why?" beside a coaching finding: a link to the guide's section that explains its
//! rule, in the set's words. Its name says where it leads, for a screen reader's list of
//! links, where a row of "Why?" would not tell one from another.

use crate::domain::coaching::Rule;
use crate::domain::guide::Section;
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::route::Route;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn WhyLink(rule: Rule) -> impl IntoView {
    let editor = use_editor();
    let section = Section::for_rule(rule);
    let href = Route::Guide {
        section: Some(section),
        set: Some(editor.set.with_untracked(|s| s.id.clone())),
    }
    .href();
    let heading = move || editor.app.t().guide_heading(section, &editor.terms());
    view! {
        <a class="why-link" href=href data-testid="why-link" data-section=section.id()>
            {tr(Msg::GuideWhy)}
            <span class="visually-hidden">" — " {heading}</span>
        </a>
    }
}
