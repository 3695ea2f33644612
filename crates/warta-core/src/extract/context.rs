//! Local sentence and word scanning shared by the agreement and quote recognizers, and
//! where the named things of an article stand in its text.
//!
//! These recognizers look a few words around an anchor, so they need sentence edges that
//! do not depend on the document's segmentation being perfect: a sentence here ends at
//! `.`, `!` or `?` followed by space and a capital, digit or quotation mark (not after a
//! short abbreviation such as `No.`, `Dr.` or `H.`), and at a line break that follows such
//! punctuation or precedes a capital. A wrapped line inside a sentence
//! (`dengan\nmasyarakat`) is not an edge.

use std::ops::Range;

use crate::article::Mention;

/// Quotation marks that open or close a direct quote.
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// Abbreviations after which a period does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "no", "dr", "drs", "dra", "ir", "h", "hj", "st", "prof", "jl", "jln", "kh", "tn", "ny",
    "sdr", "bpk", "pak", "bu", "kab", "kec", "kel", "prov", "dll", "dsb", "dkk", "mr", "mrs",
    "s", "m", "a", "nomor", "pj", "plt", "plh", "kapt", "kol", "brigjen", "irjen", "kombes",
];

/// Whether a sentence ends at byte `i`, where `text[i..]` starts with `.`, `!`, `?` or `\n`.
fn is_edge(text: &str, i: usize) -> bool {
    let Some(c) = text[i..].chars().next() else {
        return false;
    };
    let after = &text[i + c.len_utf8()..];
    let next = after
        .chars()
        .find(|ch| !ch.is_whitespace() && !is_quote_mark(*ch) && *ch != '\'');
    let next_starts = next.is_none_or(|n| n.is_uppercase() || n.is_ascii_digit());
    if c == '\n' {
        if after.starts_with('\n') || after.trim_start_matches([' ', '\t']).starts_with('\n') {
            return true;
        }
        let before = text[..i].trim_end_matches([' ', '\t']);
        let closed = before.ends_with(['.', '!', '?', ':', '"', '\u{201D}']);
        let opens = after.trim_start().starts_with(is_quote_mark);
        return closed || opens || next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit());
    }
    // The next character must be a space (possibly after closing quotes).
    let spaced = after
        .trim_start_matches(|ch: char| is_quote_mark(ch) || ch == '\'' || ch == ')')
        .starts_with(char::is_whitespace)
        || after.is_empty();
    if !spaced || !next_starts {
        return false;
    }
    if c == '.' {
        let word: String = text[..i]
            .chars()
            .rev()
            .take_while(|ch| ch.is_alphanumeric())
            .collect::<String>()
            .chars()
            .rev()
            .collect();
        if word.chars().all(|ch| ch.is_ascii_digit()) && !word.is_empty() {
            // `pukul 10. Kemudian` is rare; `No. 25` and `19.00` are common.
            return after.starts_with(char::is_whitespace) && word.len() > 2;
        }
        let lower = word.to_lowercase();
        if ABBREVIATIONS.contains(&lower.as_str()) {
            return false;
        }
    }
    true
}

/// Longest reach of a sentence each way from a position, in bytes.
const MAX_SENTENCE: usize = 800;

/// The sentence around byte `pos`: from just after the previous edge to the next edge.
pub(crate) fn sentence_at(text: &str, pos: usize) -> Range<usize> {
    let pos = floor_char(text, pos.min(text.len()));
    // A run-on "sentence" is cut at MAX_SENTENCE bytes each way, so that text without
    // punctuation costs linear time, not quadratic.
    let lo = floor_char(text, pos.saturating_sub(MAX_SENTENCE));
    let hi = floor_char(text, pos.saturating_add(MAX_SENTENCE));
    let mut start = lo;
    for (i, c) in text[lo..pos].char_indices().rev() {
        let i = lo + i;
        if matches!(c, '.' | '!' | '?' | '\n') && is_edge(text, i) {
            start = i + c.len_utf8();
            break;
        }
    }
    let mut end = hi;
    for (i, c) in text[pos..hi].char_indices() {
        if matches!(c, '.' | '!' | '?' | '\n') && is_edge(text, pos + i) {
            end = pos + i + c.len_utf8();
            break;
        }
    }
    while start < end && text[start..].starts_with(char::is_whitespace) {
        start += text[start..].chars().next().map_or(1, char::len_utf8);
    }
    start..end
}

