//! Publication dates: given apart from the text (a feed's date field) or opening a date
//! line of the article.

use time::Date;

use super::lexicon;
use super::scan::{tok_at, Kind};

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
