//! The bridge end to end in the domain: a paste as a spreadsheet puts it, read into a
//! preview; bad cells flagged where they are; limits; and a set written then read back.

use super::columns::{guess, Column};
use super::preview::{preview, Blocker, Issue, Preview};
use super::table::read_table;
use super::write::{check_ins_csv, key_results_csv, Header, SheetLabels};
use crate::domain::id::{CountingIds, Id};
use crate::domain::language::Lang;
use crate::domain::model::{
    CheckIn, Confidence, Cycle, KeyResult, KrKind, Launch, Objective, OkrSet,
};
use crate::domain::progress::Status;
use crate::domain::rollup::Rollup;
use crate::domain::set_figures::SetFigures;
use crate::domain::test_support::day;
use crate::domain::validate::{validate_sets, MAX_OBJECTIVES};
use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

fn read(text: &str, existing: usize) -> Preview {
    let table = read_table(text).unwrap();
    let mapping = guess(&table.rows[0], table.width(), &[]);
    preview(&table, &mapping, existing, Lang::Fr)
}

const PASTE: &str = "Objectif\tRésultat clé\tType\tDépart\tCible\tUnité\r\n\
    Livrer plus vite\tDélai moyen des commandes critiques\tDiminuer\t48 h\t24\th\r\n\
    \tCommandes livrées sans incident\t\t80\u{a0}%\t95\u{a0}%\t\r\n\
    Être reconnus pour l’accueil\tRéclamations sur l’attente\tDiminuer\t1\u{202f}200\t\u{2212}30\t%\r\n";

#[test]
fn a_spreadsheet_paste_becomes_objectives_with_key_results() {
    let p = read(PASTE, 0);
    assert_eq!(p.blocker, None);
    assert_eq!(p.problems, []);
    assert_eq!(p.objectives.len(), 2);
    let first = &p.objectives[0];
    assert_eq!((first.row, first.title.as_str()), (2, "Livrer plus vite"));
    let kr = &first.key_results[0];
    assert_eq!(
        (kr.kind, kr.baseline, kr.target, kr.unit.as_str()),
        (KrKind::Decrease, Some(48.0), Some(24.0), "h")
    );
    // A blank objective cell continues the one above; "95 %" gives its unit.
    let kr = &first.key_results[1];
    assert_eq!(
        (kr.row, kr.kind, kr.baseline, kr.target, kr.unit.as_str()),
        (3, KrKind::Increase, Some(80.0), Some(95.0), "%")
    );
    let kr = &p.objectives[1].key_results[0];
    assert_eq!((kr.baseline, kr.target), (Some(1200.0), Some(-30.0)));
}

#[test]
fn unreadable_cells_are_flagged_with_row_and_column() {
    let text = "Objectif;Résultat clé;Type;Cible\n\
        =HYPERLINK(\"page-x\");Délai;???;vingt\n\
        Servir;+cmd;Jalon;@SUM(A1)\n";
    let p = read(text, 0);
    let found: Vec<(usize, usize, Issue, &str)> = p
        .problems
        .iter()
        .map(|c| (c.row, c.column, c.issue, c.found.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (2, 0, Issue::Formula, "=HYPERLINK(\"page-x\")"),
            (2, 3, Issue::NotANumber, "vingt"),
            (
                2,
                2,
                Issue::UnknownKind {
                    chosen: KrKind::Increase
                },
                "???"
            ),
            (3, 1, Issue::Formula, "+cmd"),
            (3, 3, Issue::NotANumber, "@SUM(A1)"),
        ]
    );
    // Formulas are kept as plain text; unreadable figures are left empty.
    assert_eq!(p.objectives[0].title, "=HYPERLINK(\"page-x\")");
    assert_eq!(p.objectives[0].key_results[0].target, None);
    assert_eq!(p.objectives[1].key_results[0].title, "+cmd");
    assert_eq!(p.objectives[1].key_results[0].kind, KrKind::Milestone);
}

#[test]
fn rows_before_any_objective_and_overlong_text() {
    let long = "x".repeat(600);
    let text = format!("Objectif\tRésultat clé\n\tOrphelin\nA\t{long}\n");
    let p = read(&text, 0);
    assert_eq!(p.problems[0].issue, Issue::NoObjective);
    assert_eq!((p.problems[0].row, p.problems[0].column), (2, 0));
    assert_eq!(p.problems[1].issue, Issue::TooLong { max: 500 });
    assert_eq!(p.objectives[0].key_results[0].title.chars().count(), 500);
}

