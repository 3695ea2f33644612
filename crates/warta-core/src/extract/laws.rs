//! Laws and regulations. (Placeholder: to be completed.)

use crate::article::Law;
use crate::doc::Doc;

/// Every law citation in the document.
pub fn find(_doc: &Doc) -> Vec<Law> {
    Vec::new()
}
