//! Places: the 38 provinces with their short forms, the 514 regencies and cities
//! (Kepmendagri 2025), countries, world cities and large regions.

use super::{WordMap, WordSet};
use std::sync::LazyLock;

use crate::article::PlaceKind;

/// One known place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownPlace {
    /// Canonical name (`Kalimantan Barat`, `Pontianak`).
    pub name: &'static str,
    /// Kind.
    pub kind: PlaceKind,
    /// The province a regency or city lies in.
    pub province: Option<&'static str>,
}

/// Places by lower-cased surface form, and the longest form in words.
pub struct PlaceIndex {
    by_key: WordMap<String, KnownPlace>,
    /// The first word of every key.
    first_words: WordSet<String>,
    max_words: usize,
}

/// Regency and city names too common as words or given names to stand alone as places;
/// they are recognized after `Kabupaten`/`Kota` only.
const AMBIGUOUS: &[&str] = &[
    "bima",
    "batu",
    "ende",
    "buru",
    "muna",
    "agam",
    "karo",
    "alor",
    "lebak",
    "banjar",
    "kota",
    "jaya",
    "mandiri",
    "sinjai",
    "solok",
    "nias",
    "paser",
    "bangli",
    "tegal",
    "kudus",
    "malang",
    "blitar",
    "kediri",
    "magelang",
    "pati",
    "demak",
    "klaten",
    "garut",
    "tanah datar",
    "lahat",
    "manggarai",
    "sikka",
    "kupang",
    "kaur",
    "toba",
    "samosir",
    "seram",
];

static INDEX: LazyLock<PlaceIndex> = LazyLock::new(build);

fn build() -> PlaceIndex {
    let mut by_key = WordMap::default();
    let mut put = |surface: &str, place: KnownPlace| {
        by_key.entry(super::key(surface)).or_insert(place);
    };
    for row in super::rows(include_str!("../../data/provinces.tsv")) {
        let name = row[0];
        let place = KnownPlace {
            name,
            kind: PlaceKind::Province,
            province: Some(name),
        };
        put(name, place.clone());
        for alt in row
            .get(1)
            .copied()
            .unwrap_or("")
            .split(',')
            .filter(|a| !a.is_empty())
        {
            put(alt, place.clone());
        }
    }
    // Cities before regencies, so that a name shared by both (Bandung) is the city.
    let regencies: Vec<_> = super::rows(include_str!("../../data/regencies.tsv")).collect();
    for want in ["city", "regency"] {
        for row in regencies.iter().filter(|r| r[0] == want && r.len() >= 3) {
            let kind = if want == "city" {
                PlaceKind::City
            } else {
                PlaceKind::Regency
            };
            let place = KnownPlace {
                name: row[1],
                kind,
                province: Some(row[2]),
            };
            let prefix = if want == "city" { "kota" } else { "kabupaten" };
            put(&format!("{prefix} {}", row[1]), place.clone());
            // Short forms (`Kukar`, `Tanjab Barat`).
            for alt in row
                .get(3)
                .copied()
                .unwrap_or("")
                .split(',')
                .filter(|a| !a.is_empty())
            {
                put(alt, place.clone());
            }
            if !AMBIGUOUS.contains(&super::key(row[1]).as_str()) {
                put(row[1], place);
            }
        }
    }
    for row in super::rows(include_str!("../../data/places-world.tsv")) {
        let kind = match row[0] {
            "country" => PlaceKind::Country,
            "city" => PlaceKind::WorldCity,
            _ => PlaceKind::Region,
        };
        let place = KnownPlace {
            name: row[1],
            kind,
            province: None,
        };
        put(row[1], place.clone());
        for alt in row
            .get(2)
            .copied()
            .unwrap_or("")
            .split(',')
            .filter(|a| !a.is_empty())
        {
            put(alt, place.clone());
        }
    }
    let max_words = by_key
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let first_words = by_key
        .keys()
        .filter_map(|k| k.split(' ').next())
        .map(str::to_string)
        .collect();
    PlaceIndex {
        by_key,
        first_words,
        max_words,
    }
}

/// Build the index now.
pub fn warm_up() {
    LazyLock::force(&INDEX);
}

/// The place a phrase names (case-insensitive, words separated by single spaces).
pub fn lookup(phrase: &str) -> Option<&'static KnownPlace> {
    // A short ASCII phrase is keyed on the stack, as `key` would key it.
    let mut buf = [0u8; 64];
    let mut len = 0;
    if phrase.is_ascii() && phrase.len() <= buf.len() {
        for word in phrase.split_whitespace() {
            if len > 0 {
                buf[len] = b' ';
                len += 1;
            }
            for b in word.bytes() {
                buf[len] = b.to_ascii_lowercase();
                len += 1;
            }
        }
        if let Ok(key) = std::str::from_utf8(&buf[..len]) {
            return INDEX.by_key.get(key);
        }
    }
    INDEX.by_key.get(&super::key(phrase))
}

/// Whether some place [`lookup`] knows starts with `word` (one word, any case): when
/// not, no phrase opening with it need be looked up.
pub fn opens_any(word: &str) -> bool {
    INDEX
        .first_words
        .contains(&*crate::lang::words::lower(word.trim()))
}

/// Every lower-cased surface form [`lookup`] knows, in no particular order.
pub(crate) fn surfaces() -> impl Iterator<Item = &'static str> {
    INDEX.by_key.keys().map(String::as_str)
}

/// The longest phrase, in words, that [`lookup`] knows.
pub fn max_words() -> usize {
    INDEX.max_words
}

/// The canonical province for a province name or short form (`Kalbar` -> `Kalimantan Barat`).
pub fn province(phrase: &str) -> Option<&'static str> {
    lookup(phrase)
        .filter(|p| p.kind == PlaceKind::Province)
        .map(|p| p.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_and_counts_match() {
        let provinces = INDEX
            .by_key
            .values()
            .filter(|p| p.kind == PlaceKind::Province);
        let names: std::collections::HashSet<_> = provinces.map(|p| p.name).collect();
        assert_eq!(names.len(), 38);
        let local: std::collections::HashSet<_> = INDEX
            .by_key
            .values()
            .filter(|p| matches!(p.kind, PlaceKind::City | PlaceKind::Regency))
            .map(|p| (p.name, p.kind))
            .collect();
        assert!(local.len() >= 500, "{}", local.len());
    }

    #[test]
    fn lookups() {
        let cases = [
            ("Kaltara", Some(("Kalimantan Utara", PlaceKind::Province))),
            ("sumbar", Some(("Sumatera Barat", PlaceKind::Province))),
            ("Kota Padang", Some(("Padang", PlaceKind::City))),
            ("Bandung", Some(("Bandung", PlaceKind::City))),
            ("Kabupaten Bandung", Some(("Bandung", PlaceKind::Regency))),
            (
                "Kutai Kartanegara",
                Some(("Kutai Kartanegara", PlaceKind::Regency)),
            ),
            // Short forms of regencies.
            ("Kukar", Some(("Kutai Kartanegara", PlaceKind::Regency))),
            (
                "Tanjab Barat",
                Some(("Tanjung Jabung Barat", PlaceKind::Regency)),
            ),
            ("Jepang", Some(("Jepang", PlaceKind::Country))),
            ("Bima", None),
            ("Kota Bima", Some(("Bima", PlaceKind::City))),
        ];
        for (surface, want) in cases {
            let got = lookup(surface).map(|p| (p.name, p.kind));
            assert_eq!(got, want, "{surface}");
        }
    }
}
