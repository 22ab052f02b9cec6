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
mod en_texts;
mod fr;
mod fr_files;
mod fr_texts;
#[cfg(test)]
mod grammar_check;

use crate::domain::coaching::Rule;
use crate::domain::import::ReadError;
use crate::domain::language::Lang;
use crate::domain::model::{ChangeKind, ChangeValue, Confidence, CountRule, KrKind};
use crate::domain::progress::Status;
use crate::domain::validate::Invalid;
use crate::domain::visible::is_blank;
use crate::domain::vocabulary::Terms;
use chrono::{NaiveDate, NaiveDateTime};

pub use digest::digest;

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
    NoReferenceSets, NotInBrowser, Overview, AlignmentTitle, AlignmentHint, NobodyContributes, ElsewhereTitle,
    CrossTeamTitle, CrossTeamHint, TeamContributions, ToRevisit, ClosedTag, DateOutOfRange, MergeRefused,
    ImportNotStoredTitle, ImportQuota, ImportNotStored,
    // Issue 15, lead: the change log's column, a figure not given yet.
    ChangeColumn, ToBeDefined, MergeUndoHint, MergeRestore, MergeKeep, MergeRestored,
    // A set whose name shows nothing (saved before such names were refused).
    Untitled,
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

pub trait Catalogue: Sync {
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
    fn check_ins_recorded(&self, count: usize) -> String;
    /// What a change-log entry changed, in the set's words.
    fn change_what(&self, what: ChangeKind, t: &Terms) -> String;
    fn change_value(&self, value: &ChangeValue) -> String;
    fn meeting_heading(&self, date: NaiveDate) -> String;
    /// The instruction above the boxes to tick: "Cochez les finalités à revoir."
    fn revisit_prompt(&self, t: &Terms) -> String;
    /// What a past meeting chose to revisit, as a label: "Finalités à revoir".
    fn revisited(&self, t: &Terms) -> String;
    /// In place of an objective a past meeting named, deleted since: "(supprimée depuis)".
    fn removed_since(&self, t: &Terms) -> String;
    fn keep_prompt(&self, t: &Terms) -> String;
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
    fn next_cycle_name(&self, name: &str) -> String;
    fn closed_on(&self, at: NaiveDateTime) -> String;
    fn other_tab_conflicts(&self, count: usize) -> String;
    fn merge_title(&self, name: &str) -> String;
    fn merge_item(&self, kind: MergeKind, t: &Terms) -> String;
    /// "Diapositive 2 sur 5".
    fn slide_of(&self, n: usize, count: usize) -> String;
    /// A chart's accessible name and summary.
    fn chart_title(&self, kr_title: &str) -> String;
    fn chart_summary(&self, points: usize, latest: Option<&str>, target: Option<&str>) -> String;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::Vocabulary;

    #[test]
    fn every_message_exists_in_every_language() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(
                    !catalogue(lang).text(*msg).trim().is_empty(),
                    "{msg:?} empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn languages_differ_where_words_do() {
        let same: Vec<_> = Msg::ALL
            .iter()
            .filter(|m| !matches!(m, Msg::AppName | Msg::Actions | Msg::Note | Msg::DateColumn))
            .filter(|m| catalogue(Lang::Fr).text(**m) == catalogue(Lang::En).text(**m))
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }

    #[test]
    fn sentences_follow_the_vocabulary_grammar() {
        let fr = catalogue(Lang::Fr);
        let std = Vocabulary::Standard.terms(Lang::Fr);
        let fin = Vocabulary::Finalites.terms(Lang::Fr);
        assert_eq!(fr.add_objective(&std), "Ajouter un objectif");
        assert_eq!(fr.add_objective(&fin), "Ajouter une finalité");
        assert_eq!(
            fr.counts(&fin, 1, 2),
            "1 finalité · 2 indicateurs de changement"
        );
        assert_eq!(fr.objective_deleted(&fin), "Finalité supprimée.");
        assert_eq!(fr.objective_deleted(&std), "Objectif supprimé.");
        assert_eq!(
            fr.reference_empty(&fin),
            "Aucune finalité dans ce jeu de référence pour l’instant."
        );
        assert_eq!(fr.trend(62), "À ce rythme\u{a0}: 62\u{a0}% en fin de cycle");
        let en = catalogue(Lang::En);
        let en_std = Vocabulary::Standard.terms(Lang::En);
        assert_eq!(en.add_objective(&en_std), "Add an objective");
        assert_eq!(en.counts(&en_std, 1, 0), "1 objective · 0 key results");
    }

