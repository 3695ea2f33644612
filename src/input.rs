//! Reading raw articles: text files, directories, JSON lines, JSON files and stdin.
//!
//! [`open`] walks the paths lazily and yields one [`Input`] per article, in order. A JSON
//! lines file (or stdin) is read line by line, so an input of any size runs in bounded
//! memory. A bad input (missing path, binary or empty file, a JSON line that does not
//! parse) is an [`InputError`] naming where it came from; the walk goes on after it.
//! Recoverable oddities (invalid UTF-8 decoded lossily, a skipped binary file inside a
//! directory) are warnings on stderr.

use std::collections::VecDeque;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;
use warta_core::Input;

mod decode;
mod json;

use decode::{decode, Decoded};
use json::{from_value, JsonLines};

/// How `-` is shown in messages.
const STDIN_ORIGIN: &str = "<stdin>";

/// An input that could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Where: `path`, or `path:line` for a JSON line.
    pub origin: String,
    /// What is wrong, in a few words.
    pub reason: String,
}

impl InputError {
    fn new(origin: impl Into<String>, reason: impl Into<String>) -> Self {
        InputError {
            origin: origin.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

impl std::error::Error for InputError {}

/// Every article in `paths`, lazily and in order: files as given, directories recursively
/// in sorted order (hidden entries skipped), `-` for stdin.
pub fn open(paths: &[PathBuf]) -> Inputs {
    Inputs {
        queue: paths.iter().cloned().map(Pending::Given).collect(),
        current: None,
    }
}

/// Every article in `paths`, collected (small inputs and tests only: [`open`] streams).
#[allow(dead_code)]
pub fn read_all(paths: &[PathBuf]) -> (Vec<Input>, Vec<InputError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for item in open(paths) {
        match item {
            Ok(input) => inputs.push(input),
            Err(err) => errors.push(err),
        }
    }
    (inputs, errors)
}

/// The iterator returned by [`open`].
pub struct Inputs {
    queue: VecDeque<Pending>,
    current: Option<Stream>,
}

/// A path still to visit.
enum Pending {
    /// Named by the user: every problem is an error.
    Given(PathBuf),
    /// Found in a directory: a file that is neither an article nor text is skipped.
    Found(PathBuf),
}

/// An input yielding several articles, in progress.
enum Stream {
    Lines(JsonLines),
    Items(std::vec::IntoIter<Result<Input, InputError>>),
}

impl Iterator for Inputs {
    type Item = Result<Input, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(stream) = &mut self.current {
                let next = match stream {
                    Stream::Lines(lines) => lines.next(),
                    Stream::Items(items) => items.next(),
                };
                match next {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let pending = self.queue.pop_front()?;
            if let Some(item) = self.visit(pending) {
                return Some(item);
            }
        }
    }
}

impl Inputs {
    /// Start on one path: return its article or error, or set up a stream or queue
    /// directory entries and return `None`.
    fn visit(&mut self, pending: Pending) -> Option<Result<Input, InputError>> {
        let (path, given) = match pending {
            Pending::Given(p) => (p, true),
            Pending::Found(p) => (p, false),
        };
        if path.as_os_str() == "-" {
            return self.open_stdin();
        }
        let origin = path.display().to_string();
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Err(InputError::new(origin, io_reason(&e)))),
        };
        if meta.is_dir() {
            return match self.queue_dir(&path) {
                Ok(()) => None,
                Err(e) => Some(Err(InputError::new(origin, io_reason(&e)))),
            };
        }
        match Kind::of(&path) {
            Kind::JsonLines => match open_lines(&path) {
                Ok(Lines::Utf8(reader)) => self.start_lines(reader, origin.clone(), Some(origin)),
                // UTF-16 cannot be split at newline bytes: decode it whole first.
                Ok(Lines::Utf16) => self.start_json_file(&path, origin),
                Err(e) => Some(Err(InputError::new(origin, io_reason(&e)))),
            },
            Kind::Json => self.start_json_file(&path, origin),
            Kind::Text => Some(read_text_file(&path, origin)),
            Kind::Other if given => Some(read_text_file(&path, origin)),
            Kind::Other => match read_text_file(&path, origin) {
                Err(e) if e.reason == BINARY => {
                    eprintln!("warta: {}: skipped (binary file)", e.origin);
                    None
                }
                other => Some(other),
            },
        }
    }

    /// Queue a directory's entries in sorted order ahead of what follows it.
    fn queue_dir(&mut self, dir: &Path) -> io::Result<()> {
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            // A symlink to a directory could loop back on itself: do not follow it.
            let file_type = entry.file_type()?;
            if file_type.is_symlink() && entry.path().is_dir() {
                eprintln!(
                    "warta: {}: skipped (symbolic link to a directory)",
                    entry.path().display()
                );
                continue;
            }
            // A FIFO, socket or device inside a directory is not an article, and reading
            // one could block forever. (Named on the command line, a FIFO is read.)
            let path = entry.path();
            if !file_type.is_dir() && !fs::metadata(&path).is_ok_and(|m| m.is_file() || m.is_dir())
            {
                eprintln!("warta: {}: skipped (not a regular file)", path.display());
                continue;
            }
            entries.push(path);
        }
        entries.sort();
        for path in entries.into_iter().rev() {
            self.queue.push_front(Pending::Found(path));
        }
        Ok(())
    }

    fn start_lines(
        &mut self,
        reader: Box<dyn BufRead + Send>,
        origin: String,
        source: Option<String>,
    ) -> Option<Result<Input, InputError>> {
        self.current = Some(Stream::Lines(JsonLines::new(reader, origin, source)));
        None
    }

