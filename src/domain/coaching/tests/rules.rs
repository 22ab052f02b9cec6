//! The rules on examples: what each one flags and what it leaves alone.

use super::*;

/// The per-objective pieces add up to the whole review, in order.
#[test]
fn review_is_the_set_level_then_each_objective() {
    let mut ids = CountingIds::default();
    let krs = vec![
        kr(
            &mut ids,
            "Mettre à jour le site",
            KrKind::Increase,
            Some(1.0),
            None,
            "",
        ),
        kr(
            &mut ids,
            "Mettre à jour le site",
            KrKind::Decrease,
            Some(1.0),
            Some(3.0),
            "h",
        ),
    ];
    let objectives: Vec<Objective> = (0..4)
        .map(|i| objective(&mut ids, &format!("Objectif {i} numéro un"), krs.clone()))
        .collect();
    let set = set_with(objectives);
    let mut pieces = review_set_level(set.objectives.len(), set.count_rule);
    for o in &set.objectives {
        pieces.extend(review_one_objective(o, set.count_rule, Lang::Fr));
    }
    assert!(!pieces.is_empty());
    assert_eq!(pieces, review(&set, Lang::Fr));
}

#[test]
fn a_sound_draft_has_no_finding_and_scores_100() {
    let mut ids = CountingIds::default();
    let krs = vec![
        good_kr(&mut ids),
        kr(
            &mut ids,
            "Commandes livrées sans incident",
            KrKind::Increase,
            Some(82.0),
            Some(95.0),
            "%",
        ),
        kr(
            &mut ids,
            "Average order satisfaction",
            KrKind::StayAbove,
            None,
            Some(8.5),
            "/10",
        ),
    ];
    let set = set_with(vec![objective(
        &mut ids,
        "Réduire le délai de livraison des commandes urgentes",
        krs,
    )]);
    let findings = review(&set, Lang::Fr);
    assert_eq!(findings, vec![]);
    assert_eq!(plan_score(&set, &findings), 100);
}

#[test]
fn task_verbs_fire_in_both_languages_and_only_as_the_first_word() {
    let mut ids = CountingIds::default();
    for title in [
        "Mettre à jour le rapport qualité",
        "mettre en place un comité",
        "Organiser 3 ateliers",
        "Rédiger la charte",
        "Update the quality report",
        "Launch the new portal",
        "Set up a weekly review",
        "Lancer : la campagne",
        "Créer",
    ] {
        let k = kr(&mut ids, title, KrKind::Milestone, None, None, "");
        let set = set_with(vec![objective(
            &mut ids,
            "Des clients servis plus vite",
            vec![k],
        )]);
        assert!(
            rules_on(&set).contains(&Rule::KrStartsWithTaskVerb),
            "{title}"
        );
    }
    for title in [
        "Taux de lancement réussi",
        "Délai de mise à jour des fiches",
        "Reviewed claims per week",
        "Doable tasks share",
        "Lanceurs d'alerte protégés",
        "Runtime of the nightly batch",
        "Makers trained",
    ] {
        let k = kr(&mut ids, title, KrKind::Milestone, None, None, "");
        let set = set_with(vec![objective(
            &mut ids,
            "Des clients servis plus vite",
            vec![k],
        )]);
        assert!(
            !rules_on(&set).contains(&Rule::KrStartsWithTaskVerb),
            "{title}"
        );
    }
}

#[test]
fn numbers_directions_and_units_of_key_results() {
    let mut ids = CountingIds::default();
    let cases = [
        (
            KrKind::Increase,
            None,
            None,
            "%",
            Some(Rule::KrWithoutNumber),
        ),
        (
            KrKind::StayBelow,
            None,
            None,
            "h",
            Some(Rule::KrWithoutNumber),
        ),
        (KrKind::Milestone, None, None, "", None),
        (
            KrKind::Increase,
            Some(5.0),
            Some(5.0),
            "%",
            Some(Rule::KrBaselineEqualsTarget),
        ),
        (
            KrKind::Decrease,
            Some(24.0),
            Some(48.0),
            "h",
            Some(Rule::KrDirectionContradictsKind),
        ),
        (
            KrKind::Increase,
            Some(48.0),
            Some(24.0),
            "h",
            Some(Rule::KrDirectionContradictsKind),
        ),
        (KrKind::Decrease, Some(48.0), Some(24.0), "h", None),
        // A single number: where to go, not from where.
        (
            KrKind::Increase,
            None,
            Some(95.0),
            "%",
            Some(Rule::KrWithoutBaseline),
        ),
        (
            KrKind::Decrease,
            None,
            Some(24.0),
            "h",
            Some(Rule::KrWithoutBaseline),
        ),
        // A threshold has no baseline to give; no target at all is the other rule.
        (KrKind::StayBelow, None, Some(5.0), "h", None),
        (KrKind::StayAbove, None, Some(8.5), "/10", None),
        (
            KrKind::Increase,
            Some(3.0),
            None,
            "%",
            Some(Rule::KrWithoutNumber),
        ),
        (KrKind::StayAbove, Some(3.0), Some(3.0), "pts", None),
        (
            KrKind::Increase,
            Some(6.8),
            Some(8.5),
            "",
            Some(Rule::KrMissingUnit),
        ),
        (
            KrKind::Increase,
            Some(6.8),
            Some(8.5),
            "  ",
            Some(Rule::KrMissingUnit),
        ),
    ];
    for (kind, baseline, target, unit, expected) in cases {
        let k = kr(
            &mut ids,
            "Satisfaction des usagers",
            kind,
            baseline,
            target,
            unit,
        );
        let set = set_with(vec![objective(
            &mut ids,
            "Des usagers mieux servis",
            vec![k],
        )]);
        assert_eq!(
            rules_on(&set),
            expected.into_iter().collect::<Vec<_>>(),
            "{kind:?} {baseline:?} {target:?} {unit:?}"
        );
    }
}

