//! What many components share, provided once as context: the language, the list of sets,
//! the save status, the one toast, and the import in progress.

use crate::clock;
use crate::domain::id::Id;
use crate::domain::import::{Candidate, ReadError, Resolution};
use crate::domain::language::Lang;
use crate::domain::model::OkrSet;
use crate::domain::summary::{sort_for_home, SetSummary};
use crate::i18n::{catalogue, Catalogue, Msg};
use crate::storage::{self, Damaged, SaveError};
use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saved(NaiveDateTime),
    QuotaFull,
    Failed,
}

/// What a message says, written when it is shown: a message kept on screen follows a
/// change of language (and of the team's words), as every other text does.
pub trait Said: Send + Sync + 'static {
    fn say(&self, t: &dyn Catalogue) -> String;
}

impl Said for Msg {
    fn say(&self, t: &dyn Catalogue) -> String {
        t.text(*self).to_owned()
    }
}

impl<F: Fn(&dyn Catalogue) -> String + Send + Sync + 'static> Said for F {
    fn say(&self, t: &dyn Catalogue) -> String {
        self(t)
    }
}

/// A short message with an optional action, such as "Undo".
#[derive(Clone)]
pub struct Toast {
    pub serial: u64,
    pub message: Arc<dyn Said>,
    /// Undoes what the message reports, or offers the other choice, under its label. A
    /// plain closure, not a `Callback`: the component that offered it is often gone (a
    /// deleted card) by the time the user clicks.
    pub action: Option<(Msg, Arc<dyn Fn() + Send + Sync>)>,
}

#[derive(Clone)]
pub enum ImportState {
    Preview {
        candidates: Vec<Candidate>,
        choices: Vec<RwSignal<Resolution>>,
    },
    Failed(ReadError),
    /// The sets did not fit, or the browser refused them: none was written.
    NotStored(SaveError),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    /// Workshop mode: large type, high contrast, less chrome (remembered per browser).
    pub workshop: RwSignal<bool>,
    pub summaries: RwSignal<Vec<SetSummary>>,
    pub damaged: RwSignal<Vec<Damaged>>,
    pub storage_ok: RwSignal<bool>,
    pub save_status: RwSignal<SaveStatus>,
    /// A set whose last edit could not be stored: kept so "Export now" has it.
    pub unsaved: RwSignal<Option<OkrSet>>,
    pub toast: RwSignal<Option<Toast>>,
    /// Moves on at each export, so the export reminder looks again.
    pub exports_changed: RwSignal<u64>,
    /// Bumped when a set's history changes (a version kept, restored, pruned, an offer
    /// kept or let go), here or in another tab.
    pub history_changed: RwSignal<u64>,
    pub import: RwSignal<Option<ImportState>>,
    /// Imported sets to merge with the local ones, reviewed one at a time (local, imported).
    pub merges: RwSignal<Vec<(OkrSet, OkrSet)>>,
    /// What the open page must do before another one replaces it (write pending edits).
    leaving: StoredValue<Option<Arc<dyn Fn() + Send + Sync>>>,
}

impl AppState {
    pub fn new() -> AppState {
        let prefs = storage::load_prefs();
        let lang = prefs
            .lang
            .unwrap_or_else(|| Lang::from_browser_tag(&super::dom::browser_language()));
        let state = AppState {
            lang: RwSignal::new(lang),
            workshop: RwSignal::new(prefs.workshop),
            summaries: RwSignal::new(Vec::new()),
            damaged: RwSignal::new(Vec::new()),
            storage_ok: RwSignal::new(storage::available()),
            save_status: RwSignal::new(SaveStatus::Idle),
            unsaved: RwSignal::new(None),
            toast: RwSignal::new(None),
            exports_changed: RwSignal::new(0),
            history_changed: RwSignal::new(0),
            import: RwSignal::new(None),
            merges: RwSignal::new(Vec::new()),
            leaving: StoredValue::new(None),
        };
        state.reload();
        state
    }

