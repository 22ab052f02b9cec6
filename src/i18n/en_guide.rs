//! English: the method guide, in Boussole's own words and the team's terms, and the
//! rewrite coaching offers for a task-like key result.

use super::en::English;
use super::guide_words::{example, list, para, renamed};
use super::{Catalogue, GuideWords, Msg};
use crate::domain::coaching::OBJECTIVE_MAX_WORDS;
use crate::domain::guide::{Block, Section};
use crate::domain::language::Lang;
use crate::domain::model::KrKind;
use crate::domain::vocabulary::{capitalize, Terms};
use crate::domain::words::NARRATIVE_MAX_WORDS;

fn p(text: impl Into<String>) -> Block {
    para(text.into())
}

fn items(texts: &[String]) -> Block {
    list(texts.to_vec())
}

fn ex(label: Option<&str>, weak: &str, strong: &str) -> Block {
    example(label.map(str::to_owned), weak.to_owned(), strong.to_owned())
}

impl GuideWords for English {
    fn guide_heading(&self, section: Section, t: &Terms) -> String {
        let (o, k) = (&t.objective, &t.key_result);
        match section {
            Section::Objective => format!(
                "{}: a direction, neither a slogan nor a task",
                capitalize(&o.indefinite_en())
            ),
            Section::KeyResult => format!(
                "{} or task: what changed in the world?",
                capitalize(&k.singular)
            ),
            Section::Measure => "Where you start, where you are going".to_owned(),
            Section::Kinds => format!("The kinds of {}", k.plural),
            Section::Count => format!("Few {}, few {}", o.plural, k.plural),
            Section::FollowUp => "Following up: keeping OKRs alive".to_owned(),
            Section::Learning => "Learning, not evaluating".to_owned(),
            Section::Words => "Your words, not the jargon".to_owned(),
            Section::Pilot => "Start with a pilot team".to_owned(),
            Section::AntiPatterns => "Four known pitfalls".to_owned(),
        }
    }

