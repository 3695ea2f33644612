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
