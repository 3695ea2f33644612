//! The name tagger alone, on the real articles, beside the floor (words with
//! unicode-segmentation) over the same text.

use unicode_segmentation::UnicodeSegmentation;
use warta_core::ner::Tagger;

use crate::measure::{repeat, Row};
use crate::{Article, Config};

/// Tokens as the tagger counts them, near enough: runs of letters and digits, and every
/// other character that is not white space.
fn tokens(text: &str) -> u64 {
    let mut n = 0u64;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                n += 1;
            }
            in_word = true;
        } else {
            in_word = false;
            if !c.is_whitespace() {
                n += 1;
            }
        }
    }
    n
}

pub fn run(config: &Config, corpus: &[Article]) -> Vec<Row> {
    let tagger = match Tagger::builtin() {
        Ok(Some(t)) => t,
        Ok(None) => return vec![Row::new("tagger", "n/a: no model shipped")],
        Err(e) => {
            return vec![Row::new(
                "tagger",
                format!("n/a: the model fails to load: {e}"),
            )]
        }
    };
    let bytes: u64 = corpus.iter().map(|a| a.text.len() as u64).sum();
    let n = corpus.len() as u64;
    let toks: u64 = corpus.iter().map(|a| tokens(&a.text)).sum();
    let (floor, words) = repeat("tagger floor", bytes, n, config.min_time, || {
        corpus
            .iter()
            .map(|a| a.text.unicode_words().count() as u64)
            .sum()
    });
    let (tag, spans) = repeat("tagger 1 thread", bytes, n, config.min_time, || {
        corpus
            .iter()
            .map(|a| {
                let whole = 0..a.text.len();
                tagger.tag(&a.text, &[], std::slice::from_ref(&whole)).len() as u64
            })
            .sum()
    });
    let per_second = |t: &crate::measure::Throughput| {
        toks as f64 * (t.bytes as f64 / bytes.max(1) as f64) / t.elapsed.as_secs_f64().max(1e-9)
    };
    vec![Row::throughput(
        "tagger: 1 thread",
        &tag,
        format!(
            "{spans} spans per pass, {:.2} M tokens/s ({words} words, floor {:.2} M tokens/s)",
            per_second(&tag) / 1e6,
            per_second(&floor) / 1e6
        ),
    )
    .ratio(tag.mb_s() / floor.mb_s(), "vs floor")]
}
