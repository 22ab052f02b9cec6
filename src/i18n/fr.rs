//! French, the default language.

use super::{kr_goal_with, Catalogue, MergeKind, Msg};
use super::fr_files as files;
use crate::domain::language::Lang;
use crate::domain::import::ReadError;
use crate::domain::coaching::Rule;
use crate::domain::model::{ChangeKind, ChangeValue, Confidence, CountRule, KrKind};
use crate::domain::progress::Status;
use crate::domain::validate::Invalid;
use crate::domain::vocabulary::{capitalize, decapitalize, Term, Terms};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

pub struct French;

const MONTHS: [&str; 12] =
    ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/// Past participle agreeing with the term's gender: "supprimé" / "supprimée".
fn plural_fr(term: &Term, n: usize) -> &str {
    if n <= 1 { &term.singular } else { &term.plural }
}

fn agreed(term: &Term, masculine: &str) -> String {
    match term.gender {
        crate::domain::vocabulary::Gender::Feminine => format!("{masculine}e"),
        crate::domain::vocabulary::Gender::Masculine => masculine.to_owned(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n <= 1 { one } else { many })
}

impl Catalogue for French {
    fn text(&self, msg: Msg) -> &'static str {
        use Msg::*;
        match msg {
            AppName => "Boussole",
            Tagline => "Les OKR de votre équipe, du pourquoi aux apprentissages.",
            PrivacyPromise => "Vos données restent dans ce navigateur. Rien n’est envoyé\u{a0}: pour partager, exportez un fichier.",
            SkipToContent => "Aller au contenu",
            LanguageLabel => "Langue",
            MainNav => "Navigation principale",
            HomeTitle => "Vos jeux d’OKR",
            NewSet => "Nouveau jeu d’OKR",
            ImportFile => "Importer un fichier",
            ExportWorkspace => "Tout exporter",
            EmptyHomeTitle => "Aucun jeu d’OKR pour l’instant",
            EmptyHomeBody => "Créez le premier jeu de votre équipe, ou importez le fichier qu’un collègue vous a envoyé (vous pouvez aussi le glisser sur la page).",
            FieldName => "Nom du jeu",
            FieldTeam => "Équipe",
            FieldCycleStart => "Début du cycle",
            FieldCycleEnd => "Fin du cycle",
            NamePlaceholder => "ex. Logistique — premier semestre",
            TeamPlaceholder => "ex. Service client",
            Create => "Créer",
            Cancel => "Annuler",
            Close => "Fermer",
            Open => "Ouvrir",
            Rename => "Renommer",
            Duplicate => "Dupliquer",
            Export => "Exporter",
            Delete => "Supprimer",
            Undo => "Rétablir",
            MoveUp => "Monter",
            MoveDown => "Descendre",
            Actions => "Actions",
            Saved => "Enregistré dans ce navigateur",
            BackToHome => "Tous les jeux",
            SetDetails => "Le jeu",
            SetNotFound => "Ce jeu d’OKR n’existe pas (ou plus) dans ce navigateur.",
            CycleEndBeforeStart => "La fin du cycle doit suivre son début.",
            NameRequired => "Donnez un nom au jeu.",
            KrTitle => "Intitulé",
            KrKind => "Type",
            Baseline => "Départ",
            Target => "Cible",
            Threshold => "Seuil",
            Unit => "Unité",
            UnitPlaceholder => "h, %, points, jours…",
            NotANumber => "Saisissez un nombre, par exemple 6,8.",
            NumberTooLarge => "Ce nombre est trop grand.",
            DropHere => "Déposez le fichier pour l’importer",
            ImportTitle => "Importer ce fichier\u{a0}?",
            ImportConfirm => "Importer",
            ImportNothingChanged => "Import annulé\u{a0}: rien n’a changé.",
            ResolutionReplace => "Remplacer celui de ce navigateur",
            ResolutionKeepBoth => "Garder les deux (l’import devient une copie)",
            ResolutionSkip => "Ne pas importer ce jeu",
            ClashSameAsLocal => "Il est identique à celui de ce navigateur.",
            ImportFailedTitle => "Ce fichier ne peut pas être importé",
            QuotaTitle => "Le stockage du navigateur est plein",
            QuotaBody => "Votre dernière modification reste affichée mais n’est pas enregistrée. Exportez vos données pour les mettre à l’abri, puis libérez de la place (supprimez un jeu exporté).",
            ExportNow => "Exporter maintenant",
            StorageUnavailable => "Ce navigateur refuse le stockage local (navigation privée\u{a0}?)\u{a0}: rien ne sera conservé après fermeture. Exportez votre travail avant de partir.",
            ReplacedByNewer => "Ce jeu vient d’être remplacé par une version plus récente (autre onglet ou import) ; la version affichée est à jour.",
            RecoveryTitle => "Des données enregistrées sont illisibles",
            RecoveryBody => "Certaines données de Boussole dans ce navigateur sont endommagées. Rien n’a été effacé. Téléchargez leur contenu brut pour le garder, puis écartez-les pour continuer avec le reste.",
            RecoveryDownload => "Télécharger le contenu brut",
            RecoveryDiscard => "Écarter ces données et continuer",
            RecoveryDiscardHint => "Téléchargez d’abord le contenu brut\u{a0}: une fois écartées, ces données ne sont plus dans le navigateur.",
            VocabularyTitle => "Vocabulaire de l’équipe",
            VocabularyHint => "Les mots que l’équipe emploie, repris partout\u{a0}: écrans, exports, impressions. En changer ne modifie aucune donnée.",
            PresetCustom => "Nos propres mots",
            FirstTerm => "Premier mot\u{a0}: ce que l’équipe vise",
            SecondTerm => "Second mot\u{a0}: ce qui montre le changement",
            Singular => "Singulier",
            Plural => "Pluriel",
            FrenchGender => "Genre",
            Masculine => "Masculin (un, nouvel, cet)",
            Feminine => "Féminin (une, nouvelle, cette)",
            VowelSound => "Commence par un son voyelle (l’…, nouvel…)",
            ShortForm => "Abréviation (facultatif)",
            Preview => "Aperçu",
            UseTheseWords => "Adopter ces mots",
            WordsInPlace => "Les mots de l’équipe sont en place.",
            TermRequired => "Indiquez le singulier et le pluriel de chaque mot.",
            PathLabel => "Étapes du jeu",
            StepWhy => "Pourquoi",
            StepDraft => "Brouillon",
            StepLaunch => "Lancement",
            StepReady => "prêt",
            NarrativeLabel => "Dans 6 à 12 mois, qu’est-ce qui devra s’être passé pour que l’équipe parle d’une réussite\u{a0}?",
            NarrativeHint => "Racontez-le en 300 mots au plus, avec vos mots\u{a0}: c’est le cap dont tout le reste découle.",
            GuideQuestion1 => "Qu’est-ce qui aura changé pour les personnes que vous servez\u{a0}?",
            GuideQuestion2 => "À quoi verrez-vous, concrètement, que ce changement a eu lieu\u{a0}?",
            GuideQuestion3 => "Qu’est-ce que l’équipe arrêtera de faire pour y arriver\u{a0}?",
            ReasonsLegend => "Pourquoi l’équipe se lance-t-elle dans les OKR\u{a0}?",
            ReasonAlignTeam => "Aligner l’équipe sur ce qui compte",
            ReasonMeasureImpact => "Mesurer l’impact de notre travail",
            ReasonLinkStrategy => "Relier la stratégie au travail de tous les jours",
            ReasonOther => "Autre raison",
            OtherReasonLabel => "Laquelle\u{a0}?",
            NarrativeMissing => "Écrivez le récit de réussite.",
            ReasonMissing => "Cochez au moins une raison.",
            NoNarrativeYet => "Pas encore de récit de réussite\u{a0}: tout part du pourquoi.",
            CoachingTitle => "Conseils",
            CoachingNone => "Rien à signaler\u{a0}: le brouillon suit les bonnes pratiques.",
            CoachingNeverBlocks => "Ce sont des conseils\u{a0}: l’équipe reste libre de garder ce qu’elle a écrit.",
            CountRuleLabel => "Règle de l’équipe",
            CountRuleCustom => "Autre règle",
            LaunchTitle => "Démarrer le cycle",
            LaunchHint => "Au démarrage, le brouillon est gardé comme version de référence\u{a0}: les changements faits ensuite pourront lui être comparés.",
            LaunchAction => "Démarrer le cycle",
            LaunchNotReady => "Vous pouvez démarrer quand même ; voici ce qui manque encore\u{a0}:",
            StartFrom => "Point de départ",
            BlankSet => "Une page blanche",
            ObjectiveWhy => "Pourquoi c’est important (facultatif)",
            DragToMove => "Glisser pour déplacer",
            WriteTheWhy => "Écrire le pourquoi",
            Share => "Partager par e-mail",
            ShareTitle => "Partager ce jeu",
            ShareAttachHint => "Le fichier du jeu vient d’être téléchargé\u{a0}: joignez-le au message. Rien n’est envoyé par Boussole elle-même.",
            OpenMail => "Ouvrir ma messagerie",
            CopySummary => "Copier le résumé",
            SummaryCopied => "Résumé copié\u{a0}: collez-le où vous voulez.",
            CopyFailed => "Le navigateur a refusé la copie\u{a0}: sélectionnez le texte ci-dessous.",
            DigestWhy => "Pourquoi",
            DigestHowToOpen => "Pour ouvrir ce jeu\u{a0}: enregistrez le fichier joint, ouvrez Boussole et choisissez « Importer un fichier ».",
            Milestone => "jalon",
            Print => "Imprimer",
            WorkshopMode => "Mode atelier (grand écran)",
            ExportReminder => "Ce jeu a changé et n’a pas été exporté depuis une semaine. Il ne vit que dans ce navigateur\u{a0}: gardez-en une copie.",
            StepCheckIn => "Points d’étape",
            StepMeeting => "Revue",
            StepRetro => "Rétrospective",
            CheckInTitle => "Point d’étape",
            CheckInHint => "Une ligne par mesure\u{a0}: la dernière valeur est déjà là, corrigez ce qui a bougé, puis Entrée. Tab passe au champ suivant.",
            CheckInDate => "Date du point",
            Value => "Valeur",
            ConfidenceLabel => "Confiance",
            Note => "Note",
            Done => "Atteint",
            SaveCheckIn => "Enregistrer le point",
            NothingToRecord => "Rien à enregistrer\u{a0}: saisissez au moins une valeur.",
            History => "Historique",
            NoCheckInYet => "Pas encore de point",
            CheckInDeleted => "Point supprimé.",
            Progress => "Avancement",
            ChartData => "Données du graphique",
            DateColumn => "Date",
            MeetingTitle => "Revue de suivi",
            MeetingHint => "Quelques questions courtes, à se poser ensemble. Les réponses sont gardées avec la date.",
            MeetingDate => "Date de la revue",
            MeetingLearned => "Qu’avons-nous appris depuis la dernière revue\u{a0}?",
            MeetingRelevance => "Est-ce toujours pertinent\u{a0}?",
            MeetingAdjust => "Que faut-il ajuster\u{a0}?",
            MeetingBlocking => "Qu’est-ce qui nous bloque\u{a0}?",
            SaveMeeting => "Enregistrer la revue",
            MeetingSaved => "Revue enregistrée.",
            PastMeetings => "Revues passées",
            NoMeetingsYet => "Aucune revue pour l’instant.",
            MeetingDeleted => "Revue supprimée.",
            ChangeLogTitle => "Journal des changements",
            NoChangesYet => "Aucun changement depuis le lancement.",
            ChangePlan => "Changer le plan",
            ChangeReasonLabel => "Pourquoi ce changement\u{a0}?",
            ChangeReasonHint => "Le cycle est lancé\u{a0}: chaque changement est noté avec sa raison. Écrivez-la, puis modifiez le plan.",
            FinishChange => "Terminer le changement",
            CancelChange => "Annuler le changement",
            PlanLocked => "Le cycle est lancé\u{a0}: le plan est verrouillé. Pour le faire évoluer, choisissez « Changer le plan » et dites pourquoi.",
            ChangeReasonRequired => "Écrivez d’abord la raison du changement.",
            ChangeCancelled => "Changement annulé\u{a0}: le plan est revenu à son état précédent.",
            ChangeRecorded => "Changement noté dans le journal.",
            Reason => "Raison",
            RetroTitle => "Rétrospective de fin de cycle",
            RetroHint => "Un moment pour apprendre, pas pour noter qui que ce soit\u{a0}: l’avancement final dit ce que le plan a produit, pas ce que valent les personnes.",
            RetroHappened => "Que s’est-il passé\u{a0}?",
            RetroLearned => "Qu’avons-nous appris\u{a0}?",
            RetroDifferently => "Que ferions-nous autrement\u{a0}?",
            CloseCycle => "Clore le cycle",
            ReopenCycle => "Rouvrir le cycle",
            ClosedNotice => "Ce cycle est clos\u{a0}: il se lit, il ne se modifie plus, sauf si vous le rouvrez.",
            NextCycleTitle => "Le cycle suivant",
            NextCycleHint => "Un nouveau jeu avec la même équipe, le même vocabulaire et le même pourquoi ; les mesures repartent de leur dernière valeur.",
            StartNextCycle => "Démarrer le cycle suivant",
            PreviousCycleLabel => "Suite de",
            Removed => "(supprimé depuis)",
            ExpectedPace => "Rythme attendu",
            Latest => "Dernière valeur",
            ReferenceSet => "Jeu de référence (organisation ou direction)",
            TeamSet => "Jeu d’équipe",
            ContributesTo => "Contribue à",
            NoReferenceSets => "Aucun jeu de référence dans ce navigateur\u{a0}: importez celui du comité de pilotage, puis reliez-y vos contributions.",
            NotInBrowser => "pas dans ce navigateur",
            Overview => "Vue d’ensemble",
            AlignmentTitle => "Alignement",
            AlignmentHint => "Chaque élément des jeux de référence, avec les contributions des équipes présentes dans ce navigateur.",
            NobodyContributes => "Personne n’y contribue pour l’instant\u{a0}: une conversation à avoir.",
            ElsewhereTitle => "Contributions à des jeux absents de ce navigateur",
            CrossTeamTitle => "Revue entre équipes",
            CrossTeamHint => "Tous les jeux d’un même cycle côte à côte, chacun dans ses propres mots.",
            TeamContributions => "Contributions des équipes",
            ToRevisit => "À revoir",
            ClosedTag => "Cycle clos",
            MergeRefused => "Cette fusion donnerait un jeu illisible\u{a0}: rien n’a été changé.",
            DateOutOfRange => "Choisissez une date valide, entre 1970 et 2200.",
            ResolutionMerge => "Fusionner les deux versions (vous choisirez pour chaque différence)",
            MergeHint => "Ce qui n’existe que d’un côté est gardé. Pour chaque différence, choisissez la version à garder ; l’aperçu montre le résultat.",
            MergeKeepBoth => "Garder les deux",
            MergeHere => "Dans ce navigateur",
            MergeImported => "Dans le fichier",
            MergeKeepHere => "Garder celle de ce navigateur",
            MergeTakeImported => "Prendre celle du fichier",
            MergePreview => "Aperçu du résultat",
            MergeSave => "Enregistrer la fusion",
            MergeDone => "Versions fusionnées.",
            MergeNoConflict => "Aucune différence à trancher\u{a0}: tout est repris des deux côtés.",
            MergedOtherTab => "Un autre onglet avait modifié ce jeu\u{a0}: ses changements ont été repris avec les vôtres.",
            TakeOtherTab => "Prendre la version de l’autre onglet",
            Present => "Présenter",
            PresentationLabel => "Présentation",
            SlidePrevious => "Diapositive précédente",
            SlideNext => "Diapositive suivante",
            Fullscreen => "Plein écran (F)",
            LeavePresentation => "Quitter (Échap)",
            SummarySlide => "Où nous en sommes",
            PresentationKeys => "→ ou Espace\u{a0}: suivante · ←\u{a0}: précédente · F\u{a0}: plein écran · Échap\u{a0}: quitter",
            Edit => "Modifier",
            Save => "Enregistrer",
            NotYet => "Pas encore",
        }
    }

    fn kr_kind(&self, kind: KrKind) -> &'static str {
        match kind {
            KrKind::Increase => "Augmenter (de → à)",
            KrKind::Decrease => "Diminuer (de → à)",
            KrKind::StayAbove => "Rester au-dessus d’un seuil",
            KrKind::StayBelow => "Rester en dessous d’un seuil",
            KrKind::Milestone => "Jalon (atteint ou non)",
        }
    }

    fn date(&self, date: NaiveDate) -> String {
        format!("{} {} {}", date.day(), MONTHS[date.month0() as usize], date.year())
    }

    fn date_time(&self, at: NaiveDateTime) -> String {
        format!("{} à {}", self.date(at.date()), super::clock_time(at))
    }

    fn saved_at(&self, at: NaiveDateTime) -> String {
        format!("Enregistré à {}", super::clock_time(at))
    }

    fn modified_on(&self, at: NaiveDateTime) -> String {
        format!("Modifié le {}", self.date_time(at))
    }

    fn set_deleted(&self, name: &str) -> String {
        format!("« {name} » supprimé.")
    }

    fn set_duplicated(&self, name: &str) -> String {
        format!("Copie créée\u{a0}: « {name} ».")
    }

    fn copy_name(&self, name: &str) -> String {
        format!("{name} (copie)")
    }

    fn action_on(&self, action: Msg, name: &str) -> String {
        format!("{} « {name} »", self.text(action))
    }

    fn counts(&self, t: &Terms, objectives: usize, key_results: usize) -> String {
        format!("{} · {}", t.objective.count_fr(objectives), t.key_result.count_fr(key_results))
    }

    fn objectives_heading(&self, t: &Terms) -> String {
        capitalize(&t.objective.plural)
    }

    fn objective_heading(&self, t: &Terms, n: usize) -> String {
        format!("{} {n}", capitalize(&t.objective.singular))
    }

    fn objective_title_label(&self, t: &Terms, n: usize) -> String {
        format!("Intitulé {} {n}", t.objective.of_definite_fr())
    }

    fn key_results_of(&self, t: &Terms, n: usize) -> String {
        format!("{} {} {n}", capitalize(&t.key_result.plural), t.objective.of_definite_fr())
    }

    fn key_result_label(&self, t: &Terms, objective: usize, n: usize) -> String {
        format!("{} {objective}.{n}", capitalize(&t.key_result.singular))
    }

    fn add_objective(&self, t: &Terms) -> String {
        format!("Ajouter {}", t.objective.indefinite_fr())
    }

    fn add_key_result(&self, t: &Terms) -> String {
        format!("Ajouter {}", t.key_result.indefinite_fr())
    }

    fn delete_objective(&self, t: &Terms, n: usize) -> String {
        format!("Supprimer {} {n}", t.objective.definite_fr())
    }

    fn delete_key_result(&self, t: &Terms, objective: usize, n: usize) -> String {
        format!("Supprimer {} {objective}.{n}", t.key_result.definite_fr())
    }

    fn move_objective(&self, t: &Terms, n: usize, up: bool) -> String {
        format!("{} {} {n}", if up { "Monter" } else { "Descendre" }, t.objective.definite_fr())
    }

    fn move_key_result(&self, t: &Terms, objective: usize, n: usize, up: bool) -> String {
        format!("{} {} {objective}.{n}", if up { "Monter" } else { "Descendre" }, t.key_result.definite_fr())
    }

    fn objective_deleted(&self, t: &Terms) -> String {
        format!("{} {}.", capitalize(&t.objective.singular), agreed(&t.objective, "supprimé"))
    }

    fn key_result_deleted(&self, t: &Terms) -> String {
        format!("{} {}.", capitalize(&t.key_result.singular), agreed(&t.key_result, "supprimé"))
    }

    fn no_objectives(&self, t: &Terms) -> String {
        format!(
            "{} pour l’instant. Commencez par ce qui doit changer pour votre équipe, pas par la liste des tâches.",
            capitalize(&t.objective.none_fr())
        )
    }

    fn no_key_results(&self, t: &Terms) -> String {
        format!(
            "{}\u{a0}: ajoutez-en pour dire comment vous saurez que ça avance.",
            capitalize(&t.key_result.none_fr())
        )
    }

    fn word_counter(&self, words: usize, max: usize) -> String {
        format!("{words} / {max} mots")
    }

    fn narrative_too_long(&self, words: usize, max: usize) -> String {
        format!("{} mots de trop\u{a0}: le récit doit tenir en {max} mots. Rien n’est coupé, à vous de choisir quoi garder.", words - max)
    }

    fn finding(&self, rule: Rule, t: &Terms, limits: CountRule) -> String {
        let (o, k) = (&t.objective, &t.key_result);
        match rule {
            Rule::KrWithoutNumber => format!("Sans cible chiffrée, {} ressemble à une tâche\u{a0}: quel nombre dira que c’est atteint\u{a0}?", k.demonstrative_fr()),
            Rule::KrStartsWithTaskVerb => format!("Commence comme une tâche\u{a0}: {} dit ce qui change, pas ce que l’équipe va faire.", k.indefinite_fr()),
            Rule::KrBaselineEqualsTarget => "Le départ et la cible sont égaux\u{a0}: rien ne doit changer\u{a0}?".to_owned(),
            Rule::KrDirectionContradictsKind => "La cible va dans l’autre sens que le type choisi (augmenter ou diminuer).".to_owned(),
            Rule::KrMissingUnit => "Précisez l’unité (h, %, points…) pour que le nombre se lise sans hésiter.".to_owned(),
            Rule::KrDuplicate => format!("Même intitulé qu’{} autre {}\u{a0}: l’un des deux est de trop\u{a0}?", if k.is_feminine() { "une" } else { "un" }, k.singular),
            Rule::ObjectiveHasNumber => format!("Un nombre dans {}\u{a0}: les chiffres vont plutôt dans les {}.", o.definite_fr(), k.plural),
            Rule::ObjectiveTooLong => format!("Plus de 15 mots\u{a0}: {} se retient mieux en une phrase courte.", o.indefinite_fr()),
            Rule::ObjectiveGeneric => format!("Formule passe-partout\u{a0}: que changera {} pour votre équipe en particulier\u{a0}?", o.demonstrative_fr()),
            Rule::ObjectiveWithoutKr => format!("{}\u{a0}: comment saurez-vous que {} avance\u{a0}?", capitalize(&k.none_fr()), o.definite_fr()),
            Rule::TooManyObjectives => format!("Plus de {} {}\u{a0}: c’est la règle de l’équipe. Moins de priorités, plus de focus.", limits.max_objectives, o.plural),
            Rule::TooManyKeyResults => format!("Plus de {} {} ici\u{a0}: c’est la règle de l’équipe. Gardez ceux qui disent le mieux le changement.", limits.max_key_results, k.plural),
        }
    }

    fn plan_score(&self, score: u8) -> String {
        format!("Score du plan\u{a0}: {score} / 100")
    }

    fn findings_count(&self, warnings: usize, advice: usize) -> String {
        let w = if warnings <= 1 { "alerte" } else { "alertes" };
        let a = if advice <= 1 { "suggestion" } else { "suggestions" };
        format!("{warnings} {w} · {advice} {a}")
    }

    fn count_rule_name(&self, t: &Terms, rule: CountRule) -> String {
        format!("{} {} × {} {}", rule.max_objectives, plural_fr(&t.objective, rule.max_objectives as usize), rule.max_key_results, plural_fr(&t.key_result, rule.max_key_results as usize))
    }

    fn draft_missing(&self, t: &Terms) -> String {
        format!("Ajoutez {} et ses {}.", t.objective.indefinite_fr(), t.key_result.plural)
    }

    fn launched_on(&self, at: NaiveDateTime) -> String {
        format!("Cycle démarré le {}.", self.date_time(at))
    }

    fn kr_goal(&self, kr: &crate::domain::model::KeyResult) -> String {
        kr_goal_with(kr, Lang::Fr, "au moins", "au plus", self.text(Msg::Milestone))
    }

    fn mail_subject(&self, set_name: &str) -> String {
        format!("OKR\u{a0}: {set_name}")
    }

    fn vocabulary_summary(&self, name: &str) -> String {
        format!("Vocabulaire\u{a0}: {name}")
    }

    fn objective_placeholder(&self, _t: &Terms) -> String {
        "ex. Livrer les commandes urgentes deux fois plus vite".to_owned()
    }

    fn key_result_placeholder(&self, _t: &Terms) -> String {
        "ex. Délai moyen des commandes critiques de 48 h à 24 h".to_owned()
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}\u{a0}: {value}")
    }

    fn confidence(&self, confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::Confident => "confiant",
            Confidence::Uncertain => "incertain",
            Confidence::Struggling => "en difficulté",
        }
    }

    fn status(&self, status: Status) -> &'static str {
        match status {
            Status::OnTrack => "En bonne voie",
            Status::Waiting => "Pas encore de point",
            Status::NotFollowed => "Pas suivi depuis deux semaines",
            Status::AtRisk => "À risque",
            Status::OffTrack => "En retard",
        }
    }

    fn percent(&self, percent: i64) -> String {
        format!("{percent}\u{a0}%")
    }

    fn expected_by_now(&self, percent: i64) -> String {
        format!("Attendu à ce jour\u{a0}: {}", self.percent(percent))
    }

    fn check_ins_recorded(&self, count: usize) -> String {
        if count <= 1 { format!("{count} point enregistré.") } else { format!("{count} points enregistrés.") }
    }

    fn change_what(&self, what: ChangeKind, t: &Terms) -> String {
        let o = &t.objective;
        let k = &t.key_result;
        match what {
            ChangeKind::ObjectiveAdded => format!("{} {}", capitalize(&o.singular), agreed(o, "ajouté")),
            ChangeKind::ObjectiveRemoved => format!("{} {}", capitalize(&o.singular), agreed(o, "supprimé")),
            ChangeKind::ObjectiveTitle => format!("Intitulé {}", o.of_definite_fr()),
            ChangeKind::ObjectiveWhy => format!("Raison d’être {}", o.of_definite_fr()),
            ChangeKind::KeyResultAdded => format!("{} {}", capitalize(&k.singular), agreed(k, "ajouté")),
            ChangeKind::KeyResultRemoved => format!("{} {}", capitalize(&k.singular), agreed(k, "supprimé")),
            ChangeKind::KeyResultTitle => format!("Intitulé {}", k.of_definite_fr()),
            ChangeKind::KeyResultKind => "Type de mesure".to_owned(),
            ChangeKind::Baseline => "Point de départ".to_owned(),
            ChangeKind::Target => "Cible".to_owned(),
            ChangeKind::Unit => "Unité".to_owned(),
        }
    }

    fn change_value(&self, value: &ChangeValue) -> String {
        match value {
            ChangeValue::Text(text) => format!("« {text} »"),
            ChangeValue::Number(n) => crate::domain::number::format_decimal(*n, Lang::Fr),
            ChangeValue::Kind(kind) => self.kr_kind(*kind).to_owned(),
        }
    }

    fn meeting_heading(&self, date: NaiveDate) -> String {
        format!("Revue du {}", self.date(date))
    }

    fn revisit_prompt(&self, t: &Terms) -> String {
        format!("Cochez les {} à revoir.", t.objective.plural)
    }

    fn keep_prompt(&self, t: &Terms) -> String {
        format!("{} à reprendre", capitalize(&t.objective.plural))
    }

    fn next_cycle_name(&self, name: &str) -> String {
        format!("{name} (suite)")
    }

    fn closed_on(&self, at: NaiveDateTime) -> String {
        format!("Cycle clos le {}.", self.date_time(at))
    }

    fn other_tab_conflicts(&self, count: usize) -> String {
        let items = if count <= 1 { "1 élément".to_owned() } else { format!("{count} éléments") };
        format!("Un autre onglet a modifié les mêmes éléments que vous ({items})\u{a0}: votre version est gardée, le reste de son travail est repris.")
    }

    fn merge_title(&self, name: &str) -> String {
        format!("Fusionner deux versions de « {name} »")
    }

    fn merge_item(&self, kind: MergeKind, t: &Terms) -> String {
        match kind {
            MergeKind::Name => "Nom du jeu".to_owned(),
            MergeKind::Team => "Équipe".to_owned(),
            MergeKind::Cycle => "Cycle".to_owned(),
            MergeKind::Why => "Pourquoi".to_owned(),
            MergeKind::Settings => "Réglages du jeu".to_owned(),
            MergeKind::Objective => capitalize(&t.objective.singular),
            MergeKind::KeyResult => capitalize(&t.key_result.singular),
            MergeKind::CheckIn => "Point d’étape".to_owned(),
            MergeKind::Meeting => "Revue".to_owned(),
        }
    }

    fn slide_of(&self, n: usize, count: usize) -> String {
        format!("Diapositive {n} sur {count}")
    }

    fn chart_title(&self, kr_title: &str) -> String {
        format!("Évolution de « {kr_title} »")
    }

    fn chart_summary(&self, points: usize, latest: Option<&str>, target: Option<&str>) -> String {
        let mut parts = vec![if points <= 1 { format!("{points} point") } else { format!("{points} points") }];
        parts.extend(latest.map(|v| format!("dernière valeur {v}")));
        parts.extend(target.map(|v| format!("cible {v}")));
        parts.join(", ") + "."
    }

    fn import_summary(&self, sets: usize) -> String {
        format!("Ce fichier contient {}\u{a0}:", plural(sets, "jeu d’OKR", "jeux d’OKR"))
    }

    fn import_clash(&self, local_name: &str, modified: NaiveDateTime) -> String {
        format!(
            "Ce navigateur a déjà ce jeu\u{a0}: « {local_name} », {}. Que faire\u{a0}?",
            decapitalize(&self.modified_on(modified))
        )
    }

    fn imported(&self, added: usize) -> String {
        match added {
            0 => "Aucun jeu importé\u{a0}: rien n’a changé.".to_owned(),
            1 => "1 jeu d’OKR importé.".to_owned(),
            n => format!("{n} jeux d’OKR importés."),
        }
    }

    fn read_error(&self, error: &ReadError) -> String {
        files::read_error(error)
    }

    fn invalid(&self, invalid: &Invalid) -> String {
        files::invalid(invalid)
    }

    fn recovery_entry(&self, key: &str, chars: usize) -> String {
        format!("« {key} » ({})", plural(chars, "caractère", "caractères"))
    }
}
