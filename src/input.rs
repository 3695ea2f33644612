//! Reading raw articles: files, directories, JSON lines and stdin. (Minimal version.)

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use warta_core::Input;

/// Every article in `paths`, in order. (Minimal: reads each input whole.)
pub fn read_all(paths: &[PathBuf]) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            out.push(Input::from_text(text));
        } else if path.is_dir() {
            let mut files: Vec<PathBuf> = fs::read_dir(path)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            files.sort();
            out.extend(read_all(&files)?);
        } else {
            out.extend(read_file(path)?);
        }
    }
    Ok(out)
}

fn read_file(path: &Path) -> Result<Vec<Input>> {
    let bytes = fs::read(path).with_context(|| format!("{}", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let source = Some(path.display().to_string());
    if path.extension().is_some_and(|e| e == "jsonl") {
        let mut out = Vec::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let field = |names: &[&str]| {
                names
                    .iter()
                    .find_map(|n| v.get(*n).and_then(|x| x.as_str()).map(str::to_string))
            };
            out.push(Input {
                id: field(&["id"]),
                source: field(&["url", "link"]).or(source.clone()),
                title: field(&["title", "judul"]),
                text: field(&["text", "body", "content", "isi"]).unwrap_or_default(),
                published: field(&["date", "published", "tanggal"]),
            });
        }
        return Ok(out);
    }
    Ok(vec![Input {
        source,
        text: text.into_owned(),
        ..Input::default()
    }])
}
