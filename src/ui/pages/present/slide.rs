//! One slide on the screen, from the part of the deck it is: its heading (with "1/2" when
//! the slide was split), then each block or the part of it this slide shows.

use super::texts::Texts;
use crate::domain::model::OkrSet;
use crate::domain::presentation::{Content, Page, Shown, Slide, SlideTexts};
use crate::domain::progress::{
    key_result_progress, key_result_status, objective_progress, objective_status, set_progress,
};
use crate::domain::rollup::overall;
use crate::i18n::{catalogue, Msg};
use crate::ui::widgets::{ProgressBar, StatusBadge};
use leptos::prelude::*;

/// "· 1/2" after a heading, when the slide is one of several.
fn marker(page: &Page) -> Option<AnyView> {
    (page.parts > 1).then(|| {
        view! { <span class="slide-part" data-testid="slide-part">{format!(" · {}/{}", page.part, page.parts)}</span> }.into_any()
    })
}

/// The objective an objective slide is about (0 elsewhere, where it is not read).
fn page_objective(page: &Page) -> usize {
    match page.slide {
        Slide::Objective(i) => i,
        _ => 0,
    }
}

fn slice(text: &str, s: &Shown) -> String {
    text.get(s.start..s.end).unwrap_or_default().to_owned()
}

pub fn draw(set: &OkrSet, texts: &Texts, page: &Page) -> AnyView {
    let t = catalogue(texts.lang);
    let launched = set.launch.is_some();
    let today = texts.today;
    let progress_label = Signal::stored(t.text(Msg::Progress).to_owned());
    let rolled_label = Signal::stored(t.text(Msg::RolledUpProgress).to_owned());
    let head = match page.slide {
        Slide::Title => {
            view! { <p class="slide-kicker">{texts.meta()}{marker(page)}</p> }.into_any()
        }
        Slide::Objective(i) => {
            let figures = set.objectives.get(i).filter(|_| launched && page.part == 1).map(|o| view! {
                <div class="kr-figures">
                    <ProgressBar ratio=Signal::stored(objective_progress(o)) label=progress_label/>
                    <StatusBadge status=Signal::stored(objective_status(o, set.cycle, today))/>
                </div>
            });
            view! {
                <div class="slide-head">
                    <p class="slide-kicker">{texts.kicker(i + 1)}{marker(page)}</p>
                    {figures}
                </div>
            }
            .into_any()
        }
        Slide::Summary if page.part == 1 => {
            view! { <h1 class="slide-title">{texts.summary()}{marker(page)}</h1> }.into_any()
        }
        Slide::Summary => {
            view! { <p class="slide-kicker">{texts.summary()}{marker(page)}</p> }.into_any()
        }
    };
    // Consecutive items share one list.
    let mut out: Vec<AnyView> = vec![head];
    let mut items: Vec<AnyView> = Vec::new();
    let flush = |items: &mut Vec<AnyView>, out: &mut Vec<AnyView>| {
        if !items.is_empty() {
            let list = std::mem::take(items);
            out.push(view! { <ul class="slide-krs">{list}</ul> }.into_any());
        }
    };
    let objective = match page.slide {
        Slide::Objective(i) => set.objectives.get(i),
        _ => None,
    };
    for s in &page.shown {
        match s.content {
            Content::KeyResult(k) => {
                let Some(kr) = objective.and_then(|o| o.key_results.get(k)) else {
                    continue;
                };
                let end = s.last.then(|| view! {
                    <p class="slide-kr-goal">
                        {texts.goal(kr)}
                        {launched.then(|| view! { " " <StatusBadge status=Signal::stored(key_result_status(kr, set.cycle, today))/> })}
                    </p>
                });
                let figures = (s.last && launched).then(|| view! {
                    <div class="slide-figures">
                        <ProgressBar ratio=Signal::stored(key_result_progress(kr)) label=progress_label/>
                    </div>
                });
                items.push(
                    view! {
                        <li class="slide-kr" class:slide-kr-figures=launched>
                            <div>
                                <p class="slide-kr-title">{slice(kr.title.trim(), s)}</p>
                                {end}
                            </div>
                            {figures}
                        </li>
                    }
                    .into_any(),
                );
            }
            Content::Row(i) => {
                let Some(o) = set.objectives.get(i) else {
                    continue;
                };
                // A reference objective's row reads its rollup (its words before the
                // status, as laid out, and a bar unless nobody serves it); a team
                // objective's, its own progress.
                let rollup = texts.rollups.get(i);
                let words = rollup.and_then(|_| texts.rollup(i)).map(|(text, _)| text);
                let nobody = rollup.is_some_and(|r| r.nobody());
                let testid = match (rollup.is_some(), nobody) {
                    (false, _) => None,
                    (true, true) => Some("gap"),
                    (true, false) => Some("rollup-line"),
                };
                let has_words = words.is_some();
                let end = (s.last && (launched || has_words)).then(|| view! {
                    <p class="slide-kr-goal" class:rollup-line=has_words class:gap-note=nobody data-testid=testid>
                        {words.map(|w| format!("{w} "))}
                        {launched.then(|| view! { <StatusBadge status=Signal::stored(objective_status(o, set.cycle, today))/> })}
                    </p>
                });
                let figures = s.last.then(|| match rollup {
                    Some(r) if r.nobody() => ().into_any(),
                    Some(r) => view! {
                        <div class="slide-figures" data-testid="rollup">
                            <ProgressBar ratio=Signal::stored(r.progress) label=rolled_label/>
                        </div>
                    }.into_any(),
                    None => view! {
                        <div class="slide-figures">
                            <ProgressBar ratio=Signal::stored(objective_progress(o)) label=progress_label/>
                        </div>
                    }.into_any(),
                });
                items.push(
                    view! {
                        <li class="slide-kr slide-kr-figures">
                            <div>
                                <p class="slide-kr-title">{slice(o.title.trim(), s)}</p>
                                {end}
                            </div>
                            {figures}
                        </li>
                    }
                    .into_any(),
                );
            }
            other => {
                flush(&mut items, &mut out);
                out.push(match other {
                    Content::Name => view! { <h1 class="slide-title">{slice(set.name.trim(), s)}</h1> }.into_any(),
                    Content::Narrative => view! { <p class="slide-narrative" data-testid="slide-narrative">{slice(set.why.narrative.trim(), s)}</p> }.into_any(),
                    Content::ObjectiveTitle => match objective {
                        Some(o) => view! { <h1 class="slide-title">{slice(o.title.trim(), s)}</h1> }.into_any(),
                        None => ().into_any(),
                    },
                    Content::Serves => match objective.and_then(|o| texts.serves(o)) {
                        Some(text) => view! { <p class="slide-meta">{slice(&text, s)}</p> }.into_any(),
                        None => ().into_any(),
                    },
                    Content::Contributors => match objective.and_then(|o| texts.contributors(o)) {
                        Some(text) => view! { <p class="slide-meta" data-testid="slide-contributors">{slice(&text, s)}</p> }.into_any(),
                        None => ().into_any(),
                    },
                    Content::SetProgress if set.reference => view! {
                        <div class="slide-set-progress"><ProgressBar ratio=Signal::stored(overall(texts.rollups)) label=rolled_label/></div>
                    }.into_any(),
                    Content::SetProgress => view! {
                        <div class="slide-set-progress"><ProgressBar ratio=Signal::stored(set_progress(set)) label=progress_label/></div>
                    }.into_any(),
                    Content::AsOf => match texts.as_of() {
                        Some(text) => view! { <p class="slide-meta" data-testid="slide-as-of">{slice(&text, s)}</p> }.into_any(),
                        None => ().into_any(),
                    },
                    Content::RollupBar => match objective.and(texts.rollups.get(page_objective(page))) {
                        Some(r) => view! {
                            <div class="slide-set-progress" data-testid="rollup"><ProgressBar ratio=Signal::stored(r.progress) label=rolled_label/></div>
                        }.into_any(),
                        None => ().into_any(),
                    },
                    Content::Rollup => {
                        let i = page_objective(page);
                        let nobody = texts.rollups.get(i).is_some_and(|r| r.nobody());
                        match texts.rollup(i) {
                            Some((text, _)) if nobody => view! { <p class="slide-meta gap-note rollup-line" data-testid="gap">{slice(&text, s)}</p> }.into_any(),
                            Some((text, _)) => view! { <p class="slide-meta rollup-line" data-testid="rollup-line">{slice(&text, s)}</p> }.into_any(),
                            None => ().into_any(),
                        }
                    }
                    Content::KeyResult(_) | Content::Row(_) => ().into_any(),
                });
            }
        }
    }
    flush(&mut items, &mut out);
    out.collect_view().into_any()
}