    /// A milestone reads the same in the progress, the label and the check-in forms.
    #[test]
    fn every_layer_reads_a_milestone_alike() {
        use crate::domain::model::{milestone, CheckIn, KeyResult};
        use crate::domain::progress::value_progress;
        let kr = KeyResult {
            kind: KrKind::Milestone,
            ..KeyResult::new(crate::domain::id::Id::new("k"))
        };
        for value in [0.0, 0.3, 0.49, 0.5, 0.7, 1.0] {
            let check_in = CheckIn {
                id: crate::domain::id::Id::new("c"),
                date: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
                value,
                confidence: Default::default(),
                note: String::new(),
            };
            let done = check_in.is_done();
            assert_eq!(done, milestone::reached(value), "{value}");
            assert_eq!(
                value_progress(&kr, value),
                Some(milestone::value(done)),
                "{value}"
            );
            for lang in Lang::ALL {
                let t = catalogue(lang);
                let said = t.measure(KrKind::Milestone, "", value, lang);
                let expected = t.text(if done { Msg::Done } else { Msg::NotYet });
                assert_eq!(said, expected, "{value}");
            }
        }
        assert!(milestone::reached(milestone::value(true)));
        assert!(!milestone::reached(milestone::value(false)));
        assert!(!milestone::reached(0.49) && milestone::reached(0.5));
    }

    #[test]
    fn every_coaching_message_exists_and_differs_by_language() {
        let t = Vocabulary::Standard.terms(Lang::Fr);
        let te = Vocabulary::Standard.terms(Lang::En);
        for rule in Rule::ALL {
            let fr = catalogue(Lang::Fr).finding(rule, &t, CountRule::default());
            let en = catalogue(Lang::En).finding(rule, &te, CountRule::default());
            assert!(fr.len() > 20 && en.len() > 20 && fr != en, "{rule:?}");
        }
        assert_eq!(catalogue(Lang::Fr).word_counter(310, 300), "310 / 300 mots");
        assert_eq!(catalogue(Lang::En).word_counter(1, 300), "1 / 300 words");
    }

    /// The missing-baseline finding names the key result with the demonstrative that
    /// agrees with the team's word: "ce", "cet" before a vowel sound, "cette".
    #[test]
    fn the_missing_baseline_finding_agrees_with_the_team_word() {
        use crate::domain::vocabulary::{Gender, Term};
        let term = |singular: &str, gender, vowel_sound| Term {
            singular: singular.into(),
            plural: format!("{singular}s"),
            gender,
            vowel_sound,
            short: String::new(),
        };
        let rule = Rule::KrWithoutBaseline;
        for (key_result, expected) in [
            (
                term("résultat clé", Gender::Masculine, false),
                "d’où part ce résultat clé\u{a0}?",
            ),
            (
                term("indicateur", Gender::Masculine, true),
                "d’où part cet indicateur\u{a0}?",
            ),
            (
                term("mesure d’impact", Gender::Feminine, false),
                "d’où part cette mesure d’impact\u{a0}?",
            ),
            (
                term("ambition", Gender::Feminine, true),
                "d’où part cette ambition\u{a0}?",
            ),
        ] {
            let words = Vocabulary::Custom {
                objective: term("cap", Gender::Masculine, false),
                key_result,
            };
            let fr =
                catalogue(Lang::Fr).finding(rule, &words.terms(Lang::Fr), CountRule::default());
            assert!(fr.contains(expected), "{fr}");
            assert!(fr.contains("«\u{a0}Départ\u{a0}»"), "{fr}");
            let terms = words.terms(Lang::En);
            let en = catalogue(Lang::En).finding(rule, &terms, CountRule::default());
            let named = format!("where does this {} start from?", terms.key_result.singular);
            assert!(en.contains(&named) && en.contains("“Baseline”"), "{en}");
        }
    }
}
