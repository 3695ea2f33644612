//! The dateline opening an Indonesian news body: where (and by which outlet) the story was
//! filed, closed by a dash.
//!
//! The forms in use: `PONTIANAK -` (place in capitals), `Jakarta -`, `Pontianak,
//! BorneOneTv.Com –` and `JAKARTA, KOMPAS.com -` (place, outlet), `Jakarta (ANTARA) -` and
//! `Serang, Banten (ANTARA News) -` (place, region, agency in brackets), `Liputan6.com,
//! Jakarta -` (outlet, place) and `Suara.com -` (outlet only). Some sites double the dash
//! (`Jakarta, CNN Indonesia --`).

use std::sync::LazyLock;

use regex::Regex;

use crate::article::Dateline;
use crate::lang::calendar;

/// Place in capitals (`PONTIANAK`, `TANJUNG SELOR`) or title case (`Jakarta`, `Banda Aceh`).
const PLACE: &str =
    r"(?:[A-Z][A-Z']+(?:[ \-][A-Z][A-Z']*){0,3}|[A-Z][a-z'][A-Za-z']*(?: [A-Z][A-Za-z']+){0,2})";
/// Outlet written as a domain (`BorneOneTv.Com`, `KOMPAS.com`, `VIVA.co.id`, `TEMPO.CO`).
const OUTLET_DOMAIN: &str = r"[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z]{2,4}){1,2}";
/// Outlet written as capitalized words (`CNN Indonesia`, `Tribun Pontianak`).
const OUTLET_WORDS: &str = r"[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2}";
/// The closing dash: a hyphen after a space, or an en or em dash, possibly doubled.
const DASH: &str = r"(?:\s+-|\s*[–—])(?:\s*[-–—])?\s*";

static FORMS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        format!(r"^(?P<outlet>{OUTLET_DOMAIN}),\s*(?P<place>{PLACE}){DASH}"),
        format!(
            r"^(?P<place>{PLACE})(?:,\s*{PLACE}){{0,2}},?\s*\((?P<outlet>[A-Za-z][^()\n]{{1,30}})\){DASH}"
        ),
        format!(r"^(?P<place>{PLACE}),\s*(?P<outlet>{OUTLET_DOMAIN}|{OUTLET_WORDS}){DASH}"),
        format!(r"^(?P<outlet>{OUTLET_DOMAIN}){DASH}"),
        format!(r"^(?P<place>{PLACE}){DASH}"),
    ]
    .iter()
    .filter_map(|p| Regex::new(p).ok())
    .collect()
});

/// Name endings of outlets written as one word (`Rimanews`, `Tribunnews`, `Metrotv`).
const OUTLET_ENDINGS: &[&str] = &["news", "post", "pos", "tv", "online", "media", "com"];

/// The dateline opening `line`, with the number of bytes it takes (dash and following
/// spaces included).
pub fn find(line: &str) -> Option<(Dateline, usize)> {
    // Cheap anchor: a dateline ends with a dash within its first 80 bytes.
    let head = line.get(..line.len().min(80)).unwrap_or(line);
    if !head.contains(['-', '–', '—'])
        || !line.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_lowercase())
    {
        return None;
    }
    FORMS.iter().find_map(|form| {
        let caps = form.captures(line)?;
        let mut end = caps.get(0)?.end();
        let place = caps.name("place").map(|m| m.as_str().trim());
        let outlet = caps.name("outlet").map(|m| m.as_str().trim().to_string());
        let rest = line.get(end..)?;
        if !rest.chars().any(char::is_alphanumeric) {
            // A dateline alone on its line (`Merdeka.com -`), the story below it.
            end = line.len();
        } else {
            // With an outlet or a place in capitals the form is unmistakable, whatever
            // follows; a bare title-case word before a dash (`Baru - baru ini`) is a
            // dateline only when a capital opens the story.
            let strong = outlet.is_some()
                || place
                    .is_some_and(|p| !p.chars().any(char::is_lowercase) || looks_like_outlet(p));
            let next = rest.chars().next()?;
            let opens = next.is_uppercase()
                || matches!(next, '"' | '\u{201C}' | '\'')
                || (strong && next.is_alphanumeric());
            if !opens {
                return None;
            }
        }
        // Weekdays and months: a body opening `Senin - ...` or `Januari - ...` starts with a
        // date, not a place. (`PLACE` is ASCII, so no curly `Jum’at` reaches here.)
        if let Some(p) = place {
            let first = p.split([' ', '-']).next().unwrap_or(p);
            if calendar::is_weekday(first) || calendar::is_month_name(first) {
                return None;
            }
        }
        let dateline = match (place, outlet) {
            (Some(p), None) if looks_like_outlet(p) => Dateline {
                place: None,
                outlet: Some(p.to_string()),
            },
            (p, o) => Dateline {
                place: p.map(title_case),
                outlet: o,
            },
        };
        Some((dateline, end))
    })
}

