//! Who said a quote: the attribution after or before it, and pronoun resolution.

use std::ops::Range;

use super::marks::Quoted;
use super::names::Names;
use super::verbs::{AFTER_VERBS, ME_VERBS};
use crate::extract::context;

/// What the words around a quote say about its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Attr {
    /// A named person (index into the article's people).
    Person(usize),
    /// `ujarnya`, `kata dia`, `ia menambahkan`: the speaker is in the context.
    Pronoun,
    /// A speech verb whose speaker is not among the article's people.
    Verb,
    /// No speech verb at all.
    Nothing,
}

const PRONOUNS: &[&str] = &["dia", "ia", "beliau", "nya"];

/// Most words between a speech verb and the speaker's name (`kata Kepala Bidang Humas
/// Polda Metro Jaya Komisaris Besar Argo Yuwono`).
const WINDOW: usize = 14;

/// Most bytes read after a quote for its attribution.
const TAIL: usize = 200;

/// Whether the last word ending before `start` is one of `set` (lower-cased).
fn word_before_is(text: &str, words: &[Range<usize>], start: usize, set: &[&str]) -> bool {
    words
        .iter()
        .rev()
        .find(|w| w.end <= start)
        .is_some_and(|w| set.contains(&lower(text, w).as_str()))
}

fn lower(text: &str, r: &Range<usize>) -> String {
    text.get(r.clone()).unwrap_or("").to_lowercase()
}

fn is_after_verb(w: &str) -> bool {
    AFTER_VERBS.contains(&w)
}

fn is_nya_verb(w: &str) -> bool {
    w.strip_suffix("nya").is_some_and(|stem| {
        AFTER_VERBS.contains(&stem) || ME_VERBS.contains(&stem) || stem == "menurut"
    })
}

/// Whether a word is a speech verb that can introduce a speaker in running prose.
pub(super) fn is_speech(w: &str) -> bool {
    ME_VERBS.contains(&w) || w == "menurut" || w == "menurutnya" || is_nya_verb(w)
}

/// Spaces and punctuation between a closing mark and its attribution (`", ujar`, `". Ujar`).
fn is_lead(c: char) -> bool {
    (c.is_whitespace() && c != '\n') || matches!(c, ',' | '.' | '-' | '\u{2013}' | '\u{2014}')
}

/// The attribution right after the closing mark, up to the end of its sentence.
pub(super) fn after(text: &str, q: &Quoted, names: &Names) -> Attr {
    let start = q.close_end.min(text.len());
    let lead = text[start..]
        .find(|c: char| !is_lead(c))
        .map_or(text.len(), |i| start + i);
    if text[start..lead].contains('\n') || text[lead..].starts_with('\n') {
        return Attr::Nothing;
    }
    let end = tail_end(text, lead);
    let words = context::words(text, lead..end);
    let mut k = 0;
    if words
        .first()
        .is_some_and(|w| matches!(lower(text, w).as_str(), "demikian" | "begitu"))
    {
        k = 1;
    }
    let Some(w0) = words.get(k) else {
        return Attr::Nothing;
    };
    let first = lower(text, w0);
    let second = words.get(k + 1).map(|w| lower(text, w)).unwrap_or_default();
    if is_nya_verb(&first) {
        return Attr::Pronoun;
    }
    if is_after_verb(&first) || first == "menurut" {
        if PRONOUNS.contains(&second.as_str()) {
            return Attr::Pronoun;
        }
        return named_after(text, &words[k + 1..], end, names)
            .unwrap_or_else(|| described(text, &words[k + 1..]));
    }
    if matches!(first.as_str(), "ia" | "dia" | "beliau") && ME_VERBS.contains(&second.as_str()) {
        return Attr::Pronoun;
    }
    // `"...", Agus menambahkan.` / `"..." Kepala Dinas X Budi menjelaskan.`
    let verb = words
        .iter()
        .take(10)
        .position(|w| ME_VERBS.contains(&lower(text, w).as_str()));
    if let Some(v) = verb {
        if let Some(p) = last_person(text, &words[..v], names) {
            return Attr::Person(p);
        }
    }
    Attr::Nothing
}

