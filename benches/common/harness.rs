//! The one loop every lookup runs through, in criterion (`lookup.rs`), the paired timer
//! (`paired.rs`) and the callgrind driver (`instructions.rs`), and the floors that bound it.
//!
//! [`run`] looks up each input once per round and adds the answer to a sum, so that no lookup
//! can be skipped. It is `#[inline(never)]` and generic: each lookup gets its own copy of the
//! same loop with the lookup inlined into it, as a caller's loop would have it. The inputs
//! pass through `black_box` once per round (the compiler cannot know them, nor hoist a round
//! out of the loop), and each input, once loaded, through an empty `asm!` statement
//! ([`Input::opaque`]): no instruction, no memory traffic (`black_box` would add a store and a
//! reload to every lookup), but LLVM unrolls no loop that holds one, so every lookup's loop has
//! the same shape, one lookup per iteration, the floors' included.
//!
//! The floors ([`floor`], [`floor_name`]) are the loop with no lookup at all: they add the
//! input itself (or a name's length), which the compiler cannot see through, so a floor's
//! loop is the others' loop minus the lookup (`scripts/numeric_asm.sh` prints the floor's, the
//! array's and the crate's). [`empty_call`] is the other way to hide a lookup, an
//! `#[inline(never)]` function with `black_box` on its input and answer; it costs a call, a
//! return and three memory operations, more than the array index it would have to bound, so
//! the benchmarks list it but subtract the floor.

use std::arch::asm;
use std::hint::black_box;

use leancloud_im_codes::KnownCode;

/// An input the compiler must treat as unknown once it is in a register: an empty `asm!`
/// statement takes it and hands it back, with no instruction of its own.
pub trait Input: Copy {
    fn opaque(self) -> Self;
}

impl Input for u16 {
    #[inline(always)]
    fn opaque(self) -> u16 {
        // The whole register, so that the compiler need not zero-extend the number again.
        let mut word = usize::from(self);
        // SAFETY: the template is a comment; the statement reads and writes a register only.
        unsafe {
            asm!("/* input {0} */", inout(reg) word, options(pure, nomem, nostack, preserves_flags));
            // SAFETY: the statement is empty, so `word` still holds a `u16`.
            u16::try_from(word).unwrap_unchecked()
        }
    }
}

impl Input for &str {
    // The statement neither reads nor writes through the pointer: it only hides its value.
    #[allow(clippy::pointers_in_nomem_asm_block)]
    #[inline(always)]
    fn opaque(self) -> Self {
        let (mut start, mut len) = (self.as_ptr(), self.len());
        // SAFETY: the template is a comment; the statement reads and writes registers only.
        unsafe {
            asm!(
                "/* input {0} {1} */",
                inout(reg) start,
                inout(reg) len,
                options(pure, nomem, nostack, preserves_flags),
            );
            // SAFETY: the statement is empty, so `start` and `len` are still `self`'s.
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(start, len))
        }
    }
}

/// What a lookup answers, folded into the loop's sum.
pub trait Answer {
    fn weight(self) -> usize;
}

impl Answer for Option<KnownCode> {
    /// The answer's bits: `KnownCode` is `repr(u16)` and `None` is a number no code has, so
    /// the sum needs no branch or select of its own.
    #[inline(always)]
    fn weight(self) -> usize {
        const {
            assert!(size_of::<Option<KnownCode>>() == size_of::<u16>());
        }
        // SAFETY: the sizes are equal (asserted above) and every bit pattern is a valid `u16`.
        usize::from(unsafe { std::mem::transmute::<Option<KnownCode>, u16>(self) })
    }
}

impl Answer for &str {
    #[inline(always)]
    fn weight(self) -> usize {
        self.len()
    }
}

/// The floors' answer: the input itself (a number) or its length (a name).
impl Answer for usize {
    #[inline(always)]
    fn weight(self) -> usize {
        self
    }
}

/// Looks up every input `rounds` times and sums the answers: the loop every benchmark times
/// and counts.
#[inline(never)]
pub fn run<T: Input, A: Answer>(inputs: &[T], rounds: usize, lookup: impl Fn(T) -> A) -> usize {
    let mut sum = 0_usize;
    for _ in 0..rounds {
        for &input in black_box(inputs) {
            sum = sum.wrapping_add(lookup(input.opaque()).weight());
        }
    }
    sum
}

/// The floor of numeric and text lookups: the loop with no lookup, adding the input itself.
#[inline(always)]
pub fn floor(code: u16) -> usize {
    usize::from(code)
}

/// The floor of name lookups: the loop with no lookup, adding the name's length.
#[inline(always)]
pub fn floor_name(name: &str) -> usize {
    name.len()
}

/// An empty call: an `#[inline(never)]` function that passes its input and its answer (a miss)
/// through `black_box`, so that neither the call nor the input's load can be left out.
#[inline(never)]
pub fn empty_call(code: u16) -> Option<KnownCode> {
    black_box(code);
    black_box(None)
}
