//! Language tools: word spans, sentences, stop words, stemming. Pure functions.

pub mod abbreviations;
pub mod sentences;
pub mod stem;
pub mod stopwords;
pub mod words;
