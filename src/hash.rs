//! The hash functions behind the lookup tables.
//!
//! `build.rs` compiles this same file while it searches for collision-free parameters, so the
//! tables it emits and the lookups that read them cannot disagree. Both functions are
//! multiply-shift hashes: the table index is the top `bits` bits of a 64-bit product.

/// Odd 64-bit constant (2^64 / φ) that spreads every input bit into the high bits.
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

/// Turns ASCII letters lowercase and leaves digits and `_` alone, so `Session_Conflict` and
/// `SESSION_CONFLICT` hash alike. Other bytes change too, but consistently, and every hit is
/// confirmed by comparing the text itself.
const FOLD: u64 = 0x2020_2020_2020_2020;

/// The table slot of a numeric code.
#[inline(always)]
pub(crate) const fn code_slot(code: u16, multiplier: u64, bits: u32) -> usize {
    ((code as u64).wrapping_mul(multiplier) >> (64 - bits)) as usize
}

/// The table slot of a name hash.
#[inline(always)]
pub(crate) const fn name_slot(hash: u64, multiplier: u64, bits: u32) -> usize {
    (hash.wrapping_mul(multiplier) >> (64 - bits)) as usize
}

/// A case-insensitive hash of a name, eight bytes at a time.
#[inline]
pub(crate) fn name_hash(name: &[u8]) -> u64 {
    let mut hash = (name.len() as u64).wrapping_mul(SPREAD);
    let mut rest = name;
    while rest.len() > 8 {
        let Some((word, tail)) = rest.split_first_chunk::<8>() else {
            break;
        };
        hash = mix(hash, *word);
        rest = tail;
    }
    // The last word overlaps the previous one when the length is not a multiple of eight.
    let last = match name.last_chunk::<8>() {
        Some(word) => *word,
        None => {
            let mut word = [0u8; 8];
            for (to, from) in word.iter_mut().zip(name) {
                *to = *from;
            }
            word
        }
    };
    mix(hash, last)
}

#[inline(always)]
fn mix(hash: u64, word: [u8; 8]) -> u64 {
    (hash ^ (u64::from_le_bytes(word) | FOLD))
        .wrapping_mul(SPREAD)
        .rotate_left(29)
}
