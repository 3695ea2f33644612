//! Agencies: acronyms and short names with their expansions (`Bappeda` -> `Badan
//! Perencanaan Pembangunan Daerah`), and the head words that open an organization name.

use super::{WordMap, WordSet};
use std::sync::LazyLock;

use crate::article::OrgKind;

/// A known acronym or short name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acronym {
    /// As written in the list (`Bappeda`).
    pub short: &'static str,
    /// Expanded name.
    pub expansion: &'static str,
    /// Kind of body.
    pub kind: OrgKind,
    /// Whether `short` is an acronym or short name (`KPK`, `Bank Mandiri`, `PSG`), not the
    /// organization's own name or a nickname (`Samsung`, `Spurs`).
    pub is_short_form: bool,
    /// From the list of well-known companies, brands, media and clubs, whose names also
    /// open product names (`Boeing 737`, `Airbus A320`).
    pub is_brand: bool,
}

struct AcronymIndex {
    /// The short names of `org-acronyms.tsv` (agencies, parties, state companies): the
    /// name tagger's lexicon feature reads these, not the well-known names of
    /// `org-names.tsv`.
    agency_shorts: Vec<&'static str>,
    /// By exact surface (acronyms are case-sensitive: `PAN` the party, not `pan`).
    exact: WordMap<&'static str, Acronym>,
    /// By lower-cased expansion, to link a written-out name to its acronym.
    by_expansion: WordMap<String, Acronym>,
    /// The first word of every acronym entry.
    first_words: WordSet<&'static str>,
    max_words: usize,
}

static ACRONYMS: LazyLock<AcronymIndex> = LazyLock::new(|| {
    let mut exact = WordMap::default();
    let mut by_expansion = WordMap::default();
    let acronym_rows = super::rows(include_str!("../../data/org-acronyms.tsv"));
    let name_rows = super::rows(include_str!("../../data/org-names.tsv"));
    let mut agency_shorts = Vec::new();
    for (row, agency) in acronym_rows
        .map(|r| (r, true))
        .chain(name_rows.map(|r| (r, false)))
    {
        if row.len() < 3 {
            continue;
        }
        let a = Acronym {
            short: row[0],
            expansion: row[1],
            kind: kind_from_name(row[2]),
            is_short_form: agency || is_all_caps(row[0]),
            is_brand: !agency,
        };
        if agency {
            agency_shorts.push(row[0]);
        }
        exact.entry(row[0]).or_insert(a);
        by_expansion.entry(super::key(row[1])).or_insert(a);
    }
    let max_words = exact
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let first_words = exact.keys().filter_map(|k| k.split(' ').next()).collect();
    AcronymIndex {
        agency_shorts,
        exact,
        by_expansion,
        first_words,
        max_words,
    }
});

/// `IBM`, `PSG`, `KFC`: at least two letters, all capitals.
fn is_all_caps(short: &str) -> bool {
    let mut letters = short.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
}

/// Every acronym and short name of the agency list (`KPK`, `DPR`, `Bank Mandiri`).
pub(crate) fn acronyms() -> impl Iterator<Item = &'static str> {
    ACRONYMS.agency_shorts.iter().copied()
}

/// Build the lists now.
pub fn warm_up() {
    LazyLock::force(&ACRONYMS);
    LazyLock::force(&HEAD_INDEX);
}

/// The acronym or short name written exactly so (`KPK`, `Bappeda`, `BPJS Kesehatan`).
pub fn acronym(surface: &str) -> Option<Acronym> {
    ACRONYMS.exact.get(surface).copied()
}

/// Whether some entry [`acronym`] knows starts with the word `word` (written exactly so):
/// when not, no phrase opening with it need be looked up.
pub fn opens_acronym(word: &str) -> bool {
    ACRONYMS.first_words.contains(word)
}

/// The acronym of a written-out name (`Badan Perencanaan Pembangunan Daerah` -> `Bappeda`).
pub fn acronym_of(expansion: &str) -> Option<Acronym> {
    ACRONYMS.by_expansion.get(&super::key(expansion)).copied()
}

/// The longest acronym entry, in words.
pub fn acronym_max_words() -> usize {
    ACRONYMS.max_words
}

