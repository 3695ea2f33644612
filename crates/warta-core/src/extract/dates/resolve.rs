//! Turning recognized expressions into ISO values against the reference date.

use time::{Date, Duration, Month, Weekday};

use super::parse::{Dir, Expr, Tense, Val};

/// A resolved expression, ready for a [`crate::article::DateMention`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Resolved {
    pub value: String,
    pub until: Option<String>,
    pub year_inferred: bool,
    pub relative: bool,
    pub weekday_mismatch: bool,
    /// Whether the value is a single day (a time of day can attach to it).
    pub is_day: bool,
}

/// How far to look for a year whose calendar puts the written weekday on the written day
/// and month: the weekday pattern of a year repeats within 28 years.
const WEEKDAY_YEAR_SPAN: i32 = 40;

/// Resolve `expr` against `reference`. A bare weekday (`pada Senin`) is resolved only when
/// the reference is the article's publication date: against the run date it would give a
/// confident but arbitrary day for an article of unknown age, so it is left out.
pub(super) fn resolve(
    expr: &Expr,
    reference: Date,
    reference_is_published: bool,
) -> Option<Resolved> {
    match *expr {
        Expr::Abs {
            from,
            until,
            weekday,
            tense,
        } => {
            // Against the run date the article is older than the reference: a year-less
            // date lies in the past or, for an announcement, at most a month ahead.
            let latest = if reference_is_published {
                Date::MAX
            } else {
                reference
                    .checked_add(Duration::days(RUN_DATE_HORIZON_DAYS))
                    .unwrap_or(Date::MAX)
            };
            absolute(from, until, weekday, tense, reference, latest)
        }
        Expr::Days(n) => {
            let d = reference.checked_add(Duration::days(i64::from(n)))?;
            Some(relative_day(d, None))
        }
        Expr::Week(k) => {
            let monday = monday_of(reference)?.checked_add(Duration::weeks(i64::from(k)))?;
            let sunday = monday.checked_add(Duration::days(6))?;
            Some(relative_day(monday, Some(sunday)))
        }
        Expr::Months(k) => {
            let (y, m) = add_months(reference.year(), u8::from(reference.month()), k)?;
            Some(Resolved {
                value: month_iso(y, m)?,
                until: None,
                year_inferred: false,
                relative: true,
                weekday_mismatch: false,
                is_day: false,
            })
        }
        Expr::Years(k) => Some(Resolved {
            value: year_iso(reference.year().checked_add(k)?)?,
            until: None,
            year_inferred: false,
            relative: true,
            weekday_mismatch: false,
            is_day: false,
        }),
        Expr::Weekday(wd, dir) => {
            let back = i64::from(days_between(wd, reference.weekday()));
            let d = match dir {
                Dir::Past => {
                    reference.checked_sub(Duration::days(if back == 0 { 7 } else { back }))?
                }
                Dir::Future => {
                    let fwd = i64::from(days_between(reference.weekday(), wd));
                    reference.checked_add(Duration::days(if fwd == 0 { 7 } else { fwd }))?
                }
                Dir::Nearest => {
                    if !reference_is_published {
                        return None;
                    }
                    reference.checked_sub(Duration::days(back))?
                }
                Dir::Week(k) => monday_of(reference)?
                    .checked_add(Duration::weeks(i64::from(k)))?
                    .checked_add(Duration::days(i64::from(wd.number_days_from_monday())))?,
            };
            Some(relative_day(d, None))
        }
    }
}

fn relative_day(d: Date, until: Option<Date>) -> Resolved {
    Resolved {
        value: super::iso(d),
        until: until.map(super::iso),
        year_inferred: false,
        relative: true,
        weekday_mismatch: false,
        is_day: until.is_none(),
    }
}

/// Days from weekday `to` forward to weekday `from` (0-6): how far back `to` lies from a
/// day that is a `from`.
fn days_between(to: Weekday, from: Weekday) -> u8 {
    (from.number_days_from_monday() + 7 - to.number_days_from_monday()) % 7
}

/// The Monday of the week of `d`: the Indonesian week runs Senin to Minggu.
fn monday_of(d: Date) -> Option<Date> {
    d.checked_sub(Duration::days(i64::from(
        d.weekday().number_days_from_monday(),
    )))
}

fn add_months(y: i32, m: u8, k: i32) -> Option<(i32, u8)> {
    let idx = y
        .checked_mul(12)?
        .checked_add(i32::from(m) - 1)?
        .checked_add(k)?;
    Some((
        idx.div_euclid(12),
        u8::try_from(idx.rem_euclid(12) + 1).ok()?,
    ))
}

