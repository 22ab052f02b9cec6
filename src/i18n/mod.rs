//! The one catalogue of every word the user reads. Each language implements `Catalogue`;
//! a message missing in one language is a compile error. Sentences that name the team's
//! terms take the resolved `Terms`, so French gender and elision come out right.
//!
//! Why not leptos_i18n: its messages are fixed at compile time, while the team types its
//! own terms at run time and French sentences need their gender and elision ("une
//! finalité", "nouvel objectif"). Plain Rust functions carry that with no extra bundle.

#[cfg(test)]
mod agreement_tests;
mod digest;
mod en;
mod en_files;
mod en_guide;
mod en_history;
mod en_living;
mod en_rituals;
mod en_rollup;
mod en_sheet;
mod en_texts;
mod en_workshop;
mod fr;
mod fr_files;
mod fr_guide;
mod fr_history;
mod fr_living;
mod fr_rituals;
mod fr_rollup;
mod fr_sheet;
mod fr_texts;
mod fr_workshop;
#[cfg(test)]
mod grammar_check;
#[cfg(test)]
mod guide_tests;
mod guide_words;
mod history_words;
mod living_words;
mod ritual_words;
mod rollup_words;
#[cfg(test)]
mod rollup_words_tests;
mod sheet_words;
#[cfg(test)]
mod sheet_words_tests;
#[cfg(test)]
mod tests;
mod workshop_words;

use crate::domain::coaching::Rule;
use crate::domain::import::ReadError;
use crate::domain::language::Lang;
use crate::domain::model::{Confidence, CountRule, KrKind};
use crate::domain::progress::Status;
use crate::domain::validate::Invalid;
use crate::domain::visible::is_blank;
use crate::domain::vocabulary::Terms;
use chrono::{NaiveDate, NaiveDateTime};

pub use digest::digest;
pub use guide_words::GuideWords;
pub use history_words::{HistoryWords, VersionAction};
pub use living_words::LivingWords;
pub use ritual_words::RitualWords;
pub use rollup_words::{meeting_figure, RollupWords};
pub use sheet_words::{known_headers, Labels as SheetLabels, SheetWords};
pub use workshop_words::WorkshopWords;

macro_rules! messages {
    ($($name:ident),* $(,)?) => {
        /// Fixed texts; those that name the team's terms are methods of `Catalogue`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($name),* }
        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];
        }
    };
}

