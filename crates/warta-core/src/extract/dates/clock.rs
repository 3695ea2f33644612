//! Times of day with their zone: `pukul 09.00 WIB`, `jam 10:00 WIT`, `09.00-12.00 WITA`.

use super::lexicon;
use super::parse::range_sep;
use super::scan::{tok_at, tok_before, Tok};

/// A time of day at a `pukul`/`jam`/`pkl` token or before a zone word: span and the time
/// written as `HH.MM[-HH.MM][ ZONE]`.
pub(super) fn time_at(text: &str, t: Tok<'_>) -> Option<(usize, usize, String)> {
    if let Some(z) = lexicon::time_zone(t.text) {
        // `09.00 WIB`, `09.00-12.00 WIB` without `pukul`: walk back over the clocks.
        let (s, out) = clock_before(text, t.start)?;
        let dash = tok_before(text, s).filter(|d| d.is('-') || d.is('\u{2013}'));
        if let Some((s0, first)) = dash.and_then(|d| clock_before(text, d.start)) {
            return Some((s0, t.end, format!("{first}-{out} {z}")));
        }
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
    // `pukul 9 pagi`, `pukul 10 WIB`: `pukul` alone makes a bare hour a time.
    let hour_only = || {
        if !t.is_word("pukul") && !t.is_word("pkl") {
            return None;
        }
        let h = tok_at(text, p)?;
        let hour = h.num(2).filter(|h| *h <= 24)?;
        Some((h.start, h.end, format!("{hour:02}.00")))
    };
    let (_, mut end, mut out) = clock_at(text, p).or_else(hour_only)?;
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

/// The `HH.MM` that ends at `pos`: its start and the time.
fn clock_before(text: &str, pos: usize) -> Option<(usize, String)> {
    let mm = tok_before(text, pos)?;
    let sep = tok_before(text, mm.start)?;
    let hh = tok_before(text, sep.start)?;
    if !(sep.is('.') || sep.is(':')) || mm.text.len() != 2 {
        return None;
    }
    let (s, e, out) = clock_at(text, hh.start)?;
    (e == mm.end).then_some((s, out))
}
