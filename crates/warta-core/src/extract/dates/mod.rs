//! Indonesian date expressions: written dates (`Senin, 20 Januari 2020`, `Rabu
//! (31/3/2021)`, `20-22 Januari 2020`, `April 2021`), year-less ones (`Senin (4/7)`,
//! `17 Agustus`), relative ones (`kemarin`, `pekan lalu`, `Senin depan`, `tahun lalu`),
//! years (`tahun 2019`, `awal 2020`) and times of day with their zone (`pukul 09.00 WIB`),
//! resolved to ISO values against the article's reference date.
//!
//! Recognition anchors first: one Aho-Corasick pass for month, weekday, relative and time
//! words and one regex pass for `d/m` and four-digit years find where a date can be; the
//! grammar in `parse` then runs only from the few tokens before each anchor. Law years
//! (`Nomor 25 Tahun 2009`), ages and counts (`45 tahun`, `21 SKPD`), ratios (`24/7`),
//! scores (`2-1`) and money (`Rp 2.020`) are not dates.
//!
//! Year inference: a year-less day takes the year (of the reference year and its two
//! neighbours) that puts it nearest the reference date, a day ahead counting double
//! (reports look back more than ahead), unless a tense word decides (`17 Juli lalu`, `26
//! Agustus mendatang`). With a weekday (`Senin (4/7)`), the year is the nearest, a day ahead
//! counting four times, whose calendar puts that day on that weekday: for reference
//! 2026-11-23, `Senin (4/7)` is 2022-07-04 and `Senin (27/3)` 2023-03-27. When the
//! reference is only the run date, the article is older than it, so a year-less date is
//! never put more than a month after it (unless the text says `mendatang`). A bare
//! weekday (`pada Senin`) is the last such day on or before the publication date; when the
//! reference is only the run date (no publication date known) it is not resolved, since the
//! article may be of any age. Explicit relative words (`kemarin`, `Senin lalu`) are
//! resolved against whichever reference there is and marked `relative`.

mod lexicon;
mod parse;
mod resolve;
mod scan;
#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use time::Date;

use crate::article::DateMention;
use crate::doc::Doc;

use scan::{tok_at, Kind};

/// `YYYY-MM-DD`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// What an anchor can start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnchorKind {
    Date,
    Time,
}

/// Words every date or time expression contains at least one of.
const DATE_WORDS: &[&str] = &[
    "januari",
    "january",
    "jan",
    "februari",
    "pebruari",
    "february",
    "feb",
    "peb",
    "maret",
    "march",
    "mar",
    "mrt",
    "april",
    "apr",
    "mei",
    "may",
    "juni",
    "june",
    "jun",
    "juli",
    "july",
    "jul",
    "agustus",
    "august",
    "agu",
    "agt",
    "ags",
    "agst",
    "aug",
    "september",
    "sep",
    "sept",
    "oktober",
    "october",
    "okt",
    "oct",
    "november",
    "nopember",
    "nov",
    "nop",
    "desember",
    "december",
    "des",
    "dec",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "jum\u{2019}at",
    "sabtu",
    "minggu",
    "ahad",
    "kemarin",
    "besok",
    "esok",
    "lusa",
    "hari",
    "pekan",
    "bulan",
    "tahun",
    "setahun",
    "sebulan",
    "sehari",
];
const TIME_WORDS: &[&str] = &["pukul", "jam", "pkl", "wib", "wita", "wit"];

static WORD_ANCHORS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(DATE_WORDS.iter().chain(TIME_WORDS))
        .ok()
});

/// `d/m` (with the spaces tokenized text puts around the slash) and four-digit years.
static DIGIT_ANCHORS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[0-9]{1,2}[ \t]*/[ \t]*[0-9]{1,2}|(?:19|20)[0-9]{2})(?-u:\b)").ok()
});