messages! {
    AppName, Tagline, PrivacyPromise, SkipToContent, LanguageLabel, MainNav,
    HomeTitle, NewSet, ImportFile, ExportWorkspace, EmptyHomeTitle, EmptyHomeBody,
    FieldName, FieldTeam, FieldCycleStart, FieldCycleEnd, NamePlaceholder, TeamPlaceholder,
    Create, Cancel, Close, Open, Rename, Duplicate, Export, Delete, Undo, MoveUp, MoveDown,
    Actions, Saved, BackToHome, SetDetails, SetNotFound, CycleEndBeforeStart, NameRequired,
    KrTitle, KrKind, Baseline, Target, Threshold, Unit, UnitPlaceholder, NotANumber, NumberTooLarge,
    DropHere, ImportTitle, ImportConfirm, ImportNothingChanged, ResolutionReplace,
    ResolutionKeepBoth, ResolutionSkip, ClashSameAsLocal, ImportFailedTitle,
    QuotaTitle, QuotaBody, ExportNow, StorageUnavailable, ReplacedByNewer,
    RecoveryTitle, RecoveryBody, RecoveryDownload, RecoveryDiscard, RecoveryDiscardHint,
    VocabularyTitle, VocabularyHint, PresetCustom, FirstTerm, SecondTerm, Singular, Plural,
    FrenchGender, Masculine, Feminine, VowelSound, ShortForm, Preview, UseTheseWords,
    WordsInPlace, TermRequired,
    PathLabel, StepWhy, StepDraft, StepLaunch, StepReady, NarrativeLabel, NarrativeHint,
    GuideQuestion1, GuideQuestion2, GuideQuestion3, ReasonsLegend, ReasonAlignTeam,
    ReasonMeasureImpact, ReasonLinkStrategy, ReasonOther, OtherReasonLabel, NarrativeMissing,
    ReasonMissing, NoNarrativeYet, CoachingTitle, CoachingNone, CoachingNeverBlocks,
    CountRuleLabel, CountRuleCustom, LaunchTitle, LaunchHint, LaunchAction, LaunchNotReady,
    StartFrom, BlankSet, ObjectiveWhy, DragToMove, WriteTheWhy,
    Share, ShareTitle, ShareAttachHint, OpenMail, CopySummary, SummaryCopied, CopyFailed,
    DigestWhy, DigestHowToOpen, Milestone, Print, WorkshopMode, ExportReminder,
    StepCheckIn, StepMeeting, StepRetro, CheckInTitle, CheckInHint, CheckInDate, Value, ConfidenceLabel,
    Note, Done, SaveCheckIn, NothingToRecord, History, NoCheckInYet, CheckInDeleted, Progress,
    ChartData, DateColumn, MeetingTitle, MeetingHint, MeetingDate, MeetingLearned, MeetingRelevance,
    MeetingAdjust, MeetingBlocking, SaveMeeting, MeetingSaved, PastMeetings, NoMeetingsYet, MeetingDeleted,
    ChangeLogTitle, NoChangesYet, ChangePlan, ChangeReasonLabel, ChangeReasonHint, FinishChange, CancelChange,
    PlanLocked, ChangeReasonRequired, ChangeCancelled, ChangeRecorded, Reason, RetroTitle, RetroHint, RetroHappened, RetroLearned,
    RetroDifferently, CloseCycle, ReopenCycle, ClosedNotice, NextCycleTitle, NextCycleHint, StartNextCycle,
    PreviousCycleLabel, ExpectedPace, Latest, NotYet, Edit, Save,
    Present, PresentationLabel, SlidePrevious, SlideNext, Fullscreen, LeavePresentation, SummarySlide, PresentationKeys,
    MergedOtherTab, TakeOtherTab, ResolutionMerge, MergeHint, MergeKeepBoth, MergeHere, MergeImported, MergeKeepHere,
    MergeTakeImported, MergePreview, MergeSave, MergeDone, MergeNoConflict, ReferenceSet, TeamSet, ContributesTo,
    NoReferenceSets, NotInBrowser, Overview, AlignmentTitle, AlignmentHint, ElsewhereTitle,
    CrossTeamTitle, CrossTeamHint, TeamContributions, ToRevisit, ClosedTag, DateOutOfRange, MergeRefused,
    ImportNotStoredTitle, ImportQuota, ImportNotStored,
    // Issue 15, lead: the change log's column, a figure not given yet.
    ChangeColumn, ToBeDefined, MergeUndoHint, MergeRestore, MergeKeep, MergeRestored,
    // A set whose name shows nothing (saved before such names were refused).
    Untitled,
    // Issue 17, the method guide: the header's link, the page, the "why?" beside each
    // finding, the examples' labels, and coaching's rewrite.
    GuideLink, GuideTitle, GuideIntro, GuideSearch, GuideContents, GuideWhy, GuideWeak,
    GuideStrong, RewriteApply,
    // Issue 17 §3, rituals: the rhythms, the calendar file, the share sheet, the short mail.
    RitualsTitle, RitualsHint, CheckInRhythm, MeetingRhythm, DownloadCalendar, CalendarHint,
    ShareSheet, MailPasteBody, SummaryOnClipboard,
    // Issue 16, history: the set's kept versions, previewed, compared, restored, downloaded.
    HistoryOpen, HistoryHint, VersionsLabel, VersionView, VersionCompare, VersionRestore,
    VersionDownload, VersionReadOnly, BackToHistory, BackToSet, VersionUnreadable, VersionMissing, RestoreNotKept,
    DiffAdded, DiffRemoved, DiffChanged, DiffThen, DiffNow,
    // Issue 17, workshop: the facilitator's kit.
    WorkshopScreen, WorkshopTitle, WorkshopBack, WorkshopKeys, AgendaTitle, AgendaNewItem, AgendaAdd, AgendaReset, TimerTitle, TimerStart, TimerPause, TimerAddMinute, TimerNext, TimerPrevious, TimeUp, TimerRunning, TimerPaused, IdeasInput, IdeasHint, IdeasAdd, IdeasKeys, IdeasEmpty, TieAtCut, KeepCount, NoVotesYet, ParkingTitle, ParkingHint, ParkingEmpty, FistTitle, FistNoVotes, FistDivided, WorkshopLaunchHint, AgendaItemRemoved, IdeaRemoved, ParkedRemoved,
    // Issue 16, the spreadsheet bridge: paste or CSV import, its preview, CSV exports.
    SheetHeading, SheetPasteLabel, SheetReadPasted, SheetImportCsv, SheetPreviewTitle,
    SheetColumnsLegend, SheetHeaderRow, SheetIgnore, SheetProblemsTitle, SheetOnlyInDraft,
    SheetSetHeader, SheetProgressHeader, SheetStatusHeader, SheetExportLabel,
    // Issue 16, rollup: progress that rolls up, a meeting's figures of its day.
    RolledUpProgress, MeetingFigures, MeetingFiguresWorkedOut,
    // Issue 16, the spreadsheet bridge's fixes: a preview past the team's count rule.
    SheetPastRuleTitle, SheetPastRuleHint,
}