/// Sentence ranges covering `range` of `text`, in order.
pub(crate) fn sentences_in(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = range.start;
    while pos < range.end {
        let s = sentence_at(text, pos);
        if s.end <= pos {
            break;
        }
        let clipped = s.start.max(range.start)..s.end.min(range.end);
        if !text[clipped.clone()].trim().is_empty() {
            out.push(clipped);
        }
        pos = s.end;
    }
    out
}

/// The largest char boundary not above `i`.
pub(crate) fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Word byte ranges in `text[range]`: runs of letters and digits, with inner hyphens and
/// apostrophes (`Undang-Undang`, `Jum'at`).
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let slice = &text[range.clone()];
    let mut start: Option<usize> = None;
    let mut prev_joiner = false;
    for (i, c) in slice.char_indices() {
        let joiner = (c == '-' || c == '\'') && start.is_some() && !prev_joiner;
        if c.is_alphanumeric() || joiner {
            if start.is_none() {
                start = Some(i);
            }
            prev_joiner = joiner;
        } else if let Some(s) = start.take() {
            let end = if prev_joiner { i - 1 } else { i };
            out.push(range.start + s..range.start + end);
            prev_joiner = false;
        }
    }
    if let Some(s) = start {
        let end = if prev_joiner {
            slice.len() - 1
        } else {
            slice.len()
        };
        out.push(range.start + s..range.start + end);
    }
    out
}

/// Whether `start..end` stands as whole words in `text`: no letter or digit touches it on
/// either side.
pub(crate) fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|h| h.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Most surfaces times text bytes searched one surface at a time.
const SEPARATE_SEARCHES: usize = 1 << 20;

/// Whole-word occurrences of each of `surfaces` in `text`, as (index into `surfaces`,
/// span), in no set order. Each surface is found as a left-to-right search for it alone
/// finds it (an occurrence overlapping the previous one of the same surface is skipped);
/// an empty surface is found nowhere. One pass over the text serves every surface, so a
/// long text naming many things costs time linear in the text.
pub(crate) fn whole_word_occurrences(text: &str, surfaces: &[&str]) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    // Each distinct surface once, with the indices that carry it.
    let mut distinct: Vec<&str> = Vec::new();
    let mut owners: Vec<Vec<usize>> = Vec::new();
    let mut ids: crate::gazetteer::WordMap<&str, usize> = Default::default();
    for (i, &surface) in surfaces.iter().enumerate() {
        if surface.is_empty() {
            continue;
        }
        let id = *ids.entry(surface).or_insert_with(|| {
            distinct.push(surface);
            owners.push(Vec::new());
            distinct.len() - 1
        });
        owners[id].push(i);
    }
    if distinct.is_empty() {
        return out;
    }
    // A short text with few surfaces is searched once per surface: building the
    // automaton would cost more than it saves.
    if distinct.len().saturating_mul(text.len()) <= SEPARATE_SEARCHES {
        for (id, surface) in distinct.iter().enumerate() {
            for (i, _) in text.match_indices(surface) {
                let end = i + surface.len();
                if is_whole_word(text, i, end) {
                    out.extend(owners[id].iter().map(|&k| (k, i..end)));
                }
            }
        }
        return out;
    }
    let Ok(ac) = aho_corasick::AhoCorasick::new(&distinct) else {
        return out;
    };
    let mut next_free = vec![0usize; distinct.len()];
    for m in ac.find_overlapping_iter(text) {
        let id = m.pattern().as_usize();
        if m.start() < next_free[id] {
            continue;
        }
        next_free[id] = m.end();
        if is_whole_word(text, m.start(), m.end()) {
            out.extend(owners[id].iter().map(|&i| (i, m.range())));
        }
    }
    out
}

