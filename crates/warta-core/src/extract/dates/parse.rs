//! The grammar: from one token, the longest date expression that starts there.
//!
//! Every function takes the text and a byte position, reads tokens lazily with
//! [`tok_at`], and returns what it recognized with the byte where it ended. Nothing here
//! resolves against a reference date; [`super::resolve`] does that.

use time::Weekday;

use super::lexicon::{self, MonthForm};
use super::relative::{relative, units_ago};
use super::scan::{literal_at, tok_at, tok_before, Kind, Tok};
use super::weekday::weekday_led;
use super::written::{month_led, num_led, year_missing};

/// A calendar value as written, the year possibly missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Val {
    /// A day; `y` is `None` when the year was not written.
    Day { d: u8, m: u8, y: Option<i32> },
    /// A month; `y` is `None` when the year was not written.
    Month { m: u8, y: Option<i32> },
    /// A year.
    Year(i32),
}

/// A word after a year-less date telling whether it lies before or after the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Unknown,
    Past,
    Future,
    /// `10 Agustus tahun ini` (0), `Mei tahun lalu` (-1): the year relative to the
    /// reference's.
    Year(i8),
}

/// Which occurrence of a weekday a relative weekday means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dir {
    /// `Senin lalu`, `Senin kemarin`: the last one strictly before the reference.
    Past,
    /// `Senin depan`, `Senin mendatang`: the first one strictly after the reference.
    Future,
    /// `pada Senin`: the last one on or before the reference (news reports the past).
    Nearest,
    /// `Senin pekan lalu` (-1), `Senin pekan depan` (+1): that day in another week.
    Week(i8),
}

/// A recognized expression, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Expr {
    /// A written date (possibly a range), with the weekday written beside it.
    Abs {
        from: Val,
        until: Option<Val>,
        weekday: Option<Weekday>,
        tense: Tense,
    },
    /// `kemarin` (-1), `hari ini` (0), `besok` (1), `lusa` (2), `tiga hari lalu` (-3).
    Days(i32),
    /// `pekan lalu` (-1), `pekan ini` (0), `minggu depan` (1): a Monday-to-Sunday range.
    Week(i32),
    /// `bulan lalu` (-1), `bulan ini` (0), `bulan depan` (1).
    Months(i32),
    /// `tahun lalu` (-1), `tahun ini` (0), `tahun depan` (1).
    Years(i32),
    /// `Senin lalu`, `pada Senin`.
    Weekday(Weekday, Dir),
}

/// An expression with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Raw {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

pub(super) const MIN_YEAR: u32 = 1900;
pub(super) const MAX_YEAR: u32 = 2100;

/// The longest date expression starting with the token at `pos`.
pub(super) fn parse_at(text: &str, pos: usize) -> Option<Raw> {
    let mut raw = parse_token(text, pos)?;
    // `sejak Maret`, `sejak 26 Agustus`: what something has lasted since is past.
    if let Expr::Abs { from, tense, .. } = &mut raw.expr {
        if *tense == Tense::Unknown && year_missing(from) && after_since(text, raw.start) {
            *tense = Tense::Past;
        }
    }
    Some(raw)
}

/// Whether `sejak`/`semenjak` comes before `pos`, over `bulan`, `tanggal`, `awal`, ...
fn after_since(text: &str, pos: usize) -> bool {
    let mut p = pos;
    for _ in 0..3 {
        let Some(w) = word_before(text, p) else {
            return false;
        };
        if w.is_word("sejak") || w.is_word("semenjak") {
            return true;
        }
        if !["bulan", "tanggal", "awal", "akhir", "pertengahan", "hari"]
            .iter()
            .any(|x| w.is_word(x))
        {
            return false;
        }
        p = w.start;
    }
    false
}

fn parse_token(text: &str, pos: usize) -> Option<Raw> {
    let t = tok_at(text, pos)?;
    match t.kind {
        Kind::Num => num_led(text, t),
        Kind::Word => {
            if let Some(raw) = weekday_led(text, t) {
                return Some(raw);
            }
            if let Some(raw) = month_led(text, t) {
                return Some(raw);
            }
            if lexicon::number_word(t.text).is_some() {
                return units_ago(text, t);
            }
            relative(text, t)
        }
        Kind::Punct(_) => None,
    }
}

// ---- small readers ----

pub(super) fn day_tok(t: &Tok<'_>) -> Option<u8> {
    t.num(2)
        .filter(|d| (1..=31).contains(d))
        .and_then(|d| u8::try_from(d).ok())
}

pub(super) fn year_tok(t: &Tok<'_>) -> Option<i32> {
    if t.text.len() != 4 {
        return None;
    }
    t.num(4)
        .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
        .and_then(|y| i32::try_from(y).ok())
}

/// A month word at `pos` (an abbreviation may carry its dot): month, form, end.
pub(super) fn month_at(text: &str, pos: usize) -> Option<(u8, MonthForm, usize)> {
    let t = tok_at(text, pos)?;
    let (m, form) = lexicon::month(t.word()?)?;
    let mut end = t.end;
    if form == MonthForm::Abbr {
        if let Some(dot) = tok_at(text, end).filter(|d| d.is('.') && d.start == end) {
            end = dot.end;
        }
    }
    Some((m, form, end))
}

/// A four-digit year at `pos`, not followed by more of a number (`2016/17`, `2020.5`).
pub(super) fn year_at(text: &str, pos: usize) -> Option<(i32, usize)> {
    let t = tok_at(text, pos)?;
    let y = year_tok(&t)?;
    if let Some(n) = tok_at(text, t.end) {
        let glued_number = n.start == t.end
            && (n.is('/') || n.is('.') || n.is(','))
            && tok_at(text, n.end).is_some_and(|d| d.kind == Kind::Num && d.start == n.end);
        if glued_number || (n.start == t.end && n.kind == Kind::Word) {
            return None;
        }
    }
    Some((y, t.end))
}

