//! Word and sentence spans, which both the recognizers and the index analyzer read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use warta_core::lang::{sentences, words};

#[path = "common.rs"]
mod common;

fuzz_target!(|s: &str| {
    let w: Vec<_> = words::word_spans(s).collect();
    for r in &w {
        common::check_span(s, r.start, r.end, "word");
        assert!(r.start < r.end, "empty word");
    }
    assert!(w.windows(2).all(|p| p[0].end <= p[1].start), "words overlap");
    let sent = sentences::sentence_spans(s);
    for r in &sent {
        common::check_span(s, r.start, r.end, "sentence");
    }
    assert!(sent.windows(2).all(|p| p[0].end <= p[1].start), "sentences overlap");
});