/// The kind named in the list's third column.
fn kind_from_name(name: &str) -> OrgKind {
    match name {
        "ombudsman" => OrgKind::Ombudsman,
        "ministry" => OrgKind::Ministry,
        "agency" => OrgKind::Agency,
        "local-government" => OrgKind::LocalGovernment,
        "regional-office" => OrgKind::RegionalOffice,
        "legislature" => OrgKind::Legislature,
        "judiciary" => OrgKind::Judiciary,
        "security" => OrgKind::Security,
        "party" => OrgKind::Party,
        "education" => OrgKind::Education,
        "company" => OrgKind::Company,
        "media" => OrgKind::Media,
        "venue" => OrgKind::Venue,
        _ => OrgKind::Other,
    }
}

/// How the words after an organization head continue the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tail {
    /// Any capitalized word continues (`Dinas Pendidikan dan Kebudayaan`).
    Open,
    /// Only institutional words and region names continue (`Ombudsman RI Perwakilan
    /// Provinsi Kalimantan Barat`, `Pemprov Kalbar`), so a person named next is not eaten.
    Closed,
    /// Only a region continues a bare acronym (`KPK RI`, `Bawaslu Jateng`).
    Region,
}

/// The words that open an organization name, lower-cased, with the kind they give and how
/// the name goes on. Two-word heads are written with one space.
const HEADS: &[(&str, OrgKind, Tail)] = &[
    ("ombudsman", OrgKind::Ombudsman, Tail::Closed),
    ("ori", OrgKind::Ombudsman, Tail::Closed),
    ("kementerian", OrgKind::Ministry, Tail::Open),
    ("kemenko", OrgKind::Ministry, Tail::Open),
    ("badan", OrgKind::Agency, Tail::Open),
    ("lembaga", OrgKind::Agency, Tail::Open),
    ("komisi", OrgKind::Agency, Tail::Open),
    ("komite", OrgKind::Agency, Tail::Open),
    ("otoritas", OrgKind::Agency, Tail::Open),
    ("direktorat", OrgKind::Agency, Tail::Open),
    ("ditjen", OrgKind::Agency, Tail::Open),
    (
        "pemerintah provinsi",
        OrgKind::LocalGovernment,
        Tail::Closed,
    ),
    (
        "pemerintah kabupaten",
        OrgKind::LocalGovernment,
        Tail::Closed,
    ),
    ("pemerintah kota", OrgKind::LocalGovernment, Tail::Closed),
    ("pemerintah daerah", OrgKind::LocalGovernment, Tail::Closed),
    ("pemprov", OrgKind::LocalGovernment, Tail::Closed),
    ("pemkab", OrgKind::LocalGovernment, Tail::Closed),
    ("pemkot", OrgKind::LocalGovernment, Tail::Closed),
    ("pemda", OrgKind::LocalGovernment, Tail::Closed),
    ("dinas", OrgKind::RegionalOffice, Tail::Open),
    ("biro", OrgKind::RegionalOffice, Tail::Open),
    ("bagian", OrgKind::RegionalOffice, Tail::Open),
    ("inspektorat", OrgKind::RegionalOffice, Tail::Closed),
    ("sekretariat", OrgKind::RegionalOffice, Tail::Open),
    ("setda", OrgKind::RegionalOffice, Tail::Closed),
    ("kanwil", OrgKind::RegionalOffice, Tail::Open),
    ("satuan", OrgKind::RegionalOffice, Tail::Open),
    ("organisasi perangkat", OrgKind::RegionalOffice, Tail::Open),
    ("unit", OrgKind::RegionalOffice, Tail::Open),
    ("balai", OrgKind::RegionalOffice, Tail::Open),
    ("dewan", OrgKind::Legislature, Tail::Open),
    ("majelis", OrgKind::Legislature, Tail::Open),
    ("dpr", OrgKind::Legislature, Tail::Closed),
    ("dprd", OrgKind::Legislature, Tail::Closed),
    ("fraksi", OrgKind::Legislature, Tail::Open),
    ("mahkamah", OrgKind::Judiciary, Tail::Open),
    ("pengadilan", OrgKind::Judiciary, Tail::Open),
    ("kejaksaan", OrgKind::Judiciary, Tail::Open),
    ("kejati", OrgKind::Judiciary, Tail::Closed),
    ("kejari", OrgKind::Judiciary, Tail::Closed),
    ("kepolisian", OrgKind::Security, Tail::Open),
    ("polda", OrgKind::Security, Tail::Closed),
    ("polres", OrgKind::Security, Tail::Closed),
    ("polresta", OrgKind::Security, Tail::Closed),
    ("polsek", OrgKind::Security, Tail::Closed),
    ("kodam", OrgKind::Security, Tail::Open),
    ("korem", OrgKind::Security, Tail::Open),
    ("kodim", OrgKind::Security, Tail::Open),
    ("komando", OrgKind::Security, Tail::Open),
    ("partai", OrgKind::Party, Tail::Open),
    ("universitas", OrgKind::Education, Tail::Open),
    ("institut", OrgKind::Education, Tail::Open),
    ("politeknik", OrgKind::Education, Tail::Open),
    ("sekolah tinggi", OrgKind::Education, Tail::Open),
    ("akademi", OrgKind::Education, Tail::Open),
    ("fakultas", OrgKind::Education, Tail::Open),
    ("pt", OrgKind::Company, Tail::Open),
    ("perum", OrgKind::Company, Tail::Open),
    ("perumda", OrgKind::Company, Tail::Open),
    ("bank", OrgKind::Company, Tail::Open),
    ("rumah sakit", OrgKind::Other, Tail::Open),
    ("rsud", OrgKind::RegionalOffice, Tail::Open),
    ("yayasan", OrgKind::Other, Tail::Open),
    ("asosiasi", OrgKind::Other, Tail::Open),
    ("ikatan", OrgKind::Other, Tail::Open),
    ("persatuan", OrgKind::Other, Tail::Open),
    ("perhimpunan", OrgKind::Other, Tail::Open),
    ("himpunan", OrgKind::Other, Tail::Open),
    ("serikat", OrgKind::Other, Tail::Open),
    ("gabungan", OrgKind::Other, Tail::Open),
    ("koperasi", OrgKind::Other, Tail::Open),
    ("forum", OrgKind::Other, Tail::Open),
    ("paguyuban", OrgKind::Other, Tail::Open),
    ("aliansi", OrgKind::Other, Tail::Open),
    ("federasi", OrgKind::Other, Tail::Open),
    ("gerakan", OrgKind::Other, Tail::Open),
];

