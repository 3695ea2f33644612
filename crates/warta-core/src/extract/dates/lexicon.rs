//! The words Indonesian dates are written with: months (with their abbreviations and the
//! older spellings still found in regional news), weekdays, relative words, number words.

use time::Weekday;

/// Whether a month word is a full name or an abbreviation; abbreviations (`Jan`, `Mar`,
/// `Des`) collide with names and ordinary words, so they only count next to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MonthForm {
    Full,
    Abbr,
}

/// Month number (1-12) of a month word, case-insensitive, without a trailing dot.
pub(super) fn month(word: &str) -> Option<(u8, MonthForm)> {
    use MonthForm::{Abbr, Full};
    const TABLE: &[(&str, u8, MonthForm)] = &[
        ("januari", 1, Full),
        ("january", 1, Full),
        ("jan", 1, Abbr),
        ("februari", 2, Full),
        ("pebruari", 2, Full),
        ("february", 2, Full),
        ("feb", 2, Abbr),
        ("peb", 2, Abbr),
        ("maret", 3, Full),
        ("march", 3, Full),
        ("mar", 3, Abbr),
        ("mrt", 3, Abbr),
        ("april", 4, Full),
        ("apr", 4, Abbr),
        ("mei", 5, Full),
        ("may", 5, Abbr),
        ("juni", 6, Full),
        ("june", 6, Full),
        ("jun", 6, Abbr),
        ("juli", 7, Full),
        ("july", 7, Full),
        ("jul", 7, Abbr),
        ("agustus", 8, Full),
        ("august", 8, Full),
        ("agu", 8, Abbr),
        ("agt", 8, Abbr),
        ("ags", 8, Abbr),
        ("agst", 8, Abbr),
        ("aug", 8, Abbr),
        ("september", 9, Full),
        ("sep", 9, Abbr),
        ("sept", 9, Abbr),
        ("oktober", 10, Full),
        ("october", 10, Full),
        ("okt", 10, Abbr),
        ("oct", 10, Abbr),
        ("november", 11, Full),
        ("nopember", 11, Full),
        ("nov", 11, Abbr),
        ("nop", 11, Abbr),
        ("desember", 12, Full),
        ("december", 12, Full),
        ("des", 12, Abbr),
        ("dec", 12, Abbr),
    ];
    TABLE
        .iter()
        .find(|(name, _, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, m, form)| (m, form))
}

/// Weekday of a weekday word. `Jum'at` is normalized by the caller (apostrophe removed).
/// `Ahad` is the Arabic-derived name for Sunday, common in Islamic media.
pub(super) fn weekday(word: &str) -> Option<Weekday> {
    const TABLE: &[(&str, Weekday)] = &[
        ("senin", Weekday::Monday),
        ("selasa", Weekday::Tuesday),
        ("rabu", Weekday::Wednesday),
        ("kamis", Weekday::Thursday),
        ("jumat", Weekday::Friday),
        ("sabtu", Weekday::Saturday),
        ("minggu", Weekday::Sunday),
        ("ahad", Weekday::Sunday),
    ];
    // `Jum'at`, `Jum’at`: drop the apostrophe without allocating.
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
    TABLE
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(plain))
        .map(|&(_, d)| d)
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
