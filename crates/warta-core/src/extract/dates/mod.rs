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

mod clock;
mod lexicon;
mod parse;
mod publication;
mod relative;
mod resolve;
mod scan;
mod weekday;
mod written;

pub use publication::{parse_date_prefix, parse_publication};
#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use time::Date;

use crate::article::DateMention;
use crate::doc::Doc;
use crate::extract::context;
use crate::lang::calendar;

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

/// Words other than month and weekday names that a date expression may rest on.
const RELATIVE_WORDS: &[&str] = &[
    "kemarin", "besok", "esok", "lusa", "hari", "pekan", "bulan", "tahun", "setahun", "sebulan",
    "sehari",
];

/// Words every date expression contains at least one of: every spelling of a month the
/// grammar reads (`lexicon::month`), every weekday spelling, and the relative words.
static DATE_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    [
        calendar::MONTHS,
        calendar::OLD_MONTH_SPELLINGS,
        calendar::ENGLISH_MONTHS,
        calendar::MONTH_ABBREVIATIONS,
        calendar::MORE_MONTH_ABBREVIATIONS,
        calendar::ENGLISH_MONTH_ABBREVIATIONS,
    ]
    .into_iter()
    .flatten()
    .map(|(w, _)| *w)
    .chain(calendar::WEEKDAYS.iter().map(|(w, _)| *w))
    .chain(RELATIVE_WORDS.iter().copied())
    .collect()
});
/// Words every time-of-day expression contains at least one of.
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
        .filter(move |m| context::is_whole_word(text, m.start(), m.end()))
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
    let mut tried = 0usize;
    let overlaps = |r: &Range<usize>| exclude.iter().any(|x| x.start < r.end && r.start < x.end);
    for (anchor, kind) in anchors(text) {
        if anchor.start < done || overlaps(&anchor) {
            continue;
        }
        if kind == AnchorKind::Time {
            let Some(t) = tok_at(text, anchor.start) else {
                continue;
            };
            let Some((start, end, time)) = clock::time_at(text, t) else {
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
        let Some(raw) = parse_around(text, anchor.start, floor, &mut tried) else {
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
fn parse_around(text: &str, at: usize, floor: usize, tried: &mut usize) -> Option<parse::Raw> {
    // A token start parsed for an earlier anchor gave nothing or an expression ending
    // before that anchor: it cannot give this one either, so each start is parsed once.
    let mut pos = at.saturating_sub(LOOKBEHIND).max(floor).max(*tried);
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    // Not before the start of the line (searched only inside the window).
    if let Some(nl) = text.get(pos..at)?.rfind('\n') {
        pos += nl + 1;
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
        *tried = t.end;
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