#[test]
fn what_would_pass_the_set_limits_is_refused_whole() {
    let rows: String = (0..MAX_OBJECTIVES + 1)
        .map(|i| format!("Objectif {i}\tRésultat\n"))
        .collect();
    let p = read(&format!("Objectif\tRésultat clé\n{rows}"), 0);
    assert!(matches!(
        p.blocker,
        Some(Blocker::TooManyObjectives {
            adding: 51,
            existing: 0,
            max: 50
        })
    ));
    let p = read("Objectif\tRésultat clé\nA\tB\n", MAX_OBJECTIVES);
    assert!(matches!(p.blocker, Some(Blocker::TooManyObjectives { .. })));
    let mut set = set_with(vec![]);
    assert_eq!(
        set.add_from_sheet(&p, &mut CountingIds::with_prefix("n")),
        Vec::<Id>::new()
    );
    let many: String = (0..51).map(|i| format!("A\tKR {i}\n")).collect();
    let p = read(&format!("Objectif\tRésultat clé\n{many}"), 0);
    assert!(matches!(
        p.blocker,
        Some(Blocker::TooManyKeyResults {
            count: 51,
            row: 2,
            ..
        })
    ));
    let p = read("Statut\tCible\nfait\t3\n", 0);
    assert_eq!(p.blocker, Some(Blocker::NoObjectiveColumn));
    let p = read("Objectif\tCible\n\t\n", 0);
    assert_eq!(p.blocker, Some(Blocker::NothingToCreate));
}

#[test]
fn confirming_adds_everything_in_one_edit_and_undo_takes_it_away() {
    let mut set = set_with(vec![objective("o0", "Déjà là", vec![])]);
    let before = set.clone();
    let p = read(PASTE, 1);
    let added = set.add_from_sheet(&p, &mut CountingIds::with_prefix("n"));
    assert_eq!(added.len(), 2);
    assert_eq!(set.objectives.len(), 3);
    assert_eq!(set.key_result_count(), 3);
    validate_sets(std::slice::from_ref(&set)).unwrap();
    set.remove_objectives(&added);
    assert_eq!(set, before);
}

/// English labels, as a test stands in for the catalogue.
pub(super) struct Labels;

impl SheetLabels for Labels {
    fn lang(&self) -> Lang {
        Lang::Fr
    }
    fn column(&self, column: Column) -> String {
        format!("{column:?}").replace("KeyResult", "Key result")
    }
    fn header(&self, header: Header) -> String {
        format!("{header:?}")
    }
    fn kind(&self, kind: KrKind) -> String {
        kind.key().to_owned()
    }
    fn status(&self, status: Status) -> String {
        status.key().to_owned()
    }
    fn confidence(&self, confidence: Confidence) -> String {
        confidence.key().to_owned()
    }
    fn milestone(&self, reached: bool) -> String {
        (if reached { "done" } else { "not yet" }).to_owned()
    }
    fn rollup(&self, rollup: &Rollup) -> String {
        format!("{} measured", rollup.measured)
    }
}

/// A set's key results' file, its figures read on `today` with no other set.
fn key_results_of(set: &OkrSet, today: NaiveDate) -> String {
    let figures = SetFigures::of(set, &[], today);
    key_results_csv(&[(set, &figures)], &Labels, today, false)
}

pub(super) fn set_with(objectives: Vec<Objective>) -> OkrSet {
    let now = Utc.with_ymd_and_hms(2027, 1, 1, 8, 0, 0).unwrap();
    let cycle = Cycle {
        start: day(1),
        end: day(31),
    };
    let mut set = OkrSet::new(Id::new("s"), "Pilote", "Logistique", cycle, now);
    set.objectives = objectives;
    set
}

/// Launches the set on the first day of its cycle, as the team starts it.
pub(super) fn launch(set: &mut OkrSet) {
    set.launch = Some(Launch {
        at: Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap(),
        reference: set.objectives.clone(),
    });
}

pub(super) fn objective(id: &str, title: &str, key_results: Vec<KeyResult>) -> Objective {
    Objective {
        title: title.to_owned(),
        key_results,
        ..Objective::new(Id::new(id))
    }
}

