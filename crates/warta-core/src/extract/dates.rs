//! Indonesian date expressions. (Placeholder: to be completed.)

use std::ops::Range;

use time::Date;

use crate::article::DateMention;
use crate::doc::Doc;

/// `YYYY-MM-DD`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Parse a publication date given apart from the text (`2020-01-20`, `Senin, 20 Januari 2020`).
pub fn parse_publication(_s: &str) -> Option<Date> {
    None
}

/// Every date expression in the document, outside the `exclude` byte ranges (law citations).
pub fn find(_doc: &Doc, _exclude: &[Range<usize>]) -> Vec<DateMention> {
    Vec::new()
}

/// Parse a full date at the start of `s` (`Senin, 20 Januari 2020`, `Jum'at, 19 September
/// 2025`), returning it with the number of bytes it took. (Placeholder: to be completed.)
pub fn parse_date_prefix(s: &str) -> Option<(Date, usize)> {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ];
    let mut rest = s;
    if let Some(comma) = rest.find(',') {
        if comma <= 8
            && rest[..comma]
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'')
        {
            rest = &rest[comma + 1..];
        }
    }
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    if words.len() < 3 {
        return None;
    }
    let day: u8 = words[0].parse().ok()?;
    let month = MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(words[1]))?;
    let year_digits: String = words[2].chars().take_while(char::is_ascii_digit).collect();
    let year: i32 = year_digits.parse().ok()?;
    let month = time::Month::try_from(month as u8 + 1).ok()?;
    let date = Date::from_calendar_date(year, month, day).ok()?;
    let end = words[2].as_ptr() as usize - s.as_ptr() as usize + year_digits.len();
    Some((date, end))
}
