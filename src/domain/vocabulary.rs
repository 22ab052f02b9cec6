//! The team's own words for "objective" and "key result", with the French grammar the UI
//! needs to put them in sentences: gender, elision and plural ("une finalité",
//! "l'indicateur", "nouvel objectif"). Choosing words never changes data.

use super::language::Lang;
use serde::{Deserialize, Serialize};

mod elision;
mod grammar;

pub use elision::suggests_vowel_sound;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    #[default]
    Masculine,
    Feminine,
}

/// One term as the team spells it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub singular: String,
    pub plural: String,
    /// French grammatical gender; ignored in English.
    pub gender: Gender,
    /// Starts with a vowel sound: "l'objectif", "nouvel", "cet" in French, "an" in English.
    pub vowel_sound: bool,
    /// Optional short form for tight spaces ("KR", "RC").
    #[serde(default)]
    pub short: String,
}

/// The vocabulary a set uses. Presets follow the UI language where they have both.
/// In files: `{"preset": "finalites"}`, or `{"preset": "custom", "objective": …, "key_result": …}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "VocabularyRecord", into = "VocabularyRecord")]
pub enum Vocabulary {
    /// Objectifs / Résultats clés, or Objectives / Key results in English.
    #[default]
    Standard,
    /// Finalités / Indicateurs de changement, as one education organisation says.
    Finalites,
    /// Goals / Key results.
    Goals,
    Custom {
        objective: Term,
        key_result: Term,
    },
}

/// The file shape of a vocabulary. A plain struct rather than serde's internally tagged
/// enum, which buffers its input and costs several KiB of wasm.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyRecord {
    preset: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    objective: Option<Term>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key_result: Option<Term>,
}

impl TryFrom<VocabularyRecord> for Vocabulary {
    type Error = String;

    fn try_from(record: VocabularyRecord) -> Result<Self, String> {
        match (record.preset.as_str(), record.objective, record.key_result) {
            ("standard", None, None) => Ok(Vocabulary::Standard),
            ("finalites", None, None) => Ok(Vocabulary::Finalites),
            ("goals", None, None) => Ok(Vocabulary::Goals),
            ("custom", Some(objective), Some(key_result)) => Ok(Vocabulary::Custom {
                objective,
                key_result,
            }),
            ("custom", None, _) => Err("missing field `objective`".into()),
            ("custom", _, None) => Err("missing field `key_result`".into()),
            ("standard" | "finalites" | "goals", _, _) => Err("unknown field `objective`".into()),
            (other, _, _) => Err(format!("unknown variant `{other}`")),
        }
    }
}

impl From<Vocabulary> for VocabularyRecord {
    fn from(vocabulary: Vocabulary) -> Self {
        let preset = vocabulary.preset().key().to_owned();
        match vocabulary {
            Vocabulary::Custom {
                objective,
                key_result,
            } => VocabularyRecord {
                preset,
                objective: Some(objective),
                key_result: Some(key_result),
            },
            _ => VocabularyRecord {
                preset,
                objective: None,
                key_result: None,
            },
        }
    }
}

/// The two terms resolved for one UI language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Terms {
    pub objective: Term,
    pub key_result: Term,
}

fn term(singular: &str, plural: &str, gender: Gender, vowel_sound: bool, short: &str) -> Term {
    Term {
        singular: singular.to_owned(),
        plural: plural.to_owned(),
        gender,
        vowel_sound,
        short: short.to_owned(),
    }
}

/// The choices a team has, as the vocabulary picker lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    Standard,
    Finalites,
    Goals,
    Custom,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::Standard,
        Preset::Finalites,
        Preset::Goals,
        Preset::Custom,
    ];

    /// The name files use for it (`"preset"`).
    pub fn key(self) -> &'static str {
        match self {
            Preset::Standard => "standard",
            Preset::Finalites => "finalites",
            Preset::Goals => "goals",
            Preset::Custom => "custom",
        }
    }

    /// The vocabulary of a fixed preset; `None` for custom words, which the team types.
    pub fn vocabulary(self) -> Option<Vocabulary> {
        match self {
            Preset::Standard => Some(Vocabulary::Standard),
            Preset::Finalites => Some(Vocabulary::Finalites),
            Preset::Goals => Some(Vocabulary::Goals),
            Preset::Custom => None,
        }
    }
}

