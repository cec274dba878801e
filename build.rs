//! Compiles `codes.toml` into `$OUT_DIR/codes.rs` (the crate's tables) and
//! `$OUT_DIR/baselines.rs` (the benchmarks' comparison lookups). The logic lives in `build/`.

#[path = "build/mod.rs"]
mod generator;

use std::path::PathBuf;
use std::{env, fs, process};

fn main() {
    println!("cargo:rerun-if-changed=codes.toml");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/action.rs");
    println!("cargo:rerun-if-changed=src/family.rs");
    println!("cargo:rerun-if-changed=src/hash.rs");

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
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (file, text) in [
        ("codes.rs", &generated.codes),
        ("baselines.rs", &generated.baselines),
    ] {
        fs::write(out_dir.join(file), text).unwrap_or_else(|error| {
            eprintln!("error: cannot write {file}: {error}");
            process::exit(1);
        });
    }
}
