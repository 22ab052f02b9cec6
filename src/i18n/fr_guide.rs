//! French: the method guide, in Boussole's own words and the team's terms, and the
//! rewrite coaching offers for a task-like key result.
//!
//! The texts are typed with plain spaces before « : ; ? ! % » and inside « »; `typeset`
//! puts the non-breaking spaces French needs, so none can be forgotten.

use super::fr::French;
use super::guide_words::{example, list, para, renamed};
use super::{Catalogue, GuideWords, Msg};
use crate::domain::coaching::OBJECTIVE_MAX_WORDS;
use crate::domain::guide::{Block, Section};
use crate::domain::language::Lang;
use crate::domain::model::KrKind;
use crate::domain::vocabulary::{capitalize, Term, Terms};
use crate::domain::words::NARRATIVE_MAX_WORDS;

/// French spacing: a non-breaking space before the high signs and inside quotes.
fn typeset(text: &str) -> String {
    let mut out = text.to_owned();
    for (plain, fixed) in [
        (" :", "\u{a0}:"),
        (" ;", "\u{a0};"),
        (" ?", "\u{a0}?"),
        (" !", "\u{a0}!"),
        (" %", "\u{a0}%"),
        ("« ", "«\u{a0}"),
        (" »", "\u{a0}»"),
    ] {
        out = out.replace(plain, fixed);
    }
    out
}

/// "de résultats clés", "d’indicateurs": "de" before a plural, elided before a vowel sound.
fn of_plural(term: &Term) -> String {
    if term.vowel_sound {
        format!("d’{}", term.plural)
    } else {
        format!("de {}", term.plural)
    }
}

/// "chacun", "chacune": each one of this term.
fn each(term: &Term) -> &'static str {
    if term.is_feminine() {
        "chacune"
    } else {
        "chacun"
    }
}

fn p(text: String) -> Block {
    para(typeset(&text))
}

fn items(texts: &[String]) -> Block {
    list(texts.iter().map(|t| typeset(t)).collect())
}

fn ex(label: Option<&str>, weak: &str, strong: &str) -> Block {
    example(label.map(typeset), typeset(weak), typeset(strong))
}

impl GuideWords for French {
    fn guide_heading(&self, section: Section, t: &Terms) -> String {
        let (o, k) = (&t.objective, &t.key_result);
        typeset(&match section {
            Section::Objective => format!(
                "{} : une direction, ni slogan ni tâche",
                capitalize(&o.indefinite_fr())
            ),
            Section::KeyResult => format!(
                "{} ou tâche : qu’est-ce qui a changé dans le monde ?",
                capitalize(&k.singular)
            ),
            Section::Measure => "D’où l’on part, où l’on va".to_owned(),
            Section::Kinds => format!("Les types {}", of_plural(k)),
            Section::Count => format!("Peu {}, peu {}", of_plural(o), of_plural(k)),
            Section::FollowUp => "Le suivi : faire vivre les OKR".to_owned(),
            Section::Learning => "Apprendre, pas évaluer".to_owned(),
            Section::Words => "Vos mots, pas le jargon".to_owned(),
            Section::Pilot => "Commencer par une équipe pilote".to_owned(),
            Section::AntiPatterns => "Quatre pièges connus".to_owned(),
        })
    }

