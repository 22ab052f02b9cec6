//! Titles read in their own language: the examples of issue 15 and their neighbours.

use super::*;

const TASK: Rule = Rule::KrStartsWithTaskVerb;

/// The example: "plan" is an English verb, but this title is French and names a
/// plan. As the team wrote it (0 → 100 %), it draws no finding at all, whatever the UI.
#[test]
fn a_french_plan_is_not_an_english_task() {
    for lang in Lang::ALL {
        let mut ids = CountingIds::default();
        let k = kr(
            &mut ids,
            "Plan de continuité testé sur les sites",
            KrKind::Increase,
            Some(0.0),
            Some(100.0),
            "%",
        );
        let set = set_with(vec![objective(
            &mut ids,
            "Des sites qui tiennent en cas de panne",
            vec![k],
        )]);
        assert_eq!(review(&set, lang), vec![], "{lang:?}");
    }
}

#[test]
fn french_nouns_that_are_english_verbs_are_not_tasks_in_french() {
    for title in [
        "Test de charge réussi sur le nouveau portail",
        "Design des écrans validé par les usagers",
        "Support client joignable en moins de 2 minutes",
        "Contact établi avec chaque nouvel adhérent",
        "Report des livraisons sous les 5 %",
        "Audit de sécurité sans écart majeur",
        "Budget de l’atelier tenu",
        "Plan de formation suivi par l’équipe",
        "PLAN DE CONTINUITE TESTE SUR LES SITES",
    ] {
        assert_eq!(task_in_any_ui(title), [false, false], "{title}");
    }
}

#[test]
fn the_same_words_open_a_task_in_english() {
    for title in [
        "Plan the migration of the warehouse",
        "Test the new checkout with our customers",
        "Design a new onboarding",
        "Support the field teams every week",
        "Contact 50 former customers",
        "Report the results to the board each month",
        "Launch the new portal",
        "Update the quality report",
        "Set up a weekly review",
    ] {
        assert_eq!(task_in_any_ui(title), [true, true], "{title}");
    }
}

/// In English, "test" or "support" also name things: only a verb followed by its object
/// (the, a, our, a number…) or standing alone opens a task.
#[test]
fn english_nouns_that_are_also_verbs_are_not_tasks() {
    for title in [
        "Test coverage of the billing code",
        "Support tickets solved within a day",
        "Report accuracy across all regions",
        "Plan adherence for the night shift",
        "Review score from our customers",
        "Build time of the main pipeline",
        "Launch date met for every product",
        "Runtime of the nightly batch",
    ] {
        assert_eq!(task_in_any_ui(title), [false, false], "{title}");
    }
}

/// Tasks written as nouns, in both languages.
#[test]
fn actions_named_as_nouns_are_tasks() {
    for title in [
        "Mise à jour mensuelle du rapport qualité",
        "Organisation d’un atelier",
        "Organisation des tournées",
        "Mise en place d’un comité de suivi",
        "Création du portail client",
        "Rédaction de la charte",
        "Déploiement du nouvel outil dans les agences",
        "Lancement de la campagne d’été",
        "Création de 3 ateliers",
        "MISE EN PLACE D'UN COMITE",
        "Launch of the new portal",
        "Creation of a help centre",
        "Implementation of the new CRM",
        "Rollout of the scanner to every depot",
    ] {
        assert_eq!(task_in_any_ui(title), [true, true], "{title}");
    }
}

/// The rule for nouns: an action named as a noun, then its object, is a task unless the
/// title also says what changes (a comparison, a share, an arrow). A bare count of things
/// made ("Création de 3 ateliers", above) is still effort.
#[test]
fn a_noun_title_that_says_what_changes_is_not_a_task() {
    for title in [
        "Organisation des tournées plus fiable : 95 % à l’heure",
        "Mise à jour du catalogue en moins de 2 jours",
        "Déploiement de l’outil : 80 % des agences équipées",
        "Délai de mise à jour des fiches",
        "Organisation interne stable",
        "Installation électrique conforme",
        "Launch of the portal with 30 % fewer calls",
        "Creation time of a customer account",
    ] {
        assert_eq!(task_in_any_ui(title), [false, false], "{title}");
    }
}

/// A title too short to tell its language is read in its objective's, then the UI's.
#[test]
fn a_title_that_does_not_tell_is_read_in_its_objective_then_the_ui_language() {
    // "Plan 2027" has no word of either language but "plan".
    assert_eq!(task_in_any_ui("Plan 2027"), [false, true]);
    for lang in Lang::ALL {
        assert!(
            !rules_on_title("Plan 2027", "Des sites prêts pour la reprise", lang).contains(&TASK),
            "{lang:?}"
        );
        assert!(
            rules_on_title("Plan 2027", "Sites ready for the restart", lang).contains(&TASK),
            "{lang:?}"
        );
    }
    // Its own words win over its objective's.
    assert!(
        rules_on_title("Launch the portal", "Des clients mieux servis", Lang::Fr).contains(&TASK)
    );
    assert!(
        !rules_on_title("Plan de reprise testé", "Customers served faster", Lang::En)
            .contains(&TASK)
    );
}

/// The food-distribution template writes "→ 95 %" as the method's article does: no
/// baseline. The finding is expected there (see `templates`).
#[test]
fn a_single_number_lacks_a_baseline_in_either_direction() {
    for (kind, expected) in [
        (KrKind::Increase, vec![Rule::KrWithoutBaseline]),
        (KrKind::Decrease, vec![Rule::KrWithoutBaseline]),
        (KrKind::StayAbove, vec![]),
        (KrKind::StayBelow, vec![]),
    ] {
        let mut ids = CountingIds::default();
        let k = kr(
            &mut ids,
            "Commandes urgentes livrées sans incident",
            kind,
            None,
            Some(95.0),
            "%",
        );
        let id = k.id.clone();
        let set = set_with(vec![objective(
            &mut ids,
            "Livrer plus vite les commandes urgentes",
            vec![k],
        )]);
        let found = review(&set, Lang::Fr);
        assert_eq!(
            found.iter().map(|f| f.rule).collect::<Vec<_>>(),
            expected,
            "{kind:?}"
        );
        assert!(found
            .iter()
            .all(|f| f.target == Target::KeyResult(id.clone())));
    }
    assert_eq!(Rule::KrWithoutBaseline.severity(), Severity::Warning);
}
