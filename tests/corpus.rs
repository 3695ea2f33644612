//! Snapshot test of the bundled corpus: every article of `corpus/articles/` is extracted by
//! the real binary and its whole Article JSON compared with `corpus/expected/<name>.json`.
//!
//! After an intended change of the output, rewrite the expected files with
//! `WARTA_BLESS=1 cargo test --test corpus` and review the diff before committing.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Year-less and relative dates in articles without a publication date resolve against
/// this day, so that the snapshots do not change with the calendar.
const REFERENCE_DATE: &str = "2025-06-30";

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Every extracted article by its snapshot name: the file stem of a text article, or
/// `batch-NN` for the NN-th article of the JSON lines files.
fn extract_corpus() -> BTreeMap<String, Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args([
            "extract",
            "--format",
            "jsonl",
            "--reference-date",
            REFERENCE_DATE,
            "articles",
        ])
        .current_dir(corpus_dir())
        .output()
        .expect("run warta");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "warta extract failed:\n{stderr}");
    assert!(stderr.is_empty(), "warnings on the corpus:\n{stderr}");
    let mut articles = BTreeMap::new();
    let mut batch = 0;
    for line in String::from_utf8(out.stdout).expect("UTF-8").lines() {
        let article: Value = serde_json::from_str(line).expect("JSON line");
        let source = article["source"]
            .as_str()
            .unwrap_or_default()
            .replace('\\', "/");
        let name = match source.strip_suffix(".txt") {
            Some(path) => path.rsplit('/').next().unwrap_or(path).to_string(),
            None => {
                batch += 1;
                format!("batch-{batch:02}")
            }
        };
        assert!(
            articles.insert(name.clone(), article).is_none(),
            "two articles named {name}"
        );
    }
    articles
}

/// The first path at which two JSON values differ, for a readable failure.
fn first_difference(path: &str, want: &Value, got: &Value) -> Option<String> {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            let keys: std::collections::BTreeSet<_> = w.keys().chain(g.keys()).collect();
            keys.into_iter().find_map(|k| {
                let (wv, gv) = (
                    w.get(k).unwrap_or(&Value::Null),
                    g.get(k).unwrap_or(&Value::Null),
                );
                first_difference(&format!("{path}.{k}"), wv, gv)
            })
        }
        (Value::Array(w), Value::Array(g)) if w.len() == g.len() => w
            .iter()
            .zip(g)
            .enumerate()
            .find_map(|(i, (wv, gv))| first_difference(&format!("{path}[{i}]"), wv, gv)),
        _ if want == got => None,
        _ => Some(format!("{path}: expected {want}, got {got}")),
    }
}

#[test]
fn corpus_matches_expected_articles() {
    let articles = extract_corpus();
    assert!(
        articles.len() >= 30,
        "only {} corpus articles",
        articles.len()
    );
    let expected_dir = corpus_dir().join("expected");
    if std::env::var_os("WARTA_BLESS").is_some_and(|v| v == "1") {
        fs::create_dir_all(&expected_dir).expect("create corpus/expected");
        for entry in fs::read_dir(&expected_dir).expect("read corpus/expected") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "json") {
                fs::remove_file(&path).expect("remove a stale snapshot");
            }
        }
        for (name, article) in &articles {
            let mut text = serde_json::to_string_pretty(article).expect("serialize");
            text.push('\n');
            fs::write(expected_dir.join(format!("{name}.json")), text).expect("write snapshot");
        }
        return;
    }
    let mut failures = Vec::new();
    for (name, article) in &articles {
        let path = expected_dir.join(format!("{name}.json"));
        let Ok(text) = fs::read_to_string(&path) else {
            failures.push(format!("{name}: no {}", path.display()));
            continue;
        };
        let want: Value = serde_json::from_str(&text).expect("expected file is JSON");
        if let Some(diff) = first_difference(name, &want, article) {
            failures.push(diff);
        }
    }
    for entry in fs::read_dir(&expected_dir).expect("read corpus/expected") {
        let path = entry.expect("entry").path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if !articles.contains_key(stem) {
            failures.push(format!("{}: no such corpus article", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} corpus article(s) differ from corpus/expected (rerun with WARTA_BLESS=1 to \
         accept the new output, then review the diff):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_corpus_article_has_gold() {
    let articles = extract_corpus();
    let gold_dir = corpus_dir().join("gold");
    for name in articles.keys() {
        let path = gold_dir.join(format!("{name}.json"));
        let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("no {}", path.display()));
        let gold: Value = serde_json::from_str(&text).expect("gold is JSON");
        for field in [
            "title",
            "people",
            "organizations",
            "places",
            "dates",
            "quotes",
        ] {
            assert!(gold.get(field).is_some(), "{name}: gold lacks {field}");
        }
    }
}
