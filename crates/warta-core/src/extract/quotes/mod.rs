//! Direct quotes and their speakers. (Placeholder: to be completed.)

use crate::article::{Person, Quote};
use crate::doc::Doc;

/// Every direct quote, with its speaker resolved to a name in `people`.
pub fn find(_doc: &Doc, _people: &[Person]) -> Vec<Quote> {
    Vec::new()
}
