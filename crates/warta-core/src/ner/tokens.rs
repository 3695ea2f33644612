//! Tokens as the tagger sees them: words and single punctuation marks.
//!
//! The labelled news sets the tagger learns from separate punctuation from words
//! (`Jakarta ,`), keep reduplications (`anak-anak`), dates (`24/8`), domains
//! (`kompas.com`) and decimals (`12,35`) whole, and keep the dot of short abbreviations
//! (`Dr.`, `H.`, `No.`). This tokenizer follows the same conventions on running text.

use std::ops::Range;

/// Lower-case abbreviations whose trailing dot belongs to the word (titles, honorifics,
/// street and number words).
const DOTTED: &[&str] = &[
    "dr", "drs", "dra", "ir", "prof", "hj", "kh", "st", "jl", "jln", "no", "kol", "mr", "mrs",
    "ms", "sdr", "bpk", "tn", "ny", "rm", "pt", "cv", "tbk", "kec", "kab", "prov", "kel", "ds",
    "gg", "rt", "rw", "sh", "se", "mm", "mh", "mt", "mba", "mpd", "spd", "skom", "ssos", "ssi",
    "phd", "jr", "sr", "brigjen", "kombes", "irjen", "komjen", "letjen", "mayjen", "jend", "capt",
    "hon", "ltd", "inc", "co", "corp", "dll", "dsb", "tsb", "yth",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `c` joins two word-character runs for some characters around it ([`joins`]).
fn may_join(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '\u{2019}' | '/' | '&' | '_' | ',')
}

/// Characters that join two word-character runs into one token when they stand between them.
fn joins(c: char, before: char, after: char) -> bool {
    match c {
        '-' | '.' | '\'' | '\u{2019}' | '/' | '&' | '_' => true,
        ',' => before.is_ascii_digit() && after.is_ascii_digit(),
        _ => false,
    }
}

/// Append to `out` the token byte ranges of `text[range]` (offsets into `text`).
pub(crate) fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let base = range.start;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() || c.is_control() {
            continue;
        }
        if !is_word_char(c) {
            out.push(base + i..base + i + c.len_utf8());
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut last = c;
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                chars.next();
                end = j + d.len_utf8();
                last = d;
                continue;
            }
            // A joiner counts only when a word character follows it directly (most
            // characters after a word, spaces above all, join nothing whatever follows).
            if !may_join(d) {
                break;
            }
            let after = slice
                .get(j + d.len_utf8()..)
                .and_then(|rest| rest.chars().next());
            match after {
                Some(a) if is_word_char(a) && joins(d, last, a) => {
                    chars.next();
                    end = j + d.len_utf8();
                    last = d;
                }
                _ => break,
            }
        }
        // Keep the dot of a single letter (`H.`) or a known abbreviation (`Dr.`).
        if let Some(&(j, '.')) = chars.peek() {
            let word = &slice[i..end];
            let single = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            let initials = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
            if single || initials || is_dotted(word) {
                chars.next();
                end = j + 1;
            }
        }
        out.push(base + i..base + end);
    }
}

fn is_dotted(word: &str) -> bool {
    word.len() <= 8
        && DOTTED
            .iter()
            .any(|a| a.len() == word.len() && a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn follows_the_labelled_sets() {
        let cases: &[(&str, &[&str])] = &[
            (
                "kata Anis di Jakarta, Senin.",
                &["kata", "Anis", "di", "Jakarta", ",", "Senin", "."],
            ),
            (
                "anak-anak (24/8) kompas.com",
                &["anak-anak", "(", "24/8", ")", "kompas.com"],
            ),
            (
                "naik 12,35 persen, lalu",
                &["naik", "12,35", "persen", ",", "lalu"],
            ),
            ("Dr. H. Ahmad, S.H.", &["Dr.", "H.", "Ahmad", ",", "S.H."]),
            (
                "\"Kami siap,\" ujar Budi.",
                &["\"", "Kami", "siap", ",", "\"", "ujar", "Budi", "."],
            ),
            ("Jl. Sudirman No. 5", &["Jl.", "Sudirman", "No.", "5"]),
            ("PDI-P - Golkar", &["PDI-P", "-", "Golkar"]),
            ("Jum'at akhir.", &["Jum'at", "akhir", "."]),
            ("", &[]),
            ("   \n\n ", &[]),
            ("é—ü", &["é", "—", "ü"]),
            (
                "a_b a&b a’b 1,2 a,b a/ b",
                &["a_b", "a&b", "a’b", "1,2", "a", ",", "b", "a", "/", "b"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&toks(text), want, "{text:?}");
        }
    }

    #[test]
    fn offsets_inside_a_range() {
        let text = "Aa. Bb Cc";
        let mut out = Vec::new();
        tokenize(text, 4..9, &mut out);
        assert_eq!(out, vec![4..6, 7..9]);
        // A range that is not on char boundaries yields nothing instead of panicking.
        let text = "ééé";
        out.clear();
        tokenize(text, 1..3, &mut out);
        assert!(out.is_empty());
    }
}