/// Anchors in text order, from both scans, with ASCII word boundaries.
fn anchors(text: &str) -> impl Iterator<Item = (Range<usize>, AnchorKind)> + '_ {
    let words = WORD_ANCHORS
        .as_ref()
        .into_iter()
        .flat_map(move |ac| ac.find_iter(text))
        .filter(move |m| at_word_boundary(text, m.start(), m.end()))
        .map(|m| {
            let kind = if m.pattern().as_usize() >= DATE_WORDS.len() {
                AnchorKind::Time
            } else {
                AnchorKind::Date
            };
            (m.start()..m.end(), kind)
        });
    let digits = DIGIT_ANCHORS
        .as_ref()
        .into_iter()
        .flat_map(move |re| re.find_iter(text))
        .map(|m| (m.start()..m.end(), AnchorKind::Date));
    Merge {
        a: words.peekable(),
        b: digits.peekable(),
    }
}

/// Two position-ordered anchor streams merged into one.
struct Merge<A: Iterator, B: Iterator> {
    a: std::iter::Peekable<A>,
    b: std::iter::Peekable<B>,
}

impl<A, B> Iterator for Merge<A, B>
where
    A: Iterator<Item = (Range<usize>, AnchorKind)>,
    B: Iterator<Item = (Range<usize>, AnchorKind)>,
{
    type Item = (Range<usize>, AnchorKind);

    fn next(&mut self) -> Option<Self::Item> {
        match (self.a.peek(), self.b.peek()) {
            (Some(x), Some(y)) if y.0.start < x.0.start => self.b.next(),
            (Some(_), _) => self.a.next(),
            (None, _) => self.b.next(),
        }
    }
}

fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|h| h.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// How far before an anchor an expression may start (`20 sampai dengan 22 Januari`).
const LOOKBEHIND: usize = 40;

/// Every date expression in the document, outside the `exclude` byte ranges (law citations).
/// Times of day are attached to the date of their sentence, never emitted alone.
pub fn find(doc: &Doc, exclude: &[Range<usize>]) -> Vec<DateMention> {
    let text = doc.text;
    let mut out: Vec<DateMention> = Vec::new();
    // Whether the last mention is a single day, which a time of day may attach to.
    let mut last_is_day = false;
    // A time seen before any date of its sentence (`Pukul 23.33 WIB, Jumat (30/6)`).
    let mut pending_time: Option<(usize, String)> = None;
    let mut done = 0usize;
    let overlaps = |r: &Range<usize>| exclude.iter().any(|x| x.start < r.end && r.start < x.end);
    for (anchor, kind) in anchors(text) {
        if anchor.start < done || overlaps(&anchor) {
            continue;
        }
        if kind == AnchorKind::Time {
            let Some(t) = tok_at(text, anchor.start) else {
                continue;
            };
            let Some((start, end, time)) = parse::time_at(text, t) else {
                continue;
            };
            if start < done {
                continue;
            }
            done = end;
            match out.last_mut() {
                Some(last)
                    if last_is_day
                        && last.time.is_none()
                        && same_sentence(doc, last.end, start) =>
                {
                    last.time = Some(time);
                }
                _ => pending_time = Some((start, time)),
            }
            continue;
        }
        // An expression never starts inside a law citation before the anchor.
        let floor = exclude
            .iter()
            .filter(|x| x.end <= anchor.start)
            .fold(done, |f, x| f.max(x.end));
        let Some(raw) = parse_around(text, anchor.start, floor) else {
            continue;
        };
        if overlaps(&(raw.start..raw.end)) {
            continue;
        }
        done = raw.end;
        // `2 Oktober besok, hari Senin`: a bare weekday in apposition names the day of the
        // date before it, not another day.
        if let parse::Expr::Weekday(wd, parse::Dir::Nearest) = raw.expr {
            if let Some(last) = out
                .last_mut()
                .filter(|l| appositive(text, l.end, raw.start))
            {
                if let Some(d) = parse_publication(&last.value).filter(|_| last.value.len() == 10) {
                    last.weekday_mismatch |= d.weekday() != wd;
                }
                continue;
            }
        }
        let Some(res) = resolve::resolve(&raw.expr, doc.reference, doc.reference_is_published)
        else {
            continue;
        };
        let Some(written) = text.get(raw.start..raw.end) else {
            continue;
        };
        let time = match pending_time.take() {
            Some((at, time)) if res.is_day && same_sentence(doc, at, raw.start) => Some(time),
            _ => None,
        };
        last_is_day = res.is_day;
        out.push(DateMention {
            text: written.to_string(),
            value: res.value,
            until: res.until,
            year_inferred: res.year_inferred,
            relative: res.relative,
            weekday_mismatch: res.weekday_mismatch,
            time,
            start: raw.start,
            end: raw.end,
        });
    }
    out
}

