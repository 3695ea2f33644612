//! The one word-span function shared by the extractors and the index analyzer.
//!
//! A word is a run of letters and digits (any script; combining marks stay inside the
//! word) that may contain:
//!
//! * hyphens between letters or between a letter and a digit: Indonesian writes
//!   reduplication (`anak-anak`), prefixed acronyms (`e-KTP`), the distributive `se-`
//!   (`se-Kaltim`) and the ordinal `ke-` (`ke-2`) with a hyphen, and each is one word.
//!   A hyphen between two numbers (`2020-2021`, `20-22 Januari`) is a range: two words;
//! * apostrophes between letters or after a digit (`Jum'at`, `Qur'an`, `90'an`);
//! * dots, commas, slashes and colons between digits: thousands (`1.000`), decimals
//!   (`2,5`), times (`09.00`, `19:30`) and numeric dates (`20/01/2020`).
//!
//! Punctuation is never part of a word; emoji and symbols are not words.

use std::ops::Range;

/// Byte ranges of the words in `text`, in order.
pub fn word_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    Words { text, pos: 0 }
}

/// Byte ranges of the tokens of `text`: its words (as [`word_spans`]) and every other
/// non-space character as a token of its own (punctuation, symbols, emoji, with any
/// combining marks that follow them), in order. Named-entity data tokenizes punctuation
/// apart from words, so the tagger reads text through this.
pub fn token_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    Tokens { text, pos: 0 }
}

struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            let start = self.pos;
            let b = bytes[start];
            if b < 0x80 {
                self.pos += 1;
                if b.is_ascii_alphanumeric() {
                    self.pos = word_end(self.text, start, 1);
                    return Some(start..self.pos);
                }
                continue;
            }
            let (c, len) = char_at(self.text, start);
            self.pos += len;
            if c.is_alphanumeric() {
                self.pos = word_end(self.text, start, len);
                return Some(start..self.pos);
            }
        }
        None
    }
}

struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        while self.pos < self.text.len() {
            let start = self.pos;
            let (c, len) = char_at(self.text, start);
            self.pos += len;
            if c.is_whitespace() {
                continue;
            }
            if c.is_alphanumeric() {
                self.pos = word_end(self.text, start, len);
            } else {
                // A symbol keeps its combining marks and variation selectors.
                while self.pos < self.text.len() {
                    let (m, mlen) = char_at(self.text, self.pos);
                    if !is_mark(m) {
                        break;
                    }
                    self.pos += mlen;
                }
            }
            return Some(start..self.pos);
        }
        None
    }
}

/// The character at byte `i` (a char boundary) and its length; `'\0'` past the end.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.get(i..).and_then(|s| s.chars().next()) {
        Some(c) => (c, c.len_utf8()),
        None => ('\0', 1),
    }
}

/// Combining marks and variation selectors: parts of the preceding character.
#[inline]
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{200C}' | '\u{200D}')
}

/// Class of a character inside a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Other,
}

#[inline]
fn class(c: char) -> Class {
    if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
        Class::Digit
    } else if c.is_alphanumeric() {
        Class::Letter
    } else {
        Class::Other
    }
}

/// Whether `joiner` between a `before` and an `after` character keeps them in one word.
#[inline]
fn joins(joiner: char, before: Class, after: Class) -> bool {
    match joiner {
        '-' => after != Class::Other && !(before == Class::Digit && after == Class::Digit),
        '\'' | '\u{2019}' => after == Class::Letter,
        '.' | ',' | '/' | ':' => before == Class::Digit && after == Class::Digit,
        _ => false,
    }
}

/// End of the word whose first character (of `first_len` bytes) starts at `start`.
fn word_end(text: &str, start: usize, first_len: usize) -> usize {
    let bytes = text.as_bytes();
    let mut pos = start + first_len;
    let mut last = class(char_at(text, start).0);
    while pos < bytes.len() {
        let b = bytes[pos];
        if b.is_ascii_alphanumeric() {
            last = if b.is_ascii_digit() {
                Class::Digit
            } else {
                Class::Letter
            };
            pos += 1;
            continue;
        }
        let (c, len) = if b < 0x80 {
            (char::from(b), 1)
        } else {
            char_at(text, pos)
        };
        if b >= 0x80 && c.is_alphanumeric() {
            last = class(c);
            pos += len;
        } else if b >= 0x80 && is_mark(c) {
            pos += len;
        } else {
            let (next, _) = char_at(text, pos + len);
            if pos + len < bytes.len() && joins(c, last, class(next)) {
                pos += len;
            } else {
                break;
            }
        }
    }
    pos
}

