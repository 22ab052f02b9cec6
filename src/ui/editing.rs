//! The open set, shared by the editor's components. Every edit goes through `commit`,
//! which moves the revision on and stores the set at once: no save button, no lost word.

use super::state::AppState;
use crate::clock;
use crate::domain::coaching::{review, Finding};
use crate::domain::model::OkrSet;
use crate::domain::path::Step;
use crate::domain::vocabulary::Terms;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Editor {
    pub set: RwSignal<OkrSet>,
    /// Bumped when the set is replaced from outside (another tab, an undo of a delete),
    /// so inputs that keep their own text are drawn again.
    pub generation: RwSignal<u64>,
    pub app: AppState,
    /// Coaching findings on the set as it stands; recomputed on every edit.
    pub findings: Memo<Vec<Finding>>,
    pub step: RwSignal<Step>,
}

impl Editor {
    pub fn new(set: OkrSet, app: AppState) -> Editor {
        let step = RwSignal::new(Step::OPENS_ON);
        let set = RwSignal::new(set);
        let findings = Memo::new(move |_| set.with(review));
        Editor { set, generation: RwSignal::new(0), app, findings, step }
    }

    /// Applies an edit and stores the set; the edit's result is handed back.
    pub fn commit<R>(&self, edit: impl FnOnce(&mut OkrSet) -> R) -> Option<R> {
        clock::start_span("boussole:save");
        let result = self.set.try_update(|set| {
            let result = edit(set);
            set.touch(clock::now());
            result
        })?;
        self.set.with_untracked(|set| self.app.save(set));
        clock::end_span("boussole:save");
        Some(result)
    }

    /// Replaces the whole set with a newer copy and redraws.
    pub fn replace(&self, set: OkrSet) {
        self.set.set(set);
        self.generation.update(|g| *g += 1);
    }

    /// The set's words in the current language; tracks both.
    pub fn terms(&self) -> Terms {
        let lang = self.app.lang.get();
        self.set.with(|s| s.vocabulary.terms(lang))
    }
}

pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}
