//! The team chooses its words for "objective" and "key result": a preset or its own, with
//! French gender and elision, and sees real sentences before adopting them. Closed, it
//! shows only the words in use, so no other vocabulary is on screen.

use crate::domain::coaching::Rule;
use crate::domain::language::Lang;
use crate::domain::model::CountRule;
use crate::domain::validate::{clean_line, MAX_SHORT_TERM_CHARS, MAX_TERM_CHARS};
use crate::domain::visible::is_blank;
use crate::domain::vocabulary::{Gender, Preset, Term, Vocabulary};
use crate::i18n::Msg;
use crate::ui::editing::use_editor;
use crate::ui::store::SetField;
use crate::ui::text::tr;
use leptos::html::Details;
use leptos::prelude::*;

/// The sentences of the preview: the places where the words are hardest to get right,
/// and, when the team gave a short form, a tight label that uses it.
fn preview(
    t: &dyn crate::i18n::Catalogue,
    terms: &crate::domain::vocabulary::Terms,
) -> Vec<String> {
    let mut lines = vec![
        t.add_objective(terms),
        t.add_key_result(terms),
        t.counts(terms, 1, 3),
        t.no_key_results(terms),
        t.key_result_label(terms, 1, 2),
    ];
    if !is_blank(&terms.key_result.short) {
        lines.push(t.key_result_tag(terms, 1, 2));
    }
    lines.push(t.objective_deleted(terms));
    lines.push(t.finding(Rule::KrDuplicate, terms, CountRule::default()));
    lines
}

/// The fields of one custom word.
#[component]
fn TermFields(term: RwSignal<Term>, legend: Msg, prefix: &'static str) -> impl IntoView {
    let editor = use_editor();
    let t = move || editor.app.t();
    let text_field = move |label: Msg,
                           name: &'static str,
                           max: usize,
                           get: fn(&Term) -> String,
                           set: fn(&mut Term, String, Lang)| {
        view! {
            <label class="field">
                <span>{tr(label)}</span>
                <input
                    data-testid=format!("{prefix}-{name}")
                    type="text"
                    maxlength=max
                    prop:value=move || term.with(get)
                    on:input=move |e| {
                        let text = clean_line(&event_target_value(&e), max);
                        let lang = editor.app.lang.get_untracked();
                        term.update(|term| set(term, text, lang));
                    }
                />
            </label>
        }
    };
    // Typing the singular ticks or clears the elision box by its first sound, until the
    // team sets the box itself.
    view! {
        <fieldset class="term-fields">
            <legend>{tr(legend)}</legend>
            <div class="field-grid">
                {text_field(Msg::Singular, "singular", MAX_TERM_CHARS, |t| t.singular.clone(), |t, v, lang| t.set_singular(v, lang))}
                {text_field(Msg::Plural, "plural", MAX_TERM_CHARS, |t| t.plural.clone(), |t, v, _| t.plural = v)}
                <label class="field">
                    <span>{tr(Msg::FrenchGender)}</span>
                    <select data-testid=format!("{prefix}-gender") on:change=move |e| {
                        let feminine = event_target_value(&e) == "feminine";
                        term.update(|t| t.gender = if feminine { Gender::Feminine } else { Gender::Masculine });
                    }>
                        <option value="masculine" selected=move || term.with(|t| t.gender == Gender::Masculine)>
                            {move || t().text(Msg::Masculine)}
                        </option>
                        <option value="feminine" selected=move || term.with(|t| t.gender == Gender::Feminine)>
                            {move || t().text(Msg::Feminine)}
                        </option>
                    </select>
                </label>
                {text_field(Msg::ShortForm, "short", MAX_SHORT_TERM_CHARS, |t| t.short.clone(), |t, v, _| t.short = v)}
            </div>
            <label class="choice">
                <input
                    type="checkbox"
                    data-testid=format!("{prefix}-vowel")
                    prop:checked=move || term.with(|t| t.vowel_sound)
                    on:change=move |e| term.update(|t| t.vowel_sound = event_target_checked(&e))
                />
                <span>{tr(Msg::VowelSound)}</span>
            </label>
        </fieldset>
    }
}