impl Vocabulary {
    pub fn preset(&self) -> Preset {
        match self {
            Vocabulary::Standard => Preset::Standard,
            Vocabulary::Finalites => Preset::Finalites,
            Vocabulary::Goals => Preset::Goals,
            Vocabulary::Custom { .. } => Preset::Custom,
        }
    }

    pub fn terms(&self, lang: Lang) -> Terms {
        use Gender::*;
        match (self, lang) {
            (Vocabulary::Standard, Lang::Fr) => Terms {
                objective: term("objectif", "objectifs", Masculine, true, "O"),
                key_result: term("résultat clé", "résultats clés", Masculine, false, "RC"),
            },
            (Vocabulary::Standard, Lang::En) => Terms {
                objective: term("objective", "objectives", Masculine, true, "O"),
                key_result: term("key result", "key results", Masculine, false, "KR"),
            },
            (Vocabulary::Finalites, _) => Terms {
                objective: term("finalité", "finalités", Feminine, false, "F"),
                key_result: term(
                    "indicateur de changement",
                    "indicateurs de changement",
                    Masculine,
                    true,
                    "IC",
                ),
            },
            (Vocabulary::Goals, _) => Terms {
                objective: term("goal", "goals", Masculine, false, "G"),
                key_result: term("key result", "key results", Masculine, false, "KR"),
            },
            (
                Vocabulary::Custom {
                    objective,
                    key_result,
                },
                _,
            ) => Terms {
                objective: objective.clone(),
                key_result: key_result.clone(),
            },
        }
    }
}

/// Upper-cases the first letter, for terms that open a sentence or a heading. Covers the
/// Latin letters of French and its neighbours; other scripts stay as typed. (std's
/// `to_uppercase` would bring 24 KiB of Unicode tables into the wasm.)
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(latin_upper(first)).chain(chars).collect(),
        None => String::new(),
    }
}

fn latin_upper(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        'ÿ' => 'Ÿ',
        'œ' => 'Œ',
        'æ' => 'Æ',
        _ => c,
    }
}

/// Lower-cases a leading ASCII capital, to put a sentence of the catalogue mid-sentence.
pub fn decapitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn capitals_of_latin_letters() {
        assert_eq!(capitalize("écart"), "Écart");
        assert_eq!(capitalize("œuvre"), "Œuvre");
        assert_eq!(capitalize("indicateur"), "Indicateur");
        assert_eq!(capitalize("ça"), "Ça");
        assert_eq!(capitalize("ÿ"), "Ÿ");
        assert_eq!(capitalize("÷x"), "÷x");
        assert_eq!(capitalize("目標"), "目標");
        assert_eq!(capitalize(""), "");
        assert_eq!(decapitalize("Modifié le 3"), "modifié le 3");
    }

    #[test]
    fn file_shape_of_each_vocabulary() {
        let cases = [
            (Vocabulary::Standard, r#"{"preset":"standard"}"#),
            (Vocabulary::Finalites, r#"{"preset":"finalites"}"#),
            (Vocabulary::Goals, r#"{"preset":"goals"}"#),
        ];
        for (vocabulary, json) in cases {
            assert_eq!(serde_json::to_string(&vocabulary).unwrap(), json);
            assert_eq!(
                serde_json::from_str::<Vocabulary>(json).unwrap(),
                vocabulary
            );
        }
        let custom = Vocabulary::Finalites.terms(Lang::Fr);
        let custom = Vocabulary::Custom {
            objective: custom.objective,
            key_result: custom.key_result,
        };
        let json = serde_json::to_string(&custom).unwrap();
        assert!(
            json.starts_with(r#"{"preset":"custom","objective":{"singular":"finalité""#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Vocabulary>(&json).unwrap(), custom);
        for bad in [
            r#"{"preset":"jargon"}"#,
            r#"{"preset":"custom"}"#,
            r#"{"preset":"standard","objective":{"singular":"a","plural":"b","gender":"masculine","vowel_sound":true}}"#,
            r#"{"preset":"standard","colour":"red"}"#,
            r#"{}"#,
        ] {
            assert!(serde_json::from_str::<Vocabulary>(bad).is_err(), "{bad}");
        }
    }
    use super::*;
}
