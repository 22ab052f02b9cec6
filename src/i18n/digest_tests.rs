//! The mail and clipboard summary of a reference set reads the figures every other output
//! shows: each objective's rollup, from whom and as of when, and never its own unused key
//! results' "0 %" or "no figures yet".
use super::*;
use crate::domain::mail_link::{encode_component, mail_link};
use crate::domain::test_support::direction_2027;
use crate::i18n::catalogue;

fn summary_of(lang: Lang, others: bool) -> String {
    let (direction, sets, today) = direction_2027();
    let others = if others { &sets[..] } else { &[] };
    let figures = SetFigures::of(&direction, others, today);
    digest(catalogue(lang), &direction, &figures, lang)
}

#[test]
fn a_served_reference_set_s_summary_carries_its_rollups_and_their_date() {
    let fr = summary_of(Lang::Fr, true);
    for expected in [
        "Direction · 1 sept. 2026 → 31 déc. 2026\nChiffres au 29 nov. 2026\n",
        "Ambition 1\u{a0}: Des clients servis à temps (31\u{a0}%)\n  D’après 1 ambition d’équipe, au 29 nov. 2026\n",
        "Ambition 2\u{a0}: Des équipes qui tiennent (45\u{a0}%)\n  D’après 1 ambition d’équipe, au 20 nov. 2026\n",
    ] {
        assert!(fr.contains(expected), "{expected:?} in\n{fr}");
    }
    for wrong in [
        "Pas encore de chiffres",
        "(0\u{a0}%)",
        "Avancement\u{a0}: 0",
    ] {
        assert!(!fr.contains(wrong), "{wrong:?} in\n{fr}");
    }
    let en = summary_of(Lang::En, true);
    for expected in [
        "\nFigures as of 29 Nov 2026\n",
        "Ambition 1: Des clients servis à temps (31%)\n",
        "Ambition 2: Des équipes qui tiennent (45%)\n",
    ] {
        assert!(en.contains(expected), "{expected:?} in\n{en}");
    }
    assert!(
        !en.contains("No figures yet") && !en.contains("(0%)") && !en.contains("Progress: 0"),
        "{en}"
    );
}

/// What the mail link carries is that summary, whole (it is short).
#[test]
fn the_mail_link_carries_the_rolled_up_figures() {
    let fr = summary_of(Lang::Fr, true);
    let link = mail_link("OKR : Direction 2027", &fr, "Collez ici.");
    assert!(link.whole);
    for expected in [
        "Chiffres au 29 nov. 2026",
        "Des clients servis à temps (31\u{a0}%)",
    ] {
        assert!(
            link.href.contains(&encode_component(expected)),
            "{expected}"
        );
    }
}

#[test]
fn a_reference_objective_nobody_serves_says_so_in_the_summary() {
    let fr = summary_of(Lang::Fr, false);
    assert!(fr.contains("\nPas encore de chiffres\n"), "{fr}");
    assert!(
        fr.contains(
            "Ambition 1\u{a0}: Des clients servis à temps\n  ⚠ Personne n’y contribue encore"
        ),
        "{fr}"
    );
    assert!(
        !fr.contains("(0\u{a0}%)") && !fr.contains("Avancement"),
        "{fr}"
    );
}
