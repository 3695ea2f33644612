//! The date parsers: a publication date given apart, a date at the start of a string, and
//! every date expression of a text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use warta_core::extract::dates;
use warta_core::Doc;

#[path = "common.rs"]
mod common;

fuzz_target!(|s: &str| {
    let _ = dates::parse_publication(s);
    if let Some((_, len)) = dates::parse_date_prefix(s) {
        assert!(len <= s.len() && s.is_char_boundary(len), "prefix length {len}");
    }
    let doc = Doc::new(s, time::macros::date!(2020 - 01 - 20), true);
    for d in dates::find(&doc, &[]) {
        common::check_span(s, d.start, d.end, "date");
        assert!(d.value.len() >= 4, "date value {:?}", d.value);
    }
});
