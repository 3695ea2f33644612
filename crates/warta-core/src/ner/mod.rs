//! The learned name tagger (PER / ORG / LOC). (Placeholder: to be completed.)

use std::ops::Range;

use crate::error::Error;

/// Entity labels the tagger emits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NerLabel {
    /// A person.
    Per,
    /// An organization.
    Org,
    /// A place.
    Loc,
}

/// A tagged span.
#[derive(Debug, Clone, PartialEq)]
pub struct NerSpan {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Label.
    pub label: NerLabel,
    /// Confidence in 0..=1.
    pub confidence: f32,
}

/// A sequence tagger.
#[derive(Debug)]
pub struct Tagger {}

impl Tagger {
    /// The model shipped with the crate, if any.
    pub fn builtin() -> Result<Option<Tagger>, Error> {
        Ok(None)
    }

    /// Tag the words of one document, sentence by sentence.
    pub fn tag(
        &self,
        _text: &str,
        _words: &[Range<usize>],
        _sentences: &[Range<usize>],
    ) -> Vec<NerSpan> {
        Vec::new()
    }
}
