//! Which column holds what: guessed from the header row in French or English (and in the
//! team's own words), and adjustable by the user before anything is created.

use crate::domain::model::KrKind;

/// What a column of the sheet gives each key result (or its objective).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Column {
    Objective,
    KeyResult,
    Kind,
    Baseline,
    Target,
    Unit,
    /// Not imported (a status, a comment, a column the sheet keeps for itself).
    #[default]
    Ignore,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Objective,
        Column::KeyResult,
        Column::Kind,
        Column::Baseline,
        Column::Target,
        Column::Unit,
        Column::Ignore,
    ];

    /// A stable name for the mapping selects' values.
    pub fn key(self) -> &'static str {
        match self {
            Column::Objective => "objective",
            Column::KeyResult => "key_result",
            Column::Kind => "kind",
            Column::Baseline => "baseline",
            Column::Target => "target",
            Column::Unit => "unit",
            Column::Ignore => "ignore",
        }
    }

    pub fn from_key(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// How the table is read: whether its first row names the columns, and what each holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    pub header: bool,
    pub columns: Vec<Column>,
}

impl Mapping {
    /// Gives column `index` its role; any other column that had it loses it, so a role is
    /// read from one column only.
    pub fn assign(&mut self, index: usize, column: Column) {
        if index >= self.columns.len() {
            return;
        }
        if column != Column::Ignore {
            for other in self.columns.iter_mut() {
                if *other == column {
                    *other = Column::Ignore;
                }
            }
        }
        self.columns[index] = column;
    }

    /// Where a role is read from, if any column has it.
    pub fn position(&self, column: Column) -> Option<usize> {
        self.columns.iter().position(|c| *c == column)
    }
}

/// Header words every sheet may use, in both languages (folded: lower case, no accents).
const HEADERS: &[(Column, &str)] = &[
    (Column::Objective, "objectif"),
    (Column::Objective, "objectifs"),
    (Column::Objective, "objective"),
    (Column::Objective, "objectives"),
    (Column::Objective, "goal"),
    (Column::Objective, "goals"),
    (Column::Objective, "finalite"),
    (Column::Objective, "o"),
    (Column::KeyResult, "resultat cle"),
    (Column::KeyResult, "resultats cles"),
    (Column::KeyResult, "resultat"),
    (Column::KeyResult, "key result"),
    (Column::KeyResult, "key results"),
    (Column::KeyResult, "kr"),
    (Column::KeyResult, "rc"),
    (Column::KeyResult, "indicateur"),
    (Column::KeyResult, "indicateurs"),
    (Column::KeyResult, "mesure"),
    (Column::KeyResult, "metric"),
    (Column::Kind, "type"),
    (Column::Kind, "kind"),
    (Column::Kind, "sens"),
    (Column::Kind, "type de mesure"),
    (Column::Kind, "direction"),
    (Column::Baseline, "depart"),
    (Column::Baseline, "point de depart"),
    (Column::Baseline, "valeur de depart"),
    (Column::Baseline, "valeur initiale"),
    (Column::Baseline, "situation initiale"),
    (Column::Baseline, "baseline"),
    (Column::Baseline, "start"),
    (Column::Baseline, "starting value"),
    (Column::Baseline, "from"),
    (Column::Baseline, "de"),
    (Column::Target, "cible"),
    (Column::Target, "valeur cible"),
    (Column::Target, "objectif chiffre"),
    (Column::Target, "seuil"),
    (Column::Target, "target"),
    (Column::Target, "target value"),
    (Column::Target, "threshold"),
    (Column::Target, "to"),
    (Column::Target, "a"),
    (Column::Unit, "unite"),
    (Column::Unit, "unites"),
    (Column::Unit, "unit"),
    (Column::Unit, "units"),
];

