//! Relative expressions: `kemarin`, `hari ini`, `besok`, `lusa`, `pekan lalu`, `bulan
//! depan`, `tahun ini`, `tiga hari lalu`, `Kemarin (12/6)`.

use super::lexicon;
use super::parse::{numeric_at, Expr, Raw, Tense, Val};
use super::scan::{tok_at, tok_before, Kind, Tok};

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
pub(super) fn units_ago(text: &str, t: Tok<'_>) -> Option<Raw> {
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

pub(super) fn relative(text: &str, t: Tok<'_>) -> Option<Raw> {
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
    // `besok, Jumat (2/6)`: a comma and a weekday may come between.
    let mut p = r.end;
    if let Some(c) = tok_at(text, p).filter(|c| c.is(',')) {
        p = c.end;
    }
    let mut weekday = None;
    if let Some(w) = tok_at(text, p) {
        if let Some(wd) = lexicon::weekday(w.text) {
            weekday = Some(wd);
            p = w.end;
        }
    }
    let written = tok_at(text, p)
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
            weekday,
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
