//! Real `cargo build`s of a copy of this crate with an edited codes.toml or generated file: a
//! broken table must fail, naming the entry and the problem; texts with line breaks, quotes,
//! backslashes and braces must build; an edit the digest once missed, and a hand edit of a
//! generated file, must make the build run the generator. The copies share one target
//! directory under `target/tmp`, offline, with the dependencies the main build already fetched.
//!
//! They take a minute or two, so `cargo test` skips them (`#[ignore]`); CI runs them with
//! `cargo test --test broken_build -- --ignored`.

#[allow(dead_code)]
#[path = "../build/digest.rs"]
mod digest;
#[path = "common/fnv_digest.rs"]
mod fnv_digest;

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

/// What `cargo build` of a copy did.
struct Build {
    success: bool,
    stderr: String,
    /// The `OUT_DIR` of the copy's build script, which holds the code the build included.
    out_dir: Option<PathBuf>,
}

/// Builds a copy of the crate whose `file` (codes.toml, say) is `edit`ed.
fn build_copy(name: &str, file: &str, edit: impl Fn(&str) -> String) -> Build {
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
    let original = fs::read_to_string(root.join(file)).unwrap();
    let edited = edit(&original);
    assert_ne!(edited, original, "the test's edit must apply");
    fs::write(crate_copy.join(file), edited).unwrap();
    let output = Command::new(env!("CARGO"))
        // Not --quiet, which would hide the build script's warnings.
        .args(["build", "--offline", "--lib", "--message-format=json"])
        .current_dir(&crate_copy)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let out_dir = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .find(|message| {
            message["reason"] == "build-script-executed"
                && message["package_id"]
                    .as_str()
                    .is_some_and(|id| id.contains(&format!("/edited-builds/{name}#")))
        })
        .map(|message| PathBuf::from(message["out_dir"].as_str().unwrap()));
    Build {
        success: output.status.success(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        out_dir,
    }
}

/// Issue 7, item 3: every string the generator emits is escaped.
#[test]
#[ignore = "a real cargo build; CI runs it with --ignored"]
fn texts_with_line_breaks_quotes_backslashes_and_braces_build() {
    let Build {
        success: built,
        stderr,
        ..
    } = build_copy("escaped", "codes.toml", |codes| {
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
    let Build {
        success: built,
        stderr,
        ..
    } = build_copy("broken", "codes.toml", |codes| {
        codes.replacen("session = \"stay_offline\"", "session = \"give_up\"", 1)
    });
    assert!(!built, "the broken copy built:\n{stderr}");
    // The entry is named by the line of its `[[code]]` header, its code and its name.
    let broken_line = codes
        .lines()
        .position(|l| l == "session = \"stay_offline\"")
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
        "error: codes.toml:{header_line}: entry {code} {name}: unknown session `give_up`; expected one of reconnect, reopen_session, stay_offline, stop, never"
    );
    assert!(
        stderr.contains(&expected),
        "cargo's output lacks {expected:?}:\n{stderr}"
    );
    assert!(stderr.contains("codes.toml has 1 problem(s)"), "{stderr}");
}

/// The outside review's case: two case flips in code 1013's English description that the old
/// digest did not see (`tests/common/fnv_digest.rs`), so that the build copied the old tables
/// without a word. Now the build runs the generator, says so, and includes the edited text.
#[test]
#[ignore = "a real cargo build; CI runs it with --ignored"]
fn case_flips_the_old_digest_missed_run_the_generator() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let texts: Vec<Vec<u8>> = digest::INPUTS
        .iter()
        .map(|input| fs::read(root.join(input)).unwrap())
        .collect();
    let missed = fnv_digest::pairs_the_old_digest_misses(&digest::INPUTS, &texts);
    let pair = *missed
        .first()
        .expect("the old digest misses a pair of flips today");
    let flipped = |codes: &str| fnv_digest::flip_case(codes, &pair);
    let build = build_copy("case-flips", "codes.toml", flipped);
    assert!(build.success, "the copy failed to build:\n{}", build.stderr);
    assert!(
        build
            .stderr
            .contains("generated/ was made from other inputs")
            && build.stderr.contains("so the build ran the generator"),
        "{}",
        build.stderr
    );
    // The generated code has the flipped description.
    let codes = fs::read_to_string(root.join("codes.toml")).unwrap();
    let line_of = |codes: &str| {
        let start = codes[..pair[0]].rfind('"').unwrap() + 1;
        codes[start..start + codes[start..].find('"').unwrap()].to_owned()
    };
    let (before, after) = (line_of(&codes), line_of(&flipped(&codes)));
    let included = fs::read_to_string(build.out_dir.unwrap().join("codes.rs")).unwrap();
    assert!(
        included.contains(&after) && !included.contains(&before),
        "{after}"
    );
}

/// A hand edit of a generated file's body, under its header: the old check copied it as
/// current. Now the build runs the generator, says the body was edited, and includes what the
/// generator writes.
#[test]
#[ignore = "a real cargo build; CI runs it with --ignored"]
fn a_hand_edited_generated_file_runs_the_generator() {
    let (right, wrong) = (
        "pub const TRY_AGAIN_LATER: Code = Code::new(1013);",
        "pub const TRY_AGAIN_LATER: Code = Code::new(1014);",
    );
    let build = build_copy("hand-edited", "generated/consts.rs", |consts| {
        consts.replacen(right, wrong, 1)
    });
    assert!(build.success, "the copy failed to build:\n{}", build.stderr);
    assert!(
        build.stderr.contains("generated/consts.rs was edited")
            && build.stderr.contains("so the build ran the generator"),
        "{}",
        build.stderr
    );
    let included = fs::read_to_string(build.out_dir.unwrap().join("consts.rs")).unwrap();
    assert!(
        included.contains(right) && !included.contains(wrong),
        "{included}"
    );
}