/// End of the attribution clause after a quote: the sentence end, a line break or another
/// quotation mark, at most [`TAIL`] bytes on.
pub(super) fn tail_end(text: &str, from: usize) -> usize {
    let limit = context::floor_char(text, from.saturating_add(TAIL).min(text.len()));
    let sentence = context::sentence_at(text, from).end.max(from);
    let stop = text[from..limit]
        .find(|c: char| c == '\n' || context::is_quote_mark(c))
        .map_or(limit, |i| from + i);
    stop.min(sentence.max(from + 1)).min(limit)
}

/// The first person named in `words` (after a speech verb), by occurrence or by a
/// capitalised word that is part of exactly one person's name.
fn named_after(text: &str, words: &[Range<usize>], end: usize, names: &Names) -> Option<Attr> {
    let from = words.first()?.start;
    let window_end = words.get(WINDOW).map_or(end, |w| w.start);
    let is_demo = |w: &Range<usize>| matches!(lower(text, w).as_str(), "ini" | "itu" | "tersebut");
    // A name after `kepada`, `di`, `oleh` is the addressee, a place or a source.
    let governed = |start: usize| {
        word_before_is(
            text,
            words,
            start,
            &[
                "kepada", "pada", "dengan", "oleh", "dari", "di", "ke", "melalui", "untuk",
            ],
        )
    };
    let spot = names
        .within(from..window_end)
        .iter()
        .find(|(span, _)| !governed(span.start));
    let found = match spot {
        Some((span, p)) => Some((span.clone(), *p)),
        None => words.iter().take(WINDOW).find_map(|w| {
            let p = names.by_token(text.get(w.clone())?)?;
            (!governed(w.start)).then(|| (w.clone(), p))
        }),
    };
    let Some((span, p)) = found else {
        // `ujar Pj. Gubernur`: a role alone names the one person holding it.
        let clause_end = text
            .get(from..window_end)
            .and_then(|t| t.find([',', '(']))
            .map_or(window_end, |c| from + c);
        let phrase: Vec<String> = words
            .iter()
            .take_while(|w| w.end <= clause_end)
            .take(6)
            .map(|w| lower(text, w))
            .collect();
        return names.by_role(&phrase).map(Attr::Person);
    };
    // `kata sutradara berusia 54 tahun itu kepada Deadline`, `lanjut adik kandung mantan
    // Presiden Abdurrahman Wahid (Gus Dur) itu`: a description pointing back to someone
    // already named, with at most a name inside it.
    let clause_end = text
        .get(span.end..window_end.max(span.end))
        .and_then(|t| t.find(','))
        .map_or(window_end, |c| span.end + c);
    let demo_before = words
        .iter()
        .take_while(|w| w.end <= span.start)
        .any(is_demo);
    let demo_after = words
        .iter()
        .filter(|w| w.start >= span.end && w.end <= clause_end)
        .take(3)
        .any(is_demo);
    Some(if demo_before || demo_after {
        Attr::Pronoun
    } else {
        Attr::Person(p)
    })
}

/// `ujar eks Wakil Menteri Hukum dan HAM ini`, `tutup gelandang berusia 26 tahun itu`: a
/// description pointing back to someone already named reads as a pronoun.
fn described(text: &str, words: &[Range<usize>]) -> Attr {
    let pointing = words
        .iter()
        .take(WINDOW)
        .any(|w| matches!(lower(text, w).as_str(), "ini" | "itu" | "tersebut"));
    if pointing {
        Attr::Pronoun
    } else {
        Attr::Verb
    }
}

/// The person named last in `words` (the subject before a verb).
fn last_person(text: &str, words: &[Range<usize>], names: &Names) -> Option<usize> {
    let (first, last) = (words.first()?, words.last()?);
    // `Lamothe, melalui akun Twitternya mengatakan`: a name governed by a preposition is
    // not the subject.
    let governed = |start: usize| {
        word_before_is(
            text,
            words,
            start,
            &[
                "akun", "melalui", "kepada", "oleh", "dari", "dengan", "di", "untuk",
            ],
        )
    };
    if let Some((_, p)) = names
        .within(first.start..last.end)
        .iter()
        .rev()
        .find(|(span, _)| !governed(span.start))
    {
        return Some(*p);
    }
    words
        .iter()
        .rev()
        .filter(|w| !governed(w.start))
        .find_map(|w| names.by_token(text.get(w.clone())?))
}

