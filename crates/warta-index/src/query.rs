//! The query language: tantivy's (boolean operators, `+`/`-`, phrases, parentheses, `*`)
//! with warta's field prefixes and friendly dates.
//!
//! - `person:"Agus Priyadi"`, `org:ombudsman`, `place:Kalbar`, `agreement:mou`,
//!   `status:signed`, `law:"UU 25/2009"`, `title:banjir`; plural and Indonesian spellings
//!   work too (`people:`, `instansi:`, `tempat:`, `judul:`).
//! - `date:2021`, `date:2021-04`, `date:[2021-01-01 TO 2021-06]`, `date:[* TO 2020-12-31]`:
//!   a year or month stands for all its days; bounds in brackets are inclusive.
//!
//! Mistakes are reported with the position of the problem ([`QueryError`]).

use std::fmt;

/// A query that could not be understood, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// The query as given.
    pub query: String,
    /// Character position of the problem (0-based), if known.
    pub position: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid query: {}", self.message)?;
        if let Some(pos) = self.position {
            write!(f, "\n  {}\n  {}^", self.query, " ".repeat(pos))?;
        }
        Ok(())
    }
}

impl std::error::Error for QueryError {}

/// The field names a query may use, and what they mean in the schema.
const FIELDS: &[(&str, &str)] = &[
    ("person", "person"),
    ("people", "person"),
    ("orang", "person"),
    ("org", "org"),
    ("orgs", "org"),
    ("organization", "org"),
    ("organizations", "org"),
    ("instansi", "org"),
    ("place", "place"),
    ("places", "place"),
    ("tempat", "place"),
    ("lokasi", "place"),
    ("agreement", "agreement"),
    ("agreements", "agreement"),
    ("perjanjian", "agreement"),
    ("status", "status"),
    ("law", "law"),
    ("laws", "law"),
    ("regulasi", "law"),
    ("title", "title"),
    ("judul", "title"),
    ("body", "body"),
    ("text", "body"),
    ("isi", "body"),
    ("date", "date"),
    ("tanggal", "date"),
    ("published", "date"),
    ("id", "id"),
    ("source", "source"),
    ("url", "source"),
];

fn error(query: &str, position: usize, message: impl Into<String>) -> QueryError {
    QueryError {
        query: query.to_string(),
        position: Some(position),
        message: message.into(),
    }
}

/// Check `query` and rewrite it into tantivy's syntax (field aliases resolved, dates
/// expanded to ranges of RFC 3339 timestamps).
pub fn rewrite(query: &str) -> Result<String, QueryError> {
    let chars: Vec<char> = query.chars().collect();
    check_balance(query, &chars)?;
    let mut out = String::with_capacity(query.len() + 16);
    let mut i = 0;
    let mut in_quote = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' {
            in_quote = !in_quote;
        }
        let at_word_start = i == 0 || matches!(chars[i - 1], ' ' | '\t' | '(' | '+' | '-');
        if in_quote || !at_word_start || !c.is_ascii_alphabetic() {
            out.push(c);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
            j += 1;
        }
        if chars.get(j) != Some(&':') {
            out.extend(&chars[i..j]);
            i = j;
            continue;
        }
        let name: String = chars[i..j].iter().collect::<String>().to_ascii_lowercase();
        let value_start = j + 1;
        if chars.get(value_start).is_none_or(|c| c.is_whitespace()) {
            // "catatan: penting" is prose, not a field.
            out.extend(&chars[i..j]);
            out.push(' ');
            i = value_start;
            continue;
        }
        let Some((_, field)) = FIELDS.iter().find(|(alias, _)| *alias == name) else {
            return Err(error(
                query,
                i,
                format!("unknown field `{name}:` (fields: person, org, place, agreement, status, law, title, date)"),
            ));
        };
        out.push_str(field);
        out.push(':');
        i = value_start;
        if *field == "date" {
            i = rewrite_date(query, &chars, i, &mut out)?;
        }
    }
    Ok(out)
}

/// Unclosed quotes, parentheses and brackets, pointing at the opening one.
fn check_balance(query: &str, chars: &[char]) -> Result<(), QueryError> {
    let mut quote: Option<usize> = None;
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '"' {
            quote = if quote.is_some() { None } else { Some(i) };
            continue;
        }
        if quote.is_some() {
            continue;
        }
        match c {
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some((open, _)) if open == want || (want != '(' && open != '(') => {}
                    Some((open, at)) => {
                        return Err(error(query, at, format!("`{open}` is closed by `{c}`")));
                    }
                    None => return Err(error(query, i, format!("`{c}` closes nothing"))),
                }
            }
            _ => {}
        }
    }
    if let Some(at) = quote {
        return Err(error(query, at, "this quote is never closed"));
    }
    if let Some((open, at)) = stack.pop() {
        return Err(error(query, at, format!("this `{open}` is never closed")));
    }
    Ok(())
}

