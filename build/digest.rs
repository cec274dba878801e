//! What tells `build.rs` whether the committed copy in `generated/` is current, without
//! compiling the generator. Each generated file's first line records two digests: one of
//! everything the generated code is made from (`codes.toml`, the generator's sources and the
//! crate files it compiles in), and one of the file's own body. [`check`] recomputes both.
//!
//! Shared by `build.rs`, the generator program (`build/main.rs`) and the tests; it uses only
//! `std` and stays small, because every dependent compiles it into the build script.
//!
//! # The hash: SipHash-2-4 with its 128-bit output
//!
//! A digest that misses a change makes `build.rs` copy stale tables without a word, so every
//! bit of every input must reach every bit of the digest. The FNV-style xor-multiply over
//! eight-byte words used before did not: a product's low bits never depend on the factors' high
//! bits, so a change to the top bits of a word stayed in the top bits of the state, and two
//! case flips (bit 5 of bytes at offsets ≡ 7 mod 8) often cancelled out: 8 of the 45 pairs of
//! such letters in code 1013's English description did at commit ae0a8a4.
//!
//! SipHash (Aumasson and Bernstein, "SipHash: a fast short-input PRF", 2012; the 128-bit
//! output is the reference implementation's variant) is written out here from that
//! description, and `tests/digest.rs` checks it against the reference's test vectors. Why it
//! fits:
//!
//! - Its rounds add, rotate and xor four 64-bit words, so carries and rotations move every bit
//!   everywhere; two compression rounds per word and four finalization rounds per output half
//!   are its designers' margin for full diffusion, which `tests/digest.rs` measures (each input
//!   bit flips about half the output bits).
//! - Absorbing a word is, for that word, a permutation of the 256-bit state (xor in, two
//!   rounds, xor in), so later words equal in both streams never lose a difference. Only
//!   another change that cancels the whole state difference, or chance in the 128 bits it
//!   outputs, can hide one: about one time in 2^128 for a function this well mixed, where
//!   FNV's differences stayed in a few bits for a second change to cancel.
//! - Its keys are fixed and public (a different one for each digest): it guards against
//!   accidents, not against someone who can edit the inputs, who can edit `generated/` and its
//!   header as well.
//! - An unoptimized build script hashes the inputs and both generated files (about 700 KB)
//!   within the 50 ms budget (BENCHMARKS.md). A folded 64×64→128-bit multiply per word takes
//!   fewer operations, but a word equal to the lane it meets zeroes that lane's product whatever it
//!   is multiplied by, and folding loses information at every step; SipHash has neither
//!   weakness and published test vectors.

use std::fs;
use std::io;
use std::path::Path;

/// Every input, relative to the package root, in a fixed order. A test checks that the
/// generator's files here are exactly the `.rs` files in `build/`; other files there (an
/// editor's backup, say) do not count.
pub const INPUTS: [&str; 18] = [
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
    "src/carrier.rs",
    "src/family.rs",
    "src/hash.rs",
    "src/lang.rs",
    "src/parse_error.rs",
    "src/range.rs",
    "src/recovery.rs",
    "src/transport.rs",
];

/// The generated files: committed in `generated/`, included from `OUT_DIR`.
pub const OUTPUTS: [&str; 2] = ["codes.rs", "consts.rs"];

/// The key of the inputs' digest: "codes.toml input" in ASCII.
const INPUTS_KEY: (u64, u64) = (
    u64::from_le_bytes(*b"codes.to"),
    u64::from_le_bytes(*b"ml input"),
);

/// The key of a generated file's body's digest: "generated body  " in ASCII.
const BODY_KEY: (u64, u64) = (
    u64::from_le_bytes(*b"generate"),
    u64::from_le_bytes(*b"d body  "),
);

/// The 128-bit digest of every input's path and text, each preceded by its length, with CRLF
/// line ends read as LF so that a checkout that converts line ends agrees with one that does
/// not.
///
/// Errors if an input cannot be read.
pub fn inputs_digest(root: &Path) -> io::Result<u128> {
    let mut texts = Vec::with_capacity(INPUTS.len());
    for path in INPUTS {
        texts.push(fs::read(root.join(path))?);
    }
    Ok(inputs_digest_of(&texts))
}

/// [`inputs_digest`] of the texts of [`INPUTS`], in that order, as read from their files.
pub fn inputs_digest_of<T: AsRef<[u8]>>(texts: &[T]) -> u128 {
    assert_eq!(texts.len(), INPUTS.len(), "one text per input");
    let mut hasher = SipHasher128::new(INPUTS_KEY);
    for (path, text) in INPUTS.into_iter().zip(texts) {
        hasher.write_framed(path.as_bytes());
        hasher.write_framed(&lf(text.as_ref()));
    }
    hasher.finish()
}

/// The 128-bit digest of a generated file's body (all after its first line), CRLF read as LF
/// as `rustc` reads it.
pub fn body_digest(body: &[u8]) -> u128 {
    let mut hasher = SipHasher128::new(BODY_KEY);
    hasher.write(&lf(body));
    hasher.finish()
}

/// The text with CRLF line ends read as LF; borrowed, without a copy, when it has no CR.
fn lf(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !bytes.contains(&b'\r') {
        return bytes.into();
    }
    let mut text = Vec::with_capacity(bytes.len());
    for (at, byte) in bytes.iter().enumerate() {
        if !(*byte == b'\r' && bytes.get(at + 1) == Some(&b'\n')) {
            text.push(*byte);
        }
    }
    text.into()
}