/// The year after a month: `Januari 2020`, also `Januari tahun 2020`.
pub(super) fn year_after_month(text: &str, pos: usize) -> Option<(i32, usize)> {
    year_at(text, pos).or_else(|| {
        let t = tok_at(text, pos).filter(|t| t.is_word("tahun"))?;
        year_at(text, t.end)
    })
}

/// A range separator at `pos` (`-`, `–`, `s.d.`, `s/d`, `sampai (dengan)`, `hingga`),
/// optionally followed by `tanggal`; returns where the second part starts.
pub(super) fn range_sep(text: &str, pos: usize) -> Option<usize> {
    let t = tok_at(text, pos)?;
    let mut end = if t.is('-') || t.is('\u{2013}') || t.is('\u{2014}') {
        t.end
    } else if let Some(e) = ["s.d.", "s/d.", "s/d", "s.d", "s.d"]
        .iter()
        .find_map(|lit| literal_at(text, pos, lit))
    {
        e
    } else if t.is_word("sampai") || t.is_word("hingga") {
        literal_at(text, t.end, "dengan").unwrap_or(t.end)
    } else if t.is_word("sd") {
        t.end
    } else {
        return None;
    };
    if let Some(e) = literal_at(text, end, "tanggal").or_else(|| literal_at(text, end, "tgl.")) {
        end = e;
    }
    Some(end)
}

/// `20/01/2020`, `4 / 7`, `20-01-2020`, `20.01.2020`: day, month, year, end. A dash or a
/// dot needs the year (`2-1` is a score, `09.00` a time); so does a slash unless
/// `year_optional` (the caller saw a weekday: `Senin (4/7)`; bare `24/7` is a ratio).
pub(super) fn numeric_at(
    text: &str,
    pos: usize,
    year_optional: bool,
) -> Option<(u8, u8, Option<i32>, usize)> {
    let t = tok_at(text, pos)?;
    let d = day_tok(&t)?;
    let sep = tok_at(text, t.end)?;
    let sep_char = match sep.kind {
        Kind::Punct(c @ ('/' | '-' | '.')) => c,
        _ => return None,
    };
    let tight = sep_char != '/';
    if tight && sep.start != t.end {
        return None;
    }
    let mt = tok_at(text, sep.end)?;
    if tight && mt.start != sep.end {
        return None;
    }
    let m = mt.num(2).filter(|m| (1..=12).contains(m))?;
    let m = u8::try_from(m).ok()?;
    let mut end = mt.end;
    let mut year = None;
    if let Some(sep2) = tok_at(text, end).filter(|s| s.is(sep_char)) {
        if !tight || sep2.start == end {
            if let Some(yt) = tok_at(text, sep2.end) {
                if let Some(y) = year_tok(&yt).filter(|_| !tight || yt.start == sep2.end) {
                    year = Some(y);
                    end = yt.end;
                } else {
                    return None;
                }
            }
        }
    }
    if year.is_none() && !(year_optional && sep_char == '/') {
        return None;
    }
    // `1/2/2020/3`, `20.01.2020.5`: part of a longer number.
    if let Some(n) = tok_at(text, end) {
        if (n.is('/') || (tight && n.is(sep_char) && n.start == end))
            && tok_at(text, n.end).is_some_and(|x| x.kind == Kind::Num)
        {
            return None;
        }
        if n.start == end && matches!(n.kind, Kind::Num | Kind::Word) {
            return None;
        }
    }
    Some((d, m, year, end))
}

/// `Num`-like token before `pos` that makes the number a reference number, not a date
/// (`Nomor 5/12/2020`, `No. 20.01.2020`).
pub(super) fn after_number_word(text: &str, pos: usize) -> bool {
    let mut p = pos;
    for _ in 0..3 {
        let Some(t) = tok_before(text, p) else {
            return false;
        };
        if let Some(w) = t.word() {
            return ["nomor", "no", "nomer", "nmr", "hal", "halaman", "pasal"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w));
        }
        if !(t.is('.') || t.is(':')) {
            return false;
        }
        p = t.start;
    }
    false
}

/// The tense word right after a year-less date (`17 Juli lalu`, `26 Agustus mendatang`,
/// `17 Juli yang lalu`), with the end of the expression: the word is part of it.
pub(super) fn tense_after(text: &str, pos: usize) -> (Tense, usize) {
    let unknown = (Tense::Unknown, pos);
    let Some(t) = tok_at(text, pos) else {
        return unknown;
    };
    let t = if t.is_word("yang") {
        match tok_at(text, t.end) {
            Some(n) => n,
            None => return unknown,
        }
    } else {
        t
    };
    if t.is_word("tahun") {
        let k = tok_at(text, t.end).and_then(|n| match n.word() {
            Some(w) if w.eq_ignore_ascii_case("ini") => Some((0, n.end)),
            Some(w) if w.eq_ignore_ascii_case("lalu") || w.eq_ignore_ascii_case("kemarin") => {
                Some((-1, n.end))
            }
            Some(w) if w.eq_ignore_ascii_case("depan") => Some((1, n.end)),
            _ => None,
        });
        return k.map_or(unknown, |(k, end)| (Tense::Year(k), end));
    }
    match t.word() {
        Some(w) if lexicon::is_past_hint(w) => (Tense::Past, t.end),
        Some(w) if lexicon::is_future_hint(w) => (Tense::Future, t.end),
        _ => unknown,
    }
}

/// The word before `pos`, if the token there is a word.
pub(super) fn word_before(text: &str, pos: usize) -> Option<Tok<'_>> {
    tok_before(text, pos).filter(|t| t.kind == Kind::Word)
}