/// What a merge conflict is about, for its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeKind {
    Name,
    Team,
    Cycle,
    Why,
    Settings,
    Objective,
    KeyResult,
    CheckIn,
    Meeting,
}

pub trait Catalogue:
    Sync
    + GuideWords
    + HistoryWords
    + LivingWords
    + RitualWords
    + RollupWords
    + SheetWords
    + WorkshopWords
{
    fn text(&self, msg: Msg) -> &'static str;

    fn kr_kind(&self, kind: KrKind) -> &'static str;
    fn date(&self, date: NaiveDate) -> String;
    fn date_time(&self, at: NaiveDateTime) -> String;
    fn cycle(&self, start: NaiveDate, end: NaiveDate) -> String {
        format!("{} → {}", self.date(start), self.date(end))
    }

    fn saved_at(&self, at: NaiveDateTime) -> String;
    fn modified_on(&self, at: NaiveDateTime) -> String;
    fn set_deleted(&self, name: &str) -> String;
    fn set_duplicated(&self, name: &str) -> String;
    fn copy_name(&self, name: &str) -> String;
    /// An action's accessible name on one named set: "Supprimer « T1 »".
    fn action_on(&self, action: Msg, name: &str) -> String;

    fn counts(&self, t: &Terms, objectives: usize, key_results: usize) -> String;
    fn objectives_heading(&self, t: &Terms) -> String;
    fn objective_heading(&self, t: &Terms, n: usize) -> String;
    fn objective_title_label(&self, t: &Terms, n: usize) -> String;
    fn key_results_of(&self, t: &Terms, n: usize) -> String;
    fn key_result_label(&self, t: &Terms, objective: usize, n: usize) -> String;
    fn add_objective(&self, t: &Terms) -> String;
    fn add_key_result(&self, t: &Terms) -> String;
    fn delete_objective(&self, t: &Terms, n: usize) -> String;
    fn delete_key_result(&self, t: &Terms, objective: usize, n: usize) -> String;
    fn move_objective(&self, t: &Terms, n: usize, up: bool) -> String;
    fn move_key_result(&self, t: &Terms, objective: usize, n: usize, up: bool) -> String;
    fn objective_deleted(&self, t: &Terms) -> String;
    fn key_result_deleted(&self, t: &Terms) -> String;
    /// A key result with a check-in being typed was removed in another tab.
    fn removed_elsewhere(&self, t: &Terms) -> String;
    /// The button that restores it.
    fn put_back(&self, t: &Terms) -> String;
    fn no_objectives(&self, t: &Terms) -> String;
    fn no_key_results(&self, t: &Terms) -> String;
    fn objective_placeholder(&self, t: &Terms) -> String;
    /// "212 / 300 mots".
    fn word_counter(&self, words: usize, max: usize) -> String;
    fn narrative_too_long(&self, words: usize, max: usize) -> String;
    /// Why a finding matters, in the team's words.
    fn finding(&self, rule: Rule, t: &Terms, limits: CountRule) -> String;
    fn plan_score(&self, score: u8) -> String;
    fn findings_count(&self, warnings: usize, advice: usize) -> String;
    /// "3 objectifs × 3 résultats clés".
    fn count_rule_name(&self, t: &Terms, rule: CountRule) -> String;
    fn draft_missing(&self, t: &Terms) -> String;
    fn launched_on(&self, at: NaiveDateTime) -> String;
    /// "48 → 24 h", "au moins 8 /10": what a key result aims at, for plain text.
    fn kr_goal(&self, kr: &crate::domain::model::KeyResult) -> String;
    fn mail_subject(&self, set_name: &str) -> String;
    /// "Objectifs / Résultats clés": how a vocabulary is named in the picker.
    fn vocabulary_name(&self, t: &Terms) -> String {
        format!(
            "{} / {}",
            crate::domain::vocabulary::capitalize(&t.objective.plural),
            crate::domain::vocabulary::capitalize(&t.key_result.plural)
        )
    }
    fn vocabulary_summary(&self, name: &str) -> String;
    fn key_result_placeholder(&self, t: &Terms) -> String;

    /// A measured value as people read it: "40 h", "6,8 /10", or "Atteint" for a milestone.
    fn measure(&self, kind: KrKind, unit: &str, value: f64, lang: Lang) -> String {
        if kind == KrKind::Milestone {
            return self
                .text(if crate::domain::model::milestone::reached(value) {
                    Msg::Done
                } else {
                    Msg::NotYet
                })
                .to_owned();
        }
        let number = crate::domain::number::format_decimal(value, lang);
        if unit.trim().is_empty() {
            number
        } else {
            format!("{number} {}", unit.trim())
        }
    }
    /// "Dernière valeur : 40 h" / "Latest value: 40 h", each language's punctuation.
    fn labelled(&self, label: &str, value: &str) -> String;
    fn confidence(&self, confidence: Confidence) -> &'static str;
    fn status(&self, status: Status) -> &'static str;
    /// "42 %" in French, "42%" in English.
    fn percent(&self, percent: i64) -> String;
    fn expected_by_now(&self, percent: i64) -> String;
    /// Where the latest check-ins are heading, read at the cycle's end.
    fn trend(&self, percent: i64) -> String;
    /// A reference set with nothing in it yet, on the overview.
    fn reference_empty(&self, t: &Terms) -> String;
    /// The check-in table's first column, one key result a row: the short form, which the
    /// team gave for such tight places, else the singular.
    fn key_result_column(&self, t: &Terms) -> String {
        crate::domain::vocabulary::capitalize(t.key_result.short_or_singular())
    }
    /// The change log's column of what changed: "O / RC" when both words have a short
    /// form, else "Objectif / résultat clé" (never half of each).
    fn change_item_column(&self, t: &Terms) -> String {
        let (o, k) = (&t.objective, &t.key_result);
        if is_blank(&o.short) || is_blank(&k.short) {
            format!(
                "{} / {}",
                crate::domain::vocabulary::capitalize(&o.singular),
                k.singular
            )
        } else {
            format!("{} / {}", o.short.trim(), k.short.trim())
        }
    }
    /// A numbered objective where room is short (slides' summary, tables): "O 2".
    fn objective_tag(&self, t: &Terms, n: usize) -> String {
        t.objective.tag(&n.to_string())
    }
    /// A numbered key result where room is short: "RC 1.2".
    fn key_result_tag(&self, t: &Terms, objective: usize, n: usize) -> String {
        t.key_result.tag(&format!("{objective}.{n}"))
    }
    /// "Diapositive 2 sur 5".
    fn slide_of(&self, n: usize, count: usize) -> String;

    fn import_summary(&self, sets: usize) -> String;
    fn import_clash(&self, local_name: &str, modified: NaiveDateTime) -> String;
    fn imported(&self, added: usize) -> String;
    fn read_error(&self, error: &ReadError) -> String;
    fn invalid(&self, invalid: &Invalid) -> String;
    fn recovery_entry(&self, name: Option<&str>, key: &str, chars: usize) -> String;
}