#[component]
pub fn VocabularyPicker() -> impl IntoView {
    let editor = use_editor();
    let state = editor.app;
    let t = move || state.t();
    let details = NodeRef::<Details>::new();
    let current = move || {
        editor
            .set
            .field(SetField::Vocabulary, |s| s.vocabulary.clone())
    };

    // The draft starts from the words in use; custom fields start from them too.
    let start = current();
    let start_terms = start.terms(state.lang.get_untracked());
    let preset = RwSignal::new(start.preset());
    let objective = RwSignal::new(start_terms.objective);
    let key_result = RwSignal::new(start_terms.key_result);
    let error = RwSignal::new(false);
    let draft = Memo::new(move |_| {
        preset
            .get()
            .vocabulary()
            .unwrap_or_else(|| Vocabulary::Custom {
                objective: objective.get(),
                key_result: key_result.get(),
            })
    });
    let choose = move |p: Preset| {
        if p == Preset::Custom && preset.get_untracked() != Preset::Custom {
            // Custom words start from what was chosen, so the team edits rather than types.
            let terms = draft.get_untracked().terms(state.lang.get_untracked());
            objective.set(terms.objective);
            key_result.set(terms.key_result);
        }
        preset.set(p);
        error.set(false);
    };
    let adopt = move |_| {
        let vocabulary = draft.get_untracked();
        if let Vocabulary::Custom {
            objective,
            key_result,
        } = &vocabulary
        {
            let blank = |t: &Term| is_blank(&t.singular) || is_blank(&t.plural);
            if blank(objective) || blank(key_result) {
                error.set(true);
                return;
            }
        }
        editor.commit(|s| s.vocabulary = vocabulary);
        if let Some(d) = details.get() {
            d.set_open(false);
        }
        state.notify(Msg::WordsInPlace);
    };
    let unchanged = move || draft.with(|d| *d == current());

    let options = Preset::ALL
        .into_iter()
        .map(|p| {
            let name = move || match p.vocabulary() {
                Some(v) => t().vocabulary_name(&v.terms(state.lang.get())),
                None => t().text(Msg::PresetCustom).to_owned(),
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="vocabulary-preset"
                        data-testid="vocabulary-preset"
                        value=p.key()
                        prop:checked=move || preset.get() == p
                        on:change=move |_| choose(p)
                    />
                    <span>{name}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <details class="card vocabulary" node_ref=details data-testid="vocabulary">
            <summary data-testid="vocabulary-summary">
                {move || t().vocabulary_summary(&t().vocabulary_name(&editor.terms()))}
            </summary>
            <p class="hint">{tr(Msg::VocabularyHint)}</p>
            <fieldset>
                <legend>{tr(Msg::VocabularyTitle)}</legend>
                {options}
            </fieldset>
            {move || (preset.get() == Preset::Custom).then(|| view! {
                <TermFields term=objective legend=Msg::FirstTerm prefix="term-objective"/>
                <TermFields term=key_result legend=Msg::SecondTerm prefix="term-key-result"/>
            })}
            <div class="vocabulary-preview" aria-live="polite" data-testid="vocabulary-preview">
                <h3>{tr(Msg::Preview)}</h3>
                <ul>
                    {move || {
                        let terms = draft.with(|d| d.terms(state.lang.get()));
                        preview(t(), &terms).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()
                    }}
                </ul>
            </div>
            <p class="error" role="alert">{move || error.get().then(|| t().text(Msg::TermRequired))}</p>
            <button class="button primary" data-testid="vocabulary-adopt" disabled=unchanged on:click=adopt>
                {tr(Msg::UseTheseWords)}
            </button>
        </details>
    }
}
