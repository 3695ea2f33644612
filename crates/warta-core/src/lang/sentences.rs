//! Sentence segmentation that knows Indonesian abbreviations.

use std::ops::Range;

/// Byte ranges of the sentences in `text`. (Placeholder: to be completed.)
pub fn sentence_spans(text: &str) -> Vec<Range<usize>> {
    if text.trim().is_empty() {
        Vec::new()
    } else {
        vec![0..text.len()]
    }
}