/// Where named things stand in `text`, as (span, index of the thing): each thing's resolved
/// mentions, plus every whole-word occurrence of the surface forms given with it (so that a
/// name is found where the entity stage missed a mention). Sorted by start, the longest kept
/// at each start, any span inside an earlier one dropped.
pub(crate) fn name_spots<'a, S>(
    text: &str,
    things: impl IntoIterator<Item = (&'a [Mention], S)>,
) -> Vec<(Range<usize>, usize)>
where
    S: IntoIterator<Item = &'a str>,
{
    let mut spots = Vec::new();
    let mut surfaces: Vec<&str> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (idx, (mentions, forms)) in things.into_iter().enumerate() {
        for m in mentions {
            if m.start < m.end && text.get(m.start..m.end).is_some() {
                spots.push((m.start..m.end, idx));
            }
        }
        for surface in forms {
            surfaces.push(surface);
            owner.push(idx);
        }
    }
    for (i, span) in whole_word_occurrences(text, &surfaces) {
        spots.push((span, owner[i]));
    }
    // Longest first at each start, then drop spans inside an earlier one.
    // Equal spans: the lowest thing first, as each thing's spots are listed before the next's.
    spots.sort_unstable_by(|a, b| {
        a.0.start
            .cmp(&b.0.start)
            .then(b.0.end.cmp(&a.0.end))
            .then(a.1.cmp(&b.1))
    });
    let mut kept: Vec<(Range<usize>, usize)> = Vec::with_capacity(spots.len());
    for s in spots {
        if kept.last().is_some_and(|k| s.0.start < k.0.end) {
            continue;
        }
        kept.push(s);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_edges() {
        let cases = [
            ("Ia datang. Lalu pergi.", 13, "Lalu pergi."),
            ("Ia datang. Lalu pergi.", 2, "Ia datang."),
            (
                "UU No. 25 Tahun 2009 berlaku. Itu saja.",
                3,
                "UU No. 25 Tahun 2009 berlaku.",
            ),
            ("Dr. Biroum hadir. Ya.", 5, "Dr. Biroum hadir."),
            (
                "dengan\nmasyarakat,\" ucap dia.",
                2,
                "dengan\nmasyarakat,\" ucap dia.",
            ),
            ("Judul\n\nIsi berita.", 9, "Isi berita."),
            ("pukul 19.00 WIB tiba. Lalu", 3, "pukul 19.00 WIB tiba."),
        ];
        for (text, pos, want) in cases {
            let r = sentence_at(text, pos);
            assert_eq!(&text[r], want, "{text:?} at {pos}");
        }
    }

    #[test]
    fn words_keep_hyphens() {
        let text = "Undang-Undang Nomor 25, (Jum'at) kata-";
        let got: Vec<&str> = words(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(got, ["Undang-Undang", "Nomor", "25", "Jum'at", "kata"]);
    }

    #[test]
    fn whole_words() {
        let text = "Agus, Agustus dan é Agus";
        let cases = [(0, 4, true), (6, 10, false), (14, 17, true), (21, 25, true)];
        for (start, end, want) in cases {
            assert_eq!(is_whole_word(text, start, end), want, "{start}..{end}");
        }
        // Inside a character: no neighbour is read.
        assert!(is_whole_word(text, 19, 20));
    }

    #[test]
    fn name_spots_keep_outermost() {
        let text = "Bank Indonesia dan Indonesia, BI-Indonesia";
        let mentions = [Mention::new(0, 14)];
        let things = [
            (&mentions[..], vec!["Bank Indonesia"]),
            (&[][..], vec!["Indonesia", "BI"]),
        ];
        let got: Vec<(&str, usize)> = name_spots(text, things)
            .into_iter()
            .map(|(r, i)| (&text[r], i))
            .collect();
        assert_eq!(
            got,
            [
                ("Bank Indonesia", 0),
                ("Indonesia", 1),
                ("BI", 1),
                ("Indonesia", 1)
            ]
        );
    }

    #[test]
    fn sentences_cover_range() {
        let text = "Satu dua. Tiga empat! Lima";
        let got: Vec<&str> = sentences_in(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(got, ["Satu dua.", "Tiga empat!", "Lima"]);
    }
}
