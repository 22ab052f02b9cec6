//! Alignment across teams without a server: which team objectives contribute to each
//! reference objective, which reference objectives nobody serves, and the sets of one
//! cycle side by side. Links are by id; a link to a set not in this browser keeps its
//! titles and is shown as such, never as an error.

use super::id::Id;
use super::model::{Contribution, Cycle, Objective, OkrSet};
use super::order;

/// One reference objective and the team objectives that name it.
#[derive(Clone, Debug, PartialEq)]
pub struct Served<'a> {
    pub reference: &'a Objective,
    /// (team set, its objective)
    pub contributors: Vec<(&'a OkrSet, &'a Objective)>,
}

/// Each reference set present, with each of its objectives and who contributes to it.
pub fn alignment<'a>(sets: &'a [OkrSet]) -> Vec<(&'a OkrSet, Vec<Served<'a>>)> {
    sets.iter()
        .filter(|s| s.reference)
        .map(|reference| {
            let served = reference
                .objectives
                .iter()
                .map(|objective| Served {
                    reference: objective,
                    contributors: sets
                        .iter()
                        .filter(|s| s.id != reference.id)
                        .flat_map(|s| s.objectives.iter().map(move |o| (s, o)))
                        .filter(|(_, o)| o.serves(&reference.id, &objective.id))
                        .collect(),
                })
                .collect();
            (reference, served)
        })
        .collect()
}

/// Links whose reference set is not in this browser: (team set, objective, link).
pub fn elsewhere(sets: &[OkrSet]) -> Vec<(&OkrSet, &Objective, &Contribution)> {
    let present = |id: &Id| sets.iter().any(|s| &s.id == id);
    sets.iter()
        .flat_map(|s| s.objectives.iter().map(move |o| (s, o)))
        .flat_map(|(s, o)| o.contributes_to.iter().map(move |c| (s, o, c)))
        .filter(|(_, _, c)| !present(&c.set))
        .collect()
}

/// Sets grouped by cycle, the latest cycle first; within a cycle, by team then name.
pub fn by_cycle(sets: &[OkrSet]) -> Vec<(Cycle, Vec<&OkrSet>)> {
    let mut cycles: Vec<Cycle> = sets.iter().map(|s| s.cycle).collect();
    order::sort_by(&mut cycles, |a, b| {
        b.start.cmp(&a.start).then(b.end.cmp(&a.end))
    });
    cycles.dedup();
    cycles
        .into_iter()
        .map(|cycle| {
            let mut group: Vec<&OkrSet> = sets.iter().filter(|s| s.cycle == cycle).collect();
            order::sort_by(&mut group, |a, b| {
                a.team.cmp(&b.team).then(a.name.cmp(&b.name))
            });
            (cycle, group)
        })
        .collect()
}

impl Objective {
    /// Whether this objective names that reference objective (of that set).
    pub fn serves(&self, set: &Id, objective: &Id) -> bool {
        self.contributes_to
            .iter()
            .any(|c| &c.set == set && &c.objective == objective)
    }

    /// Links this objective to a reference objective, or unlinks it; true when linked.
    /// No link is added past `validate::MAX_CONTRIBUTIONS`.
    pub fn toggle_contribution(&mut self, link: Contribution) -> bool {
        let before = self.contributes_to.len();
        self.contributes_to
            .retain(|c| !(c.set == link.set && c.objective == link.objective));
        if self.contributes_to.len() == before && before < super::validate::MAX_CONTRIBUTIONS {
            self.contributes_to.push(link);
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, NaiveDate, Utc};

    fn set(id: &str, objectives: &[&str]) -> OkrSet {
        let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let mut s = OkrSet::new(
            Id::new(id),
            id,
            "",
            Cycle::quarter_from(start),
            DateTime::<Utc>::from_timestamp(0, 0).unwrap(),
        );
        s.objectives = objectives
            .iter()
            .map(|o| Objective {
                title: o.to_string(),
                ..Objective::new(Id::new(*o))
            })
            .collect();
        s
    }

    fn link(set: &str, objective: &str) -> Contribution {
        Contribution {
            set: Id::new(set),
            objective: Id::new(objective),
            set_name: "Direction".into(),
            objective_title: "Cap".into(),
        }
    }

    #[test]
    fn reference_objectives_list_their_contributors_and_show_gaps() {
        let mut direction = set("dir", &["d1", "d2"]);
        direction.reference = true;
        let mut support = set("support", &["s1"]);
        assert!(support.objectives[0].toggle_contribution(link("dir", "d1")));
        assert!(support.objectives[0].toggle_contribution(link("far", "x9")));
        let mut logistics = set("logistique", &["l1"]);
        logistics.objectives[0].toggle_contribution(link("dir", "d1"));
        let sets = vec![direction, support, logistics];
        let map = alignment(&sets);
        assert_eq!(map.len(), 1);
        let served = &map[0].1;
        let names: Vec<_> = served[0]
            .contributors
            .iter()
            .map(|(s, o)| (s.name.as_str(), o.title.as_str()))
            .collect();
        assert_eq!(names, [("support", "s1"), ("logistique", "l1")]);
        assert!(served[1].contributors.is_empty(), "d2 is a gap");
        let away = elsewhere(&sets);
        assert_eq!(away.len(), 1);
        assert_eq!(away[0].2.objective, Id::new("x9"));
    }

    #[test]
    fn a_link_toggles_off_and_sets_group_by_cycle() {
        let mut o = Objective::new(Id::new("o"));
        assert!(o.toggle_contribution(link("dir", "d1")));
        assert!(!o.toggle_contribution(link("dir", "d1")));
        assert!(o.contributes_to.is_empty());
        let a = set("a", &[]);
        let mut b = set("b", &[]);
        b.cycle = Cycle::quarter_from(NaiveDate::from_ymd_opt(2027, 4, 1).unwrap());
        let c = set("c", &[]);
        let sets = vec![a, b, c];
        let groups = by_cycle(&sets);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].1.len(), 1, "the latest cycle first");
        assert_eq!(groups[1].1.len(), 2);
    }
}
