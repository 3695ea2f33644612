//! Direct quotes and their speakers.
//!
//! Indonesian news attributes a quote after it (`"...", ujar Agus`, `"..." Ujar Agus
//! mengakhiri`, `"...", ucap Paman Birin`) or before it (`Menurut Hery, "..."`, `Agus
//! mengatakan, "..."`). Suffix and pronoun forms (`ujarnya`, `tutupnya`, `ia menambahkan`)
//! point back to the person the text last introduced as speaking: the subject of the last
//! sentence with a speech verb (`Kepala X, Marini, menyampaikan harapan ...`), else the
//! previous quote's speaker. Quoted words with no speech verb around them are titles or
//! scare quotes (`program "Ombudsman Belajar"`) unless they read like speech.

mod attribution;
mod marks;
mod names;
mod verbs;

use crate::article::{Person, Quote};
use crate::doc::Doc;
use crate::extract::context;

use attribution::Attr;
use names::Names;

/// Fewest words for a quote with no attribution to count as speech.
const MIN_UNATTRIBUTED_WORDS: usize = 5;

/// Every direct quote, with its speaker resolved to a name in `people`.
pub fn find(doc: &Doc, people: &[Person]) -> Vec<Quote> {
    let text = doc.text;
    if !text.contains(context::is_quote_mark) {
        return Vec::new();
    }
    let spans = marks::quoted(text);
    let names = Names::new(text, people);
    let mut attrs = Vec::with_capacity(spans.len());
    // Where each quote's own words end: its attribution clause when one follows it.
    let mut bounds = Vec::with_capacity(spans.len());
    let mut prev_bound = 0;
    for q in &spans {
        let (attr, bound) = match attribution::after(text, q, &names) {
            Attr::Nothing => (
                attribution::before(text, q, prev_bound, &names),
                q.close_end,
            ),
            a => (a, attribution::tail_end(text, q.close_end)),
        };
        attrs.push(attr);
        bounds.push(bound.min(spans.get(attrs.len()).map_or(usize::MAX, |n| n.open)));
        prev_bound = q.close_end;
    }
    // Drop titles and scare quotes before resolving, so they do not count as speech.
    let kept: Vec<usize> = (0..spans.len())
        .filter(|&i| {
            let (q, a) = (&spans[i], &attrs[i]);
            match a {
                Attr::Nothing => reads_like_speech(text, q),
                // `program "Yes I Do", kata dia`: a short title stays a title.
                _ => !(titled(text, q) && context::words(text, q.inner.clone()).len() < 5),
            }
        })
        .collect();
    let mut speakers: Vec<Option<usize>> = vec![None; kept.len()];
    for (k, &i) in kept.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| (bounds[kept[p]], speakers[p]));
        speakers[k] = match attrs[i] {
            Attr::Person(p) => Some(p),
            Attr::Pronoun => attribution::from_context(text, &spans[i], prev, &names, true),
            Attr::Verb => None,
            Attr::Nothing => attribution::from_context(text, &spans[i], prev, &names, false),
        };
    }
    // Consecutive quotes with one attribution at the end of the last: `"..." "...", kata Rita`.
    for k in (0..kept.len().saturating_sub(1)).rev() {
        let (i, j) = (kept[k], kept[k + 1]);
        if speakers[k].is_none()
            && matches!(attrs[i], Attr::Nothing)
            && text
                .get(spans[i].close_end..spans[j].open)
                .is_some_and(|gap| gap.trim().is_empty())
        {
            speakers[k] = speakers[k + 1];
        }
    }
    kept.iter()
        .zip(speakers)
        .filter_map(|(&i, speaker)| {
            let q = &spans[i];
            Some(Quote {
                text: text.get(q.inner.clone())?.to_string(),
                speaker: speaker.and_then(|p| names.name(p)).map(str::to_string),
                indirect: false,
                start: q.inner.start,
                end: q.inner.end,
            })
        })
        .collect()
}

/// Words before a quoted title (`program "..."`, `bertajuk "..."`).
#[rustfmt::skip]
const TITLE_CUES: &[&str] = &[
    "program", "tema", "bertema", "bertajuk", "berjudul", "judul", "tagline", "slogan",
    "jargon", "istilah", "moto", "motto", "julukan", "sebutan", "kegiatan", "acara", "gerakan",
    "aplikasi", "film", "buku", "lagu", "kampanye", "inovasi", "layanan", "label", "predikat",
    "kategori", "penghargaan", "nama", "bernama", "disebut", "dijuluki", "kata", "frasa",
    "bertuliskan", "tulisan", "spanduk", "poster", "tagar", "hashtag",
];

/// Whether an unattributed quoted span reads like speech rather than a title or a scare
/// quote: enough words, not mostly capitalised, not introduced as a name.
fn reads_like_speech(text: &str, q: &marks::Quoted) -> bool {
    let words = context::words(text, q.inner.clone());
    if words.len() < MIN_UNATTRIBUTED_WORDS {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| text[w.start..].starts_with(char::is_uppercase))
        .count();
    if caps * 10 >= words.len() * 6 && words.len() < 12 {
        return false;
    }
    !titled(text, q)
}

/// Whether a title word introduces the quoted span (`program "..."`, `bertajuk "..."`).
fn titled(text: &str, q: &marks::Quoted) -> bool {
    let before = context::words(
        text,
        context::floor_char(text, q.open.saturating_sub(40))..q.open,
    );
    before.last().is_some_and(|w| {
        let lower = text[w.clone()].to_lowercase();
        TITLE_CUES.contains(&lower.as_str())
    })
}

#[cfg(test)]
mod tests;
