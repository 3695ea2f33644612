//! Pairing quotation marks into quoted spans.
//!
//! Scraped Indonesian news mixes straight and curly marks, drops the space after a closing
//! mark (`bisa,"ucap Zulkifli`) and runs a quote over a line break. A mark opens when it
//! is left-flanking (space or start before, a word after), closes when right-flanking, and
//! a mark with words on both sides closes an open quote or else opens one. A new opening
//! mark while a quote is open means the open one was never closed: when a paragraph break
//! lies between, it ended there (the convention for quotes running over paragraphs);
//! otherwise it is dropped as unbalanced. Single quotes nest inside and are not paired.

use std::ops::Range;

use crate::extract::context::is_quote_mark;

/// A quoted span: the marks and the words between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Quoted {
    /// Byte of the opening mark.
    pub open: usize,
    /// One past the closing mark (or the paragraph end for an unclosed paragraph).
    pub close_end: usize,
    /// The quoted words, trimmed of spaces and a trailing comma.
    pub inner: Range<usize>,
}

/// Longest quote accepted; beyond this a pairing is surely off.
const MAX_LEN: usize = 4000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

fn role(text: &str, i: usize, c: char) -> Option<Role> {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    let space_before = prev.is_none_or(|p| {
        p.is_whitespace() || "([{:;/\u{2014}\u{2013}-".contains(p) || is_quote_mark(p)
    });
    let space_after = next.is_none_or(char::is_whitespace);
    // Clause punctuation right after a mark closes (`", kata`, `”, yakni`).
    let punct_next = next.is_some_and(|n| ",.;:!?)".contains(n));
    if punct_next || (!space_before && space_after) {
        return Some(Role::Close);
    }
    // A curly mark faces its way; a right mark with a word after may be a site using `”`
    // both ways.
    match c {
        '\u{201C}' | '\u{201E}' | '\u{00AB}' => return Some(Role::Open),
        '\u{201D}' | '\u{00BB}' => {
            return Some(if space_before && !space_after {
                Role::Either
            } else {
                Role::Close
            })
        }
        _ => {}
    }
    match (space_before, space_after) {
        (true, false) => Some(Role::Open),
        (false, true) => Some(Role::Close),
        // Tokenised text spaces marks out on both sides (`" Warung Pintar "`).
        (true, true) => Some(Role::Either),
        (false, false) => {
            // `bisa,"ucap`: a comma ends the quote; after `dia."Selanjutnya` a quote may
            // as well open as close.
            if prev == Some(',') || !next.is_some_and(char::is_alphanumeric) {
                Some(Role::Close)
            } else {
                Some(Role::Either)
            }
        }
    }
}

/// Every quoted span of `text`, in order.
pub(super) fn quoted(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if !is_quote_mark(c) {
            continue;
        }
        let Some(r) = role(text, i, c) else { continue };
        match (open, r) {
            (Some(o), Role::Close | Role::Either) => {
                push(text, o, i, i + c.len_utf8(), &mut out);
                open = None;
            }
            (Some(o), Role::Open) => {
                if let Some(p) = paragraph_end(text, o, i) {
                    push(text, o, p, p, &mut out);
                }
                open = Some(i);
            }
            (None, Role::Open | Role::Either) => open = Some(i),
            (None, Role::Close) => {}
        }
    }
    if let Some(o) = open {
        if let Some(p) = paragraph_end(text, o, text.len()) {
            push(text, o, p, p, &mut out);
        }
    }
    out
}

/// The first paragraph break between `from` and `to`, if any.
fn paragraph_end(text: &str, from: usize, to: usize) -> Option<usize> {
    text.get(from..to)?.find("\n\n").map(|p| from + p)
}

fn push(text: &str, open: usize, close: usize, close_end: usize, out: &mut Vec<Quoted>) {
    if close <= open || close - open > MAX_LEN {
        return;
    }
    let mark_len = text[open..].chars().next().map_or(1, char::len_utf8);
    let Some(raw) = text.get(open + mark_len..close) else {
        return;
    };
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim().trim_end_matches(',').trim_end();
    if body.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return;
    }
    let start = open + mark_len + lead;
    out.push(Quoted {
        open,
        close_end,
        inner: start..start + body.len(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        quoted(text).into_iter().map(|q| &text[q.inner]).collect()
    }

    #[test]
    fn pairs() {
        let cases: &[(&str, &[&str])] = &[
            ("\"Kami siap,\" kata dia.", &["Kami siap"]),
            ("\u{201C}Kami siap.\u{201D} Ujar Agus", &["Kami siap."]),
            (
                "bisa,\"ucap Zulkifli. \"Lalu apa,\"tanya dia.",
                &["Lalu apa"],
            ),
            ("\"Satu\ndua,\" ujarnya.", &["Satu\ndua"]),
            (
                "\"Ia bilang 'tidak' tadi,\" katanya.",
                &["Ia bilang 'tidak' tadi"],
            ),
            (
                "\u{201C}Paragraf satu.\n\n\u{201C}Paragraf dua.\u{201D} katanya",
                &["Paragraf satu.", "Paragraf dua."],
            ),
            (
                "program \"Ombudsman Belajar\", yaitu",
                &["Ombudsman Belajar"],
            ),
            ("a \"b", &[]),
            (
                "mendirikan \u{201C} Warung Pintar \u{201D}, yakni warung",
                &["Warung Pintar"],
            ),
            (
                "\" Kami siap bekerja , \" kata dia .",
                &["Kami siap bekerja"],
            ),
            (
                "\u{201D}Mark kanan dua sisi\u{201D} kata dia",
                &["Mark kanan dua sisi"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(inner(text), *want, "{text:?}");
        }
    }
}
