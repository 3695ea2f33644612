//! The cleaned text with its segmentation: what every recognizer reads.

use std::ops::Range;

use time::Date;

/// The cleaned body of one article, segmented once and shared by all recognizers.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    /// The cleaned body ([`crate::Article::text`]).
    pub text: &'a str,
    /// Sentence byte ranges, in order, covering the non-blank text.
    pub sentences: Vec<Range<usize>>,
    /// Word byte ranges, in order (see [`crate::lang::words::word_spans`]).
    pub words: Vec<Range<usize>>,
    /// The date that relative and year-less expressions resolve against.
    pub reference: Date,
    /// Whether `reference` is the article's own publication date (and not the run date).
    pub reference_is_published: bool,
}

impl<'a> Doc<'a> {
    /// Segment `text`.
    pub fn new(text: &'a str, reference: Date, reference_is_published: bool) -> Self {
        Doc {
            text,
            sentences: crate::lang::sentences::sentence_spans(text),
            words: crate::lang::words::word_spans(text).collect(),
            reference,
            reference_is_published,
        }
    }

    /// The sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<Range<usize>> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences.get(i).filter(|s| s.start <= pos).cloned()
    }
}
