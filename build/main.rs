//! The generator program: validates `codes.toml` and writes the code generated from it to
//! `$OUT_DIR`, each file headed by the digests of its inputs and of its body. `build.rs`
//! compiles and runs it when the committed copy in `generated/` is not current; the logic
//! lives in `build/mod.rs`.
//!
//! It runs in the package root and reports every problem on stderr, naming its entry.

// Shared with build.rs, which alone checks a generated file.
#[allow(dead_code)]
mod digest;
#[path = "mod.rs"]
mod generator;

use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn main() {
    let source = fs::read_to_string("codes.toml")
        .unwrap_or_else(|error| fail(&format!("cannot read codes.toml: {error}")));
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
            new_hash.replace('\n', "  ")
        );
    }
    let inputs = digest::inputs_digest(Path::new("."))
        .unwrap_or_else(|error| fail(&format!("cannot read the generator's inputs: {error}")));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("build.rs sets OUT_DIR"));
    for (file, text) in digest::OUTPUTS
        .into_iter()
        .zip([&generated.codes, &generated.consts])
    {
        let header = digest::header(inputs, digest::body_digest(text.as_bytes()));
        fs::write(out_dir.join(file), format!("{header}\n{text}"))
            .unwrap_or_else(|error| fail(&format!("cannot write {file}: {error}")));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