    fn guide_blocks(&self, section: Section, t: &Terms) -> Vec<Block> {
        let (o, k) = (&t.objective, &t.key_result);
        let (a_o, a_k) = (
            capitalize(&o.indefinite_en()),
            capitalize(&k.indefinite_en()),
        );
        match section {
            Section::Objective => vec![
                p(format!("{a_o} says where the team wants to get to in the coming months, and why it matters. One short sentence, with no figures, that makes people want to start: the numbers come with the {}.", k.plural)),
                p("Two traps to avoid:"),
                items(&[
                    "Too general. “Be the best” or “aim for excellence” could hang on anyone’s wall, so they steer no one. Ask what will change for your team in particular.".to_owned(),
                    format!("Too operational. “Review the monthly report” is ticked off in a morning: it is a task. {a_o} describes a state to reach, not this week’s action."),
                ]),
                ex(None, "Be the leader in our market", "Urgent orders delivered without the customer having to chase them"),
                ex(None, "Redo the dashboard", "A team that decides every Monday from figures it trusts"),
                p(format!("{OBJECTIVE_MAX_WORDS} words at most: a sentence everyone can repeat from memory on the way out of the meeting. Figures belong in the {}.", k.plural)),
            ],
            Section::KeyResult => vec![
                p(format!("A task says what the team will do. {a_k} says what will be different, for customers, users or colleagues, once that work has paid off.")),
                p(format!("The question to ask: once the work is done, what changed in the world, and how would we see it? The answer, in figures, makes {}; the work that leads there stays in the action plan.", k.indefinite_en())),
                ex(None, "Update the quality report", "Quality complaints per month: from 40 to 15"),
                ex(None, "Review the purchasing procedure", "Average lead time of a purchase order: from 12 to 5 days"),
                p("A clue: a title that opens with an action verb (set up, organise, launch, write…) often describes a task. Boussole points it out and offers a “from … to …” rewrite to complete."),
                p(format!("Every {} needs at least {}: without a measure, nobody knows whether the {} is moving.", o.singular, k.indefinite_en(), o.singular)),
            ],
            Section::Measure => vec![
                p(format!("{a_k} reads like a journey: a starting value, a target and a unit. “Average delivery time of critical orders: from 48 h to 24 h” needs no further explanation.")),
                p("Without a baseline, the target hides the effort: reaching 95% is not the same from 90% as from 40%. If nobody knows today’s value, measuring it becomes the first thing to do in the cycle."),
                p("Without a target, nobody knows when it is won. A baseline equal to the target asks for no change. And a target that goes the other way from the chosen kind is often a plain typo."),
                p("The unit (h, %, points, days…) avoids misunderstandings when the figures are read again three months later."),
                p("Aim high without aiming for the impossible: landing around 70% of an ambitious target is already a fine result; hitting 100% every time often means the target was too cautious."),
            ],
            Section::Kinds => {
                let kind = |kind| Some(self.kr_kind(kind));
                vec![
                    p("Choose the kind that best says the change you expect. For each, a weak example and a stronger version."),
                    ex(kind(KrKind::Increase), "Improve customer satisfaction", "Satisfaction with urgent orders: from 6.8 to 8.5 out of 10"),
                    ex(kind(KrKind::Decrease), "Cut delays", "Average delivery time of critical orders: from 48 h to 24 h"),
                    ex(kind(KrKind::StayAbove), "Keep a good service rate", "Orders delivered without incident: at least 95% every month"),
                    ex(kind(KrKind::StayBelow), "Limit complaints", "Complaints about waiting on the phone: at most 20 a month"),
                    ex(kind(KrKind::Milestone), "Make progress on the new delivery route", "New delivery route open at all three sites"),
                    p("A milestone (reached or not) stays close to a task: keep it for a checkable fact that really matters, and prefer a figure whenever you can."),
                    p("If the target goes the other way from the kind (a fall marked “increase”), Boussole points it out: change the kind or the numbers."),
                ]
            }
            Section::Count => vec![
                p(format!("The team sets itself a count rule and sticks to it: often 1 to 3 {}, with at most 3 {} for each.", o.plural, k.plural)),
                p("Why so few? Every extra priority takes time and attention from the others. With eight directions nothing really moves; with two or three, everyone knows what comes first when everything is urgent."),
                p(format!("Fewer {} also means a shorter check-in, and more time to talk about what is blocking.", k.plural)),
                p("Setting important topics aside hurts a little. They do not disappear: day-to-day work goes on; OKRs only say what matters most during this cycle."),
                p(format!("Two {} with the same title measure the same thing: merge them, or say what sets them apart.", k.plural)),
            ],
            Section::FollowUp => vec![
                p(format!("OKRs written and then forgotten are worth nothing. Plan a regular check-in, every week or every two weeks: for each {}, a value, a confidence level, one sentence on what is happening.", k.singular)),
                p("Once a month, a follow-up meeting starts from four questions:"),
                items(&[
                    "What did we learn this month?".to_owned(),
                    format!("Do our {} still make sense?", o.plural),
                    "What needs adjusting?".to_owned(),
                    "What is holding us back?".to_owned(),
                ]),
                p(format!("{a_k} that no longer makes sense may change along the way: write down why, so the team remembers at the retrospective.")),
                p("Boussole keeps track: a late check-in shows, and no news is never counted as good news."),
            ],
            Section::Learning => vec![
                p("OKRs help the team learn and move in the same direction. They are not individual marks: Boussole computes no score per person, and never will."),
                p(format!("As soon as {} are used to judge someone, targets turn cautious and bad news hides. Honesty is lost, and learning with it.", k.plural)),
                p("A missed target is not a failure. At the end of the cycle, the question is not “whose fault?” but: what did we learn, what changed, what would we do differently?"),
                p("An ambitious target reached two thirds of the way often teaches more than an easy one reached in full."),
            ],
            Section::Words => {
                let renamed = renamed(t, Lang::En, |own, method| format!("“{own}” where the method says “{method}”"));
                let here = if renamed.is_empty() {
                    "An organisation in education, for instance, speaks of “finalités” (purposes) and “indicateurs de changement” (signs of change): the method stays the same.".to_owned()
                } else {
                    format!("Your team says {}. Nothing else changes.", renamed.join(", and "))
                };
                vec![
                    p("If the method’s vocabulary sounds like jargon where you work, or like extra work, change it: the conversation matters more than the label."),
                    p(here),
                    p(format!("Boussole uses your words everywhere: screens, files, printouts, presentations. You can change them at any time under “{}”, without touching your data.", self.text(Msg::VocabularyTitle))),
                ]
            }
            Section::Pilot => vec![
                p("There is no need to launch OKRs everywhere at once. A willing team tries one cycle, learns, adjusts, then tells the others what worked and what got stuck."),
                p(format!("Before writing {}, write the why: in {NARRATIVE_MAX_WORDS} words at most, what must have happened in 6 to 12 months for the year to count, and what the team expects from OKRs (alignment, measuring impact, linking strategy to daily work).", o.indefinite_en())),
                p("Each team writes its own contribution to the shared direction, in conversation with the others, rather than copying priorities handed down from above."),
                p("When it works, neighbouring teams ask to try: a practice that spreads by example holds better than an instruction."),
            ],
            Section::AntiPatterns => vec![items(&[
                "Copying another company’s OKRs. Their context is not yours: start from your own why, and take examples as ideas, not as models.".to_owned(),
                format!("Turning them into individual performance indicators. Grading people on their {} turns a learning tool into control: nobody takes a risk any more.", k.plural),
                format!("A dozen {} per person. That is no longer a direction but a shopping list: keep to the team’s count rule.", o.plural),
                "No follow-up. OKRs nobody looks at no longer exist: set the check-ins before the cycle even starts.".to_owned(),
            ])],
        }
    }

    fn guide_found(&self, count: usize) -> String {
        if count == 1 {
            "1 section".to_owned()
        } else {
            format!("{count} sections")
        }
    }

    fn guide_nothing_found(&self, typed: &str) -> String {
        format!("No section mentions “{}”.", typed.trim())
    }

    fn back_to_set(&self, name: &str) -> String {
        format!("Back to “{}”", name.trim())
    }

    fn rewrite_blank(&self) -> &'static str {
        "[what must change]"
    }

    fn rewrite_title(&self, kind: KrKind, means: Option<&str>) -> String {
        let verb = if kind == KrKind::Decrease {
            "Reduce"
        } else {
            "Increase"
        };
        match means {
            Some(means) => format!("{verb} {} (means: {means})", self.rewrite_blank()),
            None => format!("{verb} {}", self.rewrite_blank()),
        }
    }

    fn rewrite_offer(&self, title: &str) -> String {
        format!("Suggestion: “{title}”, from … to …")
    }

    fn rewrite_done(&self, t: &Terms) -> String {
        format!(
            "{} rewritten: name what must change, then enter the baseline and the target.",
            capitalize(&t.key_result.singular)
        )
    }
}
