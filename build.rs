//! Puts the code generated from `codes.toml` in `$OUT_DIR`.
//!
//! The generated files are committed in `generated/`, headed by the digests of what they were
//! made from and of their own bodies (`build/digest.rs`). When both are current, as in every
//! published copy, this script only copies them: a dependent compiles and runs about 250
//! lines. When `codes.toml` or the generator has changed since, or a generated file was
//! edited, it compiles the generator (`build/main.rs`) with the same `rustc` and runs it, so
//! that a broken table still fails the build with one message per problem, naming its entry.

#[path = "build/digest.rs"]
mod digest;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{self, Command};
use std::{env, fs};

fn main() {
    for input in digest::INPUTS {
        println!("cargo:rerun-if-changed={input}");
    }
    for output in digest::OUTPUTS {
        println!("cargo:rerun-if-changed=generated/{output}");
    }
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let inputs = digest::inputs_digest(Path::new(".")).unwrap_or_else(|error| {
        fail(&format!("cannot read the generator's inputs: {error}"));
    });
    for file in digest::OUTPUTS {
        let text = fs::read(Path::new("generated").join(file)).unwrap_or_default();
        if let Err(why) = digest::check(file, &text, inputs) {
            // The generator rewrites every file, including any copied already.
            run_generator(&out_dir, &why);
            println!(
                "cargo::warning={why}, so the build ran the generator; run \
                 `BLESS=1 cargo test --test codes_toml` to update generated/"
            );
            return;
        }
        fs::write(out_dir.join(file), text).unwrap_or_else(|error| {
            fail(&format!("cannot write {file} in OUT_DIR: {error}"));
        });
    }
}

/// Compiles `build/main.rs` into `OUT_DIR` and runs it; it writes the generated files there,
/// or reports the table's problems on stderr and fails. `why` says why it is needed.
fn run_generator(out_dir: &Path, why: &str) {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let program = out_dir.join(format!("generator{}", env::consts::EXE_SUFFIX));
    let mut compile = Command::new(rustc);
    // Unoptimized: it compiles in about a second and runs in about ten milliseconds. Only a
    // search for new hash parameters takes longer (about three seconds here, against 0.3 s
    // optimized, whose compile takes a second more), and the search is rare.
    compile
        .args(["--edition", "2024", "--crate-type", "bin"])
        .args(["--crate-name", "leancloud_im_codes_generator"])
        .args(["-C", "opt-level=0", "--cap-lints", "allow"]);
    // The generator runs on the host. Without cross compilation the host is the target, and
    // the linker and flags cargo was told to use for it apply (a hermetic build may have no
    // `cc` on its path).
    if env::var_os("HOST") == env::var_os("TARGET") {
        if let Some(linker) = env::var_os("RUSTC_LINKER") {
            let mut flag = OsString::from("linker=");
            flag.push(linker);
            compile.arg("-C").arg(flag);
        }
        if let Ok(flags) = env::var("CARGO_ENCODED_RUSTFLAGS") {
            compile.args(flags.split('\x1f').filter(|flag| !flag.is_empty()));
        }
    }
    let compiled = compile
        .arg("-o")
        .arg(&program)
        .arg("build/main.rs")
        .status();
    match compiled {
        Ok(status) if status.success() => {}
        Ok(status) => fail(&format!(
            "{why}: compiling the generator (build/main.rs) failed: {status}"
        )),
        Err(error) => fail(&format!(
            "{why}: rustc could not be run to compile the generator: {error}"
        )),
    }
    match Command::new(&program).status() {
        Ok(status) if status.success() => {}
        // The generator has said why on stderr.
        Ok(_) => process::exit(1),
        Err(error) => fail(&format!("{why}: the generator could not be run: {error}")),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
