//! Sentence segmentation that knows Indonesian abbreviations.
//!
//! A sentence ends at a line break (the layout stage has rejoined lines a scraper broke,
//! so every remaining line break separates paragraphs) and at `.`, `?`, `!` or `…`
//! followed by a space, unless:
//!
//! * the period closes an abbreviation (`Dr.`, `H.`, `Pj.`, `Jl.`, `dll.`, `S.H.`, `M.Si.`,
//!   a capital initial such as `A.`; see [`crate::lang::abbreviations`]);
//! * the next word starts with a lower-case letter or is a comma (`...,” ucap Hadi` or
//!   `dll. dan`): Indonesian sentences start with a capital;
//! * the period sits inside a number or a name (`09.00`, `Kompas.com`): no space follows;
//! * the period follows a list number opening the line (`1. Pertama`).
//!
//! Closing quotes and brackets after the mark belong to the sentence (`.”`, `."`, `.)`).

use std::ops::Range;

use crate::lang::abbreviations::is_abbreviation;

/// Byte ranges of the sentences in `text`, in order, trimmed of surrounding whitespace.
pub fn sentence_spans(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push_trimmed(text, start..i, &mut spans);
            start = i + 1;
            i += 1;
        } else if let Some(len) = terminator_len(text, i) {
            let end = terminator_run_end(text, i + len);
            if is_boundary(text, start, i, end) {
                push_trimmed(text, start..end, &mut spans);
                start = end;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..bytes.len(), &mut spans);
    spans
}

/// Length of the sentence-ending mark at byte `i`, if there is one.
#[inline]
fn terminator_len(text: &str, i: usize) -> Option<usize> {
    match text.as_bytes().get(i)? {
        b'.' | b'?' | b'!' => Some(1),
        0xE2 if text.get(i..).is_some_and(|s| s.starts_with('\u{2026}')) => Some(3),
        _ => None,
    }
}

/// Closing quotes and brackets that stay with the sentence they close.
const CLOSERS: [char; 6] = ['"', '\'', '\u{201D}', '\u{2019}', ')', ']'];

/// End of a run of marks and closers starting at `i` (`?!`, `...`, `.”`, `.")`).
fn terminator_run_end(text: &str, mut i: usize) -> usize {
    while let Some(len) = terminator_len(text, i) {
        i += len;
    }
    while let Some(c) = text.get(i..).and_then(|s| s.chars().next()) {
        if !CLOSERS.contains(&c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Whether the marks from `mark` to `end` end the sentence that began at `start`.
fn is_boundary(text: &str, start: usize, mark: usize, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let Some(first) = rest.chars().next() else {
        return true;
    };
    if !first.is_whitespace() {
        return false;
    }
    match rest.trim_start_matches([' ', '\t']).chars().next() {
        None | Some('\n') => return true,
        Some(c) if c.is_lowercase() || matches!(c, ',' | ';' | ':') => return false,
        Some(_) => {}
    }
    let single_period =
        text.as_bytes().get(mark) == Some(&b'.') && terminator_len(text, mark + 1).is_none();
    if !single_period {
        return true;
    }
    let before = text.get(start..mark).unwrap_or("");
    let token = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    if is_abbreviation(token) {
        return false;
    }
    // A list number opening the line: `1. Pertama`.
    let list_number = before.trim() == token
        && !token.is_empty()
        && token.len() <= 3
        && token.bytes().all(|b| b.is_ascii_digit());
    !list_number
}

fn push_trimmed(text: &str, range: Range<usize>, spans: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = range.start + trimmed_start;
        spans.push(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        sentence_spans(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("  \n\n\t ", &[]),
            ("Satu. Dua.", &["Satu.", "Dua."]),
            (
                "Kepala Perwakilan, Dr. Biroum melakukan kunjungan. Ia disambut.",
                &[
                    "Kepala Perwakilan, Dr. Biroum melakukan kunjungan.",
                    "Ia disambut.",
                ],
            ),
            (
                "Hadir Budi, S.H., M.Si. dan Hj. Ani. Acara usai.",
                &["Hadir Budi, S.H., M.Si. dan Hj. Ani.", "Acara usai."],
            ),
            (
                "Dimulai pukul 09.00 WIB. Peserta hadir.",
                &["Dimulai pukul 09.00 WIB.", "Peserta hadir."],
            ),
            (
                "Pj. Gubernur dan Plt. Kepala hadir di Jl. A. Yani No. 5 Kab. Kapuas.",
                &["Pj. Gubernur dan Plt. Kepala hadir di Jl. A. Yani No. 5 Kab. Kapuas."],
            ),
            (
                "Ada buku, pena, dll. Semua baru.",
                &["Ada buku, pena, dll. Semua baru."],
            ),
            (
                "Sampai 20 s.d. 22 Januari. Lalu.",
                &["Sampai 20 s.d. 22 Januari.", "Lalu."],
            ),
            (
                "“Kami siap.” Ia pergi. \"Benar.\" Tamat",
                &["“Kami siap.”", "Ia pergi.", "\"Benar.\"", "Tamat"],
            ),
            (
                "“Kami siap,” ucap Hadi. Apa? Ya! Wah...  Oke",
                &["“Kami siap,” ucap Hadi.", "Apa?", "Ya!", "Wah...", "Oke"],
            ),
            ("“Kapan?” tanya Budi.", &["“Kapan?” tanya Budi."]),
            (
                "Paragraf satu tanpa titik\n\nParagraf dua\nbaris tiga",
                &["Paragraf satu tanpa titik", "Paragraf dua", "baris tiga"],
            ),
            (
                "Dilansir Kompas.com. Berita",
                &["Dilansir Kompas.com.", "Berita"],
            ),
            ("1. Pertama\n2. Kedua", &["1. Pertama", "2. Kedua"]),
            ("Tahun 2020. Lalu", &["Tahun 2020.", "Lalu"]),
            ("Emoji 👍. Lalu é.", &["Emoji 👍.", "Lalu é."]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "sentence_spans({text:?})");
        }
    }

    #[test]
    fn pathological_input() {
        let parens = "(".repeat(10_000);
        assert_eq!(sentence_spans(&parens), vec![0..10_000]);
        let dots = ". ".repeat(5_000);
        for r in sentence_spans(&dots) {
            assert!(dots.is_char_boundary(r.start) && dots.is_char_boundary(r.end));
        }
        let mixed = "…”é.\n".repeat(1_000);
        for r in sentence_spans(&mixed) {
            assert!(r.start < r.end && mixed.is_char_boundary(r.end));
        }
    }
}
