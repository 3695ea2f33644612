//! Weekday-led dates: `Senin, 20 Januari 2020`, `Senin (4/7)`, `Minggu ( 24/8 )`,
//! `Senin lalu`, `Senin pekan depan`, `pada Senin`.

use time::Weekday;

use super::lexicon;
use super::parse::{numeric_at, range_sep, tense_after, Dir, Expr, Raw, Tense, Val};
use super::scan::{literal_at, sentence_initial, tok_at, tok_before, Kind, Tok};
use super::written::{abs_day, day_month, year_missing};

// ---- weekday-led: `Senin, 20 Januari 2020`, `Senin (4/7)`, `Senin lalu`, `pada Senin` ----

pub(super) fn weekday_led(text: &str, t: Tok<'_>) -> Option<Raw> {
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
