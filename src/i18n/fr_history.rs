//! The history's sentences in French.

use super::fr::French;
use super::history_words::{plan_change, HistoryWords, Local, VersionAction};
use super::Catalogue;
use crate::domain::history::Reason;
use crate::domain::vocabulary::Terms;
use chrono::{NaiveDate, NaiveDateTime};

impl HistoryWords for French {
    fn history_title(&self, name: &str) -> String {
        format!("Historique de «\u{a0}{name}\u{a0}»")
    }

    fn version_of(&self, at: NaiveDateTime) -> String {
        format!("Version du {}", self.date_time(at))
    }

    fn history_reason(&self, reason: &Reason, t: &Terms, local: Local) -> String {
        match reason {
            Reason::Launch => "Lancement du cycle".to_owned(),
            Reason::CheckIns(1) => "1 point d’étape enregistré".to_owned(),
            Reason::CheckIns(n) => format!("{n} points d’étape enregistrés"),
            Reason::PlanChange { change, more } => {
                let more = match more {
                    0 => String::new(),
                    1 => " (et 1 autre changement)".to_owned(),
                    n => format!(" (et {n} autres changements)"),
                };
                plan_change(self, change, &more, t)
            }
            Reason::BeforeImport => "Avant le remplacement par un fichier importé".to_owned(),
            Reason::BeforeMerge => "Avant la fusion avec un fichier importé".to_owned(),
            Reason::BeforeNextCycle => "Avant le passage au cycle suivant".to_owned(),
            Reason::BeforeRestore { of } => format!(
                "Avant le retour à la version du {}",
                self.date_time(local(*of))
            ),
            Reason::BeforeReopen => "Avant la réouverture du cycle".to_owned(),
            Reason::Editing => "Avant de nouvelles modifications".to_owned(),
        }
    }

    fn version_action(&self, action: VersionAction, at: NaiveDateTime) -> String {
        let of = self.date_time(at);
        match action {
            VersionAction::View => format!("Voir la version du {of}"),
            VersionAction::Compare => format!("Comparer avec maintenant la version du {of}"),
            VersionAction::Restore => format!("Restaurer la version du {of}"),
            VersionAction::Download => format!("Télécharger la version du {of}"),
        }
    }

    fn versions_kept(&self, count: usize) -> String {
        match count {
            0 => "Aucune version gardée pour l’instant.".to_owned(),
            1 => "1 version gardée".to_owned(),
            n => format!("{n} versions gardées"),
        }
    }

    fn history_day(&self, day: NaiveDate, today: NaiveDate, count: usize) -> String {
        let when = match (today - day).num_days() {
            0 => "Aujourd’hui".to_owned(),
            1 => "Hier".to_owned(),
            _ => self.date(day),
        };
        match count {
            1 => format!("{when} · 1 version"),
            n => format!("{when} · {n} versions"),
        }
    }

    fn version_restored(&self, at: NaiveDateTime) -> String {
        format!(
            "Version du {} restaurée. La version d’avant est gardée dans l’historique.",
            self.date_time(at)
        )
    }

    fn guarded_versions_pruned(&self, count: usize) -> String {
        let versions = if count == 1 {
            "1 version gardée d’avant un import ou une fusion a été retirée".to_owned()
        } else {
            format!("{count} versions gardées d’avant un import ou une fusion ont été retirées")
        };
        format!(
            "Stockage plein\u{a0}: {versions} de l’historique pour enregistrer vos modifications."
        )
    }

    fn compare_title(&self, at: NaiveDateTime) -> String {
        format!(
            "Ce qui diffère entre la version du {} et maintenant",
            self.date_time(at)
        )
    }

    fn differences(&self, count: usize) -> String {
        match count {
            0 => "Aucune différence avec maintenant.".to_owned(),
            1 => "1 différence".to_owned(),
            n => format!("{n} différences"),
        }
    }
}
