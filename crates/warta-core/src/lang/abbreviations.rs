//! Indonesian abbreviations written with a period that does not end a sentence.

/// Abbreviations as written, without their final period. Matched exactly, or in capitals
/// when the token is all capitals (`DR.`, `JL.`); lower-case words that are also common
/// words at the end of a sentence (`hal`, `no`) are deliberately absent.
const ABBREVIATIONS: &[&str] = &[
    // Honorifics and titles before names: Doktor, Haji/Hajah, Insinyur, Profesor,
    // Doktorandus/Doktoranda, Kiai Haji, Ustaz, Saudara/Saudari, Bapak, Nyonya, Tuan.
    "Dr", "dr", "drg", "H", "Hj", "Ir", "Prof", "Drs", "Dra", "KH", "Ust", "Ustd", "Sdr", "Sdri",
    "Bpk", "Ny", "Tn", "Nn", "Mr", "Mrs", "Ms", "St",
    // Acting offices: Penjabat, Pelaksana Tugas, Pelaksana Harian.
    "Pj", "Plt", "Plh", // Military and police ranks written with a period.
    "Jend", "Letjen", "Mayjen", "Brigjen", "Kol", "Letkol", "Kapt", "Serka", "Irjen", "Kombes",
    "Pol", "Purn",
    // References and addresses: Nomor, Jalan, Kabupaten, Kecamatan, Kelurahan, Desa, Gang,
    // Kompleks, Telepon, halaman, tanggal.
    "No", "Jl", "Jln", "Kab", "Kec", "Kel", "Ds", "Gg", "Komp", "Telp", "Tlp", "hlm", "tgl", "Hlm",
    "Tgl", "Prov", "Rp",
    // Company form Terbuka (Tbk); "et cetera" forms: dan lain-lain, dan
    // sebagainya, dan seterusnya, dan kawan-kawan, tersebut, yang terhormat.
    "Tbk", "dll", "dsb", "dst", "dkk", "tsb", "Yth", "yth", "Bp", "vs",
];

/// Whether `token` (the characters before a period, without it) is an abbreviation that
/// does not end a sentence: a listed abbreviation, a single capital initial (`A.` in
/// `A. Rahman`), or a dotted abbreviation such as an academic degree (`S.H`, `M.Si`,
/// `S.Sos`, `Ph.D`) or `s.d` (sampai dengan).
pub fn is_abbreviation(token: &str) -> bool {
    let token = token.trim_start_matches(['(', '"', '\'', '\u{201C}', '[']);
    if token.is_empty() {
        return false;
    }
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    if ABBREVIATIONS.contains(&token) {
        return true;
    }
    if token.chars().all(|c| c.is_uppercase()) && token.len() <= 8 {
        let listed = ABBREVIATIONS
            .iter()
            .any(|a| a.len() > 1 && a.eq_ignore_ascii_case(token));
        if listed {
            return true;
        }
    }
    is_dotted(token)
}

/// `S.H`, `M.Si`, `S.Sos`, `Ph.D`, `s.d`, `a.n`: short letter groups joined by periods.
fn is_dotted(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            !part.is_empty() && part.len() <= 4 && part.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, bool)] = &[
            ("Dr", true),
            ("DR", true),
            ("H", true),
            ("A", true),
            ("(Hj", true),
            ("Pj", true),
            ("Plt", true),
            ("dll", true),
            ("S.H", true),
            ("M.Si", true),
            ("S.Sos", true),
            ("s.d", true),
            ("Ph.D", true),
            ("WIB", false),
            ("hal", false),
            ("2020", false),
            ("Kompas.com", false),
            ("masyarakat", false),
            ("a", false),
            ("", false),
        ];
        for (token, want) in cases {
            assert_eq!(is_abbreviation(token), *want, "is_abbreviation({token:?})");
        }
    }
}
