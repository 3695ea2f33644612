//! Running the real `warta` binary with a deadline, and checking the Article JSON it prints.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

/// What one run of `warta` gave.
pub struct Run {
    /// `None` when the process was killed at the deadline or by a signal.
    pub code: Option<i32>,
    /// The exit status as reported by the OS.
    pub status: Option<ExitStatus>,
    /// Standard output, decoded lossily.
    pub stdout: String,
    /// Standard error, decoded lossily.
    pub stderr: String,
    /// Wall time until exit (or until the kill).
    pub elapsed: Duration,
    /// Whether the deadline was reached.
    pub timed_out: bool,
    /// Peak resident memory (VmHWM) in kB, sampled while it ran; 0 where /proc is absent.
    pub peak_rss_kb: u64,
}

impl Run {
    /// A short description for assertion messages.
    pub fn describe(&self) -> String {
        let cut = |s: &str| -> String { s.chars().take(2000).collect() };
        format!(
            "exit {:?} after {:?}, peak RSS {} kB{}\n--- stderr ---\n{}\n--- stdout (start) ---\n{}",
            self.code,
            self.elapsed,
            self.peak_rss_kb,
            if self.timed_out { " (TIMED OUT)" } else { "" },
            cut(&self.stderr),
            cut(&self.stdout)
        )
    }

    /// The JSON lines of stdout; a line that is not JSON fails the test.
    pub fn articles(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                serde_json::from_str(l)
                    .unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {l:.200}"))
            })
            .collect()
    }

    /// No panic message, no signal, no deadline.
    pub fn assert_clean_exit(&self) {
        assert!(!self.timed_out, "deadline reached: {}", self.describe());
        assert!(
            self.code.is_some(),
            "killed by a signal: {}",
            self.describe()
        );
        assert!(
            !self.stderr.contains("panicked"),
            "panicked: {}",
            self.describe()
        );
    }
}

/// The binary under test.
pub fn warta() -> &'static str {
    env!("CARGO_BIN_EXE_warta")
}

/// Run `warta args...`, feeding `stdin`, killing it at `deadline`.
pub fn run(args: &[&str], stdin: Option<Vec<u8>>, deadline: Duration) -> Run {
    let mut cmd = Command::new(warta());
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("RUST_BACKTRACE", "0");
    run_command(cmd, stdin, deadline)
}

/// Run a prepared command with the same deadline handling as [`run`].
pub fn run_command(mut cmd: Command, stdin: Option<Vec<u8>>, deadline: Duration) -> Run {
    let start = Instant::now();
    let mut child = cmd.spawn().expect("spawn warta");
    let feeder = stdin.and_then(|bytes| {
        child.stdin.take().map(|mut pipe| {
            thread::spawn(move || {
                // A reader that stops early closes the pipe; that is its business.
                let _ = pipe.write_all(&bytes);
            })
        })
    });
    let mut out_pipe = child.stdout.take().expect("stdout pipe");
    let mut err_pipe = child.stderr.take().expect("stderr pipe");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let mut timed_out = false;
    let mut peak_rss_kb = 0;
    let status_file = format!("/proc/{}/status", child.id());
    let status = loop {
        peak_rss_kb = peak_rss_kb.max(vm_hwm_kb(&status_file));
        match child.try_wait().expect("wait for warta") {
            Some(status) => break Some(status),
            None if start.elapsed() > deadline => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            None => thread::sleep(Duration::from_millis(5)),
        }
    };
    let elapsed = start.elapsed();
    if let Some(f) = feeder {
        let _ = f.join();
    }
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Run {
        code: status.and_then(|s| s.code()),
        status,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        elapsed,
        timed_out,
        peak_rss_kb,
    }
}

fn vm_hwm_kb(status_file: &str) -> u64 {
    let status = std::fs::read_to_string(status_file).unwrap_or_default();
    let line = status.lines().find(|l| l.starts_with("VmHWM:"));
    line.and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse().ok())
        .unwrap_or(0)
}

/// Check every span of one Article JSON: `start <= end <= text.len()`, both on char
/// boundaries, and each mention list in order.
pub fn assert_spans_valid(article: &Value) {
    let text = article["text"]
        .as_str()
        .unwrap_or_else(|| panic!("article without text: {article:.300}"));
    for list in ["dates", "laws", "quotes"] {
        for item in article[list].as_array().into_iter().flatten() {
            check_span(text, item, list);
        }
    }
    for list in ["people", "organizations", "places", "agreements"] {
        for item in article[list].as_array().into_iter().flatten() {
            let mentions = item["mentions"].as_array().cloned().unwrap_or_default();
            let mut previous = None;
            for m in &mentions {
                let span = check_span(text, m, list);
                if let Some(p) = previous {
                    assert!(p <= span, "{list} mentions out of order: {item}");
                }
                previous = Some(span);
            }
        }
    }
}

fn check_span(text: &str, item: &Value, what: &str) -> (usize, usize) {
    let get = |k: &str| -> usize {
        item[k]
            .as_u64()
            .unwrap_or_else(|| panic!("{what}: no {k} in {item}")) as usize
    };
    let (start, end) = (get("start"), get("end"));
    assert!(start <= end, "{what}: start > end in {item}");
    assert!(
        end <= text.len(),
        "{what}: end past text ({}) in {item}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: span not on char boundaries in {item}"
    );
    (start, end)
}

/// Whether `stderr` names `path` (full path or file name) on a line that says more than
/// the path itself, i.e. gives a reason.
pub fn names_input_with_reason(stderr: &str, path: &Path) -> bool {
    let full = path.display().to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    stderr.lines().any(|line| {
        let hit = if line.contains(&full) {
            Some(full.len())
        } else if !name.is_empty() && line.contains(&name) {
            Some(name.len())
        } else {
            None
        };
        hit.is_some_and(|n| line.trim().len() > n + 3)
    })
}
