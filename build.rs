//! Compiles `codes.toml` into `$OUT_DIR/codes.rs`, the crate's tables. The logic lives in
//! `build/`.

#[path = "build/mod.rs"]
mod generator;

use std::path::PathBuf;
use std::{env, fs, process};

fn main() {
    println!("cargo:rerun-if-changed=codes.toml");
    println!("cargo:rerun-if-changed=build");
    for shared in ["family", "hash", "lang", "parse_error", "recovery"] {
        println!("cargo:rerun-if-changed=src/{shared}.rs");
    }

    let source = fs::read_to_string("codes.toml").unwrap_or_else(|error| {
        eprintln!("error: cannot read codes.toml: {error}");
        process::exit(1);
    });
    let generated = generator::generate(&source).unwrap_or_else(|problems| {
        for problem in &problems {
            eprintln!("error: {problem}");
        }
        eprintln!("error: codes.toml has {} problem(s)", problems.len());
        process::exit(1);
    });
    if let Some(new_hash) = &generated.new_hash {
        println!(
            "cargo::warning=codes.toml: the recorded hash parameters no longer fit the table, so \
             the build searched for new ones. Replace the `[hash]` table in codes.toml with: {}",
            one_line(new_hash)
        );
    }
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (file, text) in [
        ("codes.rs", &generated.codes),
        ("consts.rs", &generated.consts),
    ] {
        fs::write(out_dir.join(file), text).unwrap_or_else(|error| {
            eprintln!("error: cannot write {file}: {error}");
            process::exit(1);
        });
    }
}

/// `text` with each line break made two spaces, for a one-line cargo warning.
fn one_line(text: &str) -> String {
    let mut out = String::new();
    for character in text.chars() {
        if character == '\n' {
            out.push_str("  ");
        } else {
            out.push(character);
        }
    }
    out
}
