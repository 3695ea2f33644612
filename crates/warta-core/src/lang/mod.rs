//! Language tools: word spans, sentences, stop words, stemming. Pure functions.

pub mod abbreviations;
pub mod sentences;
pub mod words;
