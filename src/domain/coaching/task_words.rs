//! Titles that read as a task: what the team will do, not what will change. Each
//! language has its own forms, matched only in a title written in it: "plan" opens a task
//! in English ("Plan the migration") and names a plan in French ("Plan de continuité
//! testé sur les sites"). Forms are spelled as people type them; case and accents are set
//! aside when comparing.

use super::text::plain;
use super::title_language::Title;
use crate::domain::language::Lang;
use std::sync::LazyLock;

/// How one language opens a task.
pub(super) struct TaskForms {
    /// Verbs that open a task whatever follows ("mettre en place", "create").
    pub verbs: &'static [&'static str],
    /// Verbs that also name a thing ("test", "support", "launch"): a task only when their
    /// object follows (`objects`, a number) or nothing does. "Test the checkout" is a task,
    /// "Test coverage of the API" a measure.
    pub verbs_or_nouns: &'static [&'static str],
    /// Actions named as nouns ("mise en place", "launch"): a task when their complement
    /// follows (or nothing), unless the title also says what changes (`change`, "%", "→").
    /// A bare count of things made ("Création de 3 ateliers") is still effort.
    pub nouns: &'static [&'static str],
    /// Words that open a noun's complement: "de", "du"… / "of", "for"…
    complements: &'static [&'static str],
    /// How many words may come between a noun and its complement: French puts its
    /// adjectives after the noun ("mise à jour mensuelle du rapport").
    adjectives: usize,
    /// Words after a verb that is also a noun that show it is used as a verb.
    objects: &'static [&'static str],
    /// Words that say what changes: comparisons, rises and falls.
    change: &'static [&'static str],
}

const FRENCH: TaskForms = TaskForms {
    verbs: &[
        "mettre à jour",
        "mettre en place",
        "mettre en œuvre",
        "mettre en service",
        "revoir",
        "organiser",
        "réorganiser",
        "lancer",
        "relancer",
        "créer",
        "rédiger",
        "préparer",
        "faire",
        "réaliser",
        "développer",
        "déployer",
        "écrire",
        "installer",
        "finaliser",
        "migrer",
        "refondre",
        "animer",
        "planifier",
        "livrer",
        "construire",
        "concevoir",
        "tester",
        "former",
        "élaborer",
        "définir",
        "automatiser",
        "recruter",
        "publier",
        "produire",
        "conduire",
        "mener",
        "tenir",
        "actualiser",
        "formaliser",
        "documenter",
        "auditer",
        "structurer",
        "digitaliser",
        "numériser",
        "instaurer",
        "implémenter",
        "paramétrer",
    ],
    verbs_or_nouns: &[],
    nouns: &[
        "mise à jour",
        "mise en place",
        "mise en œuvre",
        "mise en service",
        "création",
        "rédaction",
        "déploiement",
        "lancement",
        "organisation",
        "réorganisation",
        "réalisation",
        "préparation",
        "développement",
        "installation",
        "finalisation",
        "migration",
        "refonte",
        "animation",
        "planification",
        "conception",
        "élaboration",
        "construction",
        "formalisation",
        "définition",
        "écriture",
        "publication",
        "automatisation",
        "actualisation",
        "formation",
        "tenue",
        "revue",
        "implémentation",
        "instauration",
        "digitalisation",
        "numérisation",
        "paramétrage",
        "suivi",
    ],
    complements: &[
        "de", "du", "des", "d", "l", "la", "le", "les", "un", "une", "au", "aux", "à", "pour",
    ],
    adjectives: 1,
    objects: &[],
    change: &[
        "plus",
        "moins",
        "mieux",
        "meilleur",
        "meilleure",
        "meilleurs",
        "meilleures",
        "réduit",
        "réduite",
        "réduits",
        "réduites",
        "augmenté",
        "augmentée",
        "augmentés",
        "augmentées",
        "amélioré",
        "améliorée",
        "améliorés",
        "améliorées",
        "divisé",
        "divisée",
        "divisés",
        "divisées",
        "doublé",
        "doublée",
        "doublés",
        "doublées",
        "hausse",
        "baisse",
    ],
};

