//! Canonical organization names: abbreviations expanded (`Pemprov` -> `Pemerintah
//! Provinsi`, `Setda` -> `Sekretariat Daerah`, `RI` -> `Republik Indonesia`), region short
//! forms written out (`Kalbar` -> `Kalimantan Barat`), and the Ombudsman's regional offices
//! named one way (`Ombudsman Republik Indonesia Perwakilan Provinsi Kalimantan Barat`).

use crate::article::PlaceKind;
use crate::gazetteer::{agencies, places};

/// A canonical organization name with the region it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canonical {
    /// Expanded name.
    pub name: String,
    /// Canonical province, regency or city.
    pub region: Option<String>,
    /// Kind of the region.
    pub region_kind: Option<PlaceKind>,
    /// The acronym written inside the name (`Pemerintah Provinsi (Pemprov) Kalbar`).
    pub inner_acronym: Option<String>,
}

const EXPANSIONS: &[(&str, &str)] = &[
    ("pemprov", "Pemerintah Provinsi"),
    ("pemkab", "Pemerintah Kabupaten"),
    ("pemkot", "Pemerintah Kota"),
    ("pemda", "Pemerintah Daerah"),
    ("setda", "Sekretariat Daerah"),
    ("ri", "Republik Indonesia"),
    ("ori", "Ombudsman Republik Indonesia"),
    ("ditjen", "Direktorat Jenderal"),
    ("kanwil", "Kantor Wilayah"),
];

/// Title case for words written in capitals in headlines (`SEKRETARIAT` -> `Sekretariat`);
/// short capitals are acronyms and stay.
fn tidy(word: &str) -> String {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let caps = word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    if caps && letters > 4 && agencies::acronym(word).is_none() {
        let mut cs = word.chars();
        cs.next().map_or(String::new(), |f| {
            f.to_uppercase()
                .chain(cs.flat_map(char::to_lowercase))
                .collect()
        })
    } else if word.eq_ignore_ascii_case("dan") {
        "dan".to_string()
    } else {
        word.to_string()
    }
}

