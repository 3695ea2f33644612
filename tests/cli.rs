//! End-to-end tests of `warta extract` as a real process: every input kind, every bad
//! input, exit codes, output formats, order under parallelism and closed pipes.

use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const ARTICLE: &str = "Gubernur Resmikan Kantor Baru\n\nPONTIANAK - Gubernur Kalbar meresmikan \
kantor baru pada Senin (20/01/2020). Kegiatan dihadiri kepala dinas.\n";

fn warta(args: &[&str], dir: &Path) -> Output {
    warta_with_stdin(args, dir, None)
}

fn warta_with_stdin(args: &[&str], dir: &Path, stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run warta");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(bytes).expect("write stdin");
    }
    child.wait_with_output().expect("wait for warta")
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn text_file_is_one_article() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let out = warta(&["extract", "a.txt"], dir.path());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["schema"], "warta.article/1");
    assert_eq!(got[0]["source"], "a.txt");
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn directory_is_read_recursively_in_order_skipping_hidden_and_binary() {
    let dir = temp();
    let root = dir.path().join("d");
    fs::create_dir_all(root.join("b_sub")).unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(root.join("c.md"), ARTICLE).unwrap();
    fs::write(root.join("a.txt"), ARTICLE).unwrap();
    fs::write(root.join("b_sub/x.txt"), ARTICLE).unwrap();
    fs::write(root.join(".hidden.txt"), ARTICLE).unwrap();
    fs::write(root.join(".git/HEAD.txt"), ARTICLE).unwrap();
    fs::write(root.join("logo.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let out = warta(&["extract", "d"], dir.path());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sources: Vec<String> = lines(&out)
        .iter()
        .map(|a| a["source"].as_str().unwrap().replace('\\', "/"))
        .collect();
    assert_eq!(sources, ["d/a.txt", "d/b_sub/x.txt", "d/c.md"]);
    assert!(
        stderr(&out).contains("logo.png: skipped (binary file)"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn fifo_inside_a_directory_is_skipped_not_waited_on() {
    let dir = temp();
    let root = dir.path().join("d");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("a.txt"), ARTICLE).unwrap();
    let made = Command::new("mkfifo").arg(root.join("pipe")).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here: nothing to test
    }
    let out = warta(&["extract", "d"], dir.path());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 1);
    assert!(
        stderr(&out).contains("pipe: skipped (not a regular file)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn json_lines_accept_every_field_name_variant() {
    let dir = temp();
    let rows = [
        r#"{"id": "a1", "url": "https://x.test/1", "title": "Judul Satu", "text": "Isi satu.", "date": "2021-03-31"}"#,
        r#"{"id": 42, "link": "https://x.test/2", "judul": "Judul Dua", "body": "Isi dua.", "published": "2021-04-01"}"#,
        r#"{"id": "a3", "content": "Isi tiga.", "tanggal": "2021-04-02"}"#,
        r#"{"id": "a4", "isi": "Isi empat.", "pubDate": "2021-04-03"}"#,
    ];
    fs::write(dir.path().join("b.jsonl"), rows.join("\n")).unwrap();
    fs::write(dir.path().join("c.ndjson"), rows[0]).unwrap();
    let out = warta(&["extract", "b.jsonl", "c.ndjson"], dir.path());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got = lines(&out);
    let ids: Vec<&str> = got.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a1", "42", "a3", "a4", "a1"]);
    assert_eq!(got[0]["source"], "https://x.test/1");
    assert_eq!(got[1]["source"], "https://x.test/2");
    assert_eq!(got[0]["title"], "Judul Satu");
    assert_eq!(got[1]["title"], "Judul Dua");
    // With the title given apart, the text is the body only.
    assert_eq!(got[0]["text"], "Isi satu.");
    assert_eq!(got[1]["text"], "Isi dua.");
    assert_eq!(got[2]["text"], "Isi tiga.");
    assert_eq!(got[3]["text"], "Isi empat.");
}

#[test]
fn json_file_holds_one_object_or_an_array() {
    let dir = temp();
    fs::write(
        dir.path().join("one.json"),
        r#"{"id": "o", "text": "Satu."}"#,
    )
    .unwrap();
    fs::write(
        dir.path().join("many.json"),
        r#"[{"id": "m1", "text": "Satu."}, {"id": "m2", "isi": "Dua."}]"#,
    )
    .unwrap();
    let out = warta(&["extract", "one.json", "many.json"], dir.path());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let ids: Vec<String> = lines(&out)
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["o", "m1", "m2"]);
}

#[test]
fn stdin_raw_article() {
    let dir = temp();
    let out = warta_with_stdin(&["extract", "-"], dir.path(), Some(ARTICLE.as_bytes()));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["source"], Value::Null);
    assert!(got[0]["text"].as_str().unwrap().contains("Kalbar"));
}

#[test]
fn stdin_raw_article_starting_with_a_brace() {
    let dir = temp();
    let text = "{Rilis} Bupati meresmikan pasar.\nWarga menyambut baik.\n";
    let out = warta_with_stdin(&["extract", "-"], dir.path(), Some(text.as_bytes()));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn stdin_json_lines() {
    let dir = temp();
    let text = "\n{\"id\": \"s1\", \"text\": \"Satu.\"}\n{\"id\": \"s2\", \"body\": \"Dua.\"}\n";
    let out = warta_with_stdin(&["extract", "-"], dir.path(), Some(text.as_bytes()));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let ids: Vec<String> = lines(&out)
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["s1", "s2"]);
}

#[test]
fn every_bad_input_is_reported_and_the_rest_is_done() {
    let dir = temp();
    let p = dir.path();
    fs::write(p.join("good.txt"), ARTICLE).unwrap();
    fs::write(
        p.join("latin1.txt"),
        b"Bupati meresmikan jembatan di Pal\xe9mbang hari ini.",
    )
    .unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "Wali kota meresmikan taman."
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    fs::write(p.join("utf16.txt"), utf16).unwrap();
    fs::write(p.join("nul.txt"), b"Gubernur\0\0\0hadir").unwrap();
    fs::write(
        p.join("binary.txt"),
        [1u8, 2, 3, 4, 5, 6, 0x80, 0x81, 0xfe, 7, 8],
    )
    .unwrap();
    fs::write(p.join("empty.txt"), b"").unwrap();
    fs::write(p.join("blank.txt"), b"  \n\t\r\n ").unwrap();
    fs::write(
        p.join("batch.jsonl"),
        "{\"id\": \"ok1\", \"text\": \"Satu.\"}\n{\"id\": broken\n{\"id\": \"notext\", \"title\": \"T\"}\n[1, 2]\n{\"id\": \"ok2\", \"text\": \"Dua.\"}\n",
    )
    .unwrap();
    let args = [
        "extract",
        "good.txt",
        "latin1.txt",
        "utf16.txt",
        "nul.txt",
        "binary.txt",
        "empty.txt",
        "blank.txt",
        "batch.jsonl",
        "missing.txt",
    ];
    let out = warta(&args, p);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    let got = lines(&out);
    let sources: Vec<&str> = got.iter().map(|a| a["source"].as_str().unwrap()).collect();
    assert_eq!(
        sources,
        [
            "good.txt",
            "latin1.txt",
            "utf16.txt",
            "batch.jsonl:1",
            "batch.jsonl:5"
        ]
    );
    assert!(got[1]["text"]
        .as_str()
        .unwrap()
        .contains("Pal\u{FFFD}mbang"));
    assert_eq!(got[2]["text"], "Wali kota meresmikan taman.");
    for want in [
        "latin1.txt: warning: invalid UTF-8",
        "nul.txt: binary file",
        "binary.txt: binary file",
        "empty.txt: empty",
        "blank.txt: empty",
        "batch.jsonl:2: not JSON",
        "batch.jsonl:3: no text",
        "batch.jsonl:4: not a JSON object",
        "missing.txt: no such file or directory",
        "warta: 8 of 13 inputs failed",
    ] {
        assert!(err.contains(want), "stderr lacks {want:?}:\n{err}");
    }
}

#[test]
fn json_lines_in_utf16_or_with_invalid_utf8_are_read() {
    let dir = temp();
    let rows = "{\"id\": \"u1\", \"text\": \"Satu.\"}\n{\"id\": \"u2\", \"text\": \"Dua.\"}\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(rows.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(dir.path().join("u16.jsonl"), utf16).unwrap();
    fs::write(
        dir.path().join("latin1.jsonl"),
        b"{\"id\": \"l1\", \"text\": \"Pal\xe9mbang.\"}\n",
    )
    .unwrap();
    let out = warta(&["extract", "u16.jsonl", "latin1.jsonl"], dir.path());
    let err = stderr(&out);
    assert_eq!(code(&out), 0, "{err}");
    let ids: Vec<String> = lines(&out)
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["u1", "u2", "l1"]);
    assert!(
        err.contains("latin1.jsonl:1: warning: invalid UTF-8"),
        "{err}"
    );
}

#[test]
fn wrong_field_types_are_reported() {
    let dir = temp();
    fs::write(
        dir.path().join("t.jsonl"),
        "{\"text\": 5}\n{\"text\": [\"a\"]}\n{\"text\": \"   \"}\n{\"text\": \"ok\", \"title\": {\"a\": 1}}\n{\"id\": 7, \"text\": \"ok\"}\n",
    )
    .unwrap();
    let out = warta(&["extract", "t.jsonl"], dir.path());
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    // Only ids may be numbers.
    let ids: Vec<Value> = lines(&out).iter().map(|a| a["id"].clone()).collect();
    assert_eq!(ids, [Value::from("7")]);
    assert!(
        err.contains("t.jsonl:1: field \"text\" is a number"),
        "{err}"
    );
    assert!(
        err.contains("t.jsonl:2: field \"text\" is an array"),
        "{err}"
    );
    assert!(err.contains("t.jsonl:3: empty text"), "{err}");
    assert!(
        err.contains("t.jsonl:4: field \"title\" is an object"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = temp();
    assert_eq!(code(&warta(&["extract"], dir.path())), 2);
    assert_eq!(code(&warta(&["extract", "--bogus", "x"], dir.path())), 2);
    assert_eq!(
        code(&warta(&["extract", "--format", "xml", "x"], dir.path())),
        2
    );
    assert_eq!(
        code(&warta(
            &["extract", "--reference-date", "20-01-2020", "x"],
            dir.path()
        )),
        2
    );
}

#[test]
fn only_missing_inputs_exit_1() {
    let dir = temp();
    let out = warta(&["extract", "nope.txt"], dir.path());
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("nope.txt: no such file or directory"));
    assert!(stderr(&out).contains("1 of 1 inputs failed"));
}

#[test]
fn json_format_is_one_array() {
    let dir = temp();
    for n in 0..3 {
        fs::write(dir.path().join(format!("{n}.txt")), ARTICLE).unwrap();
    }
    let out = warta(
        &["extract", "--format", "json", "0.txt", "1.txt", "2.txt"],
        dir.path(),
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let all: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(all.as_array().map(Vec::len), Some(3));

    let out = warta(&["extract", "--format", "json", "missing.txt"], dir.path());
    let none: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(none, Value::Array(vec![]));
}

#[test]
fn pretty_format_is_a_stream_of_documents() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let out = warta(
        &["extract", "--format", "pretty", "a.txt", "a.txt"],
        dir.path(),
    );
    assert_eq!(code(&out), 0);
    let docs: Vec<Value> = serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("JSON documents");
    assert_eq!(docs.len(), 2);
    assert!(out.stdout.windows(3).any(|w| w == b"\n  "), "indented");
}

#[test]
fn order_is_kept_with_two_threads() {
    let dir = temp();
    let mut paths = Vec::new();
    for n in 0..50 {
        let name = format!("f{n:02}.txt");
        // Uneven sizes so that workers finish out of order.
        let body = ARTICLE.repeat(1 + (n * 7) % 13);
        fs::write(dir.path().join(&name), body).unwrap();
        paths.push(name);
    }
    let mut rows = String::new();
    for n in 0..50 {
        rows.push_str(&format!(
            "{{\"id\": \"r{n}\", \"text\": \"{}\"}}\n",
            "Bupati hadir. ".repeat(1 + n % 9)
        ));
    }
    fs::write(dir.path().join("rows.jsonl"), rows).unwrap();
    let mut args = vec!["extract", "-j", "2"];
    args.extend(paths.iter().map(String::as_str));
    args.push("rows.jsonl");
    let out = warta(&args, dir.path());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got: Vec<String> = lines(&out)
        .iter()
        .map(|a| a["source"].as_str().map(str::to_string).unwrap_or_default())
        .collect();
    let mut want = paths.clone();
    want.extend((1..=50).map(|n| format!("rows.jsonl:{n}")));
    assert_eq!(got, want);
}

#[test]
fn closed_pipe_exits_quietly() {
    let dir = temp();
    let mut rows = String::new();
    for n in 0..20_000 {
        rows.push_str(&format!(
            "{{\"id\": \"{n}\", \"text\": \"Gubernur hadir Senin (20/01/2020).\"}}\n"
        ));
    }
    fs::write(dir.path().join("many.jsonl"), rows).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(["extract", "many.jsonl"])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, as `head -1` does, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = Vec::new();
    let mut byte = [0u8; 1];
    while stdout.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {
        first.push(byte[0]);
    }
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    serde_json::from_slice::<Value>(&first).expect("first line is JSON");
    assert_eq!(code(&out), 0);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}