#[test]
fn french_excel_reads_the_export_as_it_is() {
    let mut kr = KeyResult {
        title: "=cmd".into(),
        kind: KrKind::Decrease,
        baseline: Some(48.5),
        target: Some(-2.25),
        unit: "h".into(),
        ..KeyResult::new(Id::new("k"))
    };
    kr.check_ins.push(CheckIn {
        id: Id::new("c"),
        date: day(10),
        value: 40.75,
        confidence: Confidence::Uncertain,
        note: "-dit \"oui\"; puis\nnon".into(),
    });
    let mut set = set_with(vec![objective("o", "@Livrer", vec![kr])]);
    launch(&mut set);
    let text = key_results_of(&set, day(12));
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}Objective;Key result;Kind;Baseline;Target;Unit;Latest;Progress;Status"
    );
    assert_eq!(
        lines[1],
        "'@Livrer;'=cmd;decrease;48,5;-2,25;h;40,75;15;at-risk"
    );
    let text = check_ins_csv(&[&set], &Labels, true);
    assert!(
        text.ends_with(
            "Pilote;'@Livrer;'=cmd;2027-01-10;40,75;uncertain;\"'-dit \"\"oui\"\"; puis\nnon\"\r\n"
        ),
        "{text}"
    );
}

/// A served reference set's file carries each objective's rolled-up figure on a row of
/// its own, never its own key results' progress or "not followed"; it reads back whole.
#[test]
fn a_reference_set_s_file_carries_its_rollups() {
    let (direction, sets, today) = crate::domain::test_support::direction_2027();
    let figures = SetFigures::of(&direction, &sets, today);
    let text = key_results_csv(&[(&direction, &figures)], &Labels, today, false);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[1..5],
        [
            "Des clients servis à temps;;;;;;;31;1 measured",
            "Des clients servis à temps;Signal de la direction;increase;0;100;%;;;",
            "Des équipes qui tiennent;;;;;;;45;1 measured",
            "Des équipes qui tiennent;Signal de la direction;increase;0;100;%;;;",
        ]
    );
    assert!(!text.contains("not-followed"), "{text}");
    let back = read(&text, 0);
    assert_eq!(back.blocker, None);
    let shape: Vec<usize> = back
        .objectives
        .iter()
        .map(|o| o.key_results.len())
        .collect();
    assert_eq!(shape, [1, 1]);
}

fn any_key_result() -> impl Strategy<Value = KeyResult> {
    let figure = prop::option::of((-1_000_000i64..1_000_000).prop_map(|n| n as f64 / 100.0));
    (
        "[=+@'A-Za-zé€ ;,\"-]{0,12}",
        prop::sample::select(KrKind::ALL.to_vec()),
        figure.clone(),
        figure,
        prop::sample::select(vec!["", "h", "%", "€", "=x", "m3"]),
    )
        .prop_map(|(title, kind, baseline, target, unit)| KeyResult {
            title: title.trim().to_owned(),
            kind,
            baseline,
            target,
            unit: unit.to_owned(),
            ..KeyResult::new(Id::new("k"))
        })
}

proptest! {
    /// Export, then import into an empty set: the same objectives and key results (their
    /// titles, kinds, figures and units). Titles are non-blank and differ from the one
    /// above, as a sheet needs to tell objectives apart.
    #[test]
    fn export_then_import_gives_back_the_plan(
        plan in prop::collection::vec(
            ("[=+@A-Za-zé ;,\"-]{0,15}", prop::collection::vec(any_key_result(), 0..4)),
            1..5,
        ),
    ) {
        let objectives: Vec<Objective> = plan
            .into_iter()
            .enumerate()
            .map(|(i, (title, krs))| objective(&format!("o{i}"), format!("{title} {i}").trim(), krs))
            .collect();
        let set = set_with(objectives);
        let text = key_results_of(&set, day(12));
        let table = read_table(&text).unwrap();
        let mapping = guess(&table.rows[0], table.width(), &[]);
        prop_assert!(mapping.header);
        let p = preview(&table, &mapping, 0, Lang::Fr);
        prop_assert_eq!(&p.blocker, &None);
        let mut back = set_with(vec![]);
        back.add_from_sheet(&p, &mut CountingIds::with_prefix("n"));
        prop_assert_eq!(back.objectives.len(), set.objectives.len());
        for (a, b) in set.objectives.iter().zip(&back.objectives) {
            prop_assert_eq!(&a.title, &b.title);
            let plain = |k: &KeyResult| (k.title.clone(), k.kind, k.baseline, k.target, k.unit.clone());
            let left: Vec<_> = a.key_results.iter().map(plain).collect();
            let right: Vec<_> = b.key_results.iter().map(plain).collect();
            prop_assert_eq!(left, right);
        }
    }
}