/// The canonical form of an organization name as written.
pub fn canonical(surface: &str) -> Canonical {
    let mut inner_acronym = None;
    let mut words: Vec<&str> = Vec::new();
    let mut in_paren = false;
    for w in surface.split_whitespace() {
        if w.starts_with('(') {
            in_paren = !w.ends_with(')');
            inner_acronym = Some(w.trim_matches(|c| c == '(' || c == ')').to_string());
            continue;
        }
        if in_paren {
            in_paren = !w.ends_with(')');
            continue;
        }
        words.push(w);
    }
    // `ORI-Kalbar`: acronym and region joined by a hyphen.
    let split: Vec<String> = words
        .iter()
        .flat_map(|w| match w.split_once('-') {
            Some((a, b)) if places::province(b).is_some() && !a.eq_ignore_ascii_case("se") => {
                vec![a.to_string(), b.to_string()]
            }
            _ => vec![w.to_string()],
        })
        .collect();
    let whole = split.join(" ");
    if let Some(a) = agencies::acronym(&whole) {
        if !matches!(a.kind, crate::article::OrgKind::LocalGovernment) && a.short != "ORI" {
            return Canonical {
                name: a.expansion.to_string(),
                region: None,
                region_kind: None,
                inner_acronym,
            };
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut region: Option<(&'static str, PlaceKind)> = None;
    let mut k = 0;
    while k < split.len() {
        let (prefix, first) = match split[k].strip_prefix("se-") {
            Some(rest) => ("se-", rest.to_string()),
            None => ("", split[k].clone()),
        };
        let mut matched = None;
        for n in (1..=places::max_words().min(split.len() - k)).rev() {
            let phrase = std::iter::once(first.clone())
                .chain(split[k + 1..k + n].iter().cloned())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(p) = places::lookup(&phrase) {
                matched = Some((n, p));
                break;
            }
        }
        if let Some((n, p)) = matched {
            if k > 0 || prefix == "se-" {
                region.get_or_insert((p.name, p.kind));
                let before = out.last().map(|s| s.to_lowercase());
                let needs = match p.kind {
                    PlaceKind::Province => "provinsi",
                    PlaceKind::City => "kota",
                    PlaceKind::Regency => "kabupaten",
                    _ => "",
                };
                let has = before
                    .as_deref()
                    .is_some_and(|b| b == needs || b.ends_with(needs));
                let regional = out.first().is_some_and(|f| {
                    let f = f.to_lowercase();
                    [
                        "sekretariat",
                        "dewan perwakilan rakyat daerah",
                        "inspektorat",
                        "dprd",
                        "pemerintah",
                        "dinas",
                        "badan",
                        "biro",
                    ]
                    .iter()
                    .any(|h| f.starts_with(h))
                });
                // `Badan Usaha ... BP Batam`: a region after an inner acronym belongs to
                // that body's name, written as it is.
                let after_acronym = k > 1 && {
                    let w = &split[k - 1];
                    w.chars().count() >= 2
                        && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                };
                if !needs.is_empty() && !has && prefix.is_empty() && regional && !after_acronym {
                    out.push(tidy_case(needs));
                }
                out.push(format!("{prefix}{}", p.name));
                k += n;
                continue;
            }
        }
        let l = split[k].to_lowercase();
        // The first word may be a known acronym (`BPK Perwakilan Provinsi Riau`).
        let known = (k == 0 && split.len() > 1)
            .then(|| agencies::acronym(&split[k]))
            .flatten()
            .filter(|a| a.kind != crate::article::OrgKind::LocalGovernment && a.short != "ORI");
        match (EXPANSIONS.iter().find(|(a, _)| *a == l), known) {
            (Some((_, e)), _) => out.push(e.to_string()),
            (None, Some(a)) => out.push(a.expansion.to_string()),
            (None, None) => out.push(tidy(&split[k])),
        }
        k += 1;
    }
    let mut name = out.join(" ");
    let lower = name.to_lowercase();
    if lower.starts_with("kantor ") && lower.len() > 7 {
        name = name[7..].to_string();
    }
    if lower.contains("ombudsman") {
        name = ombudsman(&lower, region.map(|r| r.0));
    }
    Canonical {
        name,
        region: region.map(|r| r.0.to_string()),
        region_kind: region.map(|r| r.1),
        inner_acronym,
    }
}

fn tidy_case(w: &str) -> String {
    let mut cs = w.chars();
    cs.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(cs).collect())
}

/// One name for the Ombudsman and one for each regional office, however written.
fn ombudsman(lower: &str, region: Option<&str>) -> String {
    match region {
        Some(r) => format!("Ombudsman Republik Indonesia Perwakilan Provinsi {r}"),
        None if lower.contains("republik indonesia") => "Ombudsman Republik Indonesia".to_string(),
        None => "Ombudsman".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let cases = [
            (
                "Ombudsman Sumbar",
                "Ombudsman Republik Indonesia Perwakilan Provinsi Sumatera Barat",
            ),
            (
                "Ombudsman RI Perwakilan Provinsi Sumatera Barat",
                "Ombudsman Republik Indonesia Perwakilan Provinsi Sumatera Barat",
            ),
            (
                "ORI-Sumbar",
                "Ombudsman Republik Indonesia Perwakilan Provinsi Sumatera Barat",
            ),
            ("Ombudsman RI", "Ombudsman Republik Indonesia"),
            ("Pemprov Sumbar", "Pemerintah Provinsi Sumatera Barat"),
            (
                "Pemerintah Provinsi (Pemprov) Jambi",
                "Pemerintah Provinsi Jambi",
            ),
            ("Setda Jambi", "Sekretariat Daerah Provinsi Jambi"),
            (
                "Biro Hukum Setda Provinsi Jambi",
                "Biro Hukum Sekretariat Daerah Provinsi Jambi",
            ),
            ("Pemkot Padang", "Pemerintah Kota Padang"),
            (
                "Inspektorat Daerah se-Sulteng",
                "Inspektorat Daerah se-Sulawesi Tengah",
            ),
            (
                "SEKRETARIAT DAERAH PROVINSI JAMBI",
                "Sekretariat Daerah Provinsi Jambi",
            ),
            ("Bappeda", "Badan Perencanaan Pembangunan Daerah"),
            (
                "Badan Usaha Fasilitas dan Lingkungan BP Batam",
                "Badan Usaha Fasilitas dan Lingkungan BP Batam",
            ),
            ("Dinas Kesehatan Batam", "Dinas Kesehatan Kota Batam"),
            (
                "Kantor Setda Provinsi Jambi",
                "Sekretariat Daerah Provinsi Jambi",
            ),
        ];
        for (surface, want) in cases {
            assert_eq!(canonical(surface).name, want, "{surface}");
        }
        assert_eq!(
            canonical("Pemprov Sumbar").region.as_deref(),
            Some("Sumatera Barat")
        );
    }
}
