//! The Indonesian analyzers, registered on every warta index under stable names:
//!
//! - [`ID`] (`id`): warta's word spans, lower-cased. For names and entity fields, where
//!   every word counts (`Dinas Pendidikan dan Kebudayaan`).
//! - [`ID_STEM`] (`id_stem`): the same, without Indonesian stop words and stemmed, so that
//!   `pelayanan` finds `dilayani` and `melayani`. For titles and bodies. Dropped stop words
//!   keep their positions, so phrase queries still line up.
//!
//! Both tokenize with [`warta_core::lang::words::word_spans`], the same word definition the
//! extractors use, so the index and the extracted entities agree on what a word is.

mod stem_filter;
mod word_tokenizer;

use std::sync::Arc;

use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, StopWordFilter, TextAnalyzer, TokenizerManager,
};
use warta_core::lang::stem::Stemmer;
use warta_core::lang::stopwords;

pub use stem_filter::{IndonesianStemFilter, IndonesianStemFilterStream, IndonesianStemTokenizer};
pub use word_tokenizer::{WordTokenStream, WordTokenizer};

/// Name of the plain analyzer: word spans, lower-cased.
pub const ID: &str = "id";
/// Name of the stemming analyzer: word spans, lower-cased, stop words removed, stemmed.
pub const ID_STEM: &str = "id_stem";

/// Terms longer than this many bytes (base64 blobs, URLs glued to text) are not indexed.
const MAX_TOKEN_BYTES: usize = 64;

/// The `id` analyzer.
pub fn id_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .build()
}

/// The `id_stem` analyzer, stemming with `stemmer`.
pub fn id_stem_analyzer(stemmer: Arc<Stemmer>) -> TextAnalyzer {
    id_stem_with(IndonesianStemFilter::new(stemmer))
}

/// The `id_stem` analyzer whose clones share one memory of stems
/// ([`IndonesianStemFilter::shared_cache`]): for highlighting many texts one after another.
pub fn id_stem_analyzer_shared(stemmer: Arc<Stemmer>) -> TextAnalyzer {
    id_stem_with(IndonesianStemFilter::shared_cache(stemmer))
}

fn id_stem_with(stem: IndonesianStemFilter) -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(StopWordFilter::remove(
            stopwords::stop_words().map(str::to_string),
        ))
        .filter(stem)
        .build()
}

/// Register [`ID`] and [`ID_STEM`] on a tokenizer manager (an index's `tokenizers()`).
pub fn register(manager: &TokenizerManager, stemmer: Arc<Stemmer>) {
    manager.register(ID, id_analyzer());
    manager.register(ID_STEM, id_stem_analyzer(stemmer));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    #[test]
    fn id_stem_stems_drops_stop_words_and_keeps_positions_and_offsets() {
        let mut a = id_stem_analyzer(Arc::new(Stemmer::new()));
        let text = "Pelayanan yang dilayani Menteri, di Bekasi.";
        let got = terms(&mut a, text);
        let words: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(words, ["layan", "layan", "menteri", "bekasi"]);
        let positions: Vec<usize> = got.iter().map(|t| t.1).collect();
        assert_eq!(positions, [0, 2, 3, 5]);
        for (_, _, from, to) in &got {
            assert!(text.is_char_boundary(*from) && text.is_char_boundary(*to));
        }
        assert_eq!(&text[got[2].2..got[2].3], "Menteri");
    }

    #[test]
    fn id_keeps_every_word_lower_cased() {
        let mut a = id_analyzer();
        let words: Vec<String> = terms(&mut a, "Dinas Pendidikan dan Kebudayaan")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(words, ["dinas", "pendidikan", "dan", "kebudayaan"]);
    }

    #[test]
    fn a_shared_memory_gives_the_same_terms_to_every_clone() {
        let stemmer = Arc::new(Stemmer::new());
        let text = "Pelayanan yang dilayani Menteri, memperbaiki perbaikan di Bekasi.";
        let want = terms(&mut id_stem_analyzer(stemmer.clone()), text);
        let shared = id_stem_analyzer_shared(stemmer);
        for _ in 0..3 {
            assert_eq!(terms(&mut shared.clone(), text), want);
        }
        // While one stream holds the memory, another clone still analyzes correctly.
        let mut first = shared.clone();
        let mut second = shared.clone();
        let mut held = first.token_stream(text);
        assert!(held.advance());
        assert_eq!(terms(&mut second, text), want);
    }

    #[test]
    fn user_exceptions_reach_the_analyzer() {
        let mut a = id_stem_analyzer(Arc::new(Stemmer::with_exceptions(["perbaikan"])));
        let words: Vec<String> = terms(&mut a, "perbaikan memperbaiki")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(words, ["perbaikan", "baik"]);
    }
}