/// The first line of each generated file, naming the digest of the inputs it was made from and
/// that of the body under it (without its line end, which a checkout may have converted).
pub fn header(inputs: u128, body: u128) -> String {
    format!(
        "// @generated from codes.toml by build/ (inputs {inputs:032x}, body {body:032x}). Edit \
         codes.toml, then run `BLESS=1 cargo test --test codes_toml` to update generated/."
    )
}

/// The inputs' and the body's digests a generated file's first line records, as written by
/// [`header`].
pub fn recorded(first_line: &str) -> Option<(&str, &str)> {
    let inputs = first_line.split("(inputs ").nth(1)?.get(..32)?;
    let body = first_line.split(", body ").nth(1)?.get(..32)?;
    Some((inputs, body))
}

/// Whether `text`, the generated file `file` as committed, is current: its first line is the
/// [`header`] of `inputs` (the current [`inputs_digest`]) and of its body's digest. If not,
/// says why: the inputs changed, the body was edited, or the first line was.
pub fn check(file: &str, text: &[u8], inputs: u128) -> Result<(), String> {
    let (first_line, body) = match text.iter().position(|byte| *byte == b'\n') {
        Some(end) => (&text[..end], &text[end + 1..]),
        None => (text, &[][..]),
    };
    let first_line = first_line.strip_suffix(b"\r").unwrap_or(first_line);
    let body = body_digest(body);
    if first_line == header(inputs, body).as_bytes() {
        return Ok(());
    }
    let first_line = String::from_utf8_lossy(first_line);
    let (now_inputs, now_body) = (format!("{inputs:032x}"), format!("{body:032x}"));
    Err(match recorded(&first_line) {
        None => format!("generated/{file} does not start with the header the generator writes"),
        Some((recorded, _)) if recorded != now_inputs => format!(
            "generated/ was made from other inputs (recorded {recorded}, now {now_inputs}) than \
             codes.toml and build/"
        ),
        Some((_, recorded)) if recorded != now_body => format!(
            "generated/{file} was edited after it was generated (its header records the body \
             {recorded}, the body is now {now_body})"
        ),
        Some(_) => format!("generated/{file}'s first line was edited"),
    })
}

/// SipHash-2-4 with the 128-bit output, over a stream of bytes written in any pieces.
pub struct SipHasher128 {
    v: [u64; 4],
    /// Bytes written but not yet absorbed: fewer than eight, little-endian from bit 0.
    tail: u64,
    tail_len: usize,
    /// Bytes written, of which the last block records the low eight bits.
    len: u64,
}

impl SipHasher128 {
    /// A hasher keyed with `(k0, k1)`: the key's two halves, read little-endian.
    pub fn new((k0, k1): (u64, u64)) -> Self {
        SipHasher128 {
            v: [
                k0 ^ 0x736f_6d65_7073_6575,
                // The 128-bit output's distinction from the 64-bit one.
                k1 ^ 0x646f_7261_6e64_6f6d ^ 0xee,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            tail_len: 0,
            len: 0,
        }
    }

    /// Absorbs `bytes`: eight at a time as little-endian words, any rest kept for the next
    /// write or for [`finish`](Self::finish).
    pub fn write(&mut self, mut bytes: &[u8]) {
        self.len = self.len.wrapping_add(bytes.len() as u64);
        while self.tail_len > 0 && !bytes.is_empty() {
            self.tail |= u64::from(bytes[0]) << (8 * self.tail_len);
            self.tail_len += 1;
            bytes = &bytes[1..];
            if self.tail_len == 8 {
                self.absorb(self.tail);
                (self.tail, self.tail_len) = (0, 0);
            }
        }
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.absorb(u64::from_le_bytes(
                word.try_into().expect("chunks of eight"),
            ));
        }
        for byte in words.remainder() {
            self.tail |= u64::from(*byte) << (8 * self.tail_len);
            self.tail_len += 1;
        }
    }

    /// Absorbs the length of `bytes`, as eight little-endian bytes, then `bytes`: pieces
    /// written this way cannot be told apart from other pieces with the same concatenation.
    fn write_framed(&mut self, bytes: &[u8]) {
        self.write(&(bytes.len() as u64).to_le_bytes());
        self.write(bytes);
    }

    fn absorb(&mut self, word: u64) {
        self.v[3] ^= word;
        self.round();
        self.round();
        self.v[0] ^= word;
    }

    fn round(&mut self) {
        let [mut v0, mut v1, mut v2, mut v3] = self.v;
        v0 = v0.wrapping_add(v1);
        v1 = v1.rotate_left(13) ^ v0;
        v0 = v0.rotate_left(32);
        v2 = v2.wrapping_add(v3);
        v3 = v3.rotate_left(16) ^ v2;
        v0 = v0.wrapping_add(v3);
        v3 = v3.rotate_left(21) ^ v0;
        v2 = v2.wrapping_add(v1);
        v1 = v1.rotate_left(17) ^ v2;
        v2 = v2.rotate_left(32);
        self.v = [v0, v1, v2, v3];
    }

    /// The digest: the reference's sixteen output bytes, read as one little-endian number.
    pub fn finish(mut self) -> u128 {
        self.absorb(self.tail | (self.len & 0xff) << 56);
        self.v[2] ^= 0xee;
        let low = self.output_half();
        self.v[1] ^= 0xdd;
        let high = self.output_half();
        u128::from(low) | u128::from(high) << 64
    }

    fn output_half(&mut self) -> u64 {
        for _ in 0..4 {
            self.round();
        }
        self.v[0] ^ self.v[1] ^ self.v[2] ^ self.v[3]
    }
}
