//! Span checks shared by the fuzz targets: a violated invariant aborts like a panic does.
#![allow(dead_code)]

use warta_core::{Article, Mention};

/// `start <= end <= text.len()`, both on char boundaries.
pub fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end, "{what}: {start} > {end}");
    assert!(end <= text.len(), "{what}: {end} past {}", text.len());
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} not on char boundaries"
    );
}

fn check_mentions(text: &str, mentions: &[Mention], what: &str) {
    for m in mentions {
        check_span(text, m.start, m.end, what);
    }
    assert!(mentions.windows(2).all(|w| w[0] <= w[1]), "{what}: unordered");
}

/// Every span of an article.
pub fn check_article(a: &Article) {
    let text = a.text.as_str();
    for d in &a.dates {
        check_span(text, d.start, d.end, "date");
    }
    for l in &a.laws {
        check_span(text, l.start, l.end, "law");
    }
    for q in &a.quotes {
        check_span(text, q.start, q.end, "quote");
    }
    for p in &a.people {
        check_mentions(text, &p.mentions, "person");
    }
    for o in &a.organizations {
        check_mentions(text, &o.mentions, "organization");
    }
    for p in &a.places {
        check_mentions(text, &p.mentions, "place");
    }
    for g in &a.agreements {
        check_mentions(text, &g.mentions, "agreement");
    }
}
