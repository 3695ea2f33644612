//! Article layout: headline, publication date line, byline, dateline, furniture, body.
//!
//! A scraped Indonesian news page reads, top to bottom: site furniture, the headline (a
//! plain first line or a markdown `#`/`**` heading), the publication date line with its
//! byline (`Senin, 20 Januari 2020 - Meigi Bastiani`), the body opening with a dateline
//! (`PONTIANAK -`), and more furniture with a credit code (`(MRF/RDM/APR)`, `(Tim)`) at
//! the end. [`split`] takes these apart; the body keeps only the story, one paragraph per
//! blank-line separated block, with the lines a scraper broke mid-sentence rejoined.

use std::sync::LazyLock;

use regex::Regex;
use time::Date;

use crate::article::Dateline;
use crate::lang::sentences::sentence_spans;
use crate::text::boilerplate::{self, Furniture};
use crate::text::byline::date_line;
use crate::text::dateline;

/// The parts of a raw article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Headline without markup.
    pub title: Option<String>,
    /// Date from the publication line (`Senin, 20 Januari 2020 - Meigi Bastiani`).
    pub published: Option<Date>,
    /// Author or desk from the publication line.
    pub byline: Option<String>,
    /// Dateline opening the body.
    pub dateline: Option<Dateline>,
    /// Cleaned body.
    pub body: String,
    /// Furniture removed (banners, widgets, `Baca juga:` lines), as written.
    pub removed: Vec<String>,
    /// Credit codes closing the article (`MRF/RDM/APR`, `Tim`).
    pub credits: Vec<String>,
}

/// How many lines at the top may hold the headline and the date line before the body.
const HEAD_LINES: usize = 6;

/// Split normalized text into its parts. When `given_title` is set, `text` is body only
/// (a first line repeating that title is still dropped).
pub fn split(text: &str, given_title: Option<&str>) -> Layout {
    let mut layout = Layout {
        title: given_title.map(|t| strip_site_name(strip_emphasis(t.trim())).to_string()),
        ..Layout::default()
    };
    let mut staff = Staff::default();
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let body_start = read_head(&lines, given_title.is_some(), &mut layout, &mut staff);

    let mut body: Vec<Option<String>> = Vec::new();
    for (i, &line) in lines.iter().enumerate().skip(body_start.index) {
        let line = if i == body_start.index {
            body_start.rest(line)
        } else {
            line
        };
        if line.is_empty() {
            body.push(None);
            continue;
        }
        match boilerplate::classify(line) {
            Some(furniture) => record(furniture, line, &mut layout, &mut staff),
            None => match boilerplate::strip_inline_read_also(line) {
                Some((kept, link)) => {
                    layout.removed.push(link.to_string());
                    body.push(Some(clean_markup(kept)));
                }
                None => body.push(Some(clean_markup(line))),
            },
        }
    }
    if let Some(title) = layout.title.clone() {
        drop_repeated_title(&mut body, &title);
    }
    take_dateline(&mut body, &mut layout);
    take_credit_tail(&mut body, &mut layout);
    // Staff lines stand in for a missing date-line byline: the author, else the editor.
    if layout.byline.is_none() {
        layout.byline = staff.author.or(staff.editor);
    }
    layout.body = assemble(&body);
    layout
}

/// Names from staff lines (`Penulis: ...`, `Editor: ...`), the first of each kind.
#[derive(Default)]
struct Staff {
    author: Option<String>,
    editor: Option<String>,
}

/// Where the body starts: a line index, and a prefix of that line already taken (a
/// reading-time badge glued to the dateline).
struct BodyStart {
    index: usize,
    skip: usize,
}

impl BodyStart {
    fn rest<'a>(&self, line: &'a str) -> &'a str {
        line.get(self.skip..).unwrap_or("").trim_start()
    }
}