/// Each language named in itself, as language pickers do.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Français",
        Lang::En => "English",
    }
}

static FR: fr::French = fr::French;
static EN: en::English = en::English;

pub fn catalogue(lang: Lang) -> &'static dyn Catalogue {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// "09:05": hours and minutes, as both languages write them.
fn clock_time(at: chrono::NaiveDateTime) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// A size in MiB to one decimal, for messages about files.
fn mebibytes(bytes: usize) -> f64 {
    (bytes as f64 / 104_857.6).round() / 10.0
}

/// The words `kr_goal_with` needs from one language.
struct GoalWords<'a> {
    above: &'a str,
    below: &'a str,
    milestone: &'a str,
    /// For a figure not given yet: words, never a bare "?".
    undefined: &'a str,
}

/// What a key result aims at, for either language: "48 → 24 h", "au moins 8 /10", "jalon",
/// "à définir → 95 %" when a figure is missing, "à définir" when all are.
fn kr_goal_with(kr: &crate::domain::model::KeyResult, lang: Lang, w: GoalWords) -> String {
    use crate::domain::model::KrKind;
    use crate::domain::number::format_decimal;
    let unit = if kr.unit.trim().is_empty() {
        String::new()
    } else {
        format!(" {}", kr.unit.trim())
    };
    let n = |v: f64| format_decimal(v, lang);
    match (kr.kind, kr.baseline, kr.target) {
        (KrKind::Milestone, ..) => w.milestone.to_owned(),
        (KrKind::Increase | KrKind::Decrease, Some(from), Some(to)) => {
            format!("{} → {}{unit}", n(from), n(to))
        }
        (KrKind::Increase | KrKind::Decrease, Some(from), None) => {
            format!("{}{unit} → {}", n(from), w.undefined)
        }
        (KrKind::Increase | KrKind::Decrease, None, Some(to)) => {
            format!("{} → {}{unit}", w.undefined, n(to))
        }
        (KrKind::StayAbove, _, Some(to)) => format!("{} {}{unit}", w.above, n(to)),
        (KrKind::StayBelow, _, Some(to)) => format!("{} {}{unit}", w.below, n(to)),
        _ => w.undefined.to_owned(),
    }
}
