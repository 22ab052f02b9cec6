//! The open set, shared by the editor's components. Every edit goes through `commit`,
//! which moves the revision on and stores the set at once: no save button, no lost word.

use super::state::AppState;
use crate::clock;
use crate::domain::coaching::{review, Finding};
use crate::domain::merge::{merge, Side};
use crate::domain::model::{Objective, OkrSet};
use crate::i18n::Msg;
use crate::domain::validate::validate_sets;
use crate::storage;
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
    /// A change of the launched plan in progress: every commit rewrites its log entries.
    pub change: RwSignal<Option<OpenChange>>,
    /// The set as this tab last read or wrote it: the common ancestor when another tab
    /// wrote in between, so its work is merged rather than written over.
    base: StoredValue<OkrSet>,
}

/// The plan as it was when a change began, where its log entries start, and its reason.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenChange {
    pub before: Vec<Objective>,
    pub from: usize,
    pub reason: String,
}

impl Editor {
    pub fn new(set: OkrSet, app: AppState) -> Editor {
        let step = RwSignal::new(Step::opens_on(&set));
        let base = StoredValue::new(set.clone());
        let set = RwSignal::new(set);
        let findings = Memo::new(move |_| set.with(review));
        Editor { set, generation: RwSignal::new(0), app, findings, step, change: RwSignal::new(None), base }
    }

    /// Applies an edit and stores the set; the edit's result is handed back. A closed set
    /// takes no edit (its fields are disabled too): only `reopen` opens it again.
    pub fn commit<R>(&self, edit: impl FnOnce(&mut OkrSet) -> R) -> Option<R> {
        if self.set.with_untracked(OkrSet::is_closed) {
            return None;
        }
        self.apply(edit)
    }

    pub fn reopen(&self) {
        self.apply(|set| set.closed = None);
    }

    fn apply<R>(&self, edit: impl FnOnce(&mut OkrSet) -> R) -> Option<R> {
        clock::start_span("boussole:save");
        let result = self.set.try_update(|set| {
            let result = edit(set);
            let now = clock::now();
            self.change.with_untracked(|change| {
                if let Some(change) = change {
                    set.log_changes(change.from, &change.before, &change.reason, now);
                }
            });
            set.touch(now);
            result
        })?;
        self.merge_other_tab();
        if self.set.with_untracked(|set| self.app.save(set)) {
            self.base.set_value(self.set.get_untracked());
        }
        clock::end_span("boussole:save");
        Some(result)
    }

    /// Another tab stored this set since this tab last did: merge its work in (three-way,
    /// from `base`) before saving, and say so. Where both changed the same item, this
    /// tab's version is kept and the toast offers the other's.
    fn merge_other_tab(&self) {
        let id = self.set.with_untracked(|s| s.id.clone());
        let base = self.base.get_value();
        if storage::stored_revision(&id).is_none_or(|r| r == base.revision) {
            return;
        }
        let Ok(Some(theirs)) = storage::load_set(&id) else { return };
        let ours = self.set.get_untracked();
        let merged = merge(Some(&base), &ours, &theirs, &|_| Side::Ours);
        let conflicts = merged.conflicts.len();
        let mut set = merged.set;
        // A merge that would not read back is not stored: this tab's copy is, as before.
        if validate_sets(std::slice::from_ref(&set)).is_err() {
            return;
        }
        set.touch(clock::now());
        // An open change goes on from the merged plan: the other tab's edits are not its own.
        self.change.update_untracked(|change| {
            if let Some(change) = change {
                change.before = set.objectives.clone();
                change.from = set.changes.len();
            }
        });
        self.replace(set.clone());
        let t = self.app.t_untracked();
        if conflicts == 0 {
            self.app.notify(t.text(Msg::MergedOtherTab).to_owned());
            return;
        }
        // The other tab's side of each conflict, applied as a change to what is here when
        // the user chooses it: what was typed since stays.
        let their_way = merge(Some(&base), &ours, &theirs, &|_| Side::Theirs).set;
        let editor = *self;
        self.app.notify_with_action(t.other_tab_conflicts(conflicts), Msg::TakeOtherTab, move || {
            let current = editor.set.get_untracked();
            let mut next = merge(Some(&set), &current, &their_way, &|_| Side::Theirs).set;
            next.revision = current.revision;
            if validate_sets(std::slice::from_ref(&next)).is_ok() {
                editor.replace(next);
                editor.apply(|_| ());
            }
        });
    }

    /// Exports the open set. The file is a share point, noted in the set first (see
    /// `domain::shared`), so a later merge with a copy of it knows what each side changed.
    pub fn export(&self) {
        self.commit(|set| set.mark_shared());
        self.set.with_untracked(|set| super::transfer::export_set(&self.app, set));
    }

    /// Replaces the whole set with a newer copy and redraws.
    pub fn replace(&self, set: OkrSet) {
        self.base.set_value(set.clone());
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