    /// The catalogue of the current language; reading it subscribes to language changes.
    pub fn t(&self) -> &'static dyn Catalogue {
        catalogue(self.lang.get())
    }

    pub fn t_untracked(&self) -> &'static dyn Catalogue {
        catalogue(self.lang.get_untracked())
    }

    /// Registers (or clears) what the open page does before the route changes.
    pub fn before_leaving(&self, hook: Option<Arc<dyn Fn() + Send + Sync>>) {
        self.leaving.set_value(hook);
    }

    /// Runs the open page's hook: called before the route changes.
    pub fn leave_page(&self) {
        if let Some(hook) = self.leaving.get_value() {
            hook();
        }
    }

    /// Rereads the list of sets from storage.
    pub fn reload(&self) {
        clock::start_span("boussole:load");
        let loaded = storage::load_workspace();
        clock::end_span("boussole:load");
        match loaded {
            Ok(mut workspace) => {
                sort_for_home(&mut workspace.summaries);
                self.summaries.set(workspace.summaries);
                self.damaged.set(workspace.damaged);
            }
            Err(_) => self.storage_ok.set(false),
        }
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.save_prefs();
    }

    pub fn set_workshop(&self, on: bool) {
        self.workshop.set(on);
        self.save_prefs();
    }

    fn save_prefs(&self) {
        let prefs = storage::Prefs {
            lang: Some(self.lang.get_untracked()),
            workshop: self.workshop.get_untracked(),
        };
        let _ = storage::save_prefs(&prefs);
    }

    /// Stores a set and reflects it in the list; a failure keeps the set for export. A full
    /// quota first lets old versions of the history go (see `storage::save_set_making_room`).
    pub fn save(&self, set: &OkrSet) -> bool {
        match storage::save_set_making_room(set) {
            Ok((summary, pruned)) => {
                self.stored(vec![summary]);
                if pruned.versions > 0 {
                    self.history_changed.update(|n| *n += 1);
                }
                if pruned.guarded > 0 {
                    let count = pruned.guarded;
                    self.notify(move |t: &dyn Catalogue| t.guarded_versions_pruned(count));
                }
                true
            }
            Err(error) => {
                self.unsaved.set(Some(set.clone()));
                self.save_status.set(match error {
                    SaveError::Quota => SaveStatus::QuotaFull,
                    SaveError::Unavailable | SaveError::Other(_) => SaveStatus::Failed,
                });
                false
            }
        }
    }

    /// Shows sets just written at the top of the list, and says they are saved.
    pub fn stored(&self, summaries: Vec<SetSummary>) {
        let ids: Vec<Id> = summaries.iter().map(|s| s.id.clone()).collect();
        self.summaries.update(|list| {
            list.retain(|s| !ids.contains(&s.id));
            list.splice(0..0, summaries);
        });
        if self
            .unsaved
            .with_untracked(|u| u.as_ref().is_some_and(|u| ids.contains(&u.id)))
        {
            self.unsaved.set(None);
        }
        self.save_status
            .set(SaveStatus::Saved(clock::local(clock::now())));
    }

    pub fn remove(&self, id: &Id) -> bool {
        let done = storage::delete_set(id).is_ok();
        if done {
            self.summaries.update(|list| list.retain(|s| &s.id != id));
        }
        done
    }

    /// A file now holds these sets as they are (exported, imported or merged from one): the
    /// reminder to keep a copy counts from their next local change.
    pub fn file_holds(&self, ids: &[Id], at: chrono::DateTime<chrono::Utc>) {
        storage::record_export(ids, at);
        self.exports_changed.update(|n| *n += 1);
    }

    /// Shows a toast for a while; a newer toast replaces it.
    pub fn notify(&self, message: impl Said) {
        self.show_toast(Arc::new(message), None);
    }

    /// A toast whose "Undo" button runs `undo`.
    pub fn notify_with_undo(&self, message: impl Said, undo: impl Fn() + Send + Sync + 'static) {
        self.notify_with_action(message, Msg::Undo, undo);
    }

    /// A toast with one button, labelled `label`, that runs `action`.
    pub fn notify_with_action(
        &self,
        message: impl Said,
        label: Msg,
        action: impl Fn() + Send + Sync + 'static,
    ) {
        self.show_toast(Arc::new(message), Some((label, Arc::new(action))));
    }

    fn show_toast(
        &self,
        message: Arc<dyn Said>,
        action: Option<(Msg, Arc<dyn Fn() + Send + Sync>)>,
    ) {
        let serial = self
            .toast
            .with_untracked(|t| t.as_ref().map_or(0, |t| t.serial))
            + 1;
        // A choice to make stays longer than a passing word.
        let seconds = if action
            .as_ref()
            .is_some_and(|(label, _)| *label != Msg::Undo)
        {
            60
        } else {
            10
        };
        self.toast.set(Some(Toast {
            serial,
            message,
            action,
        }));
        let toast = self.toast;
        set_timeout(
            move || {
                if toast.with_untracked(|t| t.as_ref().is_some_and(|t| t.serial == serial)) {
                    toast.set(None);
                }
            },
            Duration::from_secs(seconds),
        );
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