/// The attribution leading into the quote: `Menurut Hery, "..."`, `Agus mengatakan: "..."`.
pub(super) fn before(text: &str, q: &Quoted, prev_close: usize, names: &Names) -> Attr {
    let sentence = context::sentence_at(text, q.open.saturating_sub(1));
    let start = sentence.start.max(prev_close).min(q.open);
    let head = text.get(start..q.open).unwrap_or("").trim_end();
    let words = context::words(text, start..start + head.len());
    let Some(last) = words.last() else {
        return Attr::Nothing;
    };
    // `Agus mengatakan, "`, `Agus mengatakan: "`, `Agus mengatakan "`, `Agus mengatakan bahwa "`.
    let last_word = lower(text, last);
    let ends_open = head.ends_with([',', ':']) || is_speech(&last_word) || last_word == "bahwa";
    if !ends_open {
        return Attr::Nothing;
    }
    let Some(v) = words.iter().rposition(|w| {
        let l = lower(text, w);
        is_speech(&l) || is_after_verb(&l)
    }) else {
        return Attr::Nothing;
    };
    let verb = lower(text, &words[v]);
    if verb.ends_with("nya") {
        return Attr::Pronoun;
    }
    if verb == "menurut" || is_after_verb(&verb) {
        return match named_after(text, &words[v + 1..], q.open, names) {
            Some(a) => a,
            None if words
                .get(v + 1)
                .is_some_and(|w| PRONOUNS.contains(&lower(text, w).as_str())) =>
            {
                Attr::Pronoun
            }
            None => Attr::Verb,
        };
    }
    if let Some(p) = last_person(text, &words[..v], names) {
        return Attr::Person(p);
    }
    if words[..v]
        .iter()
        .any(|w| PRONOUNS.contains(&lower(text, w).as_str()))
    {
        return Attr::Pronoun;
    }
    Attr::Verb
}

/// The speaker a pronoun or an unattributed quote points back to: the subject of the
/// nearest sentence with a speech verb between the previous quote and this one; for a
/// pronoun, failing that, the previous quote's speaker when no one else was named since,
/// else the first person of the last sentence naming one.
pub(super) fn from_context(
    text: &str,
    q: &Quoted,
    prev: Option<(usize, Option<usize>)>,
    names: &Names,
    pronoun: bool,
) -> Option<usize> {
    let prev_close = prev.map_or(0, |p| p.0);
    let prev_speaker = prev.and_then(|p| p.1);
    let from = context::floor_char(text, prev_close.max(q.open.saturating_sub(1500)));
    let gap = from..q.open.max(from);
    let sentences = context::sentences_in(text, gap.clone());
    let look = if pronoun { 3 } else { 2 };
    for s in sentences.iter().rev().take(look) {
        let words = context::words(text, s.clone());
        let Some(v) = words.iter().position(|w| is_speech(&lower(text, w))) else {
            continue;
        };
        if let Some(p) = last_person(text, &words[..v], names) {
            return Some(p);
        }
        if let Some(Attr::Person(p)) = named_after(text, &words[v + 1..], s.end, names) {
            return Some(p);
        }
    }
    let named: Vec<_> = names.within(gap.clone()).to_vec();
    if named.is_empty() || text.get(gap.clone()).is_some_and(|g| g.trim().is_empty()) {
        return prev_speaker;
    }
    if !pronoun {
        return None;
    }
    // The last sentence naming someone: its subject (named within its first words) took
    // the floor; a name deeper in it (`istri dari Ananda Mikola itu`) did not, and the
    // previous speaker goes on.
    let Some((s, (span, p))) = sentences
        .iter()
        .rev()
        .find_map(|s| names.within(s.clone()).first().map(|o| (s, o)))
    else {
        return prev_speaker;
    };
    let lead = context::words(text, s.start..span.start);
    let after_preposition = lead.last().is_some_and(|w| {
        matches!(
            lower(text, w).as_str(),
            "dari" | "kepada" | "oleh" | "dengan" | "untuk" | "bagi" | "terhadap" | "pada"
        )
    });
    let subject = lead.len() <= SUBJECT_WORDS && !after_preposition;
    if subject || prev_speaker.is_none() || prev_speaker == Some(*p) {
        Some(*p)
    } else {
        prev_speaker
    }
}

/// Words before a sentence's subject at most (`Direktur olahraga Bayern, Hasan`).
const SUBJECT_WORDS: usize = 8;
