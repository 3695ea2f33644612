//! Written dates: `20 Januari 2020`, `20-22 Januari`, `28 Februari - 2 Maret 2020`,
//! `17/8/2020`, `2020-01-20`, years (`tahun 2019`, `periode 2019-2024`) and months
//! (`April 2021`, `Januari-Maret 2020`, `bulan April`).

use time::Weekday;

use super::lexicon::{self, MonthForm};
use super::parse::{
    after_number_word, day_tok, month_at, numeric_at, range_sep, tense_after, word_before,
    year_after_month, year_at, year_tok, Expr, Raw, Tense, Val,
};
use super::relative::units_ago;
use super::scan::{tok_at, tok_before, Kind, Tok};

// ---- day-led: `20 Januari 2020`, `20-22 Januari`, `28 Februari - 2 Maret 2020` ----

/// A day-month(-year) expression starting with a day number.
pub(super) fn day_month(text: &str, t: Tok<'_>) -> Option<(Val, Option<Val>, usize)> {
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
pub(super) fn num_led(text: &str, t: Tok<'_>) -> Option<Raw> {
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

pub(super) fn year_missing(v: &Val) -> bool {
    matches!(v, Val::Day { y: None, .. } | Val::Month { y: None, .. })
}

pub(super) fn abs_day(
    start: usize,
    end: usize,
    d: u8,
    m: u8,
    y: Option<i32>,
    wd: Option<Weekday>,
) -> Raw {
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

// ---- month-led: `April 2021`, `Januari-Maret 2020`, `bulan April`, `Januari lalu` ----

pub(super) fn month_led(text: &str, t: Tok<'_>) -> Option<Raw> {
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
