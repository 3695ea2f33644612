//! Agreement instruments. (Placeholder: to be completed.)

use crate::article::{Agreement, DateMention, Organization};
use crate::doc::Doc;

/// Every agreement instrument, one entry per instrument, with parties from `organizations`
/// and a date from `dates` when the text ties one to it.
pub fn find(_doc: &Doc, _organizations: &[Organization], _dates: &[DateMention]) -> Vec<Agreement> {
    Vec::new()
}