    /// A `.json` file: one object, an array of objects, or (as scrapers often name them)
    /// JSON lines.
    fn start_json_file(
        &mut self,
        path: &Path,
        origin: String,
    ) -> Option<Result<Input, InputError>> {
        let bytes = match fs::read(path) {
            Ok(b) => b,
            Err(e) => return Some(Err(InputError::new(origin, io_reason(&e)))),
        };
        let source = Some(origin.clone());
        self.start_json_bytes(&bytes, origin, source)
    }

    fn start_json_bytes(
        &mut self,
        bytes: &[u8],
        origin: String,
        source: Option<String>,
    ) -> Option<Result<Input, InputError>> {
        let text = match decode_checked(bytes, &origin) {
            Ok(t) => t,
            Err(e) => return Some(Err(e)),
        };
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Array(items)) => {
                let items: Vec<_> = items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| from_value(v, &format!("{origin}:[{i}]"), source.as_deref()))
                    .collect();
                self.current = Some(Stream::Items(items.into_iter()));
                None
            }
            Ok(value) => Some(from_value(value, &origin, source.as_deref())),
            // Not one JSON document: read it as JSON lines.
            Err(_) => {
                let reader = io::Cursor::new(text.into_owned().into_bytes());
                self.start_lines(Box::new(reader), origin, source)
            }
        }
    }

    /// `-`: JSON lines when the first line is a JSON object, one JSON document when the
    /// input starts with `{` or `[` and parses whole, else one raw article.
    fn open_stdin(&mut self) -> Option<Result<Input, InputError>> {
        let mut reader = BufReader::with_capacity(1 << 16, io::stdin());
        let mut head = Vec::new();
        // Read up to the first line with something on it.
        loop {
            let before = head.len();
            match reader.read_until(b'\n', &mut head) {
                Ok(0) => break,
                Ok(_) if head[before..].iter().all(u8::is_ascii_whitespace) => continue,
                Ok(_) => break,
                Err(e) => return Some(Err(InputError::new(STDIN_ORIGIN, io_reason(&e)))),
            }
        }
        let first = head.iter().position(|b| !b.is_ascii_whitespace());
        let first_char = first.map(|i| head[i]);
        let first_line = head
            .rsplit(|&b| b == b'\n')
            .find(|l| !l.trim_ascii().is_empty());
        let is_json_line = first_char == Some(b'{')
            && first_line
                .is_some_and(|l| matches!(serde_json::from_slice(l), Ok(Value::Object(_))));
        if is_json_line {
            let rest = io::Cursor::new(head).chain(reader);
            return self.start_lines(Box::new(BufReader::new(rest)), STDIN_ORIGIN.into(), None);
        }
        let mut bytes = head;
        if let Err(e) = reader.read_to_end(&mut bytes) {
            return Some(Err(InputError::new(STDIN_ORIGIN, io_reason(&e))));
        }
        if matches!(first_char, Some(b'{' | b'['))
            && serde_json::from_slice::<Value>(&bytes).is_ok()
        {
            return self.start_json_bytes(&bytes, STDIN_ORIGIN.into(), None);
        }
        Some(text_input(&bytes, STDIN_ORIGIN.into(), None))
    }
}

/// A JSON lines file opened for reading.
enum Lines {
    /// UTF-8 (the usual case), read line by line.
    Utf8(Box<dyn BufRead + Send>),
    /// UTF-16 with a byte-order mark.
    Utf16,
}

fn open_lines(path: &Path) -> io::Result<Lines> {
    let mut reader = BufReader::with_capacity(1 << 16, File::open(path)?);
    let head = reader.fill_buf()?;
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return Ok(Lines::Utf16);
    }
    Ok(Lines::Utf8(Box::new(reader)))
}

/// What a file holds, judged by its extension.
enum Kind {
    Text,
    JsonLines,
    Json,
    Other,
}

impl Kind {
    fn of(path: &Path) -> Kind {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "txt" | "md" | "text" | "markdown" => Kind::Text,
            "jsonl" | "ndjson" => Kind::JsonLines,
            "json" => Kind::Json,
            _ => Kind::Other,
        }
    }
}

/// The reason given for a binary file (also how a skipped file is recognized).
const BINARY: &str = "binary file";

fn read_text_file(path: &Path, origin: String) -> Result<Input, InputError> {
    let bytes = fs::read(path).map_err(|e| InputError::new(origin.clone(), io_reason(&e)))?;
    text_input(&bytes, origin.clone(), Some(origin))
}

/// One raw article from bytes.
fn text_input(bytes: &[u8], origin: String, source: Option<String>) -> Result<Input, InputError> {
    let text = decode_checked(bytes, &origin)?;
    if text.trim().is_empty() {
        return Err(InputError::new(origin, "empty"));
    }
    Ok(Input {
        source,
        text: text.into_owned(),
        ..Input::default()
    })
}

/// Decode bytes as text, refusing binary data and warning about invalid UTF-8.
fn decode_checked<'a>(
    bytes: &'a [u8],
    origin: &str,
) -> Result<std::borrow::Cow<'a, str>, InputError> {
    match decode(bytes) {
        Decoded::Text(text) => Ok(text),
        Decoded::Lossy(text, bad) => {
            eprintln!(
                "warta: {origin}: warning: invalid UTF-8 ({bad} bad byte sequence{}), decoded lossily",
                if bad == 1 { "" } else { "s" }
            );
            Ok(text)
        }
        Decoded::Binary => Err(InputError::new(origin, BINARY)),
    }
}

/// A short reason for an I/O error, without the OS error number.
fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::InvalidData => "invalid data".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_reasons_are_short() {
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(io_reason(&missing), "no such file or directory");
        let os = io::Error::from_raw_os_error(21);
        assert!(!io_reason(&os).contains("os error"), "{}", io_reason(&os));
    }
}