    fn guide_blocks(&self, section: Section, t: &Terms) -> Vec<Block> {
        let (o, k) = (&t.objective, &t.key_result);
        let (a_o, a_k) = (
            capitalize(&o.indefinite_fr()),
            capitalize(&k.indefinite_fr()),
        );
        match section {
            Section::Objective => vec![
                p(format!("{a_o} dit où l’équipe veut arriver dans les prochains mois, et pourquoi cela compte. Une phrase courte, sans chiffre, qui donne envie de s’y mettre : les nombres viendront avec les {}.", k.plural)),
                p("Deux écueils à éviter :".to_owned()),
                items(&[
                    "Trop général. « Être les meilleurs » ou « viser l’excellence » pourraient s’afficher chez n’importe qui, et n’orientent donc personne. Demandez ce qui changera pour votre équipe en particulier.".to_owned(),
                    format!("Trop opérationnel. « Revoir le rapport mensuel » se coche en une matinée : c’est une tâche. {a_o} décrit un état à atteindre, pas une action de la semaine."),
                ]),
                ex(None, "Être le leader de notre marché", "Des commandes urgentes livrées sans que le client ait à relancer"),
                ex(None, "Refaire le tableau de bord", "Une équipe qui décide chaque lundi à partir de chiffres fiables"),
                p(format!("{OBJECTIVE_MAX_WORDS} mots au plus : une phrase que chacun peut répéter de mémoire en sortant de la réunion. Les chiffres vont dans les {}.", k.plural)),
            ],
            Section::KeyResult => vec![
                p(format!("Une tâche dit ce que l’équipe va faire. {a_k} dit ce qui sera différent, pour les clients, les usagers ou les collègues, quand ce travail aura porté ses fruits.")),
                p(format!("La question à se poser : une fois le travail fait, qu’est-ce qui a changé dans le monde, et à quoi le verrait-on ? La réponse, chiffrée, fait {} ; le travail qui y mène reste dans le plan d’action.", k.indefinite_fr())),
                ex(None, "Mettre à jour le rapport qualité", "Réclamations qualité par mois : de 40 à 15"),
                ex(None, "Revoir la procédure d’achat", "Délai moyen d’une commande d’achat : de 12 à 5 jours"),
                p("Un indice : un intitulé qui commence par un verbe d’action (mettre en place, organiser, lancer, rédiger…) décrit souvent une tâche. Boussole le signale et propose une réécriture « de … à … » à compléter.".to_owned()),
                p(format!("Chaque {} a besoin d’au moins {} : sans mesure, personne ne sait si {} avance.", o.singular, k.indefinite_fr(), o.definite_fr())),
            ],
            Section::Measure => vec![
                p(format!("{a_k} se lit comme un trajet : une valeur de départ, une cible et une unité. « Délai moyen des commandes critiques : de 48 h à 24 h » se comprend sans autre explication.")),
                p("Sans départ, la cible ne dit pas l’effort : atteindre 95 % ne demande pas la même chose depuis 90 % ou depuis 40 %. Si personne ne connaît la valeur d’aujourd’hui, la mesurer devient la première chose à faire du cycle.".to_owned()),
                p("Sans cible, personne ne sait quand c’est gagné. Un départ égal à la cible ne demande aucun changement. Et une cible qui va dans l’autre sens que le type choisi est souvent une simple faute de frappe.".to_owned()),
                p("L’unité (h, %, points, jours…) évite les malentendus quand on relit les chiffres trois mois plus tard.".to_owned()),
                p("Visez haut sans viser l’impossible : arriver vers 70 % d’une cible ambitieuse est déjà une belle réussite ; toucher 100 % à chaque fois veut souvent dire que la cible était trop prudente.".to_owned()),
            ],
            Section::Kinds => {
                let kind = |kind| Some(self.kr_kind(kind));
                vec![
                    p("Choisissez le type qui dit le mieux le changement attendu. Pour chacun, un exemple faible et une version plus forte.".to_owned()),
                    ex(kind(KrKind::Increase), "Améliorer la satisfaction des clients", "Satisfaction sur les commandes urgentes : de 6,8 à 8,5 sur 10"),
                    ex(kind(KrKind::Decrease), "Réduire les délais", "Délai moyen de livraison des commandes critiques : de 48 h à 24 h"),
                    ex(kind(KrKind::StayAbove), "Garder un bon taux de service", "Commandes livrées sans incident : au moins 95 % chaque mois"),
                    ex(kind(KrKind::StayBelow), "Limiter les plaintes", "Plaintes sur l’attente au téléphone : au plus 20 par mois"),
                    ex(kind(KrKind::Milestone), "Avancer sur le nouveau circuit de livraison", "Nouveau circuit de livraison ouvert sur les trois sites"),
                    p("Un jalon (atteint ou non) reste proche d’une tâche : réservez-le à un fait vérifiable qui compte vraiment, et préférez un chiffre dès que possible.".to_owned()),
                    p("Si la cible va dans l’autre sens que le type (une baisse notée « augmenter »), Boussole le signale : changez le type ou les nombres.".to_owned()),
                ]
            }
            Section::Count => vec![
                p(format!("L’équipe se fixe une règle du nombre et s’y tient : souvent de 1 à 3 {}, avec au plus 3 {} pour {}.", o.plural, k.plural, each(o))),
                p("Pourquoi si peu ? Chaque priorité en plus prend du temps et de l’attention aux autres. Avec huit directions, rien n’avance vraiment ; avec deux ou trois, chacun sait ce qui passe en premier quand tout presse.".to_owned()),
                p(format!("Moins {}, c’est aussi un point d’étape plus court, et plus de temps pour parler de ce qui bloque.", of_plural(k))),
                p("Renoncer à des sujets importants fait un peu mal. Ces sujets ne disparaissent pas : le travail courant continue, les OKR disent seulement ce qui compte le plus pendant ce cycle.".to_owned()),
                p(format!("Deux {} au même intitulé mesurent la même chose : fusionnez-les, ou précisez ce qui les distingue.", k.plural)),
            ],
            Section::FollowUp => vec![
                p(format!("Des OKR écrits puis oubliés ne servent à rien. Prévoyez un point d’étape régulier, chaque semaine ou toutes les deux semaines : pour chaque {}, une valeur, un niveau de confiance, une phrase sur ce qui se passe.", k.singular)),
                p("Une fois par mois, une réunion de suivi part de quatre questions :".to_owned()),
                items(&[
                    "Qu’avons-nous appris ce mois-ci ?".to_owned(),
                    format!("Est-ce que nos {} ont encore du sens ?", o.plural),
                    "Qu’est-ce qui doit être ajusté ?".to_owned(),
                    "Qu’est-ce qui nous freine ?".to_owned(),
                ]),
                p(format!("{a_k} qui n’a plus de sens peut changer en cours de route : notez pourquoi, pour que l’équipe s’en souvienne à la rétrospective.")),
                p("Boussole garde la trace : un point d’étape en retard se voit, et une absence de nouvelles n’est jamais comptée comme une bonne nouvelle.".to_owned()),
            ],
            Section::Learning => vec![
                p("Les OKR servent à l’équipe pour apprendre et avancer dans la même direction. Ce ne sont pas des notes individuelles : Boussole ne calcule aucun score par personne, et ne le fera jamais.".to_owned()),
                p(format!("Dès que les {} servent à juger quelqu’un, les cibles deviennent prudentes et les mauvaises nouvelles se cachent. On y perd l’honnêteté, donc l’apprentissage.", k.plural)),
                p("Une cible manquée n’est pas un échec. À la fin du cycle, on ne demande pas « à qui la faute ? » mais : qu’avons-nous appris, qu’est-ce qui a changé, que ferions-nous autrement ?".to_owned()),
                p("Une cible ambitieuse atteinte aux deux tiers apprend souvent plus qu’une cible facile atteinte à 100 %.".to_owned()),
            ],
            Section::Words => {
                let renamed = renamed(t, Lang::Fr, |own, method| format!("«\u{a0}{own}\u{a0}» là où la méthode dit «\u{a0}{method}\u{a0}»"));
                let here = if renamed.is_empty() {
                    "Une organisation du monde de l’éducation, par exemple, parle de « finalités » et « d’indicateurs de changement » : la méthode reste la même.".to_owned()
                } else {
                    format!("Votre équipe dit {}. Rien d’autre ne change.", renamed.join(", et "))
                };
                vec![
                    p("Si le vocabulaire de la méthode sonne comme du jargon chez vous, ou fait penser à un surcroît de travail, changez-le : la conversation compte plus que l’étiquette.".to_owned()),
                    p(here),
                    p(format!("Boussole emploie vos mots partout : écrans, fichiers, impression, présentation. Vous pouvez les changer à tout moment dans « {} », sans toucher à vos données.", self.text(Msg::VocabularyTitle))),
                ]
            }
            Section::Pilot => vec![
                p("Inutile de lancer les OKR partout en même temps. Une équipe volontaire essaie un cycle, apprend, ajuste, puis raconte aux autres ce qui a marché et ce qui a coincé.".to_owned()),
                p(format!("Avant d’écrire {}, écrivez le pourquoi : en {NARRATIVE_MAX_WORDS} mots au plus, ce qui devra s’être passé dans 6 à 12 mois pour que l’année compte, et ce que l’équipe attend des OKR (s’aligner, mesurer l’impact, relier la stratégie au quotidien).", o.indefinite_fr())),
                p("Chaque équipe écrit sa propre contribution à la direction commune, en conversation avec les autres, plutôt que de recopier des priorités venues d’en haut.".to_owned()),
                p("Quand ça marche, les équipes voisines demandent à essayer : une méthode qui se propage par l’exemple tient mieux qu’une consigne.".to_owned()),
            ],
            Section::AntiPatterns => vec![items(&[
                "Copier les OKR d’une autre entreprise. Leur contexte n’est pas le vôtre : partez de votre propre pourquoi, et prenez les exemples comme des pistes, pas comme des modèles.".to_owned(),
                format!("En faire des indicateurs de performance individuels. Noter les personnes sur leurs {} change un outil d’apprentissage en contrôle : plus personne ne prend de risque.", k.plural),
                format!("Une douzaine {} par personne. Ce n’est plus une direction, c’est une liste de courses : tenez-vous à la règle du nombre de l’équipe.", of_plural(o)),
                "Ne pas faire de suivi. Des OKR que personne ne regarde n’existent plus : fixez les points d’étape avant même de lancer le cycle.".to_owned(),
            ])],
        }
    }

