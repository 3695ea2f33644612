//! Times of day with their zone: `pukul 09.00 WIB`, `jam 10:00 WIT`, `09.00-12.00 WITA`.

use super::lexicon;
use super::parse::range_sep;
use super::scan::{tok_at, tok_before, Tok};

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
