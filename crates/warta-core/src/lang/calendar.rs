//! Indonesian calendar words: weekday names, month names, their abbreviations and the older
//! spellings still found in regional news. Lookups are ASCII case-insensitive and do not
//! allocate.
//!
//! Each table holds lower-case spellings. Modules that need a different set (time zones
//! beside the names, fewer weekday spellings) combine these tables and say so where they do.

use time::{Month, Weekday};

/// Weekday names. `Jumat` is also written with an apostrophe, straight or curly (`Jum'at`,
/// `Jum’at`); `Ahad`, the Arabic-derived name for Sunday, is common in Islamic media.
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("senin", Weekday::Monday),
    ("selasa", Weekday::Tuesday),
    ("rabu", Weekday::Wednesday),
    ("kamis", Weekday::Thursday),
    ("jumat", Weekday::Friday),
    ("jum'at", Weekday::Friday),
    ("jum\u{2019}at", Weekday::Friday),
    ("sabtu", Weekday::Saturday),
    ("minggu", Weekday::Sunday),
    ("ahad", Weekday::Sunday),
];

/// Full month names in current spelling.
pub const MONTHS: &[(&str, Month)] = &[
    ("januari", Month::January),
    ("februari", Month::February),
    ("maret", Month::March),
    ("april", Month::April),
    ("mei", Month::May),
    ("juni", Month::June),
    ("juli", Month::July),
    ("agustus", Month::August),
    ("september", Month::September),
    ("oktober", Month::October),
    ("november", Month::November),
    ("desember", Month::December),
];

/// The usual month abbreviations (`Jan`, `Agt`, `Des`). `Mei` is short enough to have
/// none.
pub const MONTH_ABBREVIATIONS: &[(&str, Month)] = &[
    ("jan", Month::January),
    ("feb", Month::February),
    ("mar", Month::March),
    ("apr", Month::April),
    ("jun", Month::June),
    ("jul", Month::July),
    ("agu", Month::August),
    ("agt", Month::August),
    ("sep", Month::September),
    ("okt", Month::October),
    ("nov", Month::November),
    ("des", Month::December),
];

/// Month names in the spelling before 1972 (`Pebruari`, `Nopember`), still in use.
pub const OLD_MONTH_SPELLINGS: &[(&str, Month)] =
    &[("pebruari", Month::February), ("nopember", Month::November)];

/// Rarer abbreviations, those of the old spellings among them (`Peb`, `Nop`, `Mrt`, `Sept`).
pub const MORE_MONTH_ABBREVIATIONS: &[(&str, Month)] = &[
    ("peb", Month::February),
    ("mrt", Month::March),
    ("ags", Month::August),
    ("agst", Month::August),
    ("sept", Month::September),
    ("nop", Month::November),
];

/// English month names that Indonesian spells differently (`April`, `September` and
/// `November` are the same in both).
pub const ENGLISH_MONTHS: &[(&str, Month)] = &[
    ("january", Month::January),
    ("february", Month::February),
    ("march", Month::March),
    ("may", Month::May),
    ("june", Month::June),
    ("july", Month::July),
    ("august", Month::August),
    ("october", Month::October),
    ("december", Month::December),
];

/// English month abbreviations that differ from the Indonesian ones.
pub const ENGLISH_MONTH_ABBREVIATIONS: &[(&str, Month)] = &[
    ("aug", Month::August),
    ("oct", Month::October),
    ("dec", Month::December),
];

/// The value `word` names in `table`, ASCII case-insensitive.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// The weekday `word` names (`Senin`, `Jum'at`, `Ahad`), any case.
pub fn weekday(word: &str) -> Option<Weekday> {
    lookup(WEEKDAYS, word)
}

/// Whether `word` is a weekday name, any case.
pub fn is_weekday(word: &str) -> bool {
    weekday(word).is_some()
}

/// The month `word` names in full current spelling (`Januari`, `Mei`), any case.
pub fn month_name(word: &str) -> Option<Month> {
    lookup(MONTHS, word)
}

/// Whether `word` is a full month name in current spelling, any case.
pub fn is_month_name(word: &str) -> bool {
    month_name(word).is_some()
}

/// The month of a usual abbreviation (`Jan`, `Agt`), any case, without a trailing dot.
pub fn month_abbreviation(word: &str) -> Option<Month> {
    lookup(MONTH_ABBREVIATIONS, word)
}

/// Whether `word` is a usual month abbreviation, any case, without a trailing dot.
pub fn is_month_abbreviation(word: &str) -> bool {
    month_abbreviation(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word, the weekday it names, the month it names in full, the month it abbreviates.
    type Case = (&'static str, Option<Weekday>, Option<Month>, Option<Month>);

    #[test]
    fn lookups() {
        let cases: &[Case] = &[
            ("Senin", Some(Weekday::Monday), None, None),
            ("JUM'AT", Some(Weekday::Friday), None, None),
            ("Jum\u{2019}at", Some(Weekday::Friday), None, None),
            ("ahad", Some(Weekday::Sunday), None, None),
            ("Mei", None, Some(Month::May), None),
            ("DESEMBER", None, Some(Month::December), None),
            ("Agt", None, None, Some(Month::August)),
            // Old spellings and English names are separate tables.
            ("Pebruari", None, None, None),
            ("May", None, None, None),
            ("Sept", None, None, None),
            ("Des.", None, None, None),
            ("Jumat ", None, None, None),
            ("", None, None, None),
        ];
        for &(word, day, full, abbr) in cases {
            assert_eq!(weekday(word), day, "{word}");
            assert_eq!(is_weekday(word), day.is_some(), "{word}");
            assert_eq!(month_name(word), full, "{word}");
            assert_eq!(is_month_name(word), full.is_some(), "{word}");
            assert_eq!(month_abbreviation(word), abbr, "{word}");
            assert_eq!(is_month_abbreviation(word), abbr.is_some(), "{word}");
        }
    }

    #[test]
    fn tables_are_lower_case_and_distinct() {
        let all: Vec<&str> = WEEKDAYS
            .iter()
            .map(|(w, _)| *w)
            .chain(
                [
                    MONTHS,
                    MONTH_ABBREVIATIONS,
                    OLD_MONTH_SPELLINGS,
                    MORE_MONTH_ABBREVIATIONS,
                    ENGLISH_MONTHS,
                    ENGLISH_MONTH_ABBREVIATIONS,
                ]
                .into_iter()
                .flatten()
                .map(|(w, _)| *w),
            )
            .collect();
        for (i, w) in all.iter().enumerate() {
            assert_eq!(w.to_lowercase(), *w);
            assert!(!all[..i].contains(w), "{w} twice");
        }
    }
}
