//! The index analyzers `id` and `id_stem`: every token's offsets on char boundaries inside
//! the text, offsets and positions in order, no empty term.
#![no_main]

use std::sync::{Arc, LazyLock};

use libfuzzer_sys::fuzz_target;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use warta_core::lang::stem::Stemmer;

#[path = "common.rs"]
mod common;

static STEMMER: LazyLock<Arc<Stemmer>> = LazyLock::new(|| Arc::new(Stemmer::new()));

fn check(mut analyzer: TextAnalyzer, s: &str) {
    let mut stream = analyzer.token_stream(s);
    let mut last: Option<(usize, usize)> = None;
    while stream.advance() {
        let t = stream.token();
        common::check_span(s, t.offset_from, t.offset_to, "token");
        assert!(!t.text.is_empty(), "empty term {t:?}");
        if let Some((position, end)) = last {
            assert!(position < t.position, "positions not increasing at {t:?}");
            assert!(end <= t.offset_from, "offsets overlap at {t:?}");
        }
        last = Some((t.position, t.offset_to));
    }
}

fuzz_target!(|s: &str| {
    check(warta_index::analyzer::id_analyzer(), s);
    check(warta_index::analyzer::id_stem_analyzer(STEMMER.clone()), s);
});
