//! The Indonesian stemmer as a tantivy token filter.

use std::borrow::Cow;
use std::sync::Arc;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use warta_core::lang::stem::Stemmer;

/// Replaces each (lower-case) token by its Indonesian stem. Offsets and positions are left
/// as they are; a token that is its own stem is not touched (no allocation).
#[derive(Clone)]
pub struct IndonesianStemFilter {
    stemmer: Arc<Stemmer>,
}

impl IndonesianStemFilter {
    /// A filter stemming with `stemmer` (built-in roots plus any user exceptions).
    pub fn new(stemmer: Arc<Stemmer>) -> Self {
        IndonesianStemFilter { stemmer }
    }
}

impl Default for IndonesianStemFilter {
    fn default() -> Self {
        IndonesianStemFilter::new(Arc::new(Stemmer::new()))
    }
}

impl TokenFilter for IndonesianStemFilter {
    type Tokenizer<T: Tokenizer> = IndonesianStemTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> IndonesianStemTokenizer<T> {
        IndonesianStemTokenizer {
            stemmer: self.stemmer,
            inner: tokenizer,
        }
    }
}

/// A tokenizer followed by the [`IndonesianStemFilter`].
#[derive(Clone)]
pub struct IndonesianStemTokenizer<T> {
    stemmer: Arc<Stemmer>,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for IndonesianStemTokenizer<T> {
    type TokenStream<'a> = IndonesianStemFilterStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        IndonesianStemFilterStream {
            stemmer: &self.stemmer,
            tail: self.inner.token_stream(text),
        }
    }
}

/// The token stream of an [`IndonesianStemTokenizer`].
pub struct IndonesianStemFilterStream<'a, T> {
    stemmer: &'a Stemmer,
    tail: T,
}

impl<T: TokenStream> TokenStream for IndonesianStemFilterStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Cow::Owned(stem) = self.stemmer.stem(&token.text) {
            token.text = stem;
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