    fn guide_found(&self, count: usize) -> String {
        if count <= 1 {
            format!("{count} section")
        } else {
            format!("{count} sections")
        }
    }

    fn guide_nothing_found(&self, typed: &str) -> String {
        format!("Aucune section ne parle de «\u{a0}{}\u{a0}».", typed.trim())
    }

    fn back_to_set(&self, name: &str) -> String {
        format!("Retour à «\u{a0}{}\u{a0}»", name.trim())
    }

    fn rewrite_blank(&self) -> &'static str {
        "[ce qui doit changer]"
    }

    fn rewrite_title(&self, kind: KrKind, means: Option<&str>) -> String {
        let verb = if kind == KrKind::Decrease {
            "Réduire"
        } else {
            "Augmenter"
        };
        // The means is the team's text: quoted as typed, never re-spaced.
        match means {
            Some(means) => format!("{verb} {} (moyen\u{a0}: {means})", self.rewrite_blank()),
            None => format!("{verb} {}", self.rewrite_blank()),
        }
    }

    fn rewrite_offer(&self, title: &str) -> String {
        format!("Piste\u{a0}: «\u{a0}{title}\u{a0}», de … à …")
    }

    fn rewrite_done(&self, t: &Terms) -> String {
        let k = &t.key_result;
        typeset(&format!(
            "{} réécrit{} : nommez ce qui doit changer, puis notez le départ et la cible.",
            capitalize(&k.singular),
            if k.is_feminine() { "e" } else { "" }
        ))
    }
}
