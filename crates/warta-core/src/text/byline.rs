//! The publication date line under a headline and its byline:
//! `Senin, 20 Januari 2020 - Meigi Bastiani`, `Jum'at, 19 September 2025 - kalbar`,
//! `Senin, 20 Januari 2020 | 10.15 WIB`, `Meigi Bastiani | Senin, 20 Januari 2020`.

use std::sync::LazyLock;

use regex::Regex;
use time::Date;

use crate::extract::dates::parse_date_prefix;

/// Compile a constant pattern (each is exercised by the tests).
fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant pattern compiles")
}

static DATE_LINE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:diposting|dipublikasikan|diterbitkan|diunggah|terbit|published|posted|tanggal|tgl)(?:\s+(?:pada|on))?\s*:?\s*",
    )
});
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*[,|/•\-–—]?\s*(?:pukul\s+|jam\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?\b",
    )
});

/// A publication date line (`Senin, 20 Januari 2020 - Meigi Bastiani`, in bold or not,
/// with or without a time), giving the date and the byline after the dash. A date that
/// opens a sentence (`Senin (20/01/2020) - Kepala Perwakilan ... melakukan ...`) is body.
pub fn date_line(line: &str) -> Option<(Date, Option<String>)> {
    let s = line.trim_matches(|c| c == '*' || c == '_').trim();
    if s.len() > 120 {
        return None;
    }
    let s = DATE_LINE_LEAD
        .find(s)
        .map_or(s, |m| s.get(m.end()..).unwrap_or(""));
    if let Some((date, used)) = parse_date_prefix(s) {
        let byline = byline_after_date(s.get(used..)?)?;
        return Some((date, byline));
    }
    // The place of publication first: `Surabaya, Kamis 18 Mei 2023`.
    if let Some((place, rest)) = s.split_once(", ") {
        let place_like = place.split_whitespace().count() <= 3
            && place
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
        if place_like {
            if let Some((date, used)) = parse_date_prefix(rest) {
                let byline = byline_after_date(rest.get(used..)?)?;
                return Some((date, byline));
            }
        }
    }
    // The byline first: `Meigi Bastiani | Senin, 20 Januari 2020`.
    for sep in [" - ", " \u{2013} ", " | ", " / "] {
        let Some((name, rest)) = s.split_once(sep) else {
            continue;
        };
        let rest = rest.trim();
        let Some((date, used)) = parse_date_prefix(rest) else {
            continue;
        };
        let after = rest.get(used..).unwrap_or("");
        if byline_after_date(after) != Some(None) || !is_byline(name.trim()) {
            return None;
        }
        return Some((date, byline_value(name.trim())));
    }
    None
}

/// What follows the date on a date line: nothing or a time (`Some(None)`), or a separator
/// and a byline. `None` when the rest is a sentence: then the line is not a date line.
fn byline_after_date(rest: &str) -> Option<Option<String>> {
    let rest = TIME
        .find(rest)
        .map_or(rest, |m| rest.get(m.end()..).unwrap_or(""));
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(None);
    }
    let name = rest.strip_prefix(['-', '\u{2013}', '\u{2014}', '|', '/', ',', '\u{2022}'])?;
    let name = name.trim();
    let name = ["oleh ", "Oleh ", "by ", "By "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name)
        .trim();
    if !is_byline(name) {
        return None;
    }
    Some(byline_value(name))
}

/// Short, a few words, no sentence punctuation, no digits, and read as a name: one word
/// (a desk tag such as `kalbar` included) or capitalized words with the particles of
/// Indonesian names (`bin`, `binti`) and a joining `dan`. A sentence after a date
/// (`Senin (20/01/2020) - Kepala Dinas hadir.`) is not a byline.
fn is_byline(name: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "bin", "binti", "dan", "van", "de", "al", "el", "&", "/", "-",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_like = words.len() == 1
        || words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || PARTICLES.contains(w));
    name_like
        && !name.is_empty()
        && name.len() <= 60
        && words.len() <= 6
        && !name.ends_with(['.', ','])
        && !name.contains(['!', '?', '"', '\u{201C}', ';'])
        && !name.chars().any(|c| c.is_ascii_digit())
}

/// The byline, unless it is a site account. Publishing systems show the account that
/// posted the story after the date; a regional office's account is a lower-case slug
/// (`kalbar`, `humas-kalteng`) that names no one, so it is no byline. Capitalized words
/// (`Meigi Bastiani`, a desk such as `Humas Pemprov` or `Admin`) are what the page
/// presents as its author line and are kept.
fn byline_value(name: &str) -> Option<String> {
    let account = !name.chars().any(char::is_uppercase);
    (!account).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ISO date and the byline.
    type Expected = Option<(&'static str, Option<&'static str>)>;

    #[test]
    fn date_lines() {
        let cases: &[(&str, Expected)] = &[
            (
                "Senin, 20 Januari 2020 - Meigi Bastiani",
                Some(("2020-01-20", Some("Meigi Bastiani"))),
            ),
            (
                "**Senin, 20 Januari 2020 - Meigi Bastiani**",
                Some(("2020-01-20", Some("Meigi Bastiani"))),
            ),
            (
                "Jum'at, 19 September 2025 - kalbar",
                Some(("2025-09-19", None)),
            ),
            (
                "Rabu, 3 Maret 2021 - Admin",
                Some(("2021-03-03", Some("Admin"))),
            ),
            (
                "Rabu, 3 Maret 2021 - humas-kalteng",
                Some(("2021-03-03", None)),
            ),
            (
                "Senin, 20 Januari 2020 10:15 WIB",
                Some(("2020-01-20", None)),
            ),
            (
                "Senin, 20 Januari 2020 | 10.15 WIB - Ani Lestari",
                Some(("2020-01-20", Some("Ani Lestari"))),
            ),
            ("Diposting pada 20 Januari 2020", Some(("2020-01-20", None))),
            (
                "Meigi Bastiani | Senin, 20 Januari 2020",
                Some(("2020-01-20", Some("Meigi Bastiani"))),
            ),
            (
                "Senin, 20 Januari 2020 - Kepala Dinas meresmikan jembatan baru di desa itu.",
                None,
            ),
            ("20 Januari 2020 menjadi hari bersejarah bagi warga", None),
            ("Senin, 20 Januari 2020 - Kepala Dinas hadir.", None),
            (
                "**Surabaya, Kamis 18 Mei 2023**",
                Some(("2023-05-18", None)),
            ),
            (
                "Samarinda, Selasa, 21 Mei 2024 - Humas Pemprov",
                Some(("2024-05-21", Some("Humas Pemprov"))),
            ),
            (
                "Senin, 20 Januari 2020 - Warga Desa",
                Some(("2020-01-20", Some("Warga Desa"))),
            ),
            ("Gubernur Resmikan Jembatan", None),
            ("", None),
        ];
        for (line, want) in cases {
            let got = date_line(line).map(|(d, b)| (crate::extract::dates::iso(d), b));
            let want = want.map(|(d, b)| (d.to_string(), b.map(str::to_string)));
            assert_eq!(got, want, "date_line({line:?})");
        }
    }
}