/// `word` lower-cased without allocating for the words news is made of: borrowed when it
/// is ASCII without a capital, copied onto the stack when it is a short ASCII word, so that
/// asking a lower-case list about a word costs no allocation.
pub fn lower(word: &str) -> Lower<'_> {
    if !word.is_ascii() {
        return Lower::Owned(word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Lower::Borrowed(word);
    }
    if word.len() > INLINE {
        return Lower::Owned(word.to_ascii_lowercase());
    }
    let mut buf = [0u8; INLINE];
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    Lower::Inline(buf, word.len() as u8)
}

/// Longest word [`lower`] lower-cases on the stack.
const INLINE: usize = 30;

/// A lower-cased word (see [`lower`]); reads as a `&str`.
#[derive(Debug, Clone)]
pub enum Lower<'a> {
    /// The word itself, already lower-case.
    Borrowed(&'a str),
    /// An ASCII word lower-cased on the stack: the bytes and their count.
    Inline([u8; INLINE], u8),
    /// Any other word.
    Owned(String),
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // Only ASCII bytes are ever written to the buffer.
            Lower::Inline(buf, len) => {
                std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or_default()
            }
            Lower::Owned(s) => s,
        }
    }
}

impl Lower<'_> {
    /// The lower-cased word.
    pub fn as_str(&self) -> &str {
        self
    }
}

impl PartialEq<Lower<'_>> for &str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        **self == **other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_reads_like_to_lowercase() {
        for w in [
            "gubernur",
            "Gubernur",
            "DPRD",
            "Kabupaten-Kota",
            "",
            "Abcdefghijklmnopqrstuvwxyz0123456789",
            "Élysée",
            "\u{130}stanbul",
            "\u{212A}epala",
        ] {
            assert_eq!(&*lower(w), w.to_lowercase(), "{w}");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        word_spans(text).map(|r| &text[r]).collect()
    }

    fn tokens(text: &str) -> Vec<&str> {
        token_spans(text).map(|r| &text[r]).collect()
    }

    #[test]
    fn word_table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   \n\t ", &[]),
            (
                "anak-anak e-KTP se-Kaltim ke-2",
                &["anak-anak", "e-KTP", "se-Kaltim", "ke-2"],
            ),
            (
                "Jum'at, Qur'an tahun 90'an",
                &["Jum'at", "Qur'an", "tahun", "90'an"],
            ),
            ("Jum\u{2019}at", &["Jum\u{2019}at"]),
            (
                "Rp1.000 2,5 09.00 19:30",
                &["Rp1.000", "2,5", "09.00", "19:30"],
            ),
            (
                "Senin (20/01/2020) - Kepala",
                &["Senin", "20/01/2020", "Kepala"],
            ),
            (
                "2020-2021 20-22 Januari",
                &["2020", "2021", "20", "22", "Januari"],
            ),
            ("COVID-19.", &["COVID-19"]),
            (
                "Dr. Biroum, S.H., M.Si.",
                &["Dr", "Biroum", "S", "H", "M", "Si"],
            ),
            ("pukul 09.00 WIB.", &["pukul", "09.00", "WIB"]),
            ("“Kami harap,” jelasnya.", &["Kami", "harap", "jelasnya"]),
            (
                "akhir- -awal 'kutip' a--b",
                &["akhir", "awal", "kutip", "a", "b"],
            ),
            ("mantap 👍🏽 sekali 🇮🇩", &["mantap", "sekali"]),
            ("cafe\u{301} nai\u{308}ve", &["cafe\u{301}", "nai\u{308}ve"]),
            ("Москва 北京 مصر", &["Москва", "北京", "مصر"]),
            ("BorneOneTv.Com", &["BorneOneTv", "Com"]),
            ("harga 1.000.000,50.", &["harga", "1.000.000,50"]),
            ("x/y 3/4", &["x", "y", "3/4"]),
        ];
        for (text, want) in cases {
            assert_eq!(words(text), *want, "word_spans({text:?})");
        }
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("Dr. Biroum,", &["Dr", ".", "Biroum", ","]),
            ("“Kami,” ujar", &["“", "Kami", ",", "”", "ujar"]),
            ("(HN/ORI-Kalbar)", &["(", "HN", "/", "ORI-Kalbar", ")"]),
            ("ok 👍🏽", &["ok", "👍", "🏽"]),
            ("e\u{301}!\u{301}", &["e\u{301}", "!\u{301}"]),
        ];
        for (text, want) in cases {
            assert_eq!(tokens(text), *want, "token_spans({text:?})");
        }
    }

    #[test]
    fn pathological_input_is_linear_and_safe() {
        let parens = "(".repeat(10_000);
        assert_eq!(word_spans(&parens).count(), 0);
        assert_eq!(token_spans(&parens).count(), 10_000);
        let mixed = "a-".repeat(5_000) + "\u{301}-";
        for r in word_spans(&mixed).chain(token_spans(&mixed)) {
            assert!(mixed.is_char_boundary(r.start) && mixed.is_char_boundary(r.end));
        }
    }
}