/// The organization head starting a lower-cased phrase of one or two words.
pub fn head(words: &str) -> Option<(OrgKind, Tail)> {
    HEAD_INDEX.get(words).copied()
}

/// [`HEADS`] by word, the first entry kept for a word listed twice.
static HEAD_INDEX: LazyLock<WordMap<&'static str, (OrgKind, Tail)>> = LazyLock::new(|| {
    let mut index = WordMap::default();
    for &(w, k, t) in HEADS {
        index.entry(w).or_insert((k, t));
    }
    index
});

/// The number of words of the longest head.
pub const HEAD_MAX_WORDS: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses() {
        let data = include_str!("../../data/org-acronyms.tsv");
        for (n, line) in data.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            assert_eq!(line.split('\t').count(), 3, "line {}", n + 1);
        }
    }

    #[test]
    fn acronyms_both_ways() {
        let cases = [
            (
                "Bappeda",
                "Badan Perencanaan Pembangunan Daerah",
                OrgKind::RegionalOffice,
            ),
            ("KPK", "Komisi Pemberantasan Korupsi", OrgKind::Agency),
            ("Kemenkeu", "Kementerian Keuangan", OrgKind::Ministry),
            (
                "PDIP",
                "Partai Demokrasi Indonesia Perjuangan",
                OrgKind::Party,
            ),
        ];
        for (short, long, kind) in cases {
            let a = acronym(short).expect(short);
            assert_eq!((a.expansion, a.kind), (long, kind));
            assert!(acronym_of(&long.to_uppercase()).is_some(), "{long}");
        }
        assert!(acronym("pan").is_none());
    }
}
