//! The fingerprint of everything the generated code is made from: `codes.toml`, the generator's
//! sources and the crate files it compiles in. The committed copy in `generated/` records it in
//! its first line, so that `build.rs` can tell whether that copy is current without compiling
//! the generator.
//!
//! Shared by `build.rs`, the generator program (`build/main.rs`) and the tests; it uses only
//! `std` and stays small, because every dependent compiles it into the build script.

use std::fs;
use std::io;
use std::path::Path;

/// Every input, relative to the package root, in a fixed order. A test checks that the
/// generator's files here are exactly the `.rs` files in `build/`; other files there (an
/// editor's backup, say) do not count.
pub const INPUTS: [&str; 15] = [
    "build/baselines.rs",
    "build/digest.rs",
    "build/emit.rs",
    "build/main.rs",
    "build/mod.rs",
    "build/phash.rs",
    "build/script_chars.rs",
    "build/table.rs",
    "build/toml_subset.rs",
    "codes.toml",
    "src/family.rs",
    "src/hash.rs",
    "src/lang.rs",
    "src/parse_error.rs",
    "src/recovery.rs",
];

/// The generated files: committed in `generated/`, included from `OUT_DIR`.
pub const OUTPUTS: [&str; 2] = ["codes.rs", "consts.rs"];

/// A 64-bit digest of each input's path, length and text, with CRLF line ends read as LF so
/// that a checkout that converts line ends agrees with one that does not.
///
/// Errors if an input cannot be read.
pub fn inputs_digest(root: &Path) -> io::Result<u64> {
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for path in INPUTS {
        let mut text = fs::read(root.join(path))?;
        if text.contains(&b'\r') {
            text = without_crlf(&text);
        }
        mix(&mut hash, path.as_bytes());
        mix(&mut hash, &(text.len() as u64).to_le_bytes());
        mix(&mut hash, &text);
    }
    Ok(hash)
}

fn without_crlf(bytes: &[u8]) -> Vec<u8> {
    let mut text = Vec::with_capacity(bytes.len());
    for (at, byte) in bytes.iter().enumerate() {
        if !(*byte == b'\r' && bytes.get(at + 1) == Some(&b'\n')) {
            text.push(*byte);
        }
    }
    text
}

/// FNV-1a's step over eight-byte words, then the bytes left over. Each step is a bijection of
/// the state for a given word, so a change to one word always changes the digest; eight bytes
/// at a time keep the unoptimized build script's run short.
fn mix(hash: &mut u64, bytes: &[u8]) {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = u64::from_le_bytes(word.try_into().expect("chunks of eight"));
        *hash = (*hash ^ word).wrapping_mul(PRIME);
    }
    for byte in words.remainder() {
        *hash = (*hash ^ u64::from(*byte)).wrapping_mul(PRIME);
    }
}

/// The first line of each generated file, naming the digest of the inputs it was made from
/// (without its line end, which a checkout may have converted).
pub fn header(digest: u64) -> String {
    format!(
        "// @generated from codes.toml by build/ (inputs {digest:016x}). Edit codes.toml, then \
         run `BLESS=1 cargo test --test codes_toml` to update generated/."
    )
}

/// The digest a generated file's first line records, as written by [`header`].
pub fn recorded(first_line: &str) -> Option<&str> {
    first_line.split("(inputs ").nth(1)?.get(..16)
}
