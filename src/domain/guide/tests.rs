use super::*;

fn section(section: Section, heading: &str, body: &[&str]) -> SectionText {
    SectionText {
        section,
        heading: heading.to_owned(),
        blocks: body
            .iter()
            .map(|t| Block::Paragraph((*t).to_owned()))
            .collect(),
    }
}

fn sample() -> Vec<SectionText> {
    vec![
        section(
            Section::Objective,
            "Une finalité : une direction",
            &["Ni slogan ni tâche."],
        ),
        section(
            Section::FollowUp,
            "Le suivi",
            &["Une réunion chaque mois : qu’avons-nous appris ?"],
        ),
        SectionText {
            section: Section::Kinds,
            heading: "Les types".to_owned(),
            blocks: vec![Block::Example {
                label: Some("Jalon".to_owned()),
                weak: "Avancer".to_owned(),
                strong: "Circuit ŒUVRÉ ouvert".to_owned(),
            }],
        },
    ]
}

#[test]
fn ids_are_unique_and_read_back() {
    let ids: std::collections::BTreeSet<_> = Section::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(ids.len(), Section::ALL.len());
    for section in Section::ALL {
        assert_eq!(Section::from_id(section.id()), Some(section));
        assert!(section
            .id()
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-'));
    }
    assert_eq!(Section::from_id("Objective"), None);
    assert_eq!(Section::from_id(""), None);
}

/// Every finding's "why?" opens the section that explains its rule.
#[test]
fn every_rule_has_the_section_that_explains_it() {
    for rule in Rule::ALL {
        let section = Section::for_rule(rule);
        assert!(Section::ALL.contains(&section), "{rule:?}");
        // Sections about the practice around OKRs explain no rule on a draft.
        assert!(
            !matches!(
                section,
                Section::Words | Section::Pilot | Section::Learning | Section::FollowUp
            ),
            "{rule:?} → {section:?}"
        );
    }
    assert_eq!(
        Section::for_rule(Rule::KrStartsWithTaskVerb),
        Section::KeyResult
    );
    assert_eq!(Section::for_rule(Rule::KrWithoutBaseline), Section::Measure);
    assert_eq!(
        Section::for_rule(Rule::ObjectiveGeneric),
        Section::Objective
    );
    assert_eq!(Section::for_rule(Rule::TooManyObjectives), Section::Count);
    assert_eq!(Section::for_rule(Rule::TooManyKeyResults), Section::Count);
}

#[test]
fn search_sets_case_and_accents_aside() {
    let all = sample();
    assert_eq!(search("REUNION", &all), vec![Section::FollowUp]);
    assert_eq!(search("réunion", &all), vec![Section::FollowUp]);
    assert_eq!(search("finalite", &all), vec![Section::Objective]);
    assert_eq!(search("oeuvre", &all), vec![Section::Kinds]);
    assert_eq!(search("jalon", &all), vec![Section::Kinds], "labels count");
    assert_eq!(search("qu'avons", &all), vec![Section::FollowUp]);
    // Every word must be found, in any part of the section.
    assert_eq!(search("suivi appris", &all), vec![Section::FollowUp]);
    assert_eq!(search("suivi slogan", &all), Vec::<Section>::new());
    assert_eq!(search("  ", &all).len(), all.len());
    assert_eq!(search("", &all).len(), all.len());
}

#[test]
fn ranges_point_into_the_text_as_written() {
    let text = "Une Réunion, deux RÉUNIONS, un cœur";
    let query = Query::new("reunion");
    let marked: Vec<&str> = query.ranges(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(marked, ["Réunion", "RÉUNION"]);
    let marked: Vec<&str> = Query::new("coeur")
        .ranges(text)
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(marked, ["cœur"]);
    // "oe" inside "œ": the whole letter is marked, never half of it.
    let marked: Vec<&str> = Query::new("o")
        .ranges("cœur")
        .into_iter()
        .map(|r| &"cœur"[r])
        .collect();
    assert_eq!(marked, ["œ"]);
    // Overlapping words are merged into one mark.
    let ranges = Query::new("réu union").ranges("réunion");
    assert_eq!(ranges, vec![0..8]);
}

#[test]
fn highlight_cuts_the_text_without_losing_a_letter() {
    let text = "Le suivi : suivi mensuel";
    let pieces = highlight(text, &Query::new("SUIVI"));
    assert_eq!(
        pieces,
        vec![
            ("Le ", false),
            ("suivi", true),
            (" : ", false),
            ("suivi", true),
            (" mensuel", false)
        ]
    );
    assert_eq!(highlight("rien", &Query::new("")), vec![("rien", false)]);
    assert_eq!(highlight("", &Query::new("x")), vec![("", false)]);
}

// proptest is a native dev-dependency only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;

    proptest::proptest! {
        /// Whatever the text and the query, the pieces put back together are the text, and
        /// each marked piece holds a word of the query once folded.
        #[test]
        fn pieces_rebuild_the_text(
            text in "[a-zA-ZéÉèœŒàç’' .:-]{0,40}",
            typed in "[a-zA-ZéÉœ ]{0,6}",
        ) {
            let query = Query::new(&typed);
            let pieces = highlight(&text, &query);
            let rebuilt: String = pieces.iter().map(|(piece, _)| *piece).collect();
            proptest::prop_assert_eq!(&rebuilt, &text);
            for (piece, marked) in pieces {
                if marked {
                    let folded = fold(piece).text;
                    proptest::prop_assert!(
                        query.words.iter().any(|w| folded.contains(w.as_str()) || w.contains(folded.as_str())),
                        "{piece:?} for {typed:?}"
                    );
                }
            }
        }
    }
}
