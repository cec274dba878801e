//! The fingerprint of everything the generated code is made from: `codes.toml`, the generator
//! (every file in `build/`) and the crate files it compiles in. The committed copy in
//! `generated/` records it in its first line, so that `build.rs` can tell whether that copy is
//! current without compiling the generator.
//!
//! Shared by `build.rs`, the generator program (`build/main.rs`) and the tests; it uses only
//! `std`, and no sort or map, so that it adds little to the build script every dependent
//! compiles.

use std::fs;
use std::io;
use std::path::Path;

/// The inputs besides the files in `build/`, relative to the package root.
pub const INPUTS: [&str; 6] = [
    "codes.toml",
    "src/family.rs",
    "src/hash.rs",
    "src/lang.rs",
    "src/parse_error.rs",
    "src/recovery.rs",
];

/// The generated files: committed in `generated/`, included from `OUT_DIR`.
pub const OUTPUTS: [&str; 2] = ["codes.rs", "consts.rs"];

/// FNV-1a (64-bit) over each input's path, length and bytes, the inputs in path order.
///
/// Errors if an input cannot be read.
pub fn inputs_digest(root: &Path) -> io::Result<u64> {
    let mut paths: Vec<String> = INPUTS.iter().map(|path| (*path).to_string()).collect();
    for entry in fs::read_dir(root.join("build"))? {
        let entry = entry?;
        if let (true, Some(name)) = (entry.file_type()?.is_file(), entry.file_name().to_str()) {
            paths.push(format!("build/{name}"));
        }
    }
    // The directory's order is the file system's: put the paths in order (an insertion sort,
    // for a dozen paths, keeps a library sort out of the build script).
    for sorted in 1..paths.len() {
        let mut at = sorted;
        while at > 0 && paths[at - 1] > paths[at] {
            paths.swap(at - 1, at);
            at -= 1;
        }
    }
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for path in &paths {
        let bytes = fs::read(root.join(path))?;
        mix(&mut hash, path.as_bytes());
        mix(&mut hash, &(bytes.len() as u64).to_le_bytes());
        mix(&mut hash, &bytes);
    }
    Ok(hash)
}

fn mix(hash: &mut u64, bytes: &[u8]) {
    for byte in bytes {
        *hash = (*hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
}

/// The first line of each generated file, naming the digest of the inputs it was made from.
pub fn header(digest: u64) -> String {
    format!(
        "// @generated from codes.toml by build/ (inputs {digest:016x}). Edit codes.toml, then \
         run `BLESS=1 cargo test --test codes_toml` to update generated/.\n"
    )
}
