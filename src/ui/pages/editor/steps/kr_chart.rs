//! A key result's check-ins over the cycle as inline SVG: the values, the target and the
//! expected pace, labelled in the UI language and the team's unit; the same data as a
//! table for screen readers.

use crate::domain::chart::{chart, Point};
use crate::domain::model::{Cycle, KeyResult, KrKind};
use crate::domain::number::format_decimal;
use crate::i18n::Msg;
use crate::ui::state::use_app;
use crate::ui::text::tr;
use leptos::prelude::*;

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 170.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

/// Whole SVG units: precise enough at this size, and no float formatting in the wasm.
fn at(p: Point) -> (i32, i32) {
    (
        (LEFT + p.x * (WIDTH - LEFT - RIGHT)).round() as i32,
        (TOP + (1.0 - p.y) * (HEIGHT - TOP - BOTTOM)).round() as i32,
    )
}

#[component]
pub fn KrChart(kr: KeyResult, cycle: Cycle) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let t = state.t_untracked();
    let c = chart(&kr, cycle);
    let value = |v: f64| t.measure(kr.kind, &kr.unit, v, lang);
    let base = format!("chart-{}", kr.id);
    let (title_id, desc_id) = (format!("{base}-title"), format!("{base}-desc"));
    let labelled = format!("{title_id} {desc_id}");
    let latest = kr.last_check_in().map(|c| value(c.value));
    let target = kr
        .target
        .filter(|_| kr.kind != KrKind::Milestone)
        .map(&value);
    let summary = t.chart_summary(c.points.len(), latest.as_deref(), target.as_deref());
    let line = c
        .points
        .iter()
        .map(|&(_, _, p)| {
            let (x, y) = at(p);
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ");
    let target_line = c.target.map(|y| {
        let (x1, y1) = at(Point { x: 0.0, y });
        let (x2, _) = at(Point { x: 1.0, y });
        view! { <line class="chart-target" x1=x1 y1=y1 x2=x2 y2=y1></line> }
    });
    let pace_line = c.pace.map(|(a, b)| {
        let ((x1, y1), (x2, y2)) = (at(a), at(b));
        view! { <line class="chart-pace" x1=x1 y1=y1 x2=x2 y2=y2></line> }
    });
    let dots = c
        .points
        .iter()
        .map(|&(_, _, p)| {
            let (x, y) = at(p);
            view! { <circle class="chart-dot" cx=x cy=y r="4"></circle> }
        })
        .collect_view();
    let (x0, y_bottom) = at(Point { x: 0.0, y: 0.0 });
    let (x1, y_top) = at(Point { x: 1.0, y: 1.0 });
    let rows = c
        .points
        .iter()
        .map(|&(date, v, _)| view! { <tr><td>{t.date(date)}</td><td>{value(v)}</td></tr> })
        .collect_view();
    let legend = kr.kind != KrKind::Milestone;
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {} {}", WIDTH as i32, HEIGHT as i32) role="img" aria-labelledby=labelled data-testid="chart">
                <title id=title_id>{t.chart_title(&kr.title)}</title>
                <desc id=desc_id>{summary}</desc>
                <line class="chart-axis" x1=x0 y1=y_bottom x2=x1 y2=y_bottom></line>
                <line class="chart-axis" x1=x0 y1=y_top x2=x0 y2=y_bottom></line>
                {legend.then(|| view! {
                    <text class="chart-label" x=x0 - 6 y=y_top + 4 text-anchor="end">{format_decimal(c.high, lang)}</text>
                    <text class="chart-label" x=x0 - 6 y=y_bottom text-anchor="end">{format_decimal(c.low, lang)}</text>
                })}
                <text class="chart-label" x=x0 y=HEIGHT as i32 - 8>{t.date(c.first_day)}</text>
                <text class="chart-label" x=x1 y=HEIGHT as i32 - 8 text-anchor="end">{t.date(c.last_day)}</text>
                {target_line}
                {pace_line}
                <polyline class="chart-line" points=line></polyline>
                {dots}
            </svg>
            <figcaption class="chart-legend" aria-hidden="true">
                <span class="key-value">"● " {tr(Msg::Value)}</span>
                <span class="key-target">"— " {tr(Msg::Target)}</span>
                <span class="key-pace">"┄ " {tr(Msg::ExpectedPace)}</span>
            </figcaption>
            // Hidden by its box, not its own: a table is never narrower than its content, so a
            // hidden table would still widen the page on a phone.
            <div class="visually-hidden">
                <table>
                    <caption>{tr(Msg::ChartData)}</caption>
                    <thead><tr><th scope="col">{tr(Msg::DateColumn)}</th><th scope="col">{tr(Msg::Value)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </figure>
    }
}
