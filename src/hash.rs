//! The hash functions behind the lookup tables.
//!
//! The generator (`build/`) compiles this same file while it checks or searches for
//! collision-free parameters, so the tables it emits and the lookups that read them cannot
//! disagree. Both functions are multiply-shift hashes: the table index is the top `bits` bits
//! of a product (32-bit for numbers, 64-bit for name hashes).

/// Odd 64-bit constant (2^64 / φ) that spreads every input bit into the high bits.
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;
/// A second odd constant, so the first and last words of a name are weighted differently.
const SPREAD_2: u64 = 0xC2B2_AE3D_27D4_EB4F;

/// Turns ASCII letters lowercase and leaves digits and `_` alone, so `Session_Conflict` and
/// `SESSION_CONFLICT` hash alike. Other bytes change too, but consistently, and every hit is
/// confirmed by comparing the text itself.
const FOLD: u64 = 0x2020_2020_2020_2020;

/// The table slot of a numeric code: the top `bits` of a 32-bit product, which x86-64 computes
/// with one three-operand multiplication and no copy of the input.
#[inline(always)]
pub(crate) const fn code_slot(code: u16, multiplier: u32, bits: u32) -> usize {
    ((code as u32).wrapping_mul(multiplier) >> (32 - bits)) as usize
}

/// The table slot of a name hash.
#[inline(always)]
pub(crate) const fn name_slot(hash: u64, multiplier: u64, bits: u32) -> usize {
    (hash.wrapping_mul(multiplier) >> (64 - bits)) as usize
}

/// The first and the last eight bytes of a name, as little-endian words (overlapping when the
/// name is shorter than 16 bytes; both the zero-padded bytes when it is shorter than 8). With
/// the length they identify any name of at most 16 bytes, and they are what the quick hash
/// reads, so a lookup loads them once for hashing and comparing.
#[inline(always)]
pub(crate) fn edge_words(name: &[u8]) -> (u64, u64) {
    if let (Some(first), Some(last)) = (name.first_chunk::<8>(), name.last_chunk::<8>()) {
        (u64::from_le_bytes(*first), u64::from_le_bytes(*last))
    } else {
        let word = short_word(name);
        (word, word)
    }
}

/// A case-insensitive hash of a name, given its [`edge_words`].
///
/// The quick form reads only the length and the edge words, with no loop; the generator uses
/// it whenever that tells every name apart (it does for all of today's), and otherwise falls
/// back to the full form, which reads every byte.
#[inline(always)]
pub(crate) fn name_hash(name: &[u8], (first, last): (u64, u64), full: bool) -> u64 {
    if full {
        name_hash_full(name)
    } else {
        // Two independent multiplications, so the processor runs them side by side.
        let first = (first | FOLD).wrapping_mul(SPREAD);
        let last = (last | FOLD).wrapping_mul(SPREAD_2);
        first ^ last.rotate_left(32) ^ name.len() as u64
    }
}

/// `0x20` in each byte of `word` that is an ASCII capital letter, `0` elsewhere: the bits that
/// make those letters lowercase. Bytes must be ASCII (names are), so no carry crosses a byte.
#[inline(always)]
pub(crate) const fn capital_letters(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // A byte of 0x41 ('A') or more gets its top bit from the first sum; 0x5B ('Z' + 1) or more
    // from the second.
    let from_a = word.wrapping_add(ONES * 0x3f);
    let past_z = word.wrapping_add(ONES * 0x25);
    ((from_a & !past_z) & (ONES * 0x80)) >> 2
}

fn name_hash_full(name: &[u8]) -> u64 {
    let mut hash = (name.len() as u64).wrapping_mul(SPREAD);
    let mut rest = name;
    while rest.len() > 8 {
        let Some((word, tail)) = rest.split_first_chunk::<8>() else {
            break;
        };
        hash = mix(hash, u64::from_le_bytes(*word));
        rest = tail;
    }
    // The last word overlaps the previous one when the length is not a multiple of eight.
    let last = match name.last_chunk::<8>() {
        Some(word) => u64::from_le_bytes(*word),
        None => short_word(name),
    };
    mix(hash, last)
}

/// The first eight bytes (fewer for a shorter input) as a little-endian word, zero-padded.
///
/// Four to eight bytes are read as two overlapping halves, which hold the same bytes where they
/// overlap: no copy loop and no call, so the lookups that use it stay small.
#[inline(always)]
pub(crate) fn short_word(bytes: &[u8]) -> u64 {
    if let (4..=8, Some(first), Some(last)) = (
        bytes.len(),
        bytes.first_chunk::<4>(),
        bytes.last_chunk::<4>(),
    ) {
        let first = u64::from(u32::from_le_bytes(*first));
        let last = u64::from(u32::from_le_bytes(*last));
        return first | (last << ((bytes.len() - 4) * 8));
    }
    bytes
        .iter()
        .take(8)
        .enumerate()
        .fold(0, |word, (index, byte)| {
            word | (u64::from(*byte) << (index * 8))
        })
}

#[inline(always)]
fn mix(hash: u64, word: u64) -> u64 {
    (hash ^ (word | FOLD)).wrapping_mul(SPREAD).rotate_left(29)
}
