//! Titles that read as a task: what the team will do, not what will change.

use super::text::fold;

/// Verbs that open a task rather than a result, in French and English. A team writes in
/// its own language whatever the UI's, so both lists apply.
const TASK_VERBS: &[&str] = &[
    "mettre à jour",
    "mettre en place",
    "mettre en œuvre",
    "revoir",
    "organiser",
    "lancer",
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
    "update",
    "review",
    "organise",
    "organize",
    "launch",
    "create",
    "write",
    "prepare",
    "implement",
    "set up",
    "build",
    "deploy",
    "hold",
    "run",
    "do",
    "make",
    "develop",
    "install",
    "finish",
    "migrate",
    "plan",
    "draft",
];

pub(super) fn starts_with_task_verb(title: &str) -> bool {
    let title = fold(title);
    TASK_VERBS.iter().any(|verb| {
        title
            .strip_prefix(verb)
            .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}