/// Read the headline, the date line and the furniture above the body.
fn read_head(
    lines: &[&str],
    title_given: bool,
    layout: &mut Layout,
    staff: &mut Staff,
) -> BodyStart {
    let mut seen = 0;
    for (i, &line) in lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        if seen == HEAD_LINES {
            return BodyStart { index: i, skip: 0 };
        }
        let (line, skip) = match boilerplate::strip_reading_time(line) {
            Some((badge, rest)) => {
                layout.removed.push(badge.to_string());
                if rest.is_empty() {
                    continue;
                }
                (rest, line.len() - rest.len())
            }
            None => (line, 0),
        };
        if let Some(furniture) = boilerplate::classify(line) {
            record(furniture, line, layout, staff);
            continue;
        }
        seen += 1;
        let want_title = !title_given && layout.title.is_none();
        if want_title {
            if let Some(title) = heading(line) {
                layout.title = Some(strip_site_name(title).to_string());
                continue;
            }
        }
        if layout.published.is_none() {
            if let Some((date, byline)) = date_line(line) {
                layout.published = Some(date);
                layout.byline = byline;
                continue;
            }
        }
        let more_follows = lines
            .get(i + 1..)
            .is_some_and(|r| r.iter().any(|l| !l.is_empty()));
        if want_title && more_follows {
            if let Some(title) = bold_line(line).or_else(|| plain_headline(line)) {
                layout.title = Some(strip_site_name(title).to_string());
                continue;
            }
        }
        return BodyStart { index: i, skip };
    }
    BodyStart {
        index: lines.len(),
        skip: 0,
    }
}

fn record(furniture: Furniture, line: &str, layout: &mut Layout, staff: &mut Staff) {
    match furniture {
        Furniture::Removed => layout.removed.push(line.to_string()),
        Furniture::Author(name) => {
            layout.removed.push(line.to_string());
            staff.author.get_or_insert(name);
        }
        Furniture::Editor(name) => {
            layout.removed.push(line.to_string());
            staff.editor.get_or_insert(name);
        }
        Furniture::Credit(code) => layout.credits.push(code),
    }
}

/// A headline without the site name a page title appends (`Judul | Kompas.com`,
/// `Judul - Tribunnews`).
fn strip_site_name(title: &str) -> &str {
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
        if let Some((head, site)) = title.rsplit_once(sep) {
            let site = site.trim();
            if head.split_whitespace().count() >= 3 && dateline::looks_like_outlet(site) {
                return head.trim_end();
            }
        }
    }
    title
}

/// A markdown heading (`# Judul`, `## **Judul**`), without its markup.
fn heading(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('#')?.trim_start_matches('#');
    let text = strip_emphasis(rest.trim().trim_end_matches('#').trim());
    (!text.is_empty()).then_some(text)
}

/// A line in bold (`**Judul**`, `__Judul__`), without its markup.
fn bold_line(line: &str) -> Option<&str> {
    let bold = (line.starts_with("**") && line.ends_with("**"))
        || (line.starts_with("__") && line.ends_with("__"));
    let text = strip_emphasis(line);
    (bold && line.len() > 4 && !text.is_empty()).then_some(text)
}

fn strip_emphasis(s: &str) -> &str {
    s.trim_matches(|c| c == '*' || c == '_').trim()
}

/// A plain first line that reads as a headline: short, one sentence, not closed by a
/// period or comma, not a dateline opening a body.
fn plain_headline(line: &str) -> Option<&str> {
    let words = line.split_whitespace().count();
    // A single letter is a drop cap split from its paragraph, not a headline.
    if line.len() > 250 || words > 18 || line.chars().count() < 4 {
        return None;
    }
    if line.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let last = line
        .trim_end_matches(['"', '\'', '\u{201D}', ')'])
        .chars()
        .next_back()?;
    let ellipsis = line.ends_with("...") || line.ends_with('\u{2026}');
    if matches!(last, '.' | ',' | ';' | ':') && !ellipsis {
        return None;
    }
    // Headlines are in title case or short; a sentence-case question or a long sentence
    // without its period is the lead paragraph.
    let long_words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalized = long_words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let title_case = capitalized * 2 >= long_words.len();
    let short = line.split_whitespace().count() <= 12 && !line.ends_with('?');
    if !title_case && !short {
        return None;
    }
    let spans = sentence_spans(line);
    let inner_period = spans
        .iter()
        .rev()
        .skip(1)
        .any(|s| line.get(s.clone()).is_some_and(|t| t.ends_with('.')));
    if inner_period || opens_with_dateline(line) {
        return None;
    }
    Some(line)
}

