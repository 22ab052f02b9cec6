//! One slide on the screen, from the part of the deck it is: its heading (with "1/2" when
//! the slide was split), then each block or the part of it this slide shows.

use super::texts::Texts;
use crate::domain::model::OkrSet;
use crate::domain::presentation::{Content, Page, Shown, Slide, SlideTexts};
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

/// Draws what the deck laid out, from the same figures (`SlideFigures`): a reference
/// objective shows its rollup and no status of its own.
pub fn draw(set: &OkrSet, texts: &Texts, page: &Page) -> AnyView {
    let t = catalogue(texts.lang);
    let f = texts.slide_figures();
    let figures = texts.figures;
    let progress_label = Signal::stored(t.text(Msg::Progress).to_owned());
    let rolled_label = Signal::stored(t.text(Msg::RolledUpProgress).to_owned());
    let head = match page.slide {
        Slide::Title => {
            view! { <p class="slide-kicker">{texts.meta()}{marker(page)}</p> }.into_any()
        }
        Slide::Objective(i) => {
            // A team objective's own figures beside its kicker, once launched.
            let own = figures.objective(i).filter(|_| page.part == 1);
            let figures = own
                .and_then(|o| o.status().map(|s| (o.progress(), s)))
                .map(|(p, s)| {
                    view! {
                        <div class="kr-figures">
                            <ProgressBar ratio=Signal::stored(p) label=progress_label/>
                            <StatusBadge status=Signal::stored(s)/>
                        </div>
                    }
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
    let at = page_objective(page);
    for s in &page.shown {
        match s.content {
            Content::KeyResult(k) => {
                let Some(kr) = objective.and_then(|o| o.key_results.get(k)) else {
                    continue;
                };
                // A team objective's key result, once launched: its bar and status.
                let own = figures
                    .key_result(at, kr)
                    .and_then(|k| k.status.map(|s| (k.progress, s)));
                let measured = own.is_some();
                let end = s.last.then(|| view! {
                    <p class="slide-kr-goal">
                        {texts.goal(kr)}
                        {own.map(|(_, status)| view! { " " <StatusBadge status=Signal::stored(status)/> })}
                    </p>
                });
                let figures = own.filter(|_| s.last).map(|(progress, _)| {
                    view! {
                        <div class="slide-figures">
                            <ProgressBar ratio=Signal::stored(progress) label=progress_label/>
                        </div>
                    }
                });
                items.push(
                    view! {
                        <li class="slide-kr" class:slide-kr-figures=measured>
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
                let rollup = figures.rollup(i);
                let words = f.rollup(i).map(|(text, _)| text);
                let nobody = rollup.is_some_and(|r| r.nobody());
                let testid = match (rollup.is_some(), nobody) {
                    (false, _) => None,
                    (true, true) => Some("gap"),
                    (true, false) => Some("rollup-line"),
                };
                let has_words = words.is_some();
                let status = f.objective_status(i);
                let end = (s.last && (status.is_some() || has_words)).then(|| view! {
                    <p class="slide-kr-goal" class:rollup-line=has_words class:gap-note=nobody data-testid=testid>
                        {words.map(|w| format!("{w} "))}
                        {status.map(|s| view! { <StatusBadge status=Signal::stored(s)/> })}
                    </p>
                });
                let figure = figures.objective(i).copied();
                let figures = s.last.then(|| match rollup {
                    Some(r) if r.nobody() => ().into_any(),
                    Some(r) => view! {
                        <div class="slide-figures" data-testid="rollup">
                            <ProgressBar ratio=Signal::stored(r.progress) label=rolled_label/>
                        </div>
                    }.into_any(),
                    None => view! {
                        <div class="slide-figures">
                            <ProgressBar ratio=Signal::stored(figure.and_then(|f| f.progress())) label=progress_label/>
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
                    Content::SetProgress => view! {
                        <div class="slide-set-progress"><ProgressBar ratio=Signal::stored(figures.progress) label=if set.reference { rolled_label } else { progress_label }/></div>
                    }.into_any(),
                    Content::AsOf => match f.as_of() {
                        Some(text) => view! { <p class="slide-meta" data-testid="slide-as-of">{slice(&text, s)}</p> }.into_any(),
                        None => ().into_any(),
                    },
                    Content::RollupBar => match objective.and(figures.rollup(at)) {
                        Some(r) => view! {
                            <div class="slide-set-progress" data-testid="rollup"><ProgressBar ratio=Signal::stored(r.progress) label=rolled_label/></div>
                        }.into_any(),
                        None => ().into_any(),
                    },
                    Content::Rollup => {
                        let nobody = figures.rollup(at).is_some_and(|r| r.nobody());
                        match f.rollup(at) {
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