/// Lower case, accents folded, every run of other signs one space: "Résultat clé (KR)"
/// and "resultat  cle kr" read alike.
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = crate::domain::filename::fold_accent(c).to_ascii_lowercase();
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// Guesses each column's role from its header. `team` adds header words (the open set's
/// words first, then every preset's and the workspace's other sets' words, and the app's
/// own titles, in both languages), tried before the built-in ones, in their order; a word
/// given as `Ignore` is a title known not to be imported ("Statut"). A header matches a
/// word exactly, or starts with it followed by a space ("Cible (h)"); a role goes to the
/// first column that claims it. Whether the first row is a header at all is told by
/// whether any of its cells was recognised. A file Boussole wrote is read by its layout
/// (`boussole_layout`), whatever words name its objectives and key results; otherwise,
/// when those two headers are unknown, the columns before the figures take them
/// (`by_figures`).
pub fn guess(first_row: &[String], width: usize, team: &[(Column, String)]) -> Mapping {
    let team: Vec<(Column, String)> = team
        .iter()
        .map(|(c, w)| (*c, fold(w)))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let known = team
        .iter()
        .map(|(c, w)| (*c, w.as_str()))
        .chain(HEADERS.iter().copied());
    let known: Vec<(Column, &str)> = known.collect();
    let folded: Vec<String> = (0..width)
        .map(|i| first_row.get(i).map(|cell| fold(cell)).unwrap_or_default())
        .collect();
    let claim = |header: &str| -> Option<Column> {
        let exact = known.iter().find(|(_, w)| *w == header);
        let prefix = || {
            known
                .iter()
                .filter(|(_, w)| w.len() > 1 && header.starts_with(&format!("{w} ")))
                .max_by_key(|(_, w)| w.len())
        };
        exact.or_else(prefix).map(|(c, _)| *c)
    };
    let claimed: Vec<Option<Column>> = folded.iter().map(|h| claim(h)).collect();
    // Every role a header names word for word, for a header two vocabularies share.
    let named =
        |at: usize, column: Column| known.iter().any(|(c, w)| *c == column && *w == folded[at]);
    let header = claimed.iter().any(Option::is_some);
    let columns = if !header {
        by_position(width)
    } else if let Some(columns) = boussole_layout(width, named) {
        columns
    } else {
        let mut mapping = Mapping {
            header,
            columns: vec![Column::Ignore; width],
        };
        for (i, column) in claimed.iter().enumerate() {
            if let Some(column) = *column {
                if mapping.position(column).is_none() {
                    mapping.columns[i] = column;
                }
            }
        }
        by_figures(&mut mapping, &claimed);
        mapping.columns
    };
    Mapping { header, columns }
}

/// The figure columns in the order Boussole writes them, after the objective's and the
/// key result's.
const FIGURES: [Column; 4] = [Column::Kind, Column::Baseline, Column::Target, Column::Unit];

/// The columns of a file Boussole wrote (`write::key_results_csv`): an optional set
/// column, the objective's and the key result's, the four figures, then its latest value,
/// progress and status, each title named word for word (`named(at, role)`; the set's
/// and the last three as `Ignore`). Its objective and key result columns are then known
/// by their place, whatever their headers say: a set's own words may be any, even words
/// another set or the app uses for another role. `None` for any other layout.
fn boussole_layout(width: usize, named: impl Fn(usize, Column) -> bool) -> Option<Vec<Column>> {
    let lead = match width {
        9 => 0,
        10 if named(0, Column::Ignore) => 1,
        _ => return None,
    };
    let figures = (lead + 2..).zip(FIGURES).all(|(at, c)| named(at, c));
    let tail = (lead + 6..width).all(|at| named(at, Column::Ignore));
    if !figures || !tail {
        return None;
    }
    let mut columns = vec![Column::Ignore; width];
    columns[lead] = Column::Objective;
    columns[lead + 1] = Column::KeyResult;
    columns[lead + 2..lead + 6].copy_from_slice(&FIGURES);
    Some(columns)
}

/// How many of the figure columns (kind, baseline, target, unit) a header row must name
/// for the columns before them to be read by their place.
const FIGURES_NAMED: usize = 2;

/// A header row whose figure columns are named but whose objective or key result column
/// is not: the unrecognised column just before the first figure column is the key
/// result's, and the one just before that the objective's, as Boussole lays its files out
/// ("Chantier;Preuve;Type;Départ;Cible;Unité"). A column whose header names something
/// is never taken, and a role already given keeps its column, so no two columns share a
/// role.
fn by_figures(mapping: &mut Mapping, claimed: &[Option<Column>]) {
    let figures = FIGURES.map(|c| mapping.position(c));
    if figures.iter().flatten().count() < FIGURES_NAMED {
        return;
    }
    let Some(first) = figures.iter().flatten().min().copied() else {
        return;
    };
    let free = |at: usize| claimed[at].is_none();
    let key_result = match mapping.position(Column::KeyResult) {
        Some(at) => at,
        None if first > 0 && free(first - 1) => {
            mapping.columns[first - 1] = Column::KeyResult;
            first - 1
        }
        None => return,
    };
    if mapping.position(Column::Objective).is_none() && key_result > 0 && free(key_result - 1) {
        mapping.columns[key_result - 1] = Column::Objective;
    }
}

