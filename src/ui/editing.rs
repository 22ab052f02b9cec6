//! The open set, shared by the editor's components. Every edit goes through `commit`,
//! which changes the set in memory at once (readers of what changed are told) and writes
//! it to storage shortly after (`flush`): a 1 MB set costs more to write than a keystroke
//! may take, so writes are batched, and flushed on blur, on leaving and when hidden.

use super::state::AppState;
use super::store::{Scope, SetField, SetStore};
use crate::clock;
use crate::domain::coaching::{review_one_objective, review_set_level, Finding, Rule, Target};
use crate::domain::history::{editing_due, Reason};
use crate::domain::id::Id;
use crate::domain::language::Lang;
use crate::domain::merge::{merge, Side};
use crate::domain::model::{Objective, OkrSet};
use crate::domain::path::Step;
use crate::domain::progress::reading_day;
use crate::domain::validate::validate_sets;
use crate::domain::vocabulary::Terms;
use crate::i18n::Msg;
use crate::storage;
use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use std::collections::HashMap;
use std::time::Duration;

/// How long an edit may stay in memory only: the next write is at most this far.
const FLUSH_AFTER: Duration = Duration::from_millis(400);

#[derive(Clone, Copy)]
pub struct Editor {
    pub set: SetStore,
    pub app: AppState,
    /// Coaching findings on the set as it stands; a memo, so readers hear of a change
    /// only when the findings differ.
    pub findings: Memo<Vec<Finding>>,
    /// Each objective's findings (with its key results'), recomputed only when that
    /// objective changes: a keystroke costs the review of one objective, not of the set.
    by_objective: ObjectiveFindings,
    /// The set's words in the current language.
    terms: Memo<Terms>,
    pub step: RwSignal<Step>,
    /// A change of the launched plan in progress: every commit rewrites its log entries.
    pub change: RwSignal<Option<OpenChange>>,
    /// The set as this tab last read or wrote it: the common ancestor when another tab
    /// wrote in between, so its work is merged rather than written over.
    base: StoredValue<OkrSet>,
    /// Edits made in memory and not written yet, and whether a write is on its way.
    dirty: StoredValue<bool>,
    flush_due: StoredValue<bool>,
    /// A past version shown as it was: nothing is committed, written or taken in.
    pub read_only: bool,
    /// A version to keep once the next write is done (check-ins saved, a launch, a plan
    /// change): the history is written at such moments, never by the save of an edit.
    keep_after_write: StoredValue<Option<Reason>>,
    /// When the set's history last kept a version (from its index, then from here).
    last_kept: StoredValue<Option<DateTime<Utc>>>,
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
        let last_kept = storage::indexed(&set.id).and_then(|i| i.latest);
        Editor {
            last_kept: StoredValue::new(last_kept),
            ..Editor::build(set, app)
        }
    }

    /// A version of the set, shown read-only in the editor's own screens.
    pub fn preview(set: OkrSet, app: AppState) -> Editor {
        Editor {
            read_only: true,
            ..Editor::build(set, app)
        }
    }

    fn build(set: OkrSet, app: AppState) -> Editor {
        let step = RwSignal::new(Step::opens_on(&set));
        let base = StoredValue::new(set.clone());
        let store = SetStore::new(set);
        let by_objective = ObjectiveFindings {
            store,
            lang: app.lang,
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            memos: StoredValue::new(HashMap::new()),
        };
        // The same findings as `review(set)`, gathered from the objectives' own.
        let findings = Memo::new(move |_| {
            let rule = store.field(SetField::CountRule, |s| s.count_rule);
            let ids = store.objective_ids();
            let mut all = review_set_level(ids.len(), rule);
            for id in &ids {
                by_objective.of(id).with(|f| all.extend_from_slice(f));
            }
            all
        });
        let terms = Memo::new(move |_| {
            let lang = app.lang.get();
            store.field(SetField::Vocabulary, |s| s.vocabulary.terms(lang))
        });
        Editor {
            set: store,
            app,
            findings,
            by_objective,
            terms,
            step,
            change: RwSignal::new(None),
            base,
            dirty: StoredValue::new(false),
            flush_due: StoredValue::new(false),
            read_only: false,
            keep_after_write: StoredValue::new(None),
            last_kept: StoredValue::new(None),
        }
    }

    /// Applies an edit; the edit's result is handed back. A closed set takes no edit (its
    /// fields are disabled too): only `reopen` opens it again.
    pub fn commit<R>(&self, edit: impl FnOnce(&mut OkrSet) -> R) -> Option<R> {
        self.commit_in(Scope::Whole, edit)
    }

    /// `commit`, for an edit that changes only `scope` (a field being typed in): the store
    /// then compares only that part, whatever the size of the set.
    pub fn commit_in<R>(&self, scope: Scope, edit: impl FnOnce(&mut OkrSet) -> R) -> Option<R> {
        if self.set.with_untracked(OkrSet::is_closed) {
            return None;
        }
        self.apply(scope, edit)
    }

    /// Reopens a closed cycle, the set as it was kept first.
    pub fn reopen(&self) {
        if self.read_only {
            return;
        }
        self.keep_now(Reason::BeforeReopen);
        self.apply(Scope::Field(SetField::Closed), |set| set.closed = None);
    }

    /// Keeps a version once the next write is done; check-ins saved meanwhile add up.
    pub fn keep_after_write(&self, reason: Reason) {
        self.keep_after_write.update_value(|pending| {
            *pending = Some(match (pending.take(), reason) {
                (Some(Reason::CheckIns(a)), Reason::CheckIns(b)) => {
                    Reason::CheckIns(a.saturating_add(b))
                }
                (_, reason) => reason,
            })
        });
        self.schedule_flush();
    }

    /// Writes what is pending, then keeps the set as it is now; false when no version
    /// could be kept.
    pub fn keep_now(&self, reason: Reason) -> bool {
        self.flush();
        let kept = self
            .set
            .with_untracked(|set| crate::ui::history::keep(&self.app, set, reason));
        if kept.is_some() {
            self.last_kept.set_value(Some(clock::now()));
        }
        kept.is_some()
    }

    /// Puts version `n` of the history back in place, after keeping the set as it is (so
    /// the restore can be undone); an open plan change is let go, as the plan is replaced.
    pub fn restore(&self, n: u32) -> bool {
        let id = self.set.with_untracked(|s| s.id.clone());
        let Some(history) = crate::ui::history::load(&self.app, &id) else {
            return false;
        };
        let (Some(at), Ok(version)) = (history.get(n).map(|v| v.at), history.version(n)) else {
            self.app.notify(Msg::VersionUnreadable);
            return false;
        };
        if self.read_only || !self.keep_now(Reason::BeforeRestore { of: at }) {
            self.app.notify(Msg::RestoreNotKept);
            return false;
        }
        self.change.set(None);
        // A change like any other: the revision moves on from the current one.
        self.apply(Scope::Whole, |s| {
            let revision = s.revision.max(version.revision);
            *s = version;
            s.revision = revision;
        });
        self.flush();
        if history.offer() == Some(n) {
            let _ = storage::set_offer(&id, None);
        }
        true
    }

    fn apply<R>(&self, scope: Scope, edit: impl FnOnce(&mut OkrSet) -> R) -> Option<R> {
        if self.read_only {
            return None;
        }
        clock::start_span("boussole:save");
        let result = self.change.with_untracked(|change| {
            self.set.update_in(&scope, |set| {
                let result = edit(set);
                let now = clock::now();
                if let Some(change) = change {
                    set.log_changes(change.from, &change.before, &change.reason, now);
                }
                set.touch(now);
                result
            })
        })?;
        self.dirty.set_value(true);
        self.schedule_flush();
        clock::end_span("boussole:save");
        Some(result)
    }

    fn schedule_flush(&self) {
        if self.flush_due.get_value() {
            return;
        }
        self.flush_due.set_value(true);
        let editor = *self;
        set_timeout(move || editor.flush(), FLUSH_AFTER);
    }

    /// Writes what is in memory and not stored yet: another tab's work is merged in first.
    pub fn flush(&self) {
        // The editor may be gone by the time a timer fires.
        if self.dirty.try_get_value() != Some(true) {
            let _ = self.flush_due.try_set_value(false);
            return;
        }
        self.flush_due.set_value(false);
        clock::start_span("boussole:write");
        self.merge_other_tab();
        self.keep_while_editing();
        if self.set.with_untracked(|set| self.app.save(set)) {
            self.base.set_value(self.set.get_untracked());
            self.dirty.set_value(false);
            if let Some(reason) = self
                .keep_after_write
                .try_update_value(Option::take)
                .flatten()
            {
                self.set
                    .with_untracked(|set| crate::ui::history::keep(&self.app, set, reason));
                self.last_kept.set_value(Some(clock::now()));
            }
        }
        clock::end_span("boussole:write");
    }

    /// At most once an hour while editing, the set as it was before these edits (as this
    /// tab last read or wrote it) is kept: a session's end is kept when the next begins.
    /// The hour is read from memory; only a due write reads the history.
    fn keep_while_editing(&self) {
        let now = clock::now();
        if !editing_due(self.last_kept.get_value(), now) {
            return;
        }
        // Tried once an hour, kept or not: a full quota does not cost every write a try.
        self.last_kept.set_value(Some(now));
        self.base
            .with_value(|base| crate::ui::history::keep(&self.app, base, Reason::Editing));
    }

    /// A newer revision of this set was stored (another tab, an import): take it in place.
    /// What this tab has not written yet is merged with it rather than lost; forms being
    /// filled in keep their text, caret and focus, since only what changed is drawn again.
    pub fn take_stored(&self) {
        if self.read_only {
            return;
        }
        if self.dirty.get_value() {
            self.flush();
            return;
        }
        let id = self.set.with_untracked(|s| s.id.clone());
        if let Ok(Some(newer)) = storage::load_set(&id) {
            if newer.revision != self.base_revision() {
                self.rebase_change(&newer);
                self.replace(newer);
                self.app.notify(Msg::ReplacedByNewer);
            }
        }
    }

    /// Another tab stored this set since this tab last did: merge its work in (three-way,
    /// from `base`) before saving, and say so. Where both changed the same item, this
    /// tab's version is kept and the toast offers the other's.
    fn merge_other_tab(&self) {
        let id = self.set.with_untracked(|s| s.id.clone());
        if storage::stored_revision(&id).is_none_or(|r| r == self.base_revision()) {
            return;
        }
        let base = self.base.get_value();
        let Ok(Some(theirs)) = storage::load_set(&id) else {
            return;
        };
        let ours = self.set.get_untracked();
        let merged = merge(Some(&base), &ours, &theirs, &|_| Side::Ours);
        let conflicts = merged.conflicts.len();
        let mut set = merged.set;
        // A merge that would not read back is not stored: this tab's copy is, as before.
        if validate_sets(std::slice::from_ref(&set)).is_err() {
            return;
        }
        set.touch(clock::now());
        self.rebase_change(&set);
        self.replace(set.clone());
        if conflicts == 0 {
            self.app.notify(Msg::MergedOtherTab);
            return;
        }
        // The other tab's side of each conflict, applied as a change to what is here when
        // the user chooses it: what was typed since stays.
        let their_way = merge(Some(&base), &ours, &theirs, &|_| Side::Theirs).set;
        let editor = *self;
        self.app.notify_with_action(
            move |t: &dyn crate::i18n::Catalogue| t.other_tab_conflicts(conflicts),
            Msg::TakeOtherTab,
            move || {
                let current = editor.set.get_untracked();
                let mut next = merge(Some(&set), &current, &their_way, &|_| Side::Theirs).set;
                next.revision = current.revision;
                if validate_sets(std::slice::from_ref(&next)).is_ok() {
                    editor.set.replace(next);
                    editor.apply(Scope::Whole, |_| ());
                    editor.flush();
                }
            },
        );
    }

    /// An open change goes on from the plan that came in: the other tab's edits are not its own.
    fn rebase_change(&self, set: &OkrSet) {
        self.change.update_untracked(|change| {
            if let Some(change) = change {
                change.before = set.objectives.clone();
                change.from = set.changes.len();
            }
        });
    }

    /// Exports the open set. The file is a share point, noted in the set first (see
    /// `domain::shared`), so a later merge with a copy of it knows what each side changed.
    pub fn export(&self) {
        self.commit(|set| set.mark_shared());
        self.flush();
        self.set
            .with_untracked(|set| super::transfer::export_set(&self.app, set));
    }

    /// Puts a newer copy of the whole set in place, as this tab's base: only what differs
    /// is drawn again.
    pub fn replace(&self, set: OkrSet) {
        self.base.set_value(set.clone());
        self.set.replace(set);
    }

    /// The revision this tab last read or wrote.
    pub fn base_revision(&self) -> u64 {
        self.base.with_value(|b| b.revision)
    }

    /// The set's words in the current language; tracks both.
    pub fn terms(&self) -> Terms {
        self.terms.get()
    }

    /// The day the set's statuses and pace are read on: today, or the day it was closed
    /// (`progress::reading_day`); tracks the closing.
    pub fn reading_day(&self) -> NaiveDate {
        let closed = self.set.field(SetField::Closed, |s| s.closed);
        reading_day(closed, clock::today())
    }

    /// The coaching rules that fire on one item.
    pub fn findings_on(&self, target: &Target) -> Vec<Rule> {
        let here = |all: &Vec<Finding>| {
            all.iter()
                .filter(|f| &f.target == target)
                .map(|f| f.rule)
                .collect()
        };
        match target {
            Target::Set => self.findings.with(here),
            Target::Objective(id) => self.by_objective.of(id).with(here),
            Target::KeyResult(id) => match self.set.objective_of(id) {
                Some(objective) => self.by_objective.of(&objective).with(here),
                None => Vec::new(),
            },
        }
    }
}

/// One findings memo per objective, made on first use under the editor's owner (so a
/// view that asked first does not take it away when it is drawn again).
#[derive(Clone, Copy)]
struct ObjectiveFindings {
    store: SetStore,
    /// The UI's language: a title whose own words do not tell its language is read in it.
    lang: RwSignal<Lang>,
    owner: StoredValue<Owner>,
    memos: StoredValue<HashMap<Id, ArcMemo<Vec<Finding>>>>,
}

impl ObjectiveFindings {
    fn of(&self, id: &Id) -> ArcMemo<Vec<Finding>> {
        if let Some(memo) = self.memos.with_value(|m| m.get(id).cloned()) {
            return memo;
        }
        let (store, lang, objective) = (self.store, self.lang, id.clone());
        let memo = self.owner.get_value().with(|| {
            ArcMemo::new(move |_| {
                let rule = store.field(SetField::CountRule, |s| s.count_rule);
                let lang = lang.get();
                store.objective_deep(&objective, |o| {
                    o.map(|o| review_one_objective(o, rule, lang))
                        .unwrap_or_default()
                })
            })
        });
        self.memos.update_value(|m| {
            m.insert(id.clone(), memo.clone());
        });
        memo
    }
}

pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}