/// Whether `line` opens with an unmistakable dateline: one naming an outlet, or a place
/// in capitals before sentence-case text. `Gubernur Tinjau Banjir - Warga Mengungsi` and
/// an all-capitals headline with a dash are headlines.
fn opens_with_dateline(line: &str) -> bool {
    let Some((found, _)) = dateline::find(line) else {
        return false;
    };
    let first_word_caps = line
        .split_whitespace()
        .next()
        .is_some_and(|w| !w.chars().any(char::is_lowercase));
    let all_caps = !line.chars().any(char::is_lowercase);
    found.outlet.is_some() || (first_word_caps && !all_caps)
}

/// Compile a constant pattern (each is exercised by the tests).
fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant pattern compiles")
}

static LINK: LazyLock<Regex> = LazyLock::new(|| re(r"!?\[([^\]\n]*)\]\([^)\n]*\)"));

/// Markdown markup out of a body line: heading marks, block quotes, emphasis, links.
fn clean_markup(line: &str) -> String {
    let line = line
        .trim_start_matches('#')
        .trim_start_matches('>')
        .trim_start();
    let mut out = if line.contains("**") || line.contains("__") {
        line.replace("**", "").replace("__", "")
    } else {
        line.to_string()
    };
    if out.contains("](") {
        out = LINK
            .replace_all(&out, |c: &regex::Captures| {
                let whole = c.get(0).map_or("", |m| m.as_str());
                if whole.starts_with('!') {
                    String::new()
                } else {
                    c.get(1).map_or("", |m| m.as_str()).to_string()
                }
            })
            .into_owned();
    }
    out.trim().to_string()
}

/// Letters and digits only, lower case: how a repeated headline is recognized.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn drop_repeated_title(body: &mut Vec<Option<String>>, title: &str) {
    let want = fold(title);
    if want.is_empty() {
        return;
    }
    if let Some(i) = body.iter().position(Option::is_some) {
        if body[i].as_deref().is_some_and(|l| fold(l) == want) {
            body.remove(i);
        }
    }
}

fn take_dateline(body: &mut [Option<String>], layout: &mut Layout) {
    let Some(first) = body.iter_mut().find_map(Option::as_mut) else {
        return;
    };
    if let Some((found, end)) = dateline::find(first) {
        layout.dateline = Some(found);
        *first = first.get(end..).unwrap_or("").trim_start().to_string();
    }
}

fn take_credit_tail(body: &mut Vec<Option<String>>, layout: &mut Layout) {
    while let Some(Some(last)) = body.iter_mut().rev().find(|l| l.is_some()) {
        let Some((kept, code)) = boilerplate::strip_credit_tail(last) else {
            return;
        };
        let (kept, code) = (kept.to_string(), code.to_string());
        layout.credits.insert(0, code);
        *last = kept;
        if last.is_empty() {
            if let Some(i) = body.iter().rposition(Option::is_some) {
                body.remove(i);
            }
        }
    }
}

/// Whether a line ends a sentence or a paragraph: final punctuation, possibly followed by
/// closing quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '\u{201D}', ')', ']']);
    core.ends_with(['.', '!', '?', '\u{2026}', ':', ';'])
}

/// List items and quotes open a line of their own.
fn opens_block(line: &str) -> bool {
    line.starts_with(['-', '*', '\u{2022}', '\u{201C}', '"'])
        || line.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Join body lines into paragraphs separated by a blank line. A line that does not end a
/// sentence continues on the next when that starts in lower case (a scraper broke the
/// line mid-sentence), or, where the page separates paragraphs by blank lines, whenever
/// the next line is in the same block.
fn assemble(lines: &[Option<String>]) -> String {
    let first = lines
        .iter()
        .position(Option::is_some)
        .unwrap_or(lines.len());
    let last = lines.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
    let blank_separated = lines
        .get(first..last)
        .is_some_and(|l| l.iter().any(Option::is_none));
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines {
        match line {
            None => flush(&mut current, &mut paragraphs),
            Some(text) if text.is_empty() => {}
            Some(text) => {
                let join = !current.is_empty()
                    && !ends_sentence(&current)
                    && (text.starts_with(|c: char| c.is_lowercase())
                        || (blank_separated && !opens_block(text)));
                if !join {
                    flush(&mut current, &mut paragraphs);
                } else {
                    current.push(' ');
                }
                current.push_str(text);
            }
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    if !current.is_empty() {
        paragraphs.push(std::mem::take(current));
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
