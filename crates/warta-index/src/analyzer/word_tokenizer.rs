//! A tantivy tokenizer over warta's word spans.

use std::ops::Range;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use warta_core::lang::words::word_spans;

/// Splits text into warta's words ([`word_spans`]), trimming punctuation glued to either
/// end (`"Kalbar,"` is the word `Kalbar`). Offsets are byte offsets into the text.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    spans: Vec<Range<usize>>,
    token: Token,
}

/// The token stream of a [`WordTokenizer`].
pub struct WordTokenStream<'a> {
    text: &'a str,
    spans: &'a [Range<usize>],
    next: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.spans.clear();
        self.spans
            .extend(word_spans(text).filter_map(|span| trim_span(text, span)));
        self.token.reset();
        WordTokenStream {
            text,
            spans: &self.spans,
            next: 0,
            token: &mut self.token,
        }
    }
}

/// The span without leading and trailing characters that are neither letters nor digits;
/// `None` when nothing is left (a lone dash or quote).
fn trim_span(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let word = text.get(span.clone())?;
    let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.is_empty() {
        return None;
    }
    let start = span.start + (trimmed.as_ptr() as usize - word.as_ptr() as usize);
    Some(start..start + trimmed.len())
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(span) = self.spans.get(self.next) else {
            return false;
        };
        self.next += 1;
        self.token.position = self.token.position.wrapping_add(1);
        self.token.offset_from = span.start;
        self.token.offset_to = span.end;
        self.token.text.clear();
        self.token.text.push_str(&self.text[span.clone()]);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_punctuation_and_counts_positions_from_zero() {
        let text = "(Kalbar), e-KTP — “kata”";
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut got = Vec::new();
        while stream.advance() {
            let t = stream.token();
            assert_eq!(&text[t.offset_from..t.offset_to], t.text);
            got.push((t.text.clone(), t.position));
        }
        let want = [("Kalbar", 0), ("e-KTP", 1), ("kata", 2)];
        let want: Vec<(String, usize)> = want.iter().map(|(w, p)| (w.to_string(), *p)).collect();
        assert_eq!(got, want);
    }
}
