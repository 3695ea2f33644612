//! JSON inputs: one article per JSON object, with the field names scrapers commonly use.

use std::io::BufRead;

use serde_json::{Map, Value};
use warta_core::Input;

use super::{decode_checked, io_reason, InputError};

/// Field names accepted in JSON inputs, in order of preference.
const ID_FIELDS: &[&str] = &["id"];
const URL_FIELDS: &[&str] = &["url", "link"];
const TITLE_FIELDS: &[&str] = &["title", "judul"];
const TEXT_FIELDS: &[&str] = &["text", "body", "content", "isi"];
const DATE_FIELDS: &[&str] = &["date", "published", "tanggal", "pubDate"];

/// A JSON lines reader: one article per line, read one line at a time.
pub(super) struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    origin: String,
    source: Option<String>,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl JsonLines {
    /// Articles of `reader`, named `origin:line` in messages and `source:line` in output.
    pub(super) fn new(
        reader: Box<dyn BufRead + Send>,
        origin: String,
        source: Option<String>,
    ) -> Self {
        JsonLines {
            reader,
            origin,
            source,
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }
}

impl Iterator for JsonLines {
    type Item = Result<Input, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            let origin = format!("{}:{}", self.origin, self.line);
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    let mut line: &[u8] = &self.buf;
                    if self.line == 1 {
                        line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
                    }
                    if line.trim_ascii().is_empty() {
                        continue;
                    }
                    let source = self.source.as_ref().map(|s| format!("{s}:{}", self.line));
                    return Some(parse_line(line, &origin, source.as_deref()));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(InputError::new(origin, io_reason(&e))));
                }
            }
        }
        None
    }
}

pub(super) fn parse_line(
    line: &[u8],
    origin: &str,
    source: Option<&str>,
) -> Result<Input, InputError> {
    let value: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) if e.is_syntax() && std::str::from_utf8(line).is_err() => {
            // Invalid UTF-8 inside a JSON line: decode it lossily and try again.
            let text = decode_checked(line, origin)?;
            serde_json::from_str(&text)
                .map_err(|e| InputError::new(origin, format!("not JSON: {e}")))?
        }
        Err(e) => return Err(InputError::new(origin, format!("not JSON: {e}"))),
    };
    from_value(value, origin, source)
}

/// One article from a JSON object with the usual scraper field names.
pub(super) fn from_value(
    value: Value,
    origin: &str,
    source: Option<&str>,
) -> Result<Input, InputError> {
    let Value::Object(object) = value else {
        return Err(InputError::new(origin, "not a JSON object"));
    };
    let text = field(&object, TEXT_FIELDS, origin)?.ok_or_else(|| {
        InputError::new(
            origin,
            "no text (expected a \"text\", \"body\", \"content\" or \"isi\" field)",
        )
    })?;
    if text.trim().is_empty() {
        return Err(InputError::new(origin, "empty text"));
    }
    let url = field(&object, URL_FIELDS, origin)?;
    Ok(Input {
        id: field(&object, ID_FIELDS, origin)?,
        source: url.or_else(|| source.map(str::to_string)),
        title: field(&object, TITLE_FIELDS, origin)?.filter(|t| !t.trim().is_empty()),
        text,
        published: field(&object, DATE_FIELDS, origin)?.filter(|d| !d.trim().is_empty()),
    })
}

/// The first of `names` present and not null, as a string. Numbers are accepted for ids
/// only (scrapers often number their articles); anywhere else a number is a wrong type.
fn field(
    object: &Map<String, Value>,
    names: &[&str],
    origin: &str,
) -> Result<Option<String>, InputError> {
    for name in names {
        match object.get(*name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(Value::Number(n)) if names == ID_FIELDS => return Ok(Some(n.to_string())),
            Some(other) => {
                let kind = match other {
                    Value::Bool(_) => "a boolean",
                    Value::Number(_) => "a number",
                    Value::Array(_) => "an array",
                    _ => "an object",
                };
                return Err(InputError::new(
                    origin,
                    format!("field \"{name}\" is {kind}, not a string"),
                ));
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Input, InputError> {
        parse_line(line.as_bytes(), "f.jsonl:1", Some("f.jsonl:1"))
    }

    #[test]
    fn field_name_variants() {
        let cases = [
            (
                r#"{"id":"a","url":"u","title":"T","text":"x","date":"d"}"#,
                ("a", "u", "T", "x", "d"),
            ),
            (
                r#"{"id":7,"link":"u","judul":"T","body":"x","published":"d"}"#,
                ("7", "u", "T", "x", "d"),
            ),
            (
                r#"{"id":"c","content":"x","tanggal":"d"}"#,
                ("c", "f.jsonl:1", "", "x", "d"),
            ),
            (
                r#"{"id":"d","isi":"x","pubDate":"d","title":null}"#,
                ("d", "f.jsonl:1", "", "x", "d"),
            ),
            // The first name present wins.
            (
                r#"{"id":"e","text":"x","body":"y","title":" "}"#,
                ("e", "f.jsonl:1", "", "x", ""),
            ),
        ];
        for (line, (id, source, title, text, date)) in cases {
            let input = parse(line).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(input.id.as_deref(), Some(id), "{line}");
            assert_eq!(input.source.as_deref(), Some(source), "{line}");
            assert_eq!(input.title.as_deref().unwrap_or(""), title, "{line}");
            assert_eq!(input.text, text, "{line}");
            assert_eq!(input.published.as_deref().unwrap_or(""), date, "{line}");
        }
    }

    #[test]
    fn bad_lines_say_why() {
        let cases = [
            ("{\"id\": broken", "not JSON"),
            ("[1, 2]", "not a JSON object"),
            ("\"text\"", "not a JSON object"),
            (r#"{"title":"T"}"#, "no text"),
            (r#"{"text":"  \n "}"#, "empty text"),
            (r#"{"text":42}"#, "field \"text\" is a number"),
            (
                r#"{"text":"x","judul":["a"]}"#,
                "field \"judul\" is an array",
            ),
            (r#"{"text":"x","date":true}"#, "field \"date\" is a boolean"),
        ];
        for (line, want) in cases {
            let err = parse(line).expect_err(line);
            assert_eq!(err.origin, "f.jsonl:1");
            assert!(err.reason.starts_with(want), "{line}: {}", err.reason);
            assert!(err.to_string().starts_with("f.jsonl:1: "), "{err}");
        }
    }
}