/// Rewrite the value of a `date:` prefix starting at `i`; returns where it ends.
fn rewrite_date(
    query: &str,
    chars: &[char],
    i: usize,
    out: &mut String,
) -> Result<usize, QueryError> {
    let open = chars[i];
    if open == '[' || open == '{' {
        let close = (i..chars.len()).find(|&k| matches!(chars[k], ']' | '}'));
        let Some(close) = close else {
            return Err(error(query, i, "this date range is never closed"));
        };
        let inner: String = chars[i + 1..close].iter().collect();
        let parts: Vec<&str> = inner.split_whitespace().collect();
        let [lo, to, hi] = parts.as_slice() else {
            return Err(error(
                query,
                i,
                "a date range reads [2021-01-01 TO 2021-12-31]",
            ));
        };
        if !to.eq_ignore_ascii_case("to") {
            return Err(error(
                query,
                i,
                "a date range reads [2021-01-01 TO 2021-12-31]",
            ));
        }
        let bound = |s: &str, upper: bool| -> Result<String, QueryError> {
            if s == "*" {
                return Ok("*".to_string());
            }
            period(s)
                .map(|(a, b)| stamp(if upper { b } else { a }))
                .ok_or_else(|| {
                    error(
                        query,
                        i + 1,
                        format!("`{s}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                    )
                })
        };
        out.push_str(&format!(
            "{open}{} TO {}{}",
            bound(lo, false)?,
            bound(hi, true)?,
            chars[close]
        ));
        return Ok(close + 1);
    }
    let end = (i..chars.len())
        .find(|&k| chars[k].is_whitespace() || chars[k] == ')')
        .unwrap_or(chars.len());
    let value: String = chars[i..end].iter().collect();
    let Some((a, b)) = period(&value) else {
        return Err(error(
            query,
            i,
            format!("`{value}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ));
    };
    out.push_str(&format!("[{} TO {}]", stamp(a), stamp(b)));
    Ok(end)
}

/// The first and last day of a year, month or day written `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
pub fn period(s: &str) -> Option<(time::Date, time::Date)> {
    let parts: Vec<&str> = s.split('-').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let year: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => Some((
            time::Date::from_calendar_date(year, time::Month::January, 1).ok()?,
            time::Date::from_calendar_date(year, time::Month::December, 31).ok()?,
        )),
        2 => {
            let month = time::Month::try_from(parts[1].parse::<u8>().ok()?).ok()?;
            let first = time::Date::from_calendar_date(year, month, 1).ok()?;
            let last = time::Date::from_calendar_date(year, month, month.length(year)).ok()?;
            Some((first, last))
        }
        3 => {
            let d = crate::schema::parse_day(s)?;
            Some((d, d))
        }
        _ => None,
    }
}

fn stamp(d: time::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        d.year(),
        u8::from(d.month()),
        d.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_aliases_and_dates() {
        let cases = [
            ("pelayanan publik", "pelayanan publik"),
            ("people:agus", "person:agus"),
            (
                "instansi:ombudsman AND tempat:Kalbar",
                "org:ombudsman AND place:Kalbar",
            ),
            (
                "date:2021",
                "date:[2021-01-01T00:00:00Z TO 2021-12-31T00:00:00Z]",
            ),
            (
                "date:2020-02",
                "date:[2020-02-01T00:00:00Z TO 2020-02-29T00:00:00Z]",
            ),
            (
                "banjir date:[2021-01-01 TO *]",
                "banjir date:[2021-01-01T00:00:00Z TO *]",
            ),
            ("catatan: penting", "catatan  penting"),
            ("\"person:x\"", "\"person:x\""),
            ("-org:kpk", "-org:kpk"),
        ];
        for (q, want) in cases {
            assert_eq!(rewrite(q).as_deref(), Ok(want), "{q}");
        }
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases = [
            ("person:\"Agus Priyadi", 7, "never closed"),
            ("(banjir OR longsor", 0, "never closed"),
            ("banjir)", 6, "closes nothing"),
            ("foo:bar", 0, "unknown field"),
            ("date:2021-13", 5, "not a date"),
            ("date:[2021 TO]", 5, "date range"),
        ];
        for (q, pos, msg) in cases {
            let err = rewrite(q).unwrap_err();
            assert_eq!(err.position, Some(pos), "{q}");
            assert!(err.message.contains(msg), "{q}: {}", err.message);
        }
        let shown = rewrite("person:\"Agus").unwrap_err().to_string();
        assert!(shown.ends_with("person:\"Agus\n         ^"), "{shown}");
    }
}
