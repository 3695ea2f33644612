//! Writing a stream of serialized articles in the `extract` formats.

use std::io::{self, Write};

use serde::Serialize;

use crate::cli::ExtractFormat;

/// Serialize one article (or any record) for `format`; done on the workers.
pub fn serialize<T: Serialize>(value: &T, format: ExtractFormat) -> serde_json::Result<Vec<u8>> {
    match format {
        ExtractFormat::Pretty => serde_json::to_vec_pretty(value),
        ExtractFormat::Json | ExtractFormat::Jsonl => serde_json::to_vec(value),
    }
}

/// Writes serialized records one after another: one per line (`jsonl`), indented and
/// separated by a newline (`pretty`), or as one JSON array written as it goes (`json`).
pub struct RecordWriter<W: Write> {
    out: W,
    format: ExtractFormat,
    count: usize,
}

impl<W: Write> RecordWriter<W> {
    /// A writer on `out`.
    pub fn new(out: W, format: ExtractFormat) -> Self {
        RecordWriter {
            out,
            format,
            count: 0,
        }
    }

    /// Write one record produced by [`serialize`].
    pub fn write(&mut self, record: &[u8]) -> io::Result<()> {
        if self.format == ExtractFormat::Json {
            self.out
                .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
        }
        self.out.write_all(record)?;
        if self.format != ExtractFormat::Json {
            self.out.write_all(b"\n")?;
        }
        self.count += 1;
        Ok(())
    }

    /// Close the array (`json`) and flush.
    pub fn finish(mut self) -> io::Result<usize> {
        if self.format == ExtractFormat::Json {
            self.out
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(format: ExtractFormat, records: &[&str]) -> String {
        let mut buf = Vec::new();
        let mut w2 = RecordWriter::new(&mut buf, format);
        for r in records {
            w2.write(r.as_bytes()).unwrap();
        }
        w2.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn formats() {
        let cases = [
            (ExtractFormat::Json, vec![], "[]\n"),
            (ExtractFormat::Json, vec!["{}"], "[\n{}\n]\n"),
            (ExtractFormat::Json, vec!["{}", "{}"], "[\n{},\n{}\n]\n"),
            (ExtractFormat::Jsonl, vec!["{}", "{}"], "{}\n{}\n"),
            (ExtractFormat::Pretty, vec!["{\n}"], "{\n}\n"),
        ];
        for (format, records, want) in cases {
            assert_eq!(written(format, &records), want);
        }
    }
}
