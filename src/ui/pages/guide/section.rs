//! One section of the guide, with what the search found marked: `<mark>` around text
//! nodes, never markup built from text.

use crate::domain::guide::{highlight, Block, Query, SectionText};
use crate::i18n::Msg;
use crate::ui::text::tr;
use leptos::prelude::*;

/// The id of a section's heading: where "why?" and the contents send the focus.
pub fn heading_id(section: crate::domain::guide::Section) -> String {
    format!("guide-{}", section.id())
}

/// `text` as text nodes, with the query's matches in `<mark>`.
pub fn marked(text: &str, query: &Query) -> AnyView {
    if query.is_empty() {
        return text.to_owned().into_any();
    }
    highlight(text, query)
        .into_iter()
        .map(|(piece, hit)| {
            let piece = piece.to_owned();
            if hit {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
        .into_any()
}

fn block(block: &Block, query: &Query) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{marked(text, query)}</p> }.into_any(),
        Block::List(items) => view! {
            <ul>{items.iter().map(|i| view! { <li>{marked(i, query)}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Example {
            label,
            weak,
            strong,
        } => view! {
            <div class="guide-example">
                {label.as_ref().map(|l| view! { <p class="example-label">{marked(l, query)}</p> })}
                <dl>
                    <dt>{tr(Msg::GuideWeak)}</dt>
                    <dd class="weak">{marked(weak, query)}</dd>
                    <dt>{tr(Msg::GuideStrong)}</dt>
                    <dd class="strong">{marked(strong, query)}</dd>
                </dl>
            </div>
        }
        .into_any(),
    }
}

/// A section; hidden (not removed) when the search leaves it out, so printing shows the
/// whole guide.
pub fn section_view(text: &SectionText, query: &Query, shown: bool) -> AnyView {
    let id = heading_id(text.section);
    let labelled_by = id.clone();
    view! {
        <section
            class="guide-section"
            aria-labelledby=labelled_by
            hidden=!shown
            data-testid="guide-section"
            data-section=text.section.id()
        >
            <h2 id=id tabindex="-1">{marked(&text.heading, query)}</h2>
            {text.blocks.iter().map(|b| block(b, query)).collect_view()}
        </section>
    }
    .into_any()
}