fn day(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

fn month_iso(y: i32, m: u8) -> Option<String> {
    (0..=9999).contains(&y).then(|| format!("{y:04}-{m:02}"))
}

fn year_iso(y: i32) -> Option<String> {
    (0..=9999).contains(&y).then(|| format!("{y:04}"))
}

/// How far `d` lies from the reference, a day ahead counting `future_weight` days: a
/// year-less date in a news report more often looks back than ahead.
fn cost(d: Date, reference: Date, future_weight: i64) -> i64 {
    let diff = (d - reference).whole_days();
    if diff > 0 {
        diff.saturating_mul(future_weight)
    } else {
        diff.saturating_neg()
    }
}

/// A plain day or month (`17 Agustus`, `pada April`) announces a schedule about as often
/// as it reports: the future counts double.
const PLAIN_FUTURE_WEIGHT: i64 = 2;
/// How far past the run date a year-less date may be put when the publication date is
/// unknown (announcements look a few weeks ahead).
const RUN_DATE_HORIZON_DAYS: i64 = 31;
/// A weekday-dated day (`Senin (4/7)`) is how a report dates what it reports, done or
/// imminent: the future counts four times.
const WEEKDAY_FUTURE_WEIGHT: i64 = 4;

/// The year for a year-less day and month: the candidate year nearest the reference
/// (see [`cost`], [`PLAIN_FUTURE_WEIGHT`]), or on the side a tense word asks for (`17 Juli lalu`).
fn infer_day_year(d: u8, m: u8, tense: Tense, reference: Date, latest: Date) -> Option<Date> {
    let y = reference.year();
    let candidates = [y - 1, y, y + 1].into_iter().filter_map(|y| day(y, m, d));
    match tense {
        Tense::Year(k) => day(y.checked_add(i32::from(k))?, m, d),
        Tense::Past => candidates.filter(|c| *c <= reference).max(),
        Tense::Future => candidates.filter(|c| *c >= reference).min(),
        Tense::Unknown => candidates
            .filter(|c| *c <= latest)
            .min_by_key(|c| cost(*c, reference, PLAIN_FUTURE_WEIGHT)),
    }
}

/// The year for `Senin (4/7)`: the year nearest the reference (future counted four times)
/// whose day and month fall on the written weekday.
fn infer_weekday_year(d: u8, m: u8, wd: Weekday, reference: Date, latest: Date) -> Option<Date> {
    let y = reference.year();
    (y - WEEKDAY_YEAR_SPAN..=y + WEEKDAY_YEAR_SPAN)
        .filter_map(|y| day(y, m, d))
        .filter(|c| c.weekday() == wd && *c <= latest)
        .min_by_key(|c| cost(*c, reference, WEEKDAY_FUTURE_WEIGHT))
}

/// The year for a year-less month (`pada April`), by the same rule as for days.
fn infer_month_year(m: u8, tense: Tense, reference: Date, latest: Date) -> Option<i32> {
    let first = |y: i32| day(y, m, 1);
    let ref_first = day(reference.year(), u8::from(reference.month()), 1)?;
    let y = reference.year();
    let candidates = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(first)
        .filter(|c| tense == Tense::Future || *c <= latest);
    let pick = match tense {
        Tense::Year(k) => first(y.checked_add(i32::from(k))?),
        Tense::Past => candidates.filter(|c| *c <= ref_first).max(),
        Tense::Future => candidates.filter(|c| *c >= ref_first).min(),
        Tense::Unknown => candidates.min_by_key(|c| cost(*c, ref_first, PLAIN_FUTURE_WEIGHT)),
    };
    pick.map(|d| d.year())
}

fn absolute(
    from: Val,
    until: Option<Val>,
    weekday: Option<Weekday>,
    tense: Tense,
    reference: Date,
    latest: Date,
) -> Option<Resolved> {
    match from {
        Val::Day { d, m, y } => {
            let mut mismatch = false;
            let start = match (y, weekday) {
                (Some(y), wd) => {
                    let date = day(y, m, d)?;
                    mismatch = wd.is_some_and(|w| w != date.weekday());
                    date
                }
                (None, Some(wd)) => match infer_weekday_year(d, m, wd, reference, latest) {
                    Some(date) => date,
                    None => {
                        mismatch = true;
                        infer_day_year(d, m, tense, reference, latest)?
                    }
                },
                (None, None) => infer_day_year(d, m, tense, reference, latest)?,
            };
            let end = match until {
                Some(Val::Day {
                    d: d2,
                    m: m2,
                    y: y2,
                }) => {
                    let y2 = y2.unwrap_or(if m2 < m {
                        start.year() + 1
                    } else {
                        start.year()
                    });
                    day(y2, m2, d2).filter(|e| *e > start)
                }
                _ => None,
            };
            if until.is_some() && end.is_none() {
                return None;
            }
            Some(Resolved {
                value: super::iso(start),
                until: end.map(super::iso),
                year_inferred: y.is_none(),
                relative: false,
                weekday_mismatch: mismatch,
                is_day: end.is_none(),
            })
        }
        Val::Month { m, y } => {
            let y1 = match y {
                Some(y) => y,
                None => infer_month_year(m, tense, reference, latest)?,
            };
            let until = match until {
                Some(Val::Month { m: m2, y: y2 }) => {
                    let y2 = y2.unwrap_or(if m2 < m { y1 + 1 } else { y1 });
                    if (y2, m2) <= (y1, m) {
                        return None;
                    }
                    Some(month_iso(y2, m2)?)
                }
                _ => None,
            };
            Some(Resolved {
                value: month_iso(y1, m)?,
                until,
                year_inferred: y.is_none(),
                relative: false,
                weekday_mismatch: false,
                is_day: false,
            })
        }
        Val::Year(y) => {
            let until = match until {
                Some(Val::Year(y2)) if y2 > y => Some(year_iso(y2)?),
                _ => None,
            };
            Some(Resolved {
                value: year_iso(y)?,
                until,
                year_inferred: false,
                relative: false,
                weekday_mismatch: false,
                is_day: false,
            })
        }
    }
}