/// The expression covering the anchor at `at`, tried from each token start up to
/// [`LOOKBEHIND`] bytes before it (not before `floor` nor the start of the line), leftmost
/// first.
fn parse_around(text: &str, at: usize, floor: usize) -> Option<parse::Raw> {
    let line_start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let mut pos = at.saturating_sub(LOOKBEHIND).max(floor).max(line_start);
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    // Do not start inside a word or number cut by the window.
    let mid_token = |p: usize| {
        let before = text.get(..p).and_then(|h| h.chars().next_back());
        let here = text.get(p..).and_then(|t| t.chars().next());
        before.is_some_and(char::is_alphanumeric) && here.is_some_and(char::is_alphanumeric)
    };
    while pos < at && mid_token(pos) {
        pos += text.get(pos..)?.chars().next()?.len_utf8();
    }
    while pos <= at {
        let t = tok_at(text, pos)?;
        if t.start > at || t.kind == Kind::Punct('\n') {
            return None;
        }
        if let Some(raw) = parse::parse_at(text, t.start) {
            if raw.end > at && raw.start >= floor {
                return Some(raw);
            }
        }
        pos = t.end;
    }
    None
}

/// Whether the text between a date ending at `end` and a weekday at `start` only joins
/// them (`, hari`, ` (`).
fn appositive(text: &str, end: usize, start: usize) -> bool {
    let Some(gap) = text.get(end..start) else {
        return false;
    };
    let gap = gap.trim_matches(|c: char| c == ' ' || c == ',' || c == '(');
    let gap = gap.strip_prefix("hari").unwrap_or(gap);
    end <= start && gap.trim().is_empty()
}

/// Whether two positions lie in one sentence: the same segmented sentence with no line
/// break or sentence end between them.
fn same_sentence(doc: &Doc, a: usize, b: usize) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    if doc.sentence_at(lo) != doc.sentence_at(hi) {
        return false;
    }
    let Some(between) = doc.text.get(lo..hi) else {
        return false;
    };
    let bytes = between.as_bytes();
    !bytes.iter().enumerate().any(|(i, &c)| {
        c == b'\n'
            || (matches!(c, b'.' | b'!' | b'?')
                && bytes.get(i + 1) == Some(&b' ')
                && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase))
    })
}

/// Parse a publication date given apart from the text: `2020-01-20`,
/// `2020-01-20T10:00:00+07:00`, `Senin, 20 Januari 2020`, `20/01/2020`, `Jan 20, 2020`,
/// `Mon, 20 Jan 2020 10:00:00 +0700`. Whatever follows the date (a time) is ignored.
pub fn parse_publication(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(t) = tok_at(s, 0) {
        if t.kind == Kind::Num && t.text.len() == 4 {
            if let Some((d, _)) = iso_prefix(s) {
                return Some(d);
            }
        }
        // An English weekday (`Mon,`, `Monday,`) before an RFC 2822 or US date.
        if t.kind == Kind::Word && lexicon::weekday(t.text).is_none() {
            if let Some(c) = tok_at(s, t.end).filter(|c| c.is(',')) {
                if lexicon::month(t.text).is_none() {
                    return parse_date_prefix(s.get(c.end..)?).map(|(d, _)| d);
                }
            }
        }
    }
    parse_date_prefix(s).map(|(d, _)| d)
}

