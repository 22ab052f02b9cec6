//! The file format, natively: the released fixtures load, export → import gives back the
//! same sets, and every kind of bad input is refused with its own typed error and message.
#![cfg(not(target_arch = "wasm32"))]

use boussole::domain::format::{export_json, storage_json, CURRENT_VERSION};
use boussole::domain::id::Id;
use boussole::domain::import::{read_document, ReadError, ShapeProblem, MAX_FILE_BYTES};
use boussole::domain::language::Lang;
use boussole::domain::model::{
    Change, ChangeKind, ChangeValue, CheckIn, Confidence, Contribution, CountRule, Cycle,
    KeyResult, KrKind, Launch, Meeting, Objective, OkrSet, PreviousCycle, Reason, Retro, Why,
};
use boussole::domain::rituals::{Rhythm, Rituals};
use boussole::domain::set_figures::SetFigures;
use boussole::domain::validate::{Field, Problem};
use boussole::domain::visible::is_blank;
use boussole::domain::vocabulary::{Gender, Term, Vocabulary};
use boussole::i18n::catalogue;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

/// A workshop kept with a generated set: every part of it, some of the time.
fn workshop(
    n: usize,
    text: &str,
    revision: u64,
    objectives: &[Objective],
) -> boussole::domain::workshop::Workshop {
    use boussole::domain::workshop::{AgendaItem, FistVote, Idea, Stage, Workshop};
    let idea = |i: usize| Idea {
        id: Id::new(format!("w{n}-{i}")),
        text: text.to_owned(),
        votes: (revision % 7) as u32 + i as u32,
    };
    Workshop {
        agenda: (revision % 3 == 1).then(|| {
            vec![AgendaItem {
                id: Id::new(format!("a{n}")),
                stage: Some(Stage::Vote),
                name: text.chars().take(80).collect(),
                minutes: 1 + (revision % 90) as u32,
            }]
        }),
        ideas: (0..(revision % 3) as usize).map(idea).collect(),
        parking: (3..3 + (revision % 2) as usize).map(idea).collect(),
        confidence: objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .take((revision % 4) as usize)
            .map(|k| FistVote {
                key_result: k.id.clone(),
                counts: [0, 1, 2, 3, 4, (revision % 9) as u32],
            })
            .collect(),
    }
}

const FIXTURE_V1: &str = include_str!("../fixtures/format-v1.json");
const FIXTURE_V2: &str = include_str!("../fixtures/format-v2.json");
const FIXTURE_V3: &str = include_str!("../fixtures/format-v3.json");

fn read(text: &str) -> Result<Vec<OkrSet>, ReadError> {
    read_document(text.as_bytes())
}

/// The current fixture with one JSON fragment replaced: the fragment must be there.
fn fixture_with(from: &str, to: &str) -> String {
    assert!(FIXTURE_V3.contains(from), "fixture has no {from:?}");
    FIXTURE_V3.replacen(from, to, 1)
}

mod fixtures;
mod refused;
mod round_trip;
