//! Comparing an input with a stored name once their [`edge_words`](crate::hash::edge_words)
//! agree: only the bytes between the first and the last eight are left, and only names longer
//! than 16 bytes have any.

use crate::hash::capital_letters;

/// The eight bytes at `at`; callers keep `at + 8` within `bytes`.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |word| u64::from_le_bytes(*word))
}

/// Whether `stored` and `input`, of the same length, agree in the bytes the edge words do not
/// cover, comparing each eight-byte window with `same`.
#[inline(always)]
fn middle_agrees(stored: &[u8], input: &[u8], same: impl Fn(u64, u64) -> bool) -> bool {
    let len = input.len();
    if len <= 16 {
        return true;
    }
    // Windows from byte 8 on; the last is moved back to end where the last edge word starts.
    let mut at = 8;
    loop {
        let window = at.min(len - 16);
        if !same(word_at(stored, window), word_at(input, window)) {
            return false;
        }
        if window == len - 16 {
            return true;
        }
        at += 8;
    }
}

/// `stored == input`, given that their lengths and edge words agree.
#[inline(always)]
pub(crate) fn middle_eq(stored: &[u8], input: &[u8]) -> bool {
    middle_agrees(stored, input, |stored, input| stored == input)
}

/// `stored.eq_ignore_ascii_case(input)` for an upper-case `stored`, given that their lengths
/// and case-folded edge words agree.
#[inline(always)]
pub(crate) fn middle_eq_ignore_case(stored: &[u8], input: &[u8]) -> bool {
    middle_agrees(stored, input, |stored, input| {
        let letters = capital_letters(stored);
        stored | letters == input | letters
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::edge_words;

    /// The whole comparison as the lookups make it, against std.
    fn eq(stored: &[u8], input: &[u8]) -> bool {
        stored.len() == input.len()
            && edge_words(stored) == edge_words(input)
            && middle_eq(stored, input)
    }

    fn eq_ignore_case(stored: &[u8], input: &[u8]) -> bool {
        let (first, last) = edge_words(stored);
        let (input_first, input_last) = edge_words(input);
        let (first_letters, last_letters) = (capital_letters(first), capital_letters(last));
        stored.len() == input.len()
            && first | first_letters == input_first | first_letters
            && last | last_letters == input_last | last_letters
            && middle_eq_ignore_case(stored, input)
    }

    #[test]
    fn capital_letters_marks_exactly_a_to_z() {
        for byte in 0..0x80_u8 {
            for position in 0..8 {
                let word = u64::from(byte) << (position * 8)
                    | 0x5f5f_5f5f_5f5f_5f5f & !(0xff << (position * 8));
                let expected = if byte.is_ascii_uppercase() {
                    0x20 << (position * 8)
                } else {
                    0
                };
                assert_eq!(capital_letters(word), expected, "{byte:#04x} at {position}");
            }
        }
    }

    #[test]
    fn matches_every_input_byte_against_every_stored_byte_like_std() {
        let alphabet = (b'A'..=b'Z').chain(b'0'..=b'9').chain([b'_']);
        for stored_byte in alphabet {
            for input_byte in 0..=u8::MAX {
                for position in [0, 7, 8, 12, 15, 16, 20, 23] {
                    let mut stored = *b"A_Z09QX_ABCDEFGHIJKLMNOP";
                    stored[position] = stored_byte;
                    let mut input = stored;
                    input[position] = input_byte;
                    assert_eq!(
                        eq_ignore_case(&stored, &input),
                        stored.eq_ignore_ascii_case(&input),
                        "stored {stored_byte:#04x}, input {input_byte:#04x} at {position}"
                    );
                    assert_eq!(eq(&stored, &input), stored == input);
                }
            }
        }
    }

    #[test]
    fn compares_like_std_for_every_length() {
        let stored = b"CONVERSATION_MEMBER_INFO_FEATURE_DISABLED";
        for len in 0..=stored.len() {
            let stored = &stored[..len];
            let lower = stored.to_ascii_lowercase();
            assert!(eq(stored, stored));
            assert!(eq_ignore_case(stored, &lower));
            assert!(eq_ignore_case(stored, stored));
            assert_eq!(eq(stored, &lower), stored == lower.as_slice());
            for at in 0..len {
                let mut changed = lower.clone();
                changed[at] ^= 0x01;
                assert_eq!(
                    eq_ignore_case(stored, &changed),
                    stored.eq_ignore_ascii_case(&changed),
                    "{len} {at}"
                );
                let mut changed = stored.to_vec();
                changed[at] ^= 0x01;
                assert!(!eq(stored, &changed));
            }
        }
    }
}