/// `2020-01-20` at the start of `s` (a time may follow: `T10:00:00`, ` 10:00`), with its
/// length in bytes.
fn iso_prefix(s: &str) -> Option<(Date, usize)> {
    let y = s.get(0..4)?.parse::<i32>().ok()?;
    let sep = s.get(4..5)?;
    if sep != "-" && sep != "/" {
        return None;
    }
    let rest = s.get(5..)?;
    let (m, rest) = rest.split_once(sep)?;
    let d: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if m.len() > 2 || d.is_empty() || d.len() > 2 {
        return None;
    }
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    let date = Date::from_calendar_date(y, month, d.parse().ok()?).ok()?;
    Some((date, 5 + m.len() + 1 + d.len()))
}

/// Parse a full date at the start of `s`, as a publication date line writes it: `Senin,
/// 20 Januari 2020`, `Jum'at, 19 September 2025`, `**Senin, 20 Januari 2020 - …**`,
/// `Senin, 20/01/2020`, `20 Jan 2020`, `Jan 20, 2020`, `2020-01-20`. Returns the date and
/// the bytes consumed: leading markup (`**`, `#`, `_`) and the date up to its year (what
/// follows, a byline or closing markup, is the caller's). A weekday that contradicts the
/// date is ignored. The parenthesized form `Senin (20/01/2020)` opens body text, not a
/// date line, and is not accepted.
pub fn parse_date_prefix(s: &str) -> Option<(Date, usize)> {
    let start = s.len() - s.trim_start_matches(['*', '_', '#', '>', ' ', '\t']).len();
    let first = tok_at(s, start)?;
    let mut p = first.start;
    if lexicon::weekday(first.text).is_some() {
        p = first.end;
        if let Some(c) = tok_at(s, p).filter(|c| c.is(',')) {
            p = c.end;
        }
    }
    let t = tok_at(s, p)?;
    let (date, end) = match t.kind {
        Kind::Num if t.text.len() == 4 => {
            let (d, len) = iso_prefix(s.get(t.start..)?)?;
            (d, t.start + len)
        }
        Kind::Num => {
            // `20 Januari 2020`, `20/01/2020`.
            let day: u8 = t.num(2)?.try_into().ok()?;
            if let Some(mt) = tok_at(s, t.end).filter(|m| m.kind == Kind::Word) {
                let (m, _) = lexicon::month(mt.text)?;
                let mut q = mt.end;
                if let Some(dot) = tok_at(s, q).filter(|d| d.is('.') && d.start == q) {
                    q = dot.end;
                }
                let yt = tok_at(s, q)?;
                (ymd(yt.num(4)?, m, day)?, yt.end)
            } else {
                let sep = tok_at(s, t.end).filter(|x| x.is('/') || x.is('-') || x.is('.'))?;
                let mt = tok_at(s, sep.end)?;
                let m: u8 = mt.num(2)?.try_into().ok()?;
                tok_at(s, mt.end).filter(|x| x.kind == sep.kind)?;
                let yt = tok_at(s, tok_at(s, mt.end)?.end)?;
                (ymd(yt.num(4)?, m, day)?, yt.end)
            }
        }
        Kind::Word => {
            // `Jan 20, 2020`, `January 20, 2020`.
            let (m, _) = lexicon::month(t.text)?;
            let mut q = t.end;
            if let Some(dot) = tok_at(s, q).filter(|d| d.is('.') && d.start == q) {
                q = dot.end;
            }
            let dt = tok_at(s, q)?;
            let day: u8 = dt.num(2)?.try_into().ok()?;
            let mut q = dt.end;
            if let Some(c) = tok_at(s, q).filter(|c| c.is(',')) {
                q = c.end;
            }
            let yt = tok_at(s, q)?;
            (ymd(yt.num(4)?, m, day)?, yt.end)
        }
        Kind::Punct(_) => return None,
    };
    let next = s.get(end..).and_then(|r| r.chars().next());
    if next.is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some((date, end))
}

fn ymd(y: u32, m: u8, d: u8) -> Option<Date> {
    if !(1000..=9999).contains(&y) {
        return None;
    }
    let y = i32::try_from(y).ok()?;
    Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
}
