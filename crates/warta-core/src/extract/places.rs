//! Place mentions: names from the gazetteer (provinces and their short forms, regencies
//! and cities, countries, world cities, large regions) and venues opened by a head word
//! (`Hotel Fugo`, `Bandara Supadio`, `Desa Sungai Ambawang`).

use std::ops::Range;

use crate::article::PlaceKind;
use crate::extract::names::{is_cap, Tok};
use crate::gazetteer::places::KnownPlace;
use crate::gazetteer::{places, vocab};
use crate::lang::words::lower;

/// One place mention, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    /// Byte range as written (without a leading `Provinsi` or `se-`).
    pub span: Range<usize>,
    /// Token range.
    pub toks: Range<usize>,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: PlaceKind,
}

/// Venue and feature heads with the kind of place they open.
const VENUES: &[(&str, PlaceKind)] = &[
    ("hotel", PlaceKind::Venue),
    ("bandara", PlaceKind::Venue),
    ("gedung", PlaceKind::Venue),
    ("pelabuhan", PlaceKind::Venue),
    ("stadion", PlaceKind::Venue),
    ("wisma", PlaceKind::Venue),
    ("museum", PlaceKind::Venue),
    ("monumen", PlaceKind::Venue),
    ("istana", PlaceKind::Venue),
    ("terminal", PlaceKind::Venue),
    ("stasiun", PlaceKind::Venue),
    ("masjid", PlaceKind::Venue),
    ("pasar", PlaceKind::Venue),
    ("lapangan", PlaceKind::Venue),
    ("taman", PlaceKind::Venue),
    ("pendopo", PlaceKind::Venue),
    ("gelanggang", PlaceKind::Venue),
    ("candi", PlaceKind::Venue),
    ("desa", PlaceKind::District),
    ("kecamatan", PlaceKind::District),
    ("kelurahan", PlaceKind::District),
    ("dusun", PlaceKind::District),
    ("kampung", PlaceKind::District),
    ("pulau", PlaceKind::Region),
    ("gunung", PlaceKind::Region),
    ("pantai", PlaceKind::Region),
    ("sungai", PlaceKind::Region),
    ("danau", PlaceKind::Region),
    ("selat", PlaceKind::Region),
    ("teluk", PlaceKind::Region),
    ("jalan", PlaceKind::Other),
    ("jl", PlaceKind::Other),
    ("jln", PlaceKind::Other),
    ("kawasan", PlaceKind::Region),
];

