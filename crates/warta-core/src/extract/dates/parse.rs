//! The grammar: from one token, the longest date expression that starts there.
//!
//! Every function takes the text and a byte position, reads tokens lazily with
//! [`tok_at`], and returns what it recognized with the byte where it ended. Nothing here
//! resolves against a reference date; [`super::resolve`] does that.

use time::Weekday;

use super::lexicon::{self, MonthForm};
use super::scan::{literal_at, sentence_initial, tok_at, tok_before, Kind, Tok};

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

const MIN_YEAR: u32 = 1900;
const MAX_YEAR: u32 = 2100;

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

fn day_tok(t: &Tok<'_>) -> Option<u8> {
    t.num(2)
        .filter(|d| (1..=31).contains(d))
        .and_then(|d| u8::try_from(d).ok())
}

fn year_tok(t: &Tok<'_>) -> Option<i32> {
    if t.text.len() != 4 {
        return None;
    }
    t.num(4)
        .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
        .and_then(|y| i32::try_from(y).ok())
}

/// A month word at `pos` (an abbreviation may carry its dot): month, form, end.
fn month_at(text: &str, pos: usize) -> Option<(u8, MonthForm, usize)> {
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
fn year_at(text: &str, pos: usize) -> Option<(i32, usize)> {
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
fn year_after_month(text: &str, pos: usize) -> Option<(i32, usize)> {
    year_at(text, pos).or_else(|| {
        let t = tok_at(text, pos).filter(|t| t.is_word("tahun"))?;
        year_at(text, t.end)
    })
}

/// A range separator at `pos` (`-`, `–`, `s.d.`, `s/d`, `sampai (dengan)`, `hingga`),
/// optionally followed by `tanggal`; returns where the second part starts.
fn range_sep(text: &str, pos: usize) -> Option<usize> {
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
fn numeric_at(text: &str, pos: usize, year_optional: bool) -> Option<(u8, u8, Option<i32>, usize)> {
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
fn after_number_word(text: &str, pos: usize) -> bool {
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
fn tense_after(text: &str, pos: usize) -> (Tense, usize) {
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
    match t.word() {
        Some(w) if lexicon::is_past_hint(w) => (Tense::Past, t.end),
        Some(w) if lexicon::is_future_hint(w) => (Tense::Future, t.end),
        _ => unknown,
    }
}

/// The word before `pos`, if the token there is a word.
fn word_before(text: &str, pos: usize) -> Option<Tok<'_>> {
    tok_before(text, pos).filter(|t| t.kind == Kind::Word)
}

// ---- day-led: `20 Januari 2020`, `20-22 Januari`, `28 Februari - 2 Maret 2020` ----

/// A day-month(-year) expression starting with a day number.
fn day_month(text: &str, t: Tok<'_>) -> Option<(Val, Option<Val>, usize)> {
    let d1 = day_tok(&t)?;
    // `20-22 Januari 2020`, `20 s.d. 22 Januari`: a range inside one month.
    if let Some(second) = range_sep(text, t.end) {
        if let Some(t2) = tok_at(text, second) {
            if let Some(d2) = day_tok(&t2) {
                if let Some((m, _, mend)) = month_at(text, t2.end) {
                    let (y, end) = match year_after_month(text, mend) {
                        Some((y, e)) => (Some(y), e),
                        None => (None, mend),
                    };
                    if d2 > d1 {
                        return Some((
                            Val::Day { d: d1, m, y },
                            Some(Val::Day { d: d2, m, y }),
                            end,
                        ));
                    }
                    return None;
                }
            }
        }
    }
    let (m1, _, mend) = month_at(text, t.end)?;
    let (mut y1, end1) = match year_after_month(text, mend) {
        Some((y, e)) => (Some(y), e),
        None => (None, mend),
    };
    // `28 Februari - 2 Maret 2020`, `15 Juni hingga 11 Juli 2017`: across months.
    if let Some(second) = range_sep(text, end1) {
        if let Some(t2) = tok_at(text, second) {
            if let Some(d2) = day_tok(&t2) {
                if let Some((m2, _, m2end)) = month_at(text, t2.end) {
                    let (y2, end2) = match year_after_month(text, m2end) {
                        Some((y, e)) => (Some(y), e),
                        None => (None, m2end),
                    };
                    let y2 = y2.or(y1.map(|y| if m2 < m1 { y + 1 } else { y }));
                    if y1.is_none() {
                        y1 = y2.map(|y| if m1 > m2 { y - 1 } else { y });
                    }
                    return Some((
                        Val::Day {
                            d: d1,
                            m: m1,
                            y: y1,
                        },
                        Some(Val::Day {
                            d: d2,
                            m: m2,
                            y: y2,
                        }),
                        end2,
                    ));
                }
            }
        }
    }
    Some((
        Val::Day {
            d: d1,
            m: m1,
            y: y1,
        },
        None,
        end1,
    ))
}

/// Everything that starts with a number.
fn num_led(text: &str, t: Tok<'_>) -> Option<Raw> {
    if t.text.len() == 4 {
        return iso_at(text, t).or_else(|| bare_year(text, t));
    }
    if let Some((from, until, end)) = day_month(text, t) {
        let (tense, end) = if year_missing(&from) {
            tense_after(text, end)
        } else {
            (Tense::Unknown, end)
        };
        return Some(Raw {
            start: t.start,
            end,
            expr: Expr::Abs {
                from,
                until,
                weekday: None,
                tense,
            },
        });
    }
    if let Some((d, m, y, end)) = numeric_at(text, t.start, false) {
        if !after_number_word(text, t.start) {
            return Some(abs_day(t.start, end, d, m, y, None));
        }
        return None;
    }
    units_ago(text, t)
}

fn year_missing(v: &Val) -> bool {
    matches!(v, Val::Day { y: None, .. } | Val::Month { y: None, .. })
}

fn abs_day(start: usize, end: usize, d: u8, m: u8, y: Option<i32>, wd: Option<Weekday>) -> Raw {
    Raw {
        start,
        end,
        expr: Expr::Abs {
            from: Val::Day { d, m, y },
            until: None,
            weekday: wd,
            tense: Tense::Unknown,
        },
    }
}

/// `2020-01-20`, `2020/01/20`.
fn iso_at(text: &str, t: Tok<'_>) -> Option<Raw> {
    let y = year_tok(&t)?;
    let s1 = tok_at(text, t.end).filter(|s| (s.is('-') || s.is('/')) && s.start == t.end)?;
    let mt = tok_at(text, s1.end).filter(|x| x.start == s1.end && x.text.len() <= 2)?;
    let m = mt.num(2).filter(|m| (1..=12).contains(m))?;
    let s2 = tok_at(text, mt.end).filter(|s| s.kind == s1.kind && s.start == mt.end)?;
    let dt = tok_at(text, s2.end).filter(|x| x.start == s2.end)?;
    let d = day_tok(&dt)?;
    if let Some(n) = tok_at(text, dt.end) {
        if n.start == dt.end && (n.kind == Kind::Num || n.kind == s1.kind) {
            return None;
        }
    }
    Some(abs_day(
        t.start,
        dt.end,
        d,
        u8::try_from(m).ok()?,
        Some(y),
        None,
    ))
}

/// `tahun 2019`, `pada 2015`, `awal 2020`, `periode 2019-2024`: a year after a word that
/// makes it one. `Nomor 25 Tahun 2009`, `UU Tahun 2009`, `Tahun 2009 tentang` cite a law.
fn bare_year(text: &str, t: Tok<'_>) -> Option<Raw> {
    let (y, mut end) = year_at(text, t.start)?;
    let prev = word_before(text, t.start)?;
    if !lexicon::licenses_bare(prev.text) {
        return None;
    }
    if prev.is_word("tahun") && cites_law(text, prev.start) {
        return None;
    }
    let next = tok_at(text, end);
    if next.is_some_and(|n| n.is_word("tentang")) {
        return None;
    }
    // A season or school year (`2016/17`, `2016-17`) is not one year.
    if let Some(n) = next.filter(|n| n.is('/') || (n.start == end && n.is('-'))) {
        if tok_at(text, n.end).is_some_and(|x| x.kind == Kind::Num && x.text.len() <= 2) {
            return None;
        }
    }
    let mut until = None;
    // `tahun 1970-an`: the decade.
    if let Some(dash) = next.filter(|n| n.start == end && n.is('-')) {
        if let Some(an) = tok_at(text, dash.end).filter(|a| a.start == dash.end && a.is_word("an"))
        {
            if y % 10 == 0 {
                return Some(Raw {
                    start: t.start,
                    end: an.end,
                    expr: Expr::Abs {
                        from: Val::Year(y),
                        until: Some(Val::Year(y + 9)),
                        weekday: None,
                        tense: Tense::Unknown,
                    },
                });
            }
            return None;
        }
    }
    if let Some(second) = range_sep(text, end) {
        if let Some((y2, e2)) = year_at(text, second) {
            if y2 > y && y2 - y <= 100 {
                until = Some(Val::Year(y2));
                end = e2;
            }
        }
    }
    Some(Raw {
        start: t.start,
        end,
        expr: Expr::Abs {
            from: Val::Year(y),
            until,
            weekday: None,
            tense: Tense::Unknown,
        },
    })
}

/// Whether `Tahun` at `pos` belongs to a law citation: a number right before it (`Nomor
/// 25 Tahun`, `No. 12 Tahun`), or a law word among the few tokens before it in the same
/// clause (`UU Tahun 2009`, `UUD Negara Republik Indonesia Tahun 1945`).
fn cites_law(text: &str, pos: usize) -> bool {
    let mut p = pos;
    for i in 0..8 {
        let Some(t) = tok_before(text, p) else {
            return false;
        };
        match t.kind {
            Kind::Num if i == 0 => return true,
            Kind::Word if lexicon::is_law_word(t.text) => return true,
            Kind::Word if i == 0 && lexicon::number_word(t.text).is_some() => return true,
            Kind::Punct(',' | ';' | '\n' | '(' | ')' | '"') => return false,
            _ => {}
        }
        p = t.start;
    }
    false
}

// ---- weekday-led: `Senin, 20 Januari 2020`, `Senin (4/7)`, `Senin lalu`, `pada Senin` ----

fn weekday_led(text: &str, t: Tok<'_>) -> Option<Raw> {
    let wd = lexicon::weekday(t.text)?;
    // Lower-case `minggu` is the week (`minggu lalu`, `dua minggu`), not Sunday, unless
    // a written date follows it.
    let ambiguous_minggu = wd == Weekday::Sunday
        && t.text.len() == 6
        && (t.text.starts_with('m') || sentence_initial(text, t.start));
    let mut q = t.end;
    // `Senin malam (20/1)`, `Minggu dini hari (4/7)`: a part of the day before the date.
    if let Some(part) = tok_at(text, q).filter(|p| p.word().is_some_and(lexicon::is_day_part)) {
        let mut e = part.end;
        if let Some(h) = tok_at(text, e).filter(|h| h.is_word("hari")) {
            e = h.end;
        }
        if tok_at(text, e).is_some_and(|o| o.is('(')) {
            q = e;
        }
    }
    if let Some(c) = tok_at(text, q).filter(|c| c.is(',')) {
        q = c.end;
    }
    if let Some(e) = literal_at(text, q, "tanggal")
        .or_else(|| literal_at(text, q, "tgl."))
        .or_else(|| literal_at(text, q, "tgl"))
    {
        q = e;
    }
    // `Senin (20/01/2020)`, `Minggu ( 24/8 )`, `Senin (20 Januari 2020)`.
    if let Some(open) = tok_at(text, q).filter(|o| o.is('(')) {
        let inner = tok_at(text, open.end)?;
        let parsed = match numeric_at(text, inner.start, true) {
            Some((d, m, y, e)) => Some((Val::Day { d, m, y }, None, e)),
            None => day_month(text, inner),
        };
        if let Some((from, until, e)) = parsed {
            let close = tok_at(text, e).filter(|c| c.is(')'))?;
            return Some(Raw {
                start: t.start,
                end: close.end,
                expr: Expr::Abs {
                    from,
                    until,
                    weekday: Some(wd),
                    tense: Tense::Unknown,
                },
            });
        }
        return None;
    }
    // `Senin, 20 Januari 2020`, `Senin 20/1/2020`.
    if let Some(first) = tok_at(text, q).filter(|x| x.kind == Kind::Num) {
        if let Some((from, until, e)) = day_month(text, first) {
            let (tense, e) = if year_missing(&from) {
                tense_after(text, e)
            } else {
                (Tense::Unknown, e)
            };
            return Some(Raw {
                start: t.start,
                end: e,
                expr: Expr::Abs {
                    from,
                    until,
                    weekday: Some(wd),
                    tense,
                },
            });
        }
        if let Some((d, m, y, e)) = numeric_at(text, first.start, true) {
            return Some(abs_day(t.start, e, d, m, y, Some(wd)));
        }
        return None;
    }
    if ambiguous_minggu {
        return None;
    }
    let next = tok_at(text, t.end);
    // `Senin lalu`, `Rabu kemarin`, `Senin depan`, `Senin pekan lalu`.
    if let Some(n) = next {
        let (n, after_yang) = if n.is_word("yang") {
            match tok_at(text, n.end) {
                Some(x) => (x, true),
                None => (n, false),
            }
        } else {
            (n, false)
        };
        let dir = match n.word() {
            Some(w) if w.eq_ignore_ascii_case("lalu") || w.eq_ignore_ascii_case("kemarin") => {
                Some((Dir::Past, n.end))
            }
            Some(w)
                if !after_yang
                    && (w.eq_ignore_ascii_case("depan") || w.eq_ignore_ascii_case("mendatang")) =>
            {
                Some((Dir::Future, n.end))
            }
            Some(w) if w.eq_ignore_ascii_case("pekan") || w.eq_ignore_ascii_case("minggu") => {
                tok_at(text, n.end).and_then(|x| match x.word() {
                    Some(v) if v.eq_ignore_ascii_case("lalu") => Some((Dir::Week(-1), x.end)),
                    Some(v) if v.eq_ignore_ascii_case("depan") => Some((Dir::Week(1), x.end)),
                    _ => None,
                })
            }
            _ => None,
        };
        if let Some((dir, end)) = dir {
            return Some(Raw {
                start: t.start,
                end,
                expr: Expr::Weekday(wd, dir),
            });
        }
    }
    // `Senin-Jumat`, `Senin hingga Jumat`, `setiap Senin`: office hours and habits.
    if let Some(second) = range_sep(text, t.end) {
        if tok_at(text, second).is_some_and(|x| lexicon::weekday(x.text).is_some()) {
            return None;
        }
    }
    let prev = tok_before(text, t.start);
    if prev.is_some_and(|p| {
        p.word().is_some_and(|w| {
            ["setiap", "tiap", "saban"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        }) || lexicon::weekday(p.text).is_some()
    }) {
        return None;
    }
    let licensed_before = prev.is_some_and(|p| {
        p.word().is_some_and(|w| {
            [
                "pada",
                "hari",
                "sejak",
                "hingga",
                "sampai",
                "jelang",
                "menjelang",
                "mulai",
            ]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
        })
    });
    let licensed_after = next.is_some_and(|n| n.word().is_some_and(lexicon::is_day_part));
    // News attribution: `kata Budi di Jakarta, Senin.`
    let attribution = prev.is_some_and(|p| p.is(','))
        && next.is_none_or(|n| n.is('.') || n.is(',') || n.is('\n'));
    (licensed_before || licensed_after || attribution).then_some(Raw {
        start: t.start,
        end: t.end,
        expr: Expr::Weekday(wd, Dir::Nearest),
    })
}

// ---- month-led: `April 2021`, `Januari-Maret 2020`, `bulan April`, `Januari lalu` ----

fn month_led(text: &str, t: Tok<'_>) -> Option<Raw> {
    let (m1, form1, mend) = month_at(text, t.start)?;
    // A month word right after a day number belongs to a day-led date; starting here
    // would cut it (`20 Januari` read from `Januari`).
    if tok_before(text, t.start).is_some_and(|p| day_tok(&p).is_some()) {
        return None;
    }
    let (mut y1, end1) = match year_after_month(text, mend) {
        Some((y, e)) => (Some(y), e),
        None => (None, mend),
    };
    if form1 == MonthForm::Abbr && y1.is_none() {
        return None;
    }
    let licensed = word_before(text, t.start).is_some_and(|w| lexicon::licenses_bare(w.text));
    if let Some(second) = range_sep(text, end1) {
        if let Some((m2, form2, m2end)) = month_at(text, second) {
            let (y2, end2) = match year_after_month(text, m2end) {
                Some((y, e)) => (Some(y), e),
                None => (None, m2end),
            };
            let range_ok = !(form2 == MonthForm::Abbr && y2.is_none());
            if range_ok && (y1.is_some() || y2.is_some() || licensed) {
                let y2 = y2.or(y1.map(|y| if m2 < m1 { y + 1 } else { y }));
                if y1.is_none() {
                    y1 = y2.map(|y| if m1 > m2 { y - 1 } else { y });
                }
                let from = Val::Month { m: m1, y: y1 };
                let (tense, end2) = if y1.is_none() {
                    tense_after(text, end2)
                } else {
                    (Tense::Unknown, end2)
                };
                return Some(Raw {
                    start: t.start,
                    end: end2,
                    expr: Expr::Abs {
                        from,
                        until: Some(Val::Month { m: m2, y: y2 }),
                        weekday: None,
                        tense,
                    },
                });
            }
        }
    }
    let (tense, end1) = if y1.is_none() {
        tense_after(text, end1)
    } else {
        (Tense::Unknown, end1)
    };
    if y1.is_none() && !licensed && tense == Tense::Unknown {
        return None;
    }
    Some(Raw {
        start: t.start,
        end: end1,
        expr: Expr::Abs {
            from: Val::Month { m: m1, y: y1 },
            until: None,
            weekday: None,
            tense,
        },
    })
}

// ---- relative words ----

/// `lalu`, `yang lalu`, `silam`, `kemarin` (`pekan kemarin`) at `pos`: the end of the
/// phrase.
fn ago_at(text: &str, pos: usize) -> Option<usize> {
    let t = tok_at(text, pos)?;
    let t = if t.is_word("yang") {
        tok_at(text, t.end)?
    } else {
        t
    };
    (t.is_word("lalu") || t.is_word("silam") || t.is_word("kemarin")).then_some(t.end)
}

/// `tiga hari lalu`, `2 tahun yang lalu`, `dua bulan lagi`: a count of days, months or
/// years before or after the reference. Weeks are left out (`dua pekan lalu` names no
/// particular day or week boundary).
fn units_ago(text: &str, t: Tok<'_>) -> Option<Raw> {
    let n = match t.kind {
        Kind::Num => t.num(3).and_then(|n| i32::try_from(n).ok())?,
        _ => i32::try_from(lexicon::number_word(t.text)?).ok()?,
    };
    if n <= 0 {
        return None;
    }
    let unit = tok_at(text, t.end)?;
    let (sign, end) = if let Some(e) = ago_at(text, unit.end) {
        (-1, e)
    } else {
        let after = tok_at(text, unit.end)?;
        if after.is_word("lagi") || after.is_word("mendatang") {
            (1, after.end)
        } else {
            return None;
        }
    };
    let expr = match unit.word()? {
        w if w.eq_ignore_ascii_case("hari") => Expr::Days(sign * n),
        w if w.eq_ignore_ascii_case("bulan") => Expr::Months(sign * n),
        w if w.eq_ignore_ascii_case("tahun") => Expr::Years(sign * n),
        _ => return None,
    };
    Some(Raw {
        start: t.start,
        end,
        expr,
    })
}

fn relative(text: &str, t: Tok<'_>) -> Option<Raw> {
    // A relative word after a written date qualifies it (`23 Juli kemarin`, `Senin (4/7)
    // lalu`), and one after a count is a duration (`dua hari ini`).
    let prev = tok_before(text, t.start);
    let after_date_or_count = prev.is_some_and(|p| {
        p.kind == Kind::Num
            || p.is(')')
            || lexicon::number_word(p.text).is_some()
            || p.word().is_some_and(|x| {
                lexicon::month(x).is_some()
                    || lexicon::weekday(x).is_some()
                    || ["beberapa", "yang", "dalam", "selama", "sejak"]
                        .iter()
                        .any(|y| y.eq_ignore_ascii_case(x))
            })
    });
    let r = relative_word(text, t, after_date_or_count)?;
    match r.expr {
        Expr::Days(n) => Some(with_written_day(text, r, n)),
        _ => Some(r),
    }
}

/// `Kemarin (12/6)`, `hari ini (10/5)`: a written day after a relative day word says which
/// day it is; the word only tells on which side of the reference it lies.
fn with_written_day(text: &str, r: Raw, offset: i32) -> Raw {
    let written = tok_at(text, r.end)
        .filter(|o| o.is('('))
        .and_then(|open| tok_at(text, open.end))
        .and_then(|inner| numeric_at(text, inner.start, true))
        .and_then(|(d, m, y, e)| {
            tok_at(text, e)
                .filter(|c| c.is(')'))
                .map(|close| (d, m, y, close.end))
        });
    let Some((d, m, y, end)) = written else {
        return r;
    };
    let tense = match offset {
        n if n < 0 => Tense::Past,
        n if n > 0 => Tense::Future,
        _ => Tense::Unknown,
    };
    Raw {
        start: r.start,
        end,
        expr: Expr::Abs {
            from: Val::Day { d, m, y },
            until: None,
            weekday: None,
            tense,
        },
    }
}

fn relative_word(text: &str, t: Tok<'_>, after_date_or_count: bool) -> Option<Raw> {
    let w = t.word()?;
    let is = |x: &str| w.eq_ignore_ascii_case(x);
    let raw = |end: usize, expr: Expr| {
        Some(Raw {
            start: t.start,
            end,
            expr,
        })
    };
    let prev = tok_before(text, t.start);
    // After a written date a day word only qualifies it (`2 Oktober besok`, `Rabu
    // kemarin` is read from the weekday).
    let after_date = prev.is_some_and(|p| {
        p.kind == Kind::Num
            || p.is(')')
            || p.word()
                .is_some_and(|x| lexicon::month(x).is_some() || lexicon::weekday(x).is_some())
    });
    if after_date && (is("kemarin") || is("besok") || is("esok") || is("lusa") || is("hari")) {
        return None;
    }
    if is("kemarin") {
        if let Some(l) = tok_at(text, t.end).filter(|l| l.is_word("lusa")) {
            return raw(l.end, Expr::Days(-2));
        }
        return raw(t.end, Expr::Days(-1));
    }
    if is("besok") || is("esok") {
        if is("esok") {
            if let Some(h) = tok_at(text, t.end).filter(|h| h.is_word("hari")) {
                return raw(h.end, Expr::Days(1));
            }
        }
        if tok_at(text, t.end).is_some_and(|l| l.is_word("lusa")) {
            return None;
        }
        return raw(t.end, Expr::Days(1));
    }
    if is("lusa") {
        return raw(t.end, Expr::Days(2));
    }
    if is("setahun") || is("sebulan") || is("sehari") {
        let end = ago_at(text, t.end)?;
        let expr = if is("setahun") {
            Expr::Years(-1)
        } else if is("sebulan") {
            Expr::Months(-1)
        } else {
            Expr::Days(-1)
        };
        return raw(end, expr);
    }
    let unit = if is("hari") {
        0
    } else if is("pekan") || is("minggu") {
        1
    } else if is("bulan") {
        2
    } else if is("tahun") {
        3
    } else {
        return None;
    };
    if after_date_or_count {
        return None;
    }
    let next = tok_at(text, t.end)?;
    if unit == 0 {
        return next.is_word("ini").then_some(Raw {
            start: t.start,
            end: next.end,
            expr: Expr::Days(0),
        });
    }
    let (k, end) = if let Some(e) = ago_at(text, t.end) {
        (-1, e)
    } else if next.is_word("depan") || next.is_word("mendatang") {
        (1, next.end)
    } else if next.is_word("ini") {
        (0, next.end)
    } else {
        return None;
    };
    let expr = match unit {
        1 => Expr::Week(k),
        2 => Expr::Months(k),
        _ => Expr::Years(k),
    };
    raw(end, expr)
}

// ---- times: `pukul 09.00 WIB`, `jam 10:00 WIT`, `09.00-12.00 WITA` ----

/// A time of day at a `pukul`/`jam`/`pkl` token or before a zone word: span and the time
/// written as `HH.MM[-HH.MM][ ZONE]`.
pub(super) fn time_at(text: &str, t: Tok<'_>) -> Option<(usize, usize, String)> {
    if lexicon::time_zone(t.text).is_some() {
        // `09.00 WIB` without `pukul`: walk back over `HH.MM`.
        let mm = tok_before(text, t.start)?;
        let sep = tok_before(text, mm.start)?;
        let hh = tok_before(text, sep.start)?;
        if !(sep.is('.') || sep.is(':')) || mm.text.len() != 2 {
            return None;
        }
        let (s, e, out) = clock_at(text, hh.start)?;
        if e != mm.end {
            return None;
        }
        let z = lexicon::time_zone(t.text)?;
        return Some((s, t.end, format!("{out} {z}")));
    }
    let lead = t.word()?;
    if !["pukul", "jam", "pkl"]
        .iter()
        .any(|x| x.eq_ignore_ascii_case(lead))
    {
        return None;
    }
    let mut p = t.end;
    if let Some(dot) = tok_at(text, p).filter(|d| d.is('.')) {
        p = dot.end;
    }
    let (_, mut end, mut out) = clock_at(text, p)?;
    if let Some(second) = range_sep(text, end) {
        if let Some((_, e2, out2)) = clock_at(text, second) {
            out = format!("{out}-{out2}");
            end = e2;
        } else if let Some(s) = tok_at(text, second).filter(|s| s.is_word("selesai")) {
            out = format!("{out}-selesai");
            end = s.end;
        }
    }
    if let Some(z) = tok_at(text, end).and_then(|z| lexicon::time_zone(z.text).map(|n| (z, n))) {
        out = format!("{out} {}", z.1);
        end = z.0.end;
    }
    Some((t.start, end, out))
}

/// `09.00`, `9:30`, `14.30`: start, end, `HH.MM`.
fn clock_at(text: &str, pos: usize) -> Option<(usize, usize, String)> {
    let h = tok_at(text, pos)?;
    let hour = h.num(2).filter(|h| *h <= 24)?;
    let sep = tok_at(text, h.end).filter(|s| (s.is('.') || s.is(':')) && s.start == h.end)?;
    let m = tok_at(text, sep.end).filter(|m| m.start == sep.end && m.text.len() == 2)?;
    let minute = m.num(2).filter(|m| *m <= 59)?;
    Some((h.start, m.end, format!("{hour:02}.{minute:02}")))
}
