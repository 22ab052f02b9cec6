//! Guessing columns from a header row Boussole wrote for a set whose words this workspace
//! does not know: the figure columns it recognises place the objective and key result
//! columns before them; a role is never given twice, and the same row is always read
//! the same way.

use super::columns::{guess, Column};
use proptest::prelude::*;
use Column::*;

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

fn columns(cells: &[&str]) -> Vec<Column> {
    let m = guess(&row(cells), cells.len(), &[]);
    assert!(m.header, "{cells:?}");
    m.columns
}

#[test]
fn unknown_words_before_the_figures_are_the_objective_and_key_result() {
    // A set's file, and the workspace's with its set column first.
    let figures = [
        "Type",
        "Départ",
        "Cible",
        "Unité",
        "Dernière valeur",
        "Avancement (%)",
        "Statut",
    ];
    let set: Vec<&str> = ["Chantier", "Preuve"].into_iter().chain(figures).collect();
    assert_eq!(
        columns(&set),
        [Objective, KeyResult, Kind, Baseline, Target, Unit, Ignore, Ignore, Ignore]
    );
    let all: Vec<&str> = ["Jeu", "Chantier", "Preuve"]
        .into_iter()
        .chain(figures)
        .collect();
    assert_eq!(columns(&all)[..4], [Ignore, Objective, KeyResult, Kind]);
    // An English file, with one of the two words known.
    assert_eq!(
        columns(&["Objective", "Proof", "Kind", "Baseline", "Target", "Unit"])[..3],
        [Objective, KeyResult, Kind]
    );
    assert_eq!(
        columns(&["Workstream", "Key result", "Target", "Unit"]),
        [Objective, KeyResult, Target, Unit]
    );
    // Without a kind column, the first figure column there is.
    assert_eq!(
        columns(&["Chantier", "Preuve", "Cible", "Unité"]),
        [Objective, KeyResult, Target, Unit]
    );
}

#[test]
fn the_place_is_used_only_when_it_is_free_and_the_figures_are_clear() {
    // One figure column is too little to tell a layout.
    assert_eq!(
        columns(&["Nom", "Commentaire", "Cible"]),
        [Ignore, Ignore, Target]
    );
    // A column whose header names a role already given is not taken for another.
    assert_eq!(
        columns(&["Objectif", "Objectif", "Type", "Cible"]),
        [Objective, Ignore, Kind, Target]
    );
    assert_eq!(
        columns(&["Cible", "Preuve", "Type", "Départ"]),
        [Target, Ignore, Kind, Baseline]
    );
    // Figures in the first column leave nothing before them.
    assert_eq!(
        columns(&["Type", "Cible", "Chantier"]),
        [Kind, Target, Ignore]
    );
    // A data row, not a header: the usual order by position.
    let m = guess(&row(&["Chantier", "Preuve", "48", "24"]), 4, &[]);
    assert!(!m.header);
    assert_eq!(m.columns, [Objective, KeyResult, Baseline, Target]);
}

/// Header cells as sheets hold them: known words in both languages, Boussole's other
/// titles, a team's words, blanks and made-up words.
fn header_cell() -> impl Strategy<Value = String> {
    let known = prop::sample::select(vec![
        "Objectif",
        "Objective",
        "Résultat clé",
        "Key results",
        "Type",
        "Kind",
        "Départ",
        "Baseline",
        "Cible (h)",
        "Target",
        "Unité",
        "Unit",
        "Statut",
        "Jeu",
        "Chantier",
        "Preuve",
        "",
    ])
    .prop_map(str::to_owned);
    prop_oneof![known, "[a-zA-Zé ]{0,10}"]
}

fn team() -> Vec<(Column, String)> {
    vec![
        (Objective, "Chantier".to_owned()),
        (KeyResult, "Preuve".to_owned()),
        (KeyResult, "Objectif".to_owned()),
    ]
}

proptest! {
    /// No two columns are read as the same role, and a row is always read the same way.
    #[test]
    fn one_column_per_role_and_always_the_same_guess(
        cells in prop::collection::vec(header_cell(), 0..10),
        extra in 0usize..3,
        with_team in any::<bool>(),
    ) {
        let words = if with_team { team() } else { Vec::new() };
        let width = cells.len() + extra;
        let m = guess(&cells, width, &words);
        prop_assert_eq!(m.columns.len(), width);
        for role in Column::ALL.into_iter().filter(|c| *c != Ignore) {
            prop_assert!(m.columns.iter().filter(|c| **c == role).count() <= 1, "{:?}", m.columns);
        }
        prop_assert_eq!(&guess(&cells, width, &words), &m);
    }

    /// Boussole's own layout, with any words it does not know for the objective and the
    /// key result, maps back whole.
    #[test]
    fn boussole_s_layout_maps_whatever_the_words(
        objective in "[a-zé]{4,12}",
        key_result in "[a-zé]{4,12}( [a-zé]{2,8})?",
        english in any::<bool>(),
        set_column in any::<bool>(),
    ) {
        let unknown = |w: &str| !guess(&row(&[w]), 1, &[]).header;
        prop_assume!(unknown(&objective) && unknown(&key_result));
        let figures: [&str; 7] = if english {
            ["Kind", "Baseline", "Target", "Unit", "Latest value", "Progress (%)", "Status"]
        } else {
            ["Type", "Départ", "Cible", "Unité", "Dernière valeur", "Avancement (%)", "Statut"]
        };
        let mut cells: Vec<&str> = Vec::new();
        if set_column {
            cells.push(if english { "Set" } else { "Jeu" });
        }
        cells.extend([objective.as_str(), key_result.as_str()]);
        cells.extend(figures);
        let m = guess(&row(&cells), cells.len(), &[]);
        let at = usize::from(set_column);
        prop_assert_eq!(
            &m.columns[at..at + 6],
            &[Objective, KeyResult, Kind, Baseline, Target, Unit][..]
        );
    }
}
