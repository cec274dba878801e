//! The digest `build/digest.rs` computed up to commit ae0a8a4, kept to show what it missed: the
//! case flips of two letters in code 1013's English description that it does not see. Shared
//! by `tests/digest.rs` and `tests/broken_build.rs`.
//!
//! At ae0a8a4, flipping the case of the `e` of "server" (byte 69447 of codes.toml) and the `x`
//! of "example" (byte 69495), both at offsets ≡ 7 mod 8, left this digest at 93e9f471b9afb209,
//! the value `generated/` recorded, so `build.rs` copied the old tables without a word. Bit 5
//! of a word's top byte is bit 61, and FNV's multiply only carries a difference upward: it
//! stays in the state's top three bits, where a second flip often cancels it: 8 of the 45 pairs
//! of such letters in that description did.

/// The old `inputs_digest` over `texts`, the contents of `paths` in order: FNV-1a's step over
/// eight-byte words, then the bytes left over, of each path, length and text (CRLF as LF left
/// out: these tests use no CR).
pub fn fnv_inputs_digest<T: AsRef<[u8]>>(paths: &[&str], texts: &[T]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for (path, text) in paths.iter().zip(texts) {
        let text = text.as_ref();
        mix(&mut hash, path.as_bytes());
        mix(&mut hash, &(text.len() as u64).to_le_bytes());
        mix(&mut hash, text);
    }
    hash
}

fn mix(hash: &mut u64, bytes: &[u8]) {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = u64::from_le_bytes(word.try_into().unwrap());
        *hash = (*hash ^ word).wrapping_mul(PRIME);
    }
    for byte in words.remainder() {
        *hash = (*hash ^ u64::from(*byte)).wrapping_mul(PRIME);
    }
}

/// The byte offsets in `codes` (codes.toml) of the ASCII letters of code 1013's English
/// description, inside its quotes, at offsets ≡ 7 mod 8: the top byte of a word.
pub fn letters_of_1013_at_7_mod_8(codes: &str) -> Vec<usize> {
    let entry = codes.find("\ncode = 1013\n").expect("codes.toml has 1013");
    let en = entry + codes[entry..].find("\n[code.en]\n").unwrap();
    let line = en + codes[en..].find("\ndescription = \"").unwrap() + 1;
    let text = line + "description = \"".len();
    let end = text + codes[text..].find('"').unwrap();
    (text..end)
        .filter(|at| at % 8 == 7 && codes.as_bytes()[*at].is_ascii_alphabetic())
        .collect()
}

/// `codes` with the ASCII case of the letters at `offsets` flipped.
pub fn flip_case(codes: &str, offsets: &[usize]) -> String {
    let mut bytes = codes.as_bytes().to_vec();
    for at in offsets {
        assert!(bytes[*at].is_ascii_alphabetic());
        bytes[*at] ^= 0x20;
    }
    String::from_utf8(bytes).unwrap()
}

/// Every pair of those letters whose case flips the old digest does not see, given `texts`,
/// the contents of `paths` with codes.toml among them.
pub fn pairs_the_old_digest_misses<T: AsRef<[u8]>>(paths: &[&str], texts: &[T]) -> Vec<[usize; 2]> {
    let at = paths.iter().position(|path| *path == "codes.toml").unwrap();
    let codes = std::str::from_utf8(texts[at].as_ref()).unwrap();
    let original = fnv_inputs_digest(paths, texts);
    let letters = letters_of_1013_at_7_mod_8(codes);
    let mut missed = Vec::new();
    let mut edited: Vec<Vec<u8>> = texts.iter().map(|text| text.as_ref().to_vec()).collect();
    for (i, first) in letters.iter().enumerate() {
        for second in &letters[i + 1..] {
            edited[at] = flip_case(codes, &[*first, *second]).into_bytes();
            if fnv_inputs_digest(paths, &edited) == original {
                missed.push([*first, *second]);
            }
        }
    }
    missed
}
