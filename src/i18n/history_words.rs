//! The sentences of a set's history (issue 16): which version, why it was kept (in the
//! set's words), what a restore did, and what a full quota took. Fixed texts are `Msg`s.

use super::Catalogue;
use crate::domain::history::Reason;
use crate::domain::model::Change;
use crate::domain::vocabulary::Terms;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// A time as the user reads it: the shell's clock knows the time zone, the catalogue does not.
pub type Local = fn(DateTime<Utc>) -> NaiveDateTime;

/// What a button does to one version: its accessible name names the version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionAction {
    View,
    Compare,
    Restore,
    Download,
}

pub trait HistoryWords {
    /// "Historique de « Pilote »".
    fn history_title(&self, name: &str) -> String;
    /// "Version du 3 mars 2027 à 10:05".
    fn version_of(&self, at: NaiveDateTime) -> String;
    /// Why a version was kept, in the set's words: "3 points d’étape enregistrés",
    /// "Cible 95 → 91 : budget réduit". `local` gives a time as the user reads it.
    fn history_reason(&self, reason: &Reason, t: &Terms, local: Local) -> String;
    /// "Restaurer la version du 3 mars 2027 à 10:05".
    fn version_action(&self, action: VersionAction, at: NaiveDateTime) -> String;
    /// "12 versions gardées".
    fn versions_kept(&self, count: usize) -> String;
    /// A day of the list: "Aujourd’hui · 12 versions", "28 novembre 2026 · 1 version".
    fn history_day(&self, day: NaiveDate, today: NaiveDate, count: usize) -> String;
    /// The toast after a restore.
    fn version_restored(&self, at: NaiveDateTime) -> String;
    /// A full quota took versions kept before an import or a merge: never silently.
    fn guarded_versions_pruned(&self, count: usize) -> String;
    /// "Ce qui diffère entre la version du … et maintenant".
    fn compare_title(&self, at: NaiveDateTime) -> String;
    /// "3 différences", "Aucune différence".
    fn differences(&self, count: usize) -> String;
}

/// A plan change as the list says it, "Cible 95 → 91 : raison", from one language's
/// words (`labelled` puts its punctuation before the reason).
pub(super) fn plan_change(
    c: &(impl Catalogue + ?Sized),
    change: &Change,
    more: &str,
    t: &Terms,
) -> String {
    let value = |v: &Option<_>| v.as_ref().map(|v| c.change_value(v));
    let values = match (value(&change.old), value(&change.new)) {
        (Some(old), Some(new)) => format!(" {old} → {new}"),
        (Some(one), None) | (None, Some(one)) => format!(" {one}"),
        (None, None) => String::new(),
    };
    let what = format!("{}{values}{more}", c.change_what(change.what, t));
    if crate::domain::visible::is_blank(&change.reason) {
        what
    } else {
        c.labelled(&what, change.reason.trim())
    }
}

