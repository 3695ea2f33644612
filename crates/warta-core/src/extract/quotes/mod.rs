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
    let mut prev_close = 0;
    for q in &spans {
        let attr = attribution::after(text, q, &names);
        let attr = match attr {
            Attr::Nothing => attribution::before(text, q, prev_close, &names),
            a => a,
        };
        attrs.push(attr);
        prev_close = q.close_end;
    }
    // Drop titles and scare quotes before resolving, so they do not count as speech.
    let kept: Vec<usize> = (0..spans.len())
        .filter(|&i| {
            let (q, a) = (&spans[i], &attrs[i]);
            !matches!(a, Attr::Nothing) || reads_like_speech(text, q)
        })
        .collect();
    let mut speakers: Vec<Option<usize>> = vec![None; kept.len()];
    for (k, &i) in kept.iter().enumerate() {
        let prev = k
            .checked_sub(1)
            .map(|p| (spans[kept[p]].close_end, speakers[p]));
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
const TITLE_CUES: &[&str] = &[
    "program",
    "tema",
    "bertema",
    "bertajuk",
    "berjudul",
    "judul",
    "tagline",
    "slogan",
    "jargon",
    "istilah",
    "moto",
    "motto",
    "julukan",
    "sebutan",
    "kegiatan",
    "acara",
    "gerakan",
    "aplikasi",
    "film",
    "buku",
    "lagu",
    "kampanye",
    "inovasi",
    "layanan",
    "label",
    "predikat",
    "kategori",
    "penghargaan",
    "nama",
    "bernama",
    "disebut",
    "dijuluki",
    "kata",
    "frasa",
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
    let before = context::words(
        text,
        context::floor_char(text, q.open.saturating_sub(40))..q.open,
    );
    let titled = before.last().is_some_and(|w| {
        let lower = text[w.clone()].to_lowercase();
        TITLE_CUES.contains(&lower.as_str())
    });
    !titled
}

#[cfg(test)]
mod tests;
