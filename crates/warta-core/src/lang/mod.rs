//! Language tools: word spans, sentences, stop words, stemming, calendar words. Pure functions.

pub mod abbreviations;
pub mod calendar;
pub mod sentences;
pub mod stem;
pub mod stopwords;
pub mod words;
