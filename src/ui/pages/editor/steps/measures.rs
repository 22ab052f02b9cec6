//! What measures a set's objectives on the editor's screens: their own key results, or
//! for a reference set the team objectives that serve it (`set_figures`), so the follow-up
//! and the meeting say what the slides, the print sheet and the home card say.

use crate::domain::id::Id;
use crate::domain::model::{Cycle, OkrSet};
use crate::domain::progress::Status;
use crate::domain::rollup::{objective_rollup, Rollup};
use crate::i18n::Msg;
use crate::ui::editing::Editor;
use crate::ui::figures::others_memo;
use crate::ui::store::SetField;
use crate::ui::widgets::{ProgressBar, RollupFigure, StatusBadge};
use leptos::prelude::*;

/// Whether the open set is a reference set, and the team sets it rolls up from (read
/// when it is one, again when one of them is saved). A reference set's own key results
/// are its signals: shown as values, never as progress.
#[derive(Clone, Copy)]
pub struct Measures {
    pub reference: Memo<bool>,
    others: Memo<Vec<OkrSet>>,
    cycle: Memo<Cycle>,
    own: StoredValue<Id>,
    editor: Editor,
}

impl Measures {
    pub fn new(editor: Editor) -> Measures {
        let reference = Memo::new(move |_| editor.set.field(SetField::Reference, |s| s.reference));
        let own = editor.set.with_untracked(|s| s.id.clone());
        Measures {
            reference,
            others: others_memo(editor.app, own.clone(), move || reference.get()),
            cycle: Memo::new(move |_| editor.set.field(SetField::Cycle, |s| s.cycle)),
            own: StoredValue::new(own),
            editor,
        }
    }

    /// The objective's rollup, for a reference set; none for a team set.
    pub fn rollup(&self, objective: &Id) -> Option<Rollup> {
        self.reference.get().then(|| {
            let cycle = self.cycle.get();
            self.own.with_value(|own| {
                self.others
                    .with(|sets| objective_rollup(own, cycle, objective, sets))
            })
        })
    }
}

/// An objective's figures: a reference objective's rollup, else its own progress and
/// status.
#[component]
pub fn ObjectiveFigures(
    id: Id,
    measures: Measures,
    progress: Signal<Option<f64>>,
    status: Signal<Status>,
) -> impl IntoView {
    let editor = measures.editor;
    let rollup = Memo::new(move |_| measures.rollup(&id));
    let label = Signal::derive(move || editor.app.t().text(Msg::Progress).to_owned());
    move || match rollup.get() {
        Some(rollup) => view! { <RollupFigure rollup=rollup terms=editor.terms()/> }.into_any(),
        None => view! {
            <div class="kr-figures">
                <ProgressBar ratio=progress label=label/>
                <StatusBadge status=status/>
            </div>
        }
        .into_any(),
    }
}
