//! The words Indonesian dates are written with: months and weekdays (their spellings are in
//! `lang::calendar`; here, how the date grammar reads them), relative words, number words.

use time::{Month, Weekday};

use crate::lang::calendar;

/// Whether a month word is a full name or an abbreviation; abbreviations (`Jan`, `Mar`,
/// `Des`) collide with names and ordinary words, so they only count next to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MonthForm {
    Full,
    Abbr,
}

/// Month number (1-12) of a month word, case-insensitive, without a trailing dot. English
/// names count too (wire copy and bilingual releases); `May` is also an English modal verb,
/// so, like an abbreviation, it counts only next to a number.
pub(super) fn month(word: &str) -> Option<(u8, MonthForm)> {
    use MonthForm::{Abbr, Full};
    if word.eq_ignore_ascii_case("may") {
        return Some((5, Abbr));
    }
    let full = [
        calendar::MONTHS,
        calendar::OLD_MONTH_SPELLINGS,
        calendar::ENGLISH_MONTHS,
    ];
    let abbr = [
        calendar::MONTH_ABBREVIATIONS,
        calendar::MORE_MONTH_ABBREVIATIONS,
        calendar::ENGLISH_MONTH_ABBREVIATIONS,
    ];
    let find = |tables: [&[(&str, Month)]; 3], form| {
        tables
            .into_iter()
            .find_map(|t| calendar::lookup(t, word))
            .map(|m| (u8::from(m), form))
    };
    find(full, Full).or_else(|| find(abbr, Abbr))
}

/// Weekday of a weekday word. Apostrophes (`Jum'at`, `Jum’at`) are dropped first, so that
/// any placement of one still reads.
pub(super) fn weekday(word: &str) -> Option<Weekday> {
    // Drop the apostrophes without allocating.
    let mut buf = [0u8; 8];
    let mut n = 0;
    for c in word.chars() {
        if matches!(c, '\'' | '\u{2019}' | '\u{2018}') {
            continue;
        }
        if n == buf.len() || !c.is_ascii() {
            return None;
        }
        buf[n] = c as u8;
        n += 1;
    }
    let plain = std::str::from_utf8(buf.get(..n)?).ok()?;
    calendar::weekday(plain)
}

/// Small cardinal numbers written as words (`dua tahun lalu`).
pub(super) fn number_word(word: &str) -> Option<i64> {
    const TABLE: &[(&str, i64)] = &[
        ("satu", 1),
        ("dua", 2),
        ("tiga", 3),
        ("empat", 4),
        ("lima", 5),
        ("enam", 6),
        ("tujuh", 7),
        ("delapan", 8),
        ("sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("belasan", -1),
        ("puluhan", -1),
        ("beberapa", -1),
        ("ratusan", -1),
    ];
    TABLE
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

/// Words after which a bare year (`pada 2015`, `awal 2020`) or a bare month (`pada April`,
/// `bulan Januari`) is a date and not some other number or a name.
pub(super) fn licenses_bare(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "tahun",
        "pada",
        "awal",
        "akhir",
        "pertengahan",
        "medio",
        "sejak",
        "hingga",
        "sampai",
        "periode",
        "jelang",
        "menjelang",
        "mulai",
        "per",
        "bulan",
        "selama",
        "sepanjang",
        "tanggal",
        "hari",
        "sebelum",
        "setelah",
        "sesudah",
        "usai",
        "tepatnya",
        "sekitar",
        "antara",
        "dari",
        "di",
        "lahir",
        // Elections and budgets are named by their year (`Pemilu 2024`, `APBD 2021`,
        // `tahun anggaran 2021`): the year is when they happen.
        "pemilu",
        "pilpres",
        "pileg",
        "pilkada",
        "apbn",
        "apbd",
        "anggaran",
    ];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Law kinds: `UU Tahun 2009`, `UUD 1945` name a law, not a date.
pub(super) fn is_law_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "uu",
        "uud",
        "pp",
        "perpres",
        "perppu",
        "perpu",
        "permen",
        "perda",
        "pergub",
        "perbup",
        "perwal",
        "perwali",
        "keppres",
        "kepres",
        "inpres",
        "permendagri",
        "permenpan",
        "permenpanrb",
        "kepmen",
        "kepgub",
        "nomor",
        "no",
        "nomer",
        "undang",
        "undang-undang",
        "peraturan",
        "keputusan",
        "instruksi",
        "surat",
        "edaran",
        "se",
        "stbl",
        "staatsblad",
        "lembaran",
        "tambahan",
    ];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words that point a year-less date to the past (`17 Juli lalu`, `Januari silam`).
pub(super) fn is_past_hint(word: &str) -> bool {
    ["lalu", "kemarin", "silam"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Words that point a year-less date to the future (`26 Agustus mendatang`).
pub(super) fn is_future_hint(word: &str) -> bool {
    ["mendatang", "depan", "nanti", "esok", "besok"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Parts of the day that make a bare weekday a date (`Senin malam`, `Jumat waktu setempat`).
pub(super) fn is_day_part(word: &str) -> bool {
    [
        "pagi", "siang", "sore", "petang", "malam", "dini", "subuh", "waktu",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// Indonesian time zones: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).
pub(super) fn time_zone(word: &str) -> Option<&'static str> {
    ["WIB", "WITA", "WIT"]
        .into_iter()
        .find(|z| z.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_forms() {
        use MonthForm::{Abbr, Full};
        let cases: &[(&str, Option<(u8, MonthForm)>)] = &[
            ("Januari", Some((1, Full))),
            ("PEBRUARI", Some((2, Full))),
            ("Mei", Some((5, Full))),
            // English `May` is also a modal verb: only next to a number.
            ("May", Some((5, Abbr))),
            ("April", Some((4, Full))),
            ("Agst", Some((8, Abbr))),
            ("Sept", Some((9, Abbr))),
            ("Nopember", Some((11, Full))),
            ("Dec", Some((12, Abbr))),
            ("Des.", None),
            ("Maret2020", None),
        ];
        for &(word, want) in cases {
            assert_eq!(month(word), want, "{word}");
        }
    }

    #[test]
    fn weekday_apostrophes() {
        let cases: &[(&str, Option<Weekday>)] = &[
            ("Jumat", Some(Weekday::Friday)),
            ("Jum'at", Some(Weekday::Friday)),
            ("JUM\u{2019}AT", Some(Weekday::Friday)),
            ("Jum\u{2018}at", Some(Weekday::Friday)),
            ("Ahad", Some(Weekday::Sunday)),
            ("Seninnya", None),
            ("Sen\u{e9}n", None),
        ];
        for &(word, want) in cases {
            assert_eq!(weekday(word), want, "{word}");
        }
    }
}
