//! The whole article extractor on arbitrary bytes: a NUL pair splits off a given headline
//! and publication date, as JSON-lines input would give them.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use warta_core::{ExtractOptions, Extractor, Input};

#[path = "common.rs"]
mod common;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    let options = ExtractOptions {
        reference_date: Some(time::macros::date!(2020 - 01 - 20)),
        ..ExtractOptions::default()
    };
    Extractor::new(options).expect("built-in extractor")
});

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let mut parts = s.splitn(3, "\0\0");
    let first = parts.next().unwrap_or_default().to_string();
    let input = match (parts.next(), parts.next()) {
        (Some(title), Some(published)) => Input {
            title: Some(title.to_string()),
            published: Some(first),
            text: published.to_string(),
            ..Input::default()
        },
        (Some(text), None) => Input {
            title: Some(first),
            text: text.to_string(),
            ..Input::default()
        },
        _ => Input::from_text(first),
    };
    let article = EXTRACTOR.extract(&input);
    common::check_article(&article);
});
