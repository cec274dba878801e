//! Puts the code generated from `codes.toml` in `$OUT_DIR`.
//!
//! The generated files are committed in `generated/`, headed by the digest of what they were
//! made from (`build/digest.rs`). When that digest is current, as it is in every published
//! copy, this script only copies them: a dependent compiles and runs a few dozen lines. When
//! `codes.toml` or the generator has changed since, it compiles the generator
//! (`build/main.rs`) with the same `rustc` and runs it, so that a broken table still fails the
//! build with one message per problem, naming its entry.

#[path = "build/digest.rs"]
mod digest;

use std::path::{Path, PathBuf};
use std::process::{self, Command};
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=generated");
    for input in digest::INPUTS {
        println!("cargo:rerun-if-changed={input}");
    }
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let digest = digest::inputs_digest(Path::new(".")).unwrap_or_else(|error| {
        eprintln!("error: cannot read the generator's inputs: {error}");
        process::exit(1);
    });
    let header = digest::header(digest);
    let committed: Vec<String> = digest::OUTPUTS
        .iter()
        .filter_map(|file| fs::read_to_string(Path::new("generated").join(file)).ok())
        .filter(|text| text.starts_with(&header))
        .collect();
    if committed.len() == digest::OUTPUTS.len() {
        for (file, text) in digest::OUTPUTS.iter().zip(&committed) {
            write(&out_dir.join(file), text);
        }
    } else {
        run_generator(&out_dir);
        println!(
            "cargo::warning=generated/ does not match codes.toml and build/, so the build ran \
             the generator; run `BLESS=1 cargo test --test codes_toml` to update generated/"
        );
    }
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|error| {
        eprintln!("error: cannot write {}: {error}", path.display());
        process::exit(1);
    });
}

/// Compiles `build/main.rs` into `OUT_DIR` and runs it; it writes the generated files there,
/// or reports the table's problems on stderr and fails.
fn run_generator(out_dir: &Path) {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let program = out_dir.join(format!("generator{}", env::consts::EXE_SUFFIX));
    // Unoptimized: it compiles in about a second and runs in about ten milliseconds. Only a
    // search for new hash parameters takes longer (about three seconds here, against 0.3 s
    // optimized, whose compile takes a second more), and the search is rare.
    let compiled = Command::new(rustc)
        .args(["--edition", "2024", "--crate-type", "bin"])
        .args(["--crate-name", "leancloud_im_codes_generator"])
        .args(["-C", "opt-level=0", "--cap-lints", "allow", "-o"])
        .arg(&program)
        .arg("build/main.rs")
        .status();
    match compiled {
        Ok(status) if status.success() => {}
        Ok(status) => fail(&format!(
            "compiling the generator (build/main.rs) failed: {status}"
        )),
        Err(error) => fail(&format!(
            "cannot run rustc to compile the generator: {error}"
        )),
    }
    match Command::new(&program).status() {
        Ok(status) if status.success() => {}
        // The generator has said why on stderr.
        Ok(_) => process::exit(1),
        Err(error) => fail(&format!("cannot run the generator: {error}")),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
