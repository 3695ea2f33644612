//! The short forms Indonesian news uses for provinces (`Kalbar` for Kalimantan Barat), so
//! that `place:Kalbar` finds an article that only says "Kalimantan Barat", and back.

/// (canonical name, short forms), for every province with a common short form.
const PROVINCES: &[(&str, &[&str])] = &[
    ("Aceh", &["NAD", "Nanggroe Aceh Darussalam"]),
    ("Sumatera Utara", &["Sumut"]),
    ("Sumatera Barat", &["Sumbar"]),
    ("Sumatera Selatan", &["Sumsel"]),
    ("Kepulauan Riau", &["Kepri"]),
    ("Kepulauan Bangka Belitung", &["Babel", "Bangka Belitung"]),
    (
        "Daerah Khusus Ibukota Jakarta",
        &["DKI Jakarta", "DKI", "Jakarta"],
    ),
    ("Daerah Khusus Jakarta", &["DKI Jakarta", "DKI", "Jakarta"]),
    ("Jawa Barat", &["Jabar"]),
    ("Jawa Tengah", &["Jateng"]),
    ("Jawa Timur", &["Jatim"]),
    (
        "Daerah Istimewa Yogyakarta",
        &["DIY", "Yogyakarta", "Jogja"],
    ),
    ("Nusa Tenggara Barat", &["NTB"]),
    ("Nusa Tenggara Timur", &["NTT"]),
    ("Kalimantan Barat", &["Kalbar"]),
    ("Kalimantan Tengah", &["Kalteng"]),
    ("Kalimantan Selatan", &["Kalsel"]),
    ("Kalimantan Timur", &["Kaltim"]),
    ("Kalimantan Utara", &["Kaltara"]),
    ("Sulawesi Utara", &["Sulut"]),
    ("Sulawesi Tengah", &["Sulteng"]),
    ("Sulawesi Selatan", &["Sulsel"]),
    ("Sulawesi Tenggara", &["Sultra"]),
    ("Sulawesi Barat", &["Sulbar"]),
    ("Maluku Utara", &["Malut"]),
    ("Papua Barat", &["Pabar"]),
    ("Papua Barat Daya", &["PBD"]),
];

/// The other names of a place: its short forms when `name` is a canonical province name,
/// the canonical name when `name` is a short form. Empty for anything else.
pub fn other_names(name: &str) -> Vec<&'static str> {
    let name = name.trim();
    let mut out = Vec::new();
    for (canonical, short) in PROVINCES {
        if canonical.eq_ignore_ascii_case(name) {
            out.extend_from_slice(short);
        } else if short.iter().any(|s| s.eq_ignore_ascii_case(name)) {
            out.push(*canonical);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_both_ways() {
        assert_eq!(other_names("Kalimantan Barat"), ["Kalbar"]);
        assert_eq!(other_names("kalbar"), ["Kalimantan Barat"]);
        assert!(other_names("Pontianak").is_empty());
    }
}
