//! Word-at-a-time comparison of a stored name with an input.
//!
//! Every length is compared with the same fixed number of eight-byte windows, the last ones
//! moved back to end at the last byte, and the differences ORed together: no branch depends on
//! the input, so a stream of varied names costs no mispredictions here.

use crate::hash::short_word;

/// `stored == input`, for inputs of at most `8 * words` bytes.
#[inline(always)]
pub(crate) fn eq(stored: &[u8], input: &[u8], words: usize) -> bool {
    if stored.len() != input.len() {
        return false;
    }
    if input.len() < 8 {
        return short_word(stored) == short_word(input);
    }
    differences(input.len(), words, |at| {
        word_at(stored, at) ^ word_at(input, at)
    }) == 0
}

/// `upper.eq_ignore_ascii_case(input)`, where `lower` is `upper` in lower case, for inputs of
/// at most `8 * words` bytes.
#[inline(always)]
pub(crate) fn eq_ignore_case(upper: &[u8], lower: &[u8], input: &[u8], words: usize) -> bool {
    if upper.len() != input.len() || lower.len() != input.len() {
        return false;
    }
    // `upper ^ lower` is 0x20 in the bytes that are letters: there, the input may have either
    // case. Forcing that bit on makes a matching input equal to `lower`.
    let difference = |upper: u64, lower: u64, input: u64| (input | (upper ^ lower)) ^ lower;
    if input.len() < 8 {
        return difference(short_word(upper), short_word(lower), short_word(input)) == 0;
    }
    differences(input.len(), words, |at| {
        difference(word_at(upper, at), word_at(lower, at), word_at(input, at))
    }) == 0
}

/// ORs `difference(at)` over the windows that cover `len` bytes; `len` is at least 8.
#[inline(always)]
fn differences(len: usize, words: usize, difference: impl Fn(usize) -> u64) -> u64 {
    let mut differences = 0;
    for index in 0..words {
        differences |= difference((index * 8).min(len - 8));
    }
    differences
}

/// The eight bytes at `at`. Callers keep `at + 8` within `bytes` (names shorter than eight
/// bytes go through `short_word` instead), so the `0` is never used.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |word| u64::from_le_bytes(*word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_every_input_byte_against_every_stored_byte_like_std() {
        let alphabet = (b'A'..=b'Z').chain(b'0'..=b'9').chain([b'_']);
        for stored_byte in alphabet {
            for input_byte in 0..=u8::MAX {
                for position in 0..8 {
                    let mut stored = *b"A_Z09QX_";
                    stored[position] = stored_byte;
                    let mut input = stored;
                    input[position] = input_byte;
                    let lower = stored.to_ascii_lowercase();
                    assert_eq!(
                        eq_ignore_case(&stored, &lower, &input, 1),
                        stored.eq_ignore_ascii_case(&input),
                        "stored {stored_byte:#04x}, input {input_byte:#04x} at {position}"
                    );
                }
            }
        }
    }

    #[test]
    fn short_words_are_the_bytes_zero_padded() {
        let bytes = *b"ABCDEFGHIJ";
        for len in 0..=8 {
            let mut expected = [0u8; 8];
            expected[..len].copy_from_slice(&bytes[..len]);
            assert_eq!(
                short_word(&bytes[..len]),
                u64::from_le_bytes(expected),
                "{len}"
            );
        }
        assert_eq!(short_word(&bytes), u64::from_le_bytes(*b"ABCDEFGH"));
    }

    #[test]
    fn compares_like_std_for_every_length() {
        let stored = b"CONVERSATION_MEMBER_INFO_FEATURE_DISABLED";
        for len in 0..=stored.len() {
            let stored = &stored[..len];
            let lower = stored.to_ascii_lowercase();
            let words = len.div_ceil(8);
            assert!(eq(stored, stored, words));
            assert!(eq_ignore_case(stored, &lower, &lower, words));
            assert!(eq_ignore_case(stored, &lower, stored, words));
            assert_eq!(eq(stored, &lower, words), stored == lower.as_slice());
            for at in 0..len {
                let mut changed = lower.clone();
                changed[at] ^= 0x01;
                assert_eq!(
                    eq_ignore_case(stored, &lower, &changed, words),
                    stored.eq_ignore_ascii_case(&changed)
                );
                assert!(!eq(stored, &changed, words) || stored == changed.as_slice());
            }
            assert!(!eq(stored, &stored[..len.saturating_sub(1)], words) || len == 0);
        }
    }
}