/// A one-word outlet name (`Rimanews`, `Tribunnews`) or a domain (`Kompas.com`,
/// `VIVA.co.id`).
pub(crate) fn looks_like_outlet(word: &str) -> bool {
    if is_domain(word) {
        return true;
    }
    let lower = word.to_lowercase();
    !word.contains(' ')
        && OUTLET_ENDINGS
            .iter()
            .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e))
}

fn is_domain(word: &str) -> bool {
    let mut parts = word.split('.');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !first.is_empty()
        && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && (1..=2).contains(&rest.len())
        && rest
            .iter()
            .all(|p| (2..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
}

/// `BANJARBARU` -> `Banjarbaru`, `TANJUNG SELOR` -> `Tanjung Selor`; mixed case is kept.
fn title_case(place: &str) -> String {
    if place.chars().any(char::is_lowercase) {
        return place.to_string();
    }
    let mut out = String::with_capacity(place.len());
    let mut word_start = true;
    for c in place.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = matches!(c, ' ' | '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Place, outlet, and the body after the dateline.
    type Expected = Option<(Option<&'static str>, Option<&'static str>, &'static str)>;

    #[test]
    fn table() {
        let cases: &[(&str, Expected)] = &[
            (
                "PONTIANAK - Ombudsman RI",
                Some((Some("Pontianak"), None, "Ombudsman RI")),
            ),
            (
                "BANJARBARU – Sebanyak 21",
                Some((Some("Banjarbaru"), None, "Sebanyak 21")),
            ),
            (
                "TANJUNG SELOR - Gubernur",
                Some((Some("Tanjung Selor"), None, "Gubernur")),
            ),
            (
                "Pontianak, BorneOneTv.Com – Kepala",
                Some((Some("Pontianak"), Some("BorneOneTv.Com"), "Kepala")),
            ),
            (
                "JAKARTA, KOMPAS.com - Presiden",
                Some((Some("Jakarta"), Some("KOMPAS.com"), "Presiden")),
            ),
            (
                "Suara.com - Cerita",
                Some((None, Some("Suara.com"), "Cerita")),
            ),
            (
                "Jakarta (ANTARA) - Pemerintah",
                Some((Some("Jakarta"), Some("ANTARA"), "Pemerintah")),
            ),
            (
                "Serang, Banten (ANTARA News) -\u{201C}Saat",
                Some((Some("Serang"), Some("ANTARA News"), "\u{201C}Saat")),
            ),
            (
                "JAKARTA (Pos Kota) –Presiden",
                Some((Some("Jakarta"), Some("Pos Kota"), "Presiden")),
            ),
            (
                "Liputan6.com, Jakarta - Menteri",
                Some((Some("Jakarta"), Some("Liputan6.com"), "Menteri")),
            ),
            (
                "Jakarta, CNN Indonesia - - Pelatih",
                Some((Some("Jakarta"), Some("CNN Indonesia"), "Pelatih")),
            ),
            (
                "JUARA.NET, TOKYO - Pasangan",
                Some((Some("Tokyo"), Some("JUARA.NET"), "Pasangan")),
            ),
            (
                "Rimanews - Komite",
                Some((None, Some("Rimanews"), "Komite")),
            ),
            (
                "Jakarta - Presiden",
                Some((Some("Jakarta"), None, "Presiden")),
            ),
            ("Senin (20/01/2020) - Kepala", None),
            ("Senin - Kepala", None),
            ("Baru - baru ini", None),
            ("COVID-19 melanda", None),
            ("Kepala Dinas hadir - dan", None),
            ("Pemprov Kalbar menggelar rapat.", None),
            ("", None),
            ("-", None),
        ];
        for (line, want) in cases {
            let got = find(line)
                .map(|(d, end)| (d.place, d.outlet, line.get(end..).unwrap_or("").to_string()));
            let want = want.map(|(p, o, rest)| {
                (
                    p.map(str::to_string),
                    o.map(str::to_string),
                    rest.to_string(),
                )
            });
            assert_eq!(got, want, "find({line:?})");
        }
    }
}