#[test]
fn objectives_with_numbers_too_long_generic_or_without_key_results() {
    let mut ids = CountingIds::default();
    let cases: [(&str, bool, &[Rule]); 8] = [
        ("Réduire le délai de 30 %", true, &[Rule::ObjectiveHasNumber]),
        ("Devenir le leader du marché régional", true, &[Rule::ObjectiveGeneric]),
        ("Être le meilleur service de France", true, &[Rule::ObjectiveGeneric]),
        ("Be the best support team", true, &[Rule::ObjectiveGeneric]),
        ("Que chaque demande reçue par l’équipe trouve une réponse claire, juste et rapide, même les jours de forte affluence", true, &[Rule::ObjectiveTooLong]),
        ("Des usagers qui trouvent une réponse du premier coup", false, &[Rule::ObjectiveWithoutKr]),
        ("Des usagers qui trouvent une réponse du premier coup", true, &[]),
        ("Meilleure qualité de service", true, &[]),
    ];
    for (title, with_kr, expected) in cases {
        let krs = if with_kr {
            vec![good_kr(&mut ids)]
        } else {
            vec![]
        };
        let set = set_with(vec![objective(&mut ids, title, krs)]);
        assert_eq!(rules_on(&set), expected.to_vec(), "{title}");
    }
}

#[test]
fn duplicates_and_the_count_rule() {
    let mut ids = CountingIds::default();
    let dup = vec![
        kr(
            &mut ids,
            "Taux de réponse en 48 h",
            KrKind::Increase,
            Some(50.0),
            Some(80.0),
            "%",
        ),
        kr(
            &mut ids,
            "taux de réponse en 48 h ",
            KrKind::Increase,
            Some(50.0),
            Some(90.0),
            "%",
        ),
    ];
    let dup_id = dup[1].id.clone();
    let set = set_with(vec![objective(&mut ids, "Répondre vite", dup)]);
    assert_eq!(
        review(&set, Lang::Fr),
        vec![Finding {
            rule: Rule::KrDuplicate,
            target: Target::KeyResult(dup_id)
        }]
    );

    let four: Vec<_> = (0..4).map(|_| good_kr(&mut ids)).collect();
    let objectives = (0..4)
        .map(|i| {
            let k = good_kr(&mut ids);
            objective(
                &mut ids,
                &format!("Objectif {}", "abcd".chars().nth(i).unwrap()),
                vec![k],
            )
        })
        .collect();
    let mut set = set_with(objectives);
    assert_eq!(rules_on(&set), vec![Rule::TooManyObjectives]);
    set.count_rule = CountRule {
        max_objectives: 4,
        max_key_results: 3,
    };
    assert_eq!(rules_on(&set), vec![]);
    set.objectives[0].key_results = four;
    let rules = rules_on(&set);
    assert!(rules.contains(&Rule::TooManyKeyResults), "{rules:?}");
    set.count_rule = CountRule {
        max_objectives: 2,
        max_key_results: 2,
    };
    let rules = rules_on(&set);
    assert!(rules.contains(&Rule::TooManyObjectives) && rules.contains(&Rule::TooManyKeyResults));
}

#[test]
fn the_plan_score_follows_its_documented_rule() {
    let mut ids = CountingIds::default();
    assert_eq!(plan_score(&set_with(vec![]), &[]), 0);
    let k = kr(
        &mut ids,
        "Mettre à jour le rapport",
        KrKind::Increase,
        None,
        None,
        "",
    );
    let set = set_with(vec![objective(
        &mut ids,
        "Un rapport utile en 2027",
        vec![k],
    )]);
    let findings = review(&set, Lang::Fr);
    // Two warnings (task verb, no number) and one advice (number in the objective).
    assert_eq!(findings.len(), 3);
    assert_eq!(tally(&findings), (2, 1));
    assert_eq!(plan_score(&set, &findings), 100 - 15 - 15 - 5);
    let many: Vec<_> = (0..10)
        .map(|_| Finding {
            rule: Rule::KrWithoutNumber,
            target: Target::Set,
        })
        .collect();
    assert_eq!(plan_score(&set, &many), 0);
}
