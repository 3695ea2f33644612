//! The Indonesian stemmer as a tantivy token filter.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::{Deref, DerefMut};
use std::sync::{Arc, Mutex, MutexGuard, TryLockError};

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use warta_core::lang::stem::{may_change, Stemmer};

/// FNV-1a: words are short, and SipHash's setup dominates their lookups.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Cache = HashMap<String, Option<String>, BuildHasherDefault<Fnv>>;

/// Replaces each (lower-case) token by its Indonesian stem. Offsets and positions are left
/// as they are; a token that is its own stem is not touched (no allocation).
///
/// News vocabulary is small and skewed (a few thousand words make most of the text), so
/// each tokenizer remembers the stems it has computed, up to 50,000 words. A filter made
/// with [`shared_cache`](Self::shared_cache) keeps one memory for all its clones (searches
/// clone their analyzer for every text they highlight), taken for one text at a time.
#[derive(Clone)]
pub struct IndonesianStemFilter {
    stemmer: Arc<Stemmer>,
    shared: Option<Arc<Mutex<Cache>>>,
}

/// Words remembered per tokenizer before the memory is cleared.
const CACHE_WORDS: usize = 50_000;

impl IndonesianStemFilter {
    /// A filter stemming with `stemmer` (built-in roots plus any user exceptions).
    pub fn new(stemmer: Arc<Stemmer>) -> Self {
        IndonesianStemFilter {
            stemmer,
            shared: None,
        }
    }

    /// A filter whose clones share one memory of stems. Meant for short texts analyzed
    /// one after another (snippets); a text analyzed while another holds the memory uses a
    /// memory of its own instead of waiting.
    pub fn shared_cache(stemmer: Arc<Stemmer>) -> Self {
        IndonesianStemFilter {
            stemmer,
            shared: Some(Arc::default()),
        }
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
            cache: Cache::default(),
            shared: self.shared,
        }
    }
}

/// A tokenizer followed by the [`IndonesianStemFilter`].
#[derive(Clone)]
pub struct IndonesianStemTokenizer<T> {
    stemmer: Arc<Stemmer>,
    inner: T,
    /// word -> its stem, `None` when the word is its own stem.
    cache: Cache,
    /// The memory shared by every clone, used instead of `cache` when set.
    shared: Option<Arc<Mutex<Cache>>>,
}

/// The memory a stream uses: its tokenizer's own, or the shared one, held for the text.
enum CacheRef<'a> {
    Own(&'a mut Cache),
    Shared(MutexGuard<'a, Cache>),
}

impl Deref for CacheRef<'_> {
    type Target = Cache;

    fn deref(&self) -> &Cache {
        match self {
            CacheRef::Own(c) => c,
            CacheRef::Shared(c) => c,
        }
    }
}

impl DerefMut for CacheRef<'_> {
    fn deref_mut(&mut self) -> &mut Cache {
        match self {
            CacheRef::Own(c) => c,
            CacheRef::Shared(c) => c,
        }
    }
}

impl<T: Tokenizer> Tokenizer for IndonesianStemTokenizer<T> {
    type TokenStream<'a> = IndonesianStemFilterStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let shared = self.shared.as_deref().and_then(|m| match m.try_lock() {
            Ok(guard) => Some(guard),
            Err(TryLockError::Poisoned(e)) => Some(e.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        });
        let mut cache = match shared {
            Some(guard) => CacheRef::Shared(guard),
            None => CacheRef::Own(&mut self.cache),
        };
        if cache.len() > CACHE_WORDS {
            cache.clear();
        }
        IndonesianStemFilterStream {
            stemmer: &self.stemmer,
            cache,
            tail: self.inner.token_stream(text),
        }
    }
}

/// The token stream of an [`IndonesianStemTokenizer`].
pub struct IndonesianStemFilterStream<'a, T> {
    stemmer: &'a Stemmer,
    cache: CacheRef<'a>,
    tail: T,
}

impl<T: TokenStream> TokenStream for IndonesianStemFilterStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if !may_change(&token.text) {
            return true;
        }
        match self.cache.get(&token.text) {
            Some(None) => {}
            Some(Some(stem)) => {
                token.text.clear();
                token.text.push_str(stem);
            }
            None => {
                let stem = match self.stemmer.stem(&token.text) {
                    Cow::Owned(stem) => Some(stem),
                    Cow::Borrowed(_) => None,
                };
                let word = std::mem::take(&mut token.text);
                if let Some(stem) = &stem {
                    token.text.push_str(stem);
                } else {
                    token.text.push_str(&word);
                }
                self.cache.insert(word, stem);
            }
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