/// Find place mentions in token order, never overlapping.
pub fn find(text: &str, toks: &[Tok]) -> Vec<PlaceMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match venue_at(text, toks, i).or_else(|| known_at(text, toks, i)) {
            Some(m) => {
                i = m.toks.end.max(i + 1);
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

fn known_at(text: &str, toks: &[Tok], i: usize) -> Option<PlaceMention> {
    let (skip, n, p) = known_place_at(text, toks, i)?;
    let first = toks.get(i)?;
    let span = first.start + skip..toks[i + n - 1].end;
    Some(PlaceMention {
        span,
        toks: i..i + n,
        name: p.name.to_string(),
        kind: p.kind,
    })
}

/// The longest known place name starting at token `i`, capitalized, a `se-` prefix allowed
/// on its first word (`se-Kalimantan Barat`): the bytes of that prefix, the number of tokens
/// and the place.
pub(crate) fn known_place_at(
    text: &str,
    toks: &[Tok],
    i: usize,
) -> Option<(usize, usize, &'static KnownPlace)> {
    let first = toks.get(i).filter(|t| t.word)?;
    let raw = first.text(text);
    let (skip, first_word) = match raw.strip_prefix("se-") {
        Some(rest) => (3, rest),
        None => (0, raw),
    };
    if !is_cap(first_word) {
        return None;
    }
    // `Wali Kota Surabaya`: `Kota` belongs to the title; the place is `Surabaya`.
    let after_wali = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("wali"));
    if after_wali && first_word.eq_ignore_ascii_case("kota") {
        return None;
    }
    if !places::opens_any(first_word) {
        return None;
    }
    // The longest run of words that may follow (as `phrase` takes them), written once;
    // each shorter candidate is a prefix of it.
    let mut words = String::from(first_word);
    let mut ends = vec![words.len()];
    for k in i + 1..i + places::max_words() {
        match toks.get(k) {
            Some(t) if t.word && (k == i + 1 || !t.newline) => {
                words.push(' ');
                words.push_str(t.text(text));
                ends.push(words.len());
            }
            _ => break,
        }
    }
    ends.iter()
        .enumerate()
        .rev()
        .find_map(|(k, &end)| places::lookup(&words[..end]).map(|p| (skip, k + 1, p)))
}

fn venue_at(text: &str, toks: &[Tok], i: usize) -> Option<PlaceMention> {
    let head = toks.get(i).filter(|t| t.word && is_cap(t.text(text)))?;
    let lw = lower(head.text(text));
    let lw = lw.as_str();
    let kind = VENUES.iter().find(|(w, _)| *w == lw).map(|v| v.1)?;
    let mut j = i + 1;
    if head.dot {
        j += 1; // `Jl. Veteran`
    }
    let first_name = j;
    while j < toks.len() && j < first_name + 5 {
        let t = toks[j];
        let w = t.text(text);
        let joins_hyphen = w == "-" && toks.get(j + 1).is_some_and(|n| is_cap(n.text(text)));
        if t.newline || !(t.word && is_cap(w) || joins_hyphen) {
            break;
        }
        let l = lower(w);
        // Streets are named after titled people (`Jalan Gubernur Suryo`, `Jalan Jenderal
        // Sudirman`): a title goes on a street's name, and stops any other venue's.
        let street = matches!(lw, "jalan" | "jl" | "jln");
        if vocab::is_not_name(&l) || vocab::is_title(&l) && !street {
            break;
        }
        j += 1;
    }
    if j == first_name {
        return None;
    }
    let span = head.start..toks[j - 1].end;
    // `Kelurahan Talise`, `Desa Sukamaju`: an administrative unit is named without the
    // word for its level, as regencies and cities are.
    let level = matches!(lw, "desa" | "kecamatan" | "kelurahan" | "dusun");
    let named_from = if level {
        toks[first_name].start
    } else {
        span.start
    };
    let name = text.get(named_from..span.end).unwrap_or("").to_string();
    Some(PlaceMention {
        span,
        toks: i..j,
        name,
        kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::tokenize;

    #[test]
    fn mentions() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "MAKASSAR - Rapat di Hotel Aryaduta, Makassar.",
                &[
                    ("MAKASSAR", "Makassar"),
                    ("Hotel Aryaduta", "Hotel Aryaduta"),
                    ("Makassar", "Makassar"),
                ],
            ),
            (
                "Banjir melanda Kelurahan Talise dan Desa Sukamaju.",
                &[
                    ("Kelurahan Talise", "Talise"),
                    ("Desa Sukamaju", "Sukamaju"),
                ],
            ),
            (
                "pemerintah daerah se-Sulteng",
                &[("Sulteng", "Sulawesi Tengah")],
            ),
            (
                "di Provinsi Kepri dan Kota Batam",
                &[("Kepri", "Kepulauan Riau"), ("Kota Batam", "Batam")],
            ),
            (
                "Wali Kota Surabaya Tri Rismaharini hadir di Kota Surabaya",
                &[("Surabaya", "Surabaya"), ("Kota Surabaya", "Surabaya")],
            ),
            (
                "warga Jepang dan Korea Selatan",
                &[("Jepang", "Jepang"), ("Korea Selatan", "Korea Selatan")],
            ),
            (
                "macet di Jalan Gubernur Suryo",
                &[("Jalan Gubernur Suryo", "Jalan Gubernur Suryo")],
            ),
            ("Bima Arya datang", &[]),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let got: Vec<_> = find(text, &toks)
                .into_iter()
                .map(|m| (&text[m.span], m.name))
                .collect();
            let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (*a, b.as_str())).collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