/// Without a header, the order a sheet most often has: objective, key result, baseline,
/// target, unit.
fn by_position(width: usize) -> Vec<Column> {
    let order = [
        Column::Objective,
        Column::KeyResult,
        Column::Baseline,
        Column::Target,
        Column::Unit,
    ];
    (0..width)
        .map(|i| order.get(i).copied().unwrap_or(Column::Ignore))
        .collect()
}

/// Reads a kind cell: the app's own labels in both languages, or the words a sheet uses
/// ("hausse", "réduire", "au moins", "milestone"…). `None` when nothing is recognised.
pub fn read_kind(cell: &str) -> Option<KrKind> {
    let text = fold(cell);
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            text == *w
                || text.starts_with(&format!("{w} "))
                || text.contains(&format!(" {w} "))
                || text.ends_with(&format!(" {w}"))
        })
    };
    // The most specific first: "rester en dessous" before "dessous"-free "rester".
    if has(&[
        "dessous",
        "below",
        "au plus",
        "at most",
        "maximum",
        "max",
        "stay below",
        "stay_below",
    ]) {
        Some(KrKind::StayBelow)
    } else if has(&[
        "dessus",
        "above",
        "au moins",
        "at least",
        "minimum",
        "min",
        "stay above",
        "stay_above",
    ]) {
        Some(KrKind::StayAbove)
    } else if has(&["jalon", "milestone", "livrable"]) {
        Some(KrKind::Milestone)
    } else if has(&[
        "diminuer",
        "baisser",
        "reduire",
        "baisse",
        "diminution",
        "decrease",
        "reduce",
        "lower",
        "down",
    ]) {
        Some(KrKind::Decrease)
    } else if has(&[
        "augmenter",
        "hausse",
        "accroitre",
        "augmentation",
        "increase",
        "raise",
        "grow",
        "up",
    ]) {
        Some(KrKind::Increase)
    } else {
        KrKind::from_key(cell.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Column::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn headers_in_french_and_english() {
        let fr = row(&[
            "Objectif",
            "Résultat clé",
            "Type",
            "Départ",
            "Cible (h)",
            "Unité",
            "Statut",
        ]);
        let m = guess(&fr, 7, &[]);
        assert!(m.header);
        assert_eq!(
            m.columns,
            [Objective, KeyResult, Kind, Baseline, Target, Unit, Ignore]
        );
        let en = row(&["Key results", "OBJECTIVE", "Target", "From", "Notes"]);
        let m = guess(&en, 5, &[]);
        assert_eq!(m.columns, [KeyResult, Objective, Target, Baseline, Ignore]);
    }

    #[test]
    fn the_team_words_and_one_role_per_column() {
        let team = [
            (Objective, "Finalités".to_owned()),
            (KeyResult, "Indicateur de changement".to_owned()),
        ];
        let cells = row(&["Finalité", "Indicateurs de changement", "Finalité", "Cible"]);
        let m = guess(&cells, 4, &team);
        assert_eq!(m.columns, [Objective, KeyResult, Ignore, Target]);
        let mut m = m;
        m.assign(2, Target);
        assert_eq!(m.columns, [Objective, KeyResult, Target, Ignore]);
        m.assign(0, Ignore);
        assert_eq!(m.position(Objective), None);
        m.assign(9, Unit);
        assert_eq!(m.columns.len(), 4);
    }

    #[test]
    fn without_a_header_columns_go_by_position() {
        let m = guess(&row(&["Livrer vite", "Délai moyen", "48", "24"]), 6, &[]);
        assert!(!m.header);
        assert_eq!(
            m.columns,
            [Objective, KeyResult, Baseline, Target, Unit, Ignore]
        );
    }

    #[test]
    fn kinds_as_people_write_them() {
        for (cell, kind) in [
            ("Augmenter", KrKind::Increase),
            ("hausse", KrKind::Increase),
            ("Diminuer (de → à)", KrKind::Decrease),
            ("réduire", KrKind::Decrease),
            ("Rester au-dessus d’un seuil", KrKind::StayAbove),
            ("au moins", KrKind::StayAbove),
            ("Rester en dessous d’un seuil", KrKind::StayBelow),
            ("Stay below a threshold", KrKind::StayBelow),
            ("Milestone (reached or not)", KrKind::Milestone),
            ("Jalon", KrKind::Milestone),
            ("stay_above", KrKind::StayAbove),
        ] {
            assert_eq!(read_kind(cell), Some(kind), "{cell}");
        }
        for cell in ["???", "vingt", "", "upper"] {
            assert_eq!(read_kind(cell), None, "{cell}");
        }
    }
}
