//! A real `cargo build` of a copy of this crate whose codes.toml is broken must fail, and say
//! which entry is wrong and why. The copy builds in its own target directory under
//! `target/tmp`, offline, with the dependencies the main build already fetched.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the copy needs to build: the manifest's declared targets must exist too.
const PARTS: &[&str] = &[
    "Cargo.toml",
    "Cargo.lock",
    "build.rs",
    "build",
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

#[test]
fn cargo_build_fails_naming_the_broken_entry() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("broken-build");
    let crate_copy = work.join("crate");
    let _ = fs::remove_dir_all(&crate_copy);
    for part in PARTS {
        copy(&root.join(part), &crate_copy.join(part));
    }
    let codes = fs::read_to_string(root.join("codes.toml")).unwrap();
    let broken = codes.replacen("action = \"stay_offline\"", "action = \"give_up\"", 1);
    assert_ne!(broken, codes);
    fs::write(crate_copy.join("codes.toml"), broken).unwrap();

    let output = Command::new(env!("CARGO"))
        .args(["build", "--offline", "--lib", "--quiet"])
        .current_dir(&crate_copy)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the broken copy built:\n{stderr}");
    // The entry is named by the line of its `[[code]]` header, its code and its name.
    let broken_line = codes
        .lines()
        .position(|l| l == "action = \"stay_offline\"")
        .unwrap();
    let header_line = codes
        .lines()
        .take(broken_line)
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| *l == "[[code]]")
        .unwrap()
        + 1;
    let expected = format!(
        "error: codes.toml:{header_line}: entry 4106 BLACKLISTED: unknown action `give_up`; expected one of reconnect, reopen_session, stay_offline"
    );
    assert!(
        stderr.contains(&expected),
        "cargo's output lacks {expected:?}:\n{stderr}"
    );
    assert!(stderr.contains("codes.toml has 1 problem(s)"), "{stderr}");
}
