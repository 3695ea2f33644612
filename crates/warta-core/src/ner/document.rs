//! Document-level consistency: a name keeps one label within an article, and a name
//! tagged once is found again where the sentence alone gave too little evidence.
//!
//! News names a person in full once (`Joko Widodo`) and then by one of the names
//! (`Widodo`, `Joko`); places and organizations recur verbatim. The tagger decides each
//! sentence alone, so it can miss a later bare mention or label the same surface two ways.

use std::collections::HashMap;
use std::ops::Range;

use super::{NerLabel, NerSpan};

/// Longest name, in tokens, looked for again.
const MAX_TOKENS: usize = 6;
/// Spans below this confidence neither vote nor spread.
const MIN_CONFIDENCE: f32 = 0.5;
/// Weight of a part of a person's name relative to the full name's vote.
const PART_WEIGHT: f32 = 0.5;
/// Confidence of a mention found again, relative to the mentions it was found from.
const FOUND_AGAIN: f32 = 0.7;

fn index(label: NerLabel) -> usize {
    match label {
        NerLabel::Per => 0,
        NerLabel::Org => 1,
        NerLabel::Loc => 2,
    }
}

const LABELS: [NerLabel; 3] = [NerLabel::Per, NerLabel::Org, NerLabel::Loc];

/// The tokens `range` of `tokens` as one key, single spaces between them.
fn key_of(text: &str, tokens: &[Range<usize>], buf: &mut String) {
    buf.clear();
    for (n, t) in tokens.iter().enumerate() {
        if n > 0 {
            buf.push(' ');
        }
        buf.push_str(text.get(t.clone()).unwrap_or(""));
    }
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Make labels consistent and add mentions found again. `tokens` are all the document's
/// tokens in order; every span starts and ends on token boundaries.
pub(crate) fn propagate(
    text: &str,
    tokens: &[Range<usize>],
    spans: &mut Vec<NerSpan>,
    is_honorific: impl Fn(&str) -> bool,
) {
    if spans.is_empty() {
        return;
    }
    let token_range = |span: &Range<usize>| {
        let a = tokens.partition_point(|t| t.start < span.start);
        let b = tokens.partition_point(|t| t.end <= span.end).max(a);
        a..b
    };
    let mut votes: HashMap<String, [f32; 3]> = HashMap::new();
    let mut buf = String::new();
    let mut covered = vec![false; tokens.len()];
    for span in spans.iter() {
        let Range { start: a, end: b } = token_range(&span.span);
        for c in covered.iter_mut().take(b).skip(a) {
            *c = true;
        }
        if span.confidence < MIN_CONFIDENCE {
            continue;
        }
        let Some(toks) = tokens.get(a..b) else {
            continue;
        };
        key_of(text, toks, &mut buf);
        votes.entry(buf.clone()).or_insert([0.0; 3])[index(span.label)] += span.confidence;
    }
    // Parts of people's full names.
    let mut parts: Vec<(String, f32)> = Vec::new();
    for span in spans
        .iter()
        .filter(|s| s.label == NerLabel::Per && s.confidence >= MIN_CONFIDENCE)
    {
        let Range { start: a, end: b } = token_range(&span.span);
        if b <= a + 1 {
            continue;
        }
        for t in tokens.get(a..b).unwrap_or(&[]) {
            let word = text.get(t.clone()).unwrap_or("");
            if word.chars().count() >= 3
                && starts_upper(word)
                && word.chars().all(char::is_alphabetic)
                && !is_honorific(word)
            {
                parts.push((word.to_string(), span.confidence * PART_WEIGHT));
            }
        }
    }
    for (word, weight) in parts {
        let entry = votes.entry(word).or_insert([0.0; 3]);
        entry[0] += weight;
    }

    // One label per surface.
    for span in spans.iter_mut() {
        let Some(toks) = tokens.get(token_range(&span.span)) else {
            continue;
        };
        key_of(text, toks, &mut buf);
        let Some(v) = votes.get(&buf) else { continue };
        let best = (0..3).fold(0, |m, i| if v[i] > v[m] { i } else { m });
        if LABELS[best] != span.label && v[best] > v[index(span.label)] {
            span.label = LABELS[best];
            span.confidence *= v[best] / (v[0] + v[1] + v[2]);
        }
    }

    // Mentions found again.
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let word = text.get(tokens[i].clone()).unwrap_or("");
        if covered[i] || !starts_upper(word) {
            i += 1;
            continue;
        }
        let mut hit = None;
        let longest = (1..=MAX_TOKENS.min(tokens.len() - i))
            .take_while(|&len| !covered[i + len - 1])
            .last()
            .unwrap_or(0);
        for len in (1..=longest).rev() {
            key_of(text, &tokens[i..i + len], &mut buf);
            if let Some(v) = votes.get(&buf) {
                let best = (0..3).fold(0, |m, k| if v[k] > v[m] { k } else { m });
                let total = v[0] + v[1] + v[2];
                if total > 0.0 {
                    hit = Some((len, LABELS[best], (v[best] / total) * FOUND_AGAIN));
                    break;
                }
            }
        }
        match hit {
            Some((len, label, confidence)) => {
                found.push(NerSpan {
                    span: tokens[i].start..tokens[i + len - 1].end,
                    label,
                    confidence,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    if !found.is_empty() {
        spans.extend(found);
        spans.sort_by_key(|s| s.span.start);
    }
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word.chars().all(|c| c.is_alphanumeric())
        && word.chars().filter(|c| c.is_uppercase()).count() * 2 > letters
}

/// Follow the definitions of acronyms: in `Komisi Pemberantasan Korupsi (KPK)` the
/// acronym takes the label of the name it abbreviates, everywhere in the document; in
/// `Perjanjian Kerja Sama (PKS)` the name is no entity, so neither is the acronym, even
/// where it elsewhere abbreviates a party.
pub(crate) fn follow_acronyms(text: &str, tokens: &[Range<usize>], spans: &mut Vec<NerSpan>) {
    let word = |i: usize| {
        tokens
            .get(i)
            .and_then(|t| text.get(t.clone()))
            .unwrap_or("")
    };
    let covering = |spans: &[NerSpan], i: usize| {
        tokens.get(i).and_then(|t| {
            spans
                .iter()
                .position(|s| s.span.start <= t.start && t.end <= s.span.end)
        })
    };
    // (acronym, label of its definition or None when the definition is no entity)
    let mut defined: Vec<(&str, Option<NerLabel>)> = Vec::new();
    for k in 2..tokens.len().saturating_sub(2) {
        if word(k) != "(" || word(k + 2) != ")" || !is_acronym(word(k + 1)) {
            continue;
        }
        // The defining name: at least two capitalized words right before the bracket.
        if !(starts_upper(word(k - 1)) && starts_upper(word(k - 2))) {
            continue;
        }
        let acronym = word(k + 1);
        let label = covering(spans, k - 1).map(|i| spans[i].label);
        if !defined.iter().any(|(a, _)| *a == acronym) {
            defined.push((acronym, label));
        }
    }
    if defined.is_empty() {
        return;
    }
    spans.retain_mut(|s| {
        let surface = text.get(s.span.clone()).unwrap_or("");
        match defined.iter().find(|(a, _)| *a == surface) {
            Some((_, None)) => false,
            Some((_, Some(label))) => {
                s.label = *label;
                true
            }
            None => true,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        super::super::tokens::tokenize(text, 0..text.len(), &mut out);
        out
    }

    fn span(text: &str, surface: &str, nth: usize, label: NerLabel, confidence: f32) -> NerSpan {
        let start = text
            .match_indices(surface)
            .nth(nth)
            .map(|(i, _)| i)
            .unwrap_or(0);
        NerSpan {
            span: start..start + surface.len(),
            label,
            confidence,
        }
    }

    fn run(text: &str, mut spans: Vec<NerSpan>) -> Vec<(String, NerLabel)> {
        propagate(text, &tokens(text), &mut spans, |w| w == "Pak");
        spans
            .into_iter()
            .map(|s| (text[s.span].to_string(), s.label))
            .collect()
    }

    #[test]
    fn finds_parts_of_names_and_repeats() {
        let text = "Joko Widodo tiba di Solo. Widodo lalu ke Solo bersama Pak Joko.";
        let got = run(
            text,
            vec![
                span(text, "Joko Widodo", 0, NerLabel::Per, 0.9),
                span(text, "Solo", 0, NerLabel::Loc, 0.8),
            ],
        );
        let want = [
            ("Joko Widodo", NerLabel::Per),
            ("Solo", NerLabel::Loc),
            ("Widodo", NerLabel::Per),
            ("Solo", NerLabel::Loc),
            ("Joko", NerLabel::Per),
        ];
        let want: Vec<(String, NerLabel)> = want.iter().map(|(s, l)| (s.to_string(), *l)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn majority_label_wins_and_weak_spans_do_not_spread() {
        let text = "Bandung menang. Warga Bandung senang. Bandung ramai. Garut sepi. Garut lagi.";
        let got = run(
            text,
            vec![
                span(text, "Bandung", 0, NerLabel::Org, 0.6),
                span(text, "Bandung", 1, NerLabel::Loc, 0.9),
                span(text, "Bandung", 2, NerLabel::Loc, 0.9),
                span(text, "Garut", 0, NerLabel::Loc, 0.3),
            ],
        );
        let labels: Vec<NerLabel> = got.iter().map(|(_, l)| *l).collect();
        assert_eq!(labels, vec![NerLabel::Loc; 4], "{got:?}");
        assert_eq!(got.len(), 4, "a weak span is not found again: {got:?}");
    }

    #[test]
    fn acronyms_follow_their_definitions() {
        let text = "Perjanjian Kerja Sama (PKS) diteken. PKS itu sah. Komisi Pemberantasan Korupsi (KPK) datang. KPK memeriksa.";
        let mut spans = vec![
            span(text, "PKS", 0, NerLabel::Org, 0.9),
            span(text, "PKS", 1, NerLabel::Org, 0.9),
            span(text, "Komisi Pemberantasan Korupsi", 0, NerLabel::Org, 0.9),
            span(text, "KPK", 0, NerLabel::Org, 0.9),
            span(text, "KPK", 1, NerLabel::Per, 0.6),
        ];
        follow_acronyms(text, &tokens(text), &mut spans);
        let got: Vec<(&str, NerLabel)> = spans
            .iter()
            .map(|s| (&text[s.span.clone()], s.label))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Komisi Pemberantasan Korupsi", NerLabel::Org),
                ("KPK", NerLabel::Org),
                ("KPK", NerLabel::Org),
            ]
        );
        // No definition, nothing changes.
        let text = "Ketua PKS (Partai) hadir.";
        let mut spans = vec![span(text, "PKS", 0, NerLabel::Org, 0.9)];
        follow_acronyms(text, &tokens(text), &mut spans);
        assert_eq!(spans.len(), 1);
    }

    #[test]
    fn lower_case_words_are_not_found_again() {
        let text = "Kota Batu dingin. Ada batu besar.";
        let got = run(text, vec![span(text, "Batu", 0, NerLabel::Loc, 0.9)]);
        assert_eq!(got.len(), 1);
    }
}
