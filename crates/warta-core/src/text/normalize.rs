//! Unicode and whitespace normalization of raw scraped text.
//!
//! Scraped Indonesian news mixes Word-processor typography (curly quotes, no-break spaces,
//! soft hyphens), CMS artefacts (zero-width spaces, byte-order marks) and Windows line
//! endings. Every later stage reads the normalized text, so the mapping is fixed here once:
//!
//! * NFC composition;
//! * no-break and typographic spaces become a plain space; zero-width characters, soft
//!   hyphens and control characters (other than `\n` and `\t`) disappear;
//! * `“` and `”` stay (the quote recognizer reads them); the other double quotes
//!   (`„ ‟ « » ″ ＂`) become `“`, `”` or `"`; single quotes and apostrophes
//!   (`’ ‘ ‚ ‛ ′ ´ \``) become `'`, so `Jum’at` and `Jum'at` are one spelling;
//! * `–` and `—` stay (datelines use them); hyphen-like characters (`‐ ‑ ‒ − ﹣ －`) become
//!   `-` and the horizontal bar `―` becomes `—`;
//! * CRLF, CR and the Unicode line separators become `\n`; runs of spaces become one
//!   space and trailing spaces are trimmed.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalize raw text (see the module documentation for the mapping).
pub fn normalize(raw: &str) -> String {
    normalize_cow(raw).into_owned()
}

/// [`normalize`], borrowing the input when it is already normalized (the common case for
/// plain ASCII text).
pub fn normalize_cow(raw: &str) -> Cow<'_, str> {
    if is_clean_ascii(raw.as_bytes()) {
        return Cow::Borrowed(raw);
    }
    let mapped = map_chars(raw);
    if is_nfc_quick(mapped.chars()) == IsNormalized::Yes {
        Cow::Owned(mapped)
    } else {
        Cow::Owned(mapped.nfc().collect())
    }
}

/// True when `bytes` is ASCII with no control character other than `\n`/`\t`, no space
/// or tab before a line end or a space: nothing to change.
fn is_clean_ascii(bytes: &[u8]) -> bool {
    let mut prev = b'\n';
    for &b in bytes {
        if b >= 0x7f || (b < 0x20 && b != b'\n' && b != b'\t') || b == b'`' {
            return false;
        }
        if (b == b'\n' || b == b' ') && (prev == b' ' || prev == b'\t') {
            return false;
        }
        prev = b;
    }
    prev != b' ' && prev != b'\t'
}

/// What one input character becomes.
enum Mapped {
    Keep,
    Drop,
    Char(char),
    Newline,
}

fn map_char(c: char) -> Mapped {
    match c {
        '\n' | '\t' => Mapped::Keep,
        ' '..='~' if c != '`' => Mapped::Keep,
        // Carriage returns and the other line separators end a line (CRLF is folded by
        // the caller); vertical tab and form feed come from PDF and Word exports.
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Mapped::Newline,
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Mapped::Char(' ')
        }
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' => Mapped::Drop,
        c if c.is_control() => Mapped::Drop,
        '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{301D}' => Mapped::Char('\u{201C}'),
        '\u{BB}' | '\u{301E}' | '\u{301F}' => Mapped::Char('\u{201D}'),
        '\u{2033}' | '\u{FF02}' => Mapped::Char('"'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{B4}' | '`'
        | '\u{2039}' | '\u{203A}' | '\u{FF07}' => Mapped::Char('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}'
        | '\u{FF0D}' => Mapped::Char('-'),
        '\u{2015}' => Mapped::Char('\u{2014}'),
        _ => Mapped::Keep,
    }
}

/// One pass over the characters: map, drop, unify line ends, trim trailing spaces.
fn map_chars(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match map_char(c) {
            Mapped::Keep => {
                if c == '\n' {
                    end_line(&mut out);
                } else {
                    push_collapsed(&mut out, c);
                }
            }
            Mapped::Drop => {}
            Mapped::Char(m) => push_collapsed(&mut out, m),
            Mapped::Newline => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_line(&mut out);
                if c == '\u{2029}' {
                    out.push('\n');
                }
            }
        }
    }
    trim_trailing(&mut out);
    out
}

/// Push `c`, folding a run of spaces (a no-break space between two spaces, as tokenized
/// text often has it) into one.
#[inline]
fn push_collapsed(out: &mut String, c: char) {
    if c == ' ' && out.ends_with([' ', '\t']) {
        return;
    }
    out.push(c);
}

fn end_line(out: &mut String) {
    trim_trailing(out);
    out.push('\n');
}

fn trim_trailing(out: &mut String) {
    let kept = out.trim_end_matches([' ', '\t']).len();
    out.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_table() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("plain text\nline two", "plain text\nline two"),
            ("a\r\nb\rc", "a\nb\nc"),
            ("trailing  \nspaces\t \n", "trailing\nspaces\n"),
            (
                "no\u{A0}break\u{202F}narrow\u{2009}thin",
                "no break narrow thin",
            ),
            ("\u{FEFF}BOM first", "BOM first"),
            ("zero\u{200B}width\u{200D}joiner\u{AD}", "zerowidthjoiner"),
            ("ctrl\u{0}\u{7}\u{1B}chars\tkept tab", "ctrlchars\tkept tab"),
            ("Jum\u{2019}at, \u{2018}kutip\u{2019}", "Jum'at, 'kutip'"),
            ("Jum`at Jum\u{B4}at", "Jum'at Jum'at"),
            ("\u{201C}kata\u{201D}", "\u{201C}kata\u{201D}"),
            (
                "\u{201E}kata\u{201F} \u{AB}kata\u{BB}",
                "\u{201C}kata\u{201C} \u{201C}kata\u{201D}",
            ),
            ("12\u{2033}", "12\""),
            (
                "PONTIANAK \u{2013} x \u{2014} y",
                "PONTIANAK \u{2013} x \u{2014} y",
            ),
            (
                "e\u{2010}KTP \u{2212}5 a\u{2011}b c\u{2015}d",
                "e-KTP -5 a-b c\u{2014}d",
            ),
            ("line\u{2028}sep\u{2029}para", "line\nsep\n\npara"),
            ("e\u{301}", "\u{E9}"),
            ("tail \u{A0}", "tail"),
            ("Korea \u{A0} akan  datang", "Korea akan datang"),
            ("  indented", " indented"),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize(raw), *want, "normalize({raw:?})");
        }
    }

    #[test]
    fn borrows_clean_ascii() {
        assert!(matches!(
            normalize_cow("PONTIANAK - Budi.\n\nDua."),
            Cow::Borrowed(_)
        ));
        assert!(matches!(normalize_cow("a \nb"), Cow::Owned(_)));
        assert!(matches!(normalize_cow("a  b"), Cow::Owned(_)));
        assert!(matches!(normalize_cow("a\r\nb"), Cow::Owned(_)));
    }

    #[test]
    fn pathological_input() {
        let parens = "(".repeat(10_000);
        assert_eq!(normalize(&parens), parens);
        let odd = "\u{A0}\r\u{200B}\u{2029}e\u{301}\u{301} ".repeat(2_000);
        let once = normalize(&odd);
        assert!(!once.contains(['\r', '\u{A0}', '\u{200B}']));
        assert_eq!(normalize(&once), once);
    }

    #[test]
    fn idempotent() {
        let raw = "\u{FEFF}# Judul\u{A0} \r\n\r\nJum\u{2019}at \u{201E}x\u{201D}  \n";
        let once = normalize(raw);
        assert_eq!(normalize(&once), once);
    }
}
