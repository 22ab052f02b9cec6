//! French: the sentences of a set's living cycle (see `living_words.rs`).

use super::fr::French;
use super::{Catalogue, LivingWords, MergeKind};
use crate::domain::language::Lang;
use crate::domain::model::{ChangeKind, ChangeValue};
use crate::domain::vocabulary::{capitalize, Terms};
use chrono::{NaiveDate, NaiveDateTime};

impl LivingWords for French {
    fn check_ins_recorded(&self, count: usize) -> String {
        if count <= 1 {
            format!("{count} point enregistré.")
        } else {
            format!("{count} points enregistrés.")
        }
    }

    fn change_what(&self, what: ChangeKind, t: &Terms) -> String {
        let o = &t.objective;
        let k = &t.key_result;
        match what {
            ChangeKind::ObjectiveAdded => {
                format!("{} {}", capitalize(&o.singular), o.agreed_fr("ajouté"))
            }
            ChangeKind::ObjectiveRemoved => {
                format!("{} {}", capitalize(&o.singular), o.agreed_fr("supprimé"))
            }
            ChangeKind::ObjectiveTitle => format!("Intitulé {}", o.of_definite_fr()),
            ChangeKind::ObjectiveWhy => format!("Raison d’être {}", o.of_definite_fr()),
            ChangeKind::KeyResultAdded => {
                format!("{} {}", capitalize(&k.singular), k.agreed_fr("ajouté"))
            }
            ChangeKind::KeyResultRemoved => {
                format!("{} {}", capitalize(&k.singular), k.agreed_fr("supprimé"))
            }
            ChangeKind::KeyResultTitle => format!("Intitulé {}", k.of_definite_fr()),
            ChangeKind::KeyResultKind => "Type de mesure".to_owned(),
            ChangeKind::Baseline => "Point de départ".to_owned(),
            ChangeKind::Target => "Cible".to_owned(),
            ChangeKind::Unit => "Unité".to_owned(),
        }
    }

    fn change_value(&self, value: &ChangeValue) -> String {
        match value {
            ChangeValue::Text(text) => format!("« {text} »"),
            ChangeValue::Number(n) => crate::domain::number::format_decimal(*n, Lang::Fr),
            ChangeValue::Kind(kind) => self.kr_kind(*kind).to_owned(),
        }
    }

    fn meeting_heading(&self, date: NaiveDate) -> String {
        format!("Revue du {}", self.date(date))
    }

    fn revisit_prompt(&self, t: &Terms) -> String {
        format!("Cochez les {} à revoir.", t.objective.plural)
    }

    fn revisited(&self, t: &Terms) -> String {
        format!("{} à revoir", capitalize(&t.objective.plural))
    }

    fn removed_since(&self, t: &Terms) -> String {
        format!("({} depuis)", t.objective.agreed_fr("supprimé"))
    }

    fn keep_prompt(&self, t: &Terms) -> String {
        format!("{} à reprendre", capitalize(&t.objective.plural))
    }

    fn next_cycle_name(&self, name: &str) -> String {
        format!("{name} (suite)")
    }

    fn closed_on(&self, at: NaiveDateTime) -> String {
        format!("Cycle clos le {}.", self.date_time(at))
    }

    fn other_tab_conflicts(&self, count: usize) -> String {
        let items = if count <= 1 {
            "1 élément".to_owned()
        } else {
            format!("{count} éléments")
        };
        format!("Un autre onglet a modifié les mêmes éléments que vous ({items})\u{a0}: votre version est gardée, le reste de son travail est repris.")
    }

    fn merge_title(&self, name: &str) -> String {
        format!("Fusionner deux versions de « {name} »")
    }

    fn merge_item(&self, kind: MergeKind, t: &Terms) -> String {
        match kind {
            MergeKind::Name => "Nom du jeu".to_owned(),
            MergeKind::Team => "Équipe".to_owned(),
            MergeKind::Cycle => "Cycle".to_owned(),
            MergeKind::Why => "Pourquoi".to_owned(),
            MergeKind::Settings => "Réglages du jeu".to_owned(),
            MergeKind::Objective => capitalize(&t.objective.singular),
            MergeKind::KeyResult => capitalize(&t.key_result.singular),
            MergeKind::CheckIn => "Point d’étape".to_owned(),
            MergeKind::Meeting => "Revue".to_owned(),
        }
    }

    fn chart_title(&self, kr_title: &str) -> String {
        format!("Évolution de « {kr_title} »")
    }

    fn chart_summary(&self, points: usize, latest: Option<&str>, target: Option<&str>) -> String {
        let mut parts = vec![if points <= 1 {
            format!("{points} point")
        } else {
            format!("{points} points")
        }];
        parts.extend(latest.map(|v| format!("dernière valeur {v}")));
        parts.extend(target.map(|v| format!("cible {v}")));
        parts.join(", ") + "."
    }
}
