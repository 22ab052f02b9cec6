//! The forms a sentence needs of one term: French articles, pronouns and agreement by
//! gender, elision and number, English articles and plurals, and the short form for tight
//! places. The catalogue builds every sentence that names a term from these, so a form is
//! decided once, here, rather than by an `if feminine` in each message.

use super::{capitalize, Gender, Term};
use crate::domain::visible::is_blank;

impl Term {
    pub fn is_feminine(&self) -> bool {
        self.gender == Gender::Feminine
    }

    /// The noun for a count in French: 0 and 1 take the singular.
    pub fn form_fr(&self, n: usize) -> &str {
        if n <= 1 {
            &self.singular
        } else {
            &self.plural
        }
    }

    /// The noun for a count in English: only 1 takes the singular.
    pub fn form_en(&self, n: usize) -> &str {
        if n == 1 {
            &self.singular
        } else {
            &self.plural
        }
    }

    /// "1 objectif", "0 objectif", "3 finalités": French keeps 0 and 1 singular.
    pub fn count_fr(&self, n: usize) -> String {
        format!("{n} {}", self.form_fr(n))
    }

    /// "1 key result", "0 key results".
    pub fn count_en(&self, n: usize) -> String {
        format!("{n} {}", self.form_en(n))
    }

    /// The indefinite article alone: "un", "une" ("qu’une autre finalité").
    pub fn indefinite_article_fr(&self) -> &'static str {
        if self.is_feminine() {
            "une"
        } else {
            "un"
        }
    }

    /// "un objectif", "une finalité".
    pub fn indefinite_fr(&self) -> String {
        format!("{} {}", self.indefinite_article_fr(), self.singular)
    }

    /// "l'objectif", "la finalité", "le résultat clé".
    pub fn definite_fr(&self) -> String {
        if self.vowel_sound {
            format!("l’{}", self.singular)
        } else if self.is_feminine() {
            format!("la {}", self.singular)
        } else {
            format!("le {}", self.singular)
        }
    }

    /// "de l'objectif", "de la finalité", "du résultat clé".
    pub fn of_definite_fr(&self) -> String {
        if self.vowel_sound || self.is_feminine() {
            format!("de {}", self.definite_fr())
        } else {
            format!("du {}", self.singular)
        }
    }

    /// "nouvel objectif", "nouvelle finalité", "nouveau résultat clé".
    pub fn new_fr(&self) -> String {
        let adjective = match (self.is_feminine(), self.vowel_sound) {
            (true, _) => "nouvelle",
            (false, true) => "nouvel",
            (false, false) => "nouveau",
        };
        format!("{adjective} {}", self.singular)
    }

    /// "cet objectif", "cette finalité", "ce résultat clé".
    pub fn demonstrative_fr(&self) -> String {
        let word = match (self.is_feminine(), self.vowel_sound) {
            (true, _) => "cette",
            (false, true) => "cet",
            (false, false) => "ce",
        };
        format!("{word} {}", self.singular)
    }

    /// "aucun objectif", "aucune finalité".
    pub fn none_fr(&self) -> String {
        let word = if self.is_feminine() {
            "aucune"
        } else {
            "aucun"
        };
        format!("{word} {}", self.singular)
    }

    /// "l’un", "l’une": one of two ("l’une des deux est de trop").
    pub fn one_of_fr(&self) -> &'static str {
        if self.is_feminine() {
            "l’une"
        } else {
            "l’un"
        }
    }

    /// "ceux", "celles": the ones ("Gardez celles qui…").
    pub fn those_fr(&self) -> &'static str {
        if self.is_feminine() {
            "celles"
        } else {
            "ceux"
        }
    }

    /// The object pronoun before a verb that starts with a consonant: "le", "la"
    /// ("La remettre").
    pub fn pronoun_fr(&self) -> &'static str {
        if self.is_feminine() {
            "la"
        } else {
            "le"
        }
    }

    /// A past participle or adjective agreeing with one of this term: "supprimé" gives
    /// "supprimée" for a feminine word. Given in the masculine singular.
    pub fn agreed_fr(&self, masculine: &str) -> String {
        if self.is_feminine() && !masculine.ends_with('e') {
            format!("{masculine}e")
        } else {
            masculine.to_owned()
        }
    }

    /// "an objective", "a key result".
    pub fn indefinite_en(&self) -> String {
        let article = if self.vowel_sound { "an" } else { "a" };
        format!("{article} {}", self.singular)
    }

    /// The short form when the team gave one (one that shows), else the singular.
    pub fn short_or_singular(&self) -> &str {
        if is_blank(&self.short) {
            &self.singular
        } else {
            self.short.trim()
        }
    }

    /// A numbered label for tight places: "RC 1.2" with a short form, "Résultat clé 1.2"
    /// without one. The space cannot break.
    pub fn tag(&self, number: &str) -> String {
        format!("{}\u{a0}{number}", capitalize(self.short_or_singular()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{term, Terms, Vocabulary};
    use super::*;
    use crate::domain::language::Lang;

    fn fr(v: &Vocabulary) -> Terms {
        v.terms(Lang::Fr)
    }

    #[test]
    fn standard_french_grammar() {
        let t = fr(&Vocabulary::Standard);
        assert_eq!(t.objective.indefinite_fr(), "un objectif");
        assert_eq!(t.objective.definite_fr(), "l’objectif");
        assert_eq!(t.objective.new_fr(), "nouvel objectif");
        assert_eq!(t.objective.demonstrative_fr(), "cet objectif");
        assert_eq!(t.objective.of_definite_fr(), "de l’objectif");
        assert_eq!(t.key_result.definite_fr(), "le résultat clé");
        assert_eq!(t.key_result.of_definite_fr(), "du résultat clé");
        assert_eq!(t.key_result.new_fr(), "nouveau résultat clé");
        assert_eq!(t.key_result.count_fr(0), "0 résultat clé");
        assert_eq!(t.key_result.count_fr(2), "2 résultats clés");
        assert_eq!(t.key_result.one_of_fr(), "l’un");
        assert_eq!(t.key_result.those_fr(), "ceux");
        assert_eq!(t.key_result.pronoun_fr(), "le");
        assert_eq!(t.key_result.agreed_fr("supprimé"), "supprimé");
    }

    #[test]
    fn finalites_are_feminine_and_indicators_elide() {
        let t = fr(&Vocabulary::Finalites);
        assert_eq!(t.objective.indefinite_fr(), "une finalité");
        assert_eq!(t.objective.definite_fr(), "la finalité");
        assert_eq!(t.objective.new_fr(), "nouvelle finalité");
        assert_eq!(t.objective.demonstrative_fr(), "cette finalité");
        assert_eq!(t.objective.none_fr(), "aucune finalité");
        assert_eq!(t.objective.one_of_fr(), "l’une");
        assert_eq!(t.objective.those_fr(), "celles");
        assert_eq!(t.objective.pronoun_fr(), "la");
        assert_eq!(t.objective.agreed_fr("atteint"), "atteinte");
        assert_eq!(t.objective.agreed_fr("libre"), "libre");
        assert_eq!(t.key_result.definite_fr(), "l’indicateur de changement");
        assert_eq!(t.key_result.new_fr(), "nouvel indicateur de changement");
        assert_eq!(t.key_result.count_fr(3), "3 indicateurs de changement");
        assert_eq!(t.key_result.tag("1.2"), "IC\u{a0}1.2");
    }

    #[test]
    fn english_articles_and_plural() {
        let t = Vocabulary::Standard.terms(Lang::En);
        assert_eq!(t.objective.indefinite_en(), "an objective");
        assert_eq!(t.key_result.indefinite_en(), "a key result");
        assert_eq!(t.key_result.count_en(0), "0 key results");
        assert_eq!(t.key_result.count_en(1), "1 key result");
        assert_eq!(t.key_result.count_en(2), "2 key results");
        assert_eq!(t.key_result.form_en(1), "key result");
    }

    #[test]
    fn custom_terms_of_both_genders() {
        let v = Vocabulary::Custom {
            objective: term("ambition", "ambitions", Gender::Feminine, true, ""),
            key_result: term("jalon", "jalons", Gender::Masculine, false, " J "),
        };
        let t = fr(&v);
        assert_eq!(t.objective.definite_fr(), "l’ambition");
        assert_eq!(t.objective.new_fr(), "nouvelle ambition");
        assert_eq!(t.objective.demonstrative_fr(), "cette ambition");
        assert_eq!(t.objective.short_or_singular(), "ambition");
        assert_eq!(t.objective.tag("2"), "Ambition\u{a0}2");
        assert_eq!(t.key_result.new_fr(), "nouveau jalon");
        assert_eq!(t.key_result.short_or_singular(), "J");
        assert_eq!(t.key_result.tag("2.1"), "J\u{a0}2.1");
        assert_eq!(capitalize(&t.objective.new_fr()), "Nouvelle ambition");
    }

    #[test]
    fn a_short_form_that_shows_nothing_is_no_short_form() {
        for short in ["", "  ", "\u{200b}", "\u{feff}\u{2060}", "\u{ad}"] {
            let t = term("jalon", "jalons", Gender::Masculine, false, short);
            assert_eq!(t.short_or_singular(), "jalon", "{short:?}");
        }
        let t = term("jalon", "jalons", Gender::Masculine, false, " J ");
        assert_eq!(t.short_or_singular(), "J");
    }
}