const ENGLISH: TaskForms = TaskForms {
    verbs: &[
        "create",
        "write",
        "prepare",
        "implement",
        "set up",
        "deploy",
        "organise",
        "organize",
        "develop",
        "install",
        "migrate",
        "deliver",
        "publish",
        "define",
        "introduce",
        "automate",
        "finalise",
        "finalize",
        "make",
        "do",
        "roll out",
    ],
    verbs_or_nouns: &[
        "launch", "update", "review", "build", "run", "plan", "draft", "hold", "finish",
        "redesign", "rework", "conduct", "hire", "recruit", "produce", "test", "design", "support",
        "contact", "report", "train", "document", "audit", "host", "schedule", "pilot",
    ],
    nouns: &[
        "launch",
        "creation",
        "implementation",
        "rollout",
        "roll out",
        "deployment",
        "organisation",
        "organization",
        "update",
        "development",
        "preparation",
        "installation",
        "migration",
        "redesign",
        "drafting",
        "writing",
        "setup",
        "review",
        "overhaul",
        "construction",
        "design",
        "planning",
        "introduction",
        "completion",
        "publication",
        "training",
        "recruitment",
        "hiring",
        "automation",
        "audit",
    ],
    complements: &["of", "for", "to", "the", "a", "an", "our", "at", "in", "on"],
    adjectives: 0,
    objects: &[
        "the",
        "a",
        "an",
        "our",
        "their",
        "your",
        "its",
        "his",
        "her",
        "all",
        "every",
        "each",
        "this",
        "these",
        "those",
        "new",
        "some",
        "one",
        "two",
        "three",
        "four",
        "five",
        "ten",
        "to",
        "weekly",
        "monthly",
        "daily",
        "quarterly",
    ],
    change: &[
        "more",
        "less",
        "fewer",
        "better",
        "faster",
        "higher",
        "lower",
        "improved",
        "reduced",
        "increased",
        "decreased",
        "halved",
        "doubled",
    ],
};

/// The forms of `lang` as written, for the tests that walk them.
#[cfg(test)]
pub(super) fn forms(lang: Lang) -> &'static TaskForms {
    match lang {
        Lang::Fr => &FRENCH,
        Lang::En => &ENGLISH,
    }
}

/// The forms of one language spelled plain (see `text::plain`), each form as its words:
/// built once, so a title is compared with plain strings only.
struct PlainForms {
    verbs: Vec<Vec<String>>,
    verbs_or_nouns: Vec<Vec<String>>,
    nouns: Vec<Vec<String>>,
    complements: Vec<String>,
    adjectives: usize,
    objects: Vec<String>,
    change: Vec<String>,
}

impl PlainForms {
    fn of(forms: &TaskForms) -> PlainForms {
        let phrases = |list: &[&str]| -> Vec<Vec<String>> {
            list.iter()
                .map(|form| form.split(' ').map(plain).collect())
                .collect()
        };
        let words = |list: &[&str]| -> Vec<String> { list.iter().map(|w| plain(w)).collect() };
        PlainForms {
            verbs: phrases(forms.verbs),
            verbs_or_nouns: phrases(forms.verbs_or_nouns),
            nouns: phrases(forms.nouns),
            complements: words(forms.complements),
            adjectives: forms.adjectives,
            objects: words(forms.objects),
            change: words(forms.change),
        }
    }
}

static PLAIN_FRENCH: LazyLock<PlainForms> = LazyLock::new(|| PlainForms::of(&FRENCH));
static PLAIN_ENGLISH: LazyLock<PlainForms> = LazyLock::new(|| PlainForms::of(&ENGLISH));

fn plain_forms(lang: Lang) -> &'static PlainForms {
    match lang {
        Lang::Fr => &PLAIN_FRENCH,
        Lang::En => &PLAIN_ENGLISH,
    }
}

/// Whether `title`, written in `lang`, opens the way a task does (see `TaskForms`).
pub(super) fn reads_as_task(title: &Title, lang: Lang) -> bool {
    let words = &title.words;
    let forms = plain_forms(lang);
    let opening = |list: &[Vec<String>], fits: &dyn Fn(usize) -> bool| {
        list.iter()
            .any(|form| words.starts_with(form) && fits(form.len()))
    };
    let verb_object = |n: usize| {
        words.get(n).is_none_or(|next| {
            forms.objects.contains(next) || next.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let noun_complement = |n: usize| {
        n == words.len()
            || words[n..]
                .iter()
                .take(forms.adjectives + 1)
                .any(|w| forms.complements.contains(w))
    };
    let says_change =
        title.text.contains(['%', '→']) || words.iter().any(|w| forms.change.contains(w));
    opening(&forms.verbs, &|_| true)
        || opening(&forms.verbs_or_nouns, &verb_object)
        || (!says_change && opening(&forms.nouns, &noun_complement))
}

/// The first word of each form of `lang`, plain: a word only one language's forms hold
/// is a sign that a title is written in it.
pub(super) fn heads(lang: Lang) -> impl Iterator<Item = &'static str> {
    let forms = plain_forms(lang);
    [&forms.verbs, &forms.verbs_or_nouns, &forms.nouns]
        .into_iter()
        .flatten()
        .filter_map(|form| form.first().map(String::as_str))
}
