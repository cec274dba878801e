//! Real `cargo build`s of a copy of this crate with an edited codes.toml: a broken table must
//! fail, naming the entry and the problem; texts with line breaks, quotes, backslashes and
//! braces must build. The copies share one target directory under `target/tmp`, offline,
//! with the dependencies the main build already fetched.
//!
//! They take a minute or two, so `cargo test` skips them (`#[ignore]`); CI runs them with
//! `cargo test --test broken_build -- --ignored`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the copy needs to build: the manifest's declared targets must exist too.
const PARTS: &[&str] = &[
    "Cargo.toml",
    "Cargo.lock",
    "build.rs",
    "build",
    "generated",
    "src",
    "codes.toml",
    "README.md",
    "benches",
    "examples",
    "tests",
];

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(from, to).unwrap();
    }
}

/// Builds a copy of the crate whose codes.toml is `edit`ed; returns success and stderr.
fn build_copy(name: &str, edit: impl Fn(&str) -> String) -> (bool, String) {
    // One copy at a time: both build into the same target directory.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("edited-builds");
    let crate_copy = work.join(name);
    let _ = fs::remove_dir_all(&crate_copy);
    for part in PARTS {
        // The published package has no benches/: its manifest no longer names them either.
        if root.join(part).exists() {
            copy(&root.join(part), &crate_copy.join(part));
        }
    }
    let codes = fs::read_to_string(root.join("codes.toml")).unwrap();
    let edited = edit(&codes);
    assert_ne!(edited, codes, "the test's edit must apply");
    fs::write(crate_copy.join("codes.toml"), edited).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["build", "--offline", "--lib", "--quiet"])
        .current_dir(&crate_copy)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Issue 7, item 3: every string the generator emits is escaped.
#[test]
#[ignore = "a real cargo build; CI runs it with --ignored"]
fn texts_with_line_breaks_quotes_backslashes_and_braces_build() {
    let (built, stderr) = build_copy("escaped", |codes| {
        codes.replacen(
            "description = \"Single-device login is on",
            "description = \"Line one\\nline two \\\"quoted\\\" back\\\\slash {braces} {0} */ Single-device login is on",
            1,
        )
    });
    assert!(
        built,
        "the copy with escaped texts failed to build:\n{stderr}"
    );
}

#[test]
#[ignore = "a real cargo build; CI runs it with --ignored"]
fn cargo_build_fails_naming_the_broken_entry() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let codes = fs::read_to_string(root.join("codes.toml")).unwrap();
    let (built, stderr) = build_copy("broken", |codes| {
        codes.replacen(
            "session_closed = \"stay_offline\"",
            "session_closed = \"give_up\"",
            1,
        )
    });
    assert!(!built, "the broken copy built:\n{stderr}");
    // The entry is named by the line of its `[[code]]` header, its code and its name.
    let broken_line = codes
        .lines()
        .position(|l| l == "session_closed = \"stay_offline\"")
        .unwrap();
    let header_line = codes
        .lines()
        .take(broken_line)
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| *l == "[[code]]")
        .unwrap()
        + 1;
    let entry = codes.lines().take(broken_line).collect::<Vec<_>>();
    let code = entry
        .iter()
        .rev()
        .find_map(|l| l.strip_prefix("code = "))
        .unwrap();
    let name = entry
        .iter()
        .rev()
        .find_map(|l| l.strip_prefix("name = "))
        .unwrap()
        .trim_matches('"');
    let expected = format!(
        "error: codes.toml:{header_line}: entry {code} {name}: unknown session_closed `give_up`; expected one of reconnect, reopen_session, stay_offline, stop, never"
    );
    assert!(
        stderr.contains(&expected),
        "cargo's output lacks {expected:?}:\n{stderr}"
    );
    assert!(stderr.contains("codes.toml has 1 problem(s)"), "{stderr}");
}