/// The history's sentences that name the team's words, for the agreement checker
/// (`agreement_tests`): each kind of plan change, with and without a reason.
#[cfg(test)]
pub(super) fn agreement_samples(c: &dyn Catalogue, t: &Terms) -> Vec<(String, String)> {
    use crate::domain::model::{ChangeKind, ChangeValue};
    let kinds = [
        ChangeKind::ObjectiveAdded,
        ChangeKind::ObjectiveRemoved,
        ChangeKind::ObjectiveTitle,
        ChangeKind::KeyResultAdded,
        ChangeKind::KeyResultRemoved,
        ChangeKind::Target,
    ];
    let mut out = Vec::new();
    for what in kinds {
        for (reason, more) in [("Budget réduit", 0), ("", 2)] {
            let change = Change {
                at: DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
                subject: "Délai".into(),
                what,
                old: Some(ChangeValue::Number(95.0)),
                new: Some(ChangeValue::Number(91.0)),
                reason: reason.into(),
            };
            let reason = Reason::PlanChange {
                change: Box::new(change),
                more,
            };
            out.push((
                format!("history_reason {what:?} {more}"),
                c.history_reason(&reason, t, |at| at.naive_utc()),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::language::Lang;
    use crate::domain::model::{ChangeKind, ChangeValue};
    use crate::domain::vocabulary::Vocabulary;
    use crate::i18n::{catalogue, Msg};
    use chrono::TimeZone;

    fn utc(at: DateTime<Utc>) -> NaiveDateTime {
        at.naive_utc()
    }

    fn target_change(reason: &str, more: u32) -> Reason {
        Reason::PlanChange {
            change: Box::new(Change {
                at: Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap(),
                subject: "Taux de service".into(),
                what: ChangeKind::Target,
                old: Some(ChangeValue::Number(95.0)),
                new: Some(ChangeValue::Number(91.0)),
                reason: reason.into(),
            }),
            more,
        }
    }

    #[test]
    fn a_plan_change_reads_as_the_log_says_it() {
        let fr = catalogue(Lang::Fr);
        let t = Vocabulary::Finalites.terms(Lang::Fr);
        assert_eq!(
            fr.history_reason(&target_change("Budget réduit", 0), &t, utc),
            "Cible 95 → 91\u{a0}: Budget réduit"
        );
        assert_eq!(
            fr.history_reason(&target_change("Budget réduit", 2), &t, utc),
            "Cible 95 → 91 (et 2 autres changements)\u{a0}: Budget réduit"
        );
        let en = catalogue(Lang::En);
        let te = Vocabulary::Standard.terms(Lang::En);
        assert_eq!(
            en.history_reason(&target_change("Budget cut", 1), &te, utc),
            "Target 95 → 91 (and 1 more change): Budget cut"
        );
        // The team's words, in their gender: "Finalité ajoutée".
        let added = Reason::PlanChange {
            change: Box::new(Change {
                what: ChangeKind::ObjectiveAdded,
                old: None,
                new: Some(ChangeValue::Text("Servir vite".into())),
                ..match target_change("", 0) {
                    Reason::PlanChange { change, .. } => *change,
                    _ => unreachable!(),
                }
            }),
            more: 0,
        };
        assert!(fr
            .history_reason(&added, &t, utc)
            .starts_with("Finalité ajoutée "));
    }

    #[test]
    fn every_reason_is_said_in_both_languages() {
        let at = Utc.with_ymd_and_hms(2027, 3, 1, 9, 5, 0).unwrap();
        let reasons = [
            Reason::Launch,
            Reason::CheckIns(1),
            Reason::CheckIns(3),
            target_change("Budget", 0),
            Reason::BeforeImport,
            Reason::BeforeMerge,
            Reason::BeforeNextCycle,
            Reason::BeforeRestore { of: at },
            Reason::BeforeReopen,
            Reason::Editing,
        ];
        let fr = catalogue(Lang::Fr);
        let en = catalogue(Lang::En);
        let (tf, te) = (
            Vocabulary::Standard.terms(Lang::Fr),
            Vocabulary::Standard.terms(Lang::En),
        );
        for reason in &reasons {
            let (f, e) = (
                fr.history_reason(reason, &tf, utc),
                en.history_reason(reason, &te, utc),
            );
            assert!(
                !f.trim().is_empty() && !e.trim().is_empty() && f != e,
                "{reason:?}"
            );
        }
        assert_eq!(
            fr.history_reason(&Reason::CheckIns(3), &tf, utc),
            "3 points d’étape enregistrés"
        );
        assert_eq!(
            fr.history_reason(&Reason::CheckIns(1), &tf, utc),
            "1 point d’étape enregistré"
        );
        assert_eq!(
            fr.history_reason(&Reason::BeforeRestore { of: at }, &tf, utc),
            "Avant le retour à la version du 1 mars 2027 à 09:05"
        );
        assert_eq!(fr.version_of(utc(at)), "Version du 1 mars 2027 à 09:05");
        assert_eq!(en.version_of(utc(at)), "Version of 1 Mar 2027, 09:05");
        for action in [
            VersionAction::View,
            VersionAction::Compare,
            VersionAction::Restore,
            VersionAction::Download,
        ] {
            // An accessible name holds the button's visible words (WCAG 2.5.3).
            let visible = match action {
                VersionAction::View => Msg::VersionView,
                VersionAction::Compare => Msg::VersionCompare,
                VersionAction::Restore => Msg::VersionRestore,
                VersionAction::Download => Msg::VersionDownload,
            };
            for c in [fr, en] {
                let name = c.version_action(action, utc(at));
                assert!(name.starts_with(c.text(visible)), "{name}");
            }
        }
        assert_eq!(fr.differences(0), "Aucune différence avec maintenant.");
        assert_eq!(fr.versions_kept(2), "2 versions gardées");
        assert!(fr
            .guarded_versions_pruned(2)
            .contains("2 versions gardées d’avant un import"));
        assert_eq!(
            fr.history_title("Pilote"),
            "Historique de «\u{a0}Pilote\u{a0}»"
        );
    }
}
