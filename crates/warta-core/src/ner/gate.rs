//! Which tokens the tagger scores.
//!
//! In cased text a name has a capital letter, or is a word the lexicons know as a place,
//! a given name or an agency's acronym (`ke manado`, `desa karangasem`: names written in
//! lower case). What the tagger learned of the words around a token reaches two tokens
//! each way, so stretches of text more than [`REACH`] tokens away from every such anchor
//! hold nothing it would tag for their own sake; it leaves them O without looking their
//! keys up or decoding them (an eighth of the tagger's work on news), and decodes each
//! run of scored tokens between O tags. Text with too few capitals to tell names by case
//! (a lower-cased labelled set, a message typed without capitals) is scored whole. On
//! the labelled sets and the corpus this changes no output; on three thousand news
//! articles it drops one generic lower-case mention (`kementerian keuangan` of another
//! country).

use std::ops::Range;

/// Tokens scored each side of an anchor.
pub(crate) const REACH: usize = 2;

/// Word tokens per word token starting with a capital that case is trusted at most: news
/// has one sentence start and a name or two in every twenty words, text written in lower
/// case next to none.
const WORDS_PER_CAPITAL: usize = 20;

/// Whether the tokens `toks` of `text` are cased well enough that names can be told by
/// their capitals: at least one word token in [`WORDS_PER_CAPITAL`] starts with one.
pub(crate) fn well_cased(text: &str, toks: &[Range<usize>]) -> bool {
    let mut words = 0usize;
    let mut capitals = 0usize;
    for tok in toks {
        let Some(first) = text.get(tok.clone()).and_then(|w| w.chars().next()) else {
            continue;
        };
        if first.is_alphabetic() {
            words += 1;
            capitals += usize::from(first.is_uppercase());
        }
    }
    capitals > 0 && capitals * WORDS_PER_CAPITAL >= words
}

/// Mark in `out` (one flag per token) the tokens within [`REACH`] of an anchor: a token
/// that may be or open a name ([`super::features::Features::anchor`]).
pub(crate) fn mark(anchors: impl ExactSizeIterator<Item = bool>, out: &mut Vec<bool>) {
    out.clear();
    out.resize(anchors.len(), false);
    for (i, anchor) in anchors.enumerate() {
        if anchor {
            let end = (i + REACH + 1).min(out.len());
            for flag in &mut out[i.saturating_sub(REACH)..end] {
                *flag = true;
            }
        }
    }
}

/// The runs of marked tokens in `marks`, as ranges of token indices.
pub(crate) fn runs(marks: &[bool]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < marks.len() && !marks[i] {
            i += 1;
        }
        let start = i;
        while i < marks.len() && marks[i] {
            i += 1;
        }
        (start < i).then_some(start..i)
    })
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        super::super::tokens::tokenize(text, 0..text.len(), &mut out);
        out
    }

    #[test]
    fn news_is_well_cased_and_lower_case_text_is_not() {
        let cases = [
            (
                "Presiden Joko Widodo meresmikan bendungan di Lebak, Banten.",
                true,
            ),
            ("kata budi di jakarta , senin .", false),
            ("", false),
            ("123 , 456", false),
            // One stray capital in a long lower-case text does not make it cased.
            (
                "kemarin budi dan siti pergi ke pasar di jakarta untuk membeli sayur \
                 dan buah lalu mereka pulang ke rumah di bogor naik kereta dari stasiun \
                 manggarai bersama teman mereka yang bernama andi dan OK",
                false,
            ),
            ("SEMUA HURUF BESAR DI SINI", true),
        ];
        for (text, want) in cases {
            assert_eq!(well_cased(text, &words(text)), want, "{text:?}");
        }
    }

    fn marks(anchors: &str) -> String {
        let mut out = Vec::new();
        mark(anchors.bytes().map(|c| c == b'1'), &mut out);
        out.iter().map(|&m| if m { '1' } else { '0' }).collect()
    }

    #[test]
    fn marks_reach_two_tokens_from_anchors() {
        assert_eq!(REACH, 2);
        // (anchors, marked)
        let cases = [
            ("", ""),
            ("000", "000"),
            ("1", "1"),
            ("0000000100000000", "0000011111000000"),
            ("1000000001", "1110000111"),
            ("0001000100", "0111111111"),
        ];
        for (anchors, want) in cases {
            assert_eq!(marks(anchors), want, "{anchors}");
        }
    }

    #[test]
    fn runs_of_marked_tokens() {
        let marks = |s: &str| s.bytes().map(|c| c == b'1').collect::<Vec<bool>>();
        let cases: [(&str, &[Range<usize>]); 5] = [
            ("", &[]),
            ("000", &[]),
            ("111", &[0..3]),
            ("0110111", &[1..3, 4..7]),
            ("1000000001", &[0..1, 9..10]),
        ];
        for (m, want) in cases {
            assert_eq!(runs(&marks(m)).collect::<Vec<_>>(), want, "{m}");
        }
    }
}
