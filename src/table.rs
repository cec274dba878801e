//! The table generated from `codes.toml`: the [`KnownCode`] enum, a record per code and the
//! perfect-hash slots that find them. Data only; the lookups live in `code.rs`.

use crate::family::Family;
use crate::lang::Text;
use crate::recovery::{ConnectionAction, OperationAction, RetryAfter};

include!(concat!(env!("OUT_DIR"), "/codes.rs"));

/// What the crate says about one known code.
pub(crate) struct Record {
    pub(crate) name: &'static str,
    pub(crate) aliases: &'static [&'static str],
    pub(crate) family: Family,
    pub(crate) connection: Option<ConnectionAction>,
    pub(crate) session_closed: Option<ConnectionAction>,
    pub(crate) operation: Option<OperationAction>,
    pub(crate) retry_after: Option<RetryAfter>,
    pub(crate) unknown_outcome: bool,
}

/// A slot of the numeric table. Eight bytes, so that one scaled index reaches every field.
#[repr(C, align(8))]
pub(crate) struct CodeSlot {
    /// The number that hashes to this slot.
    pub(crate) code: u16,
    /// `[None, Some(code)]`: the answer for a miss and for a hit.
    pub(crate) answers: [Option<KnownCode>; 2],
    /// The code's place in `KnownCode::ALL` and the tables in that order.
    pub(crate) record: u16,
}

impl CodeSlot {
    /// A slot no code hashes to. Every number that reaches it is a miss, 0 included: both
    /// answers are `None`.
    pub(crate) const EMPTY: CodeSlot = CodeSlot {
        code: 0,
        answers: [None, None],
        record: u16::MAX,
    };
}

/// One spelling (name or alias) and every code it names.
pub(crate) struct NameKey {
    pub(crate) text: &'static str,
    /// The text's first and last eight bytes as words (see `hash::edge_words`).
    pub(crate) first: u64,
    pub(crate) last: u64,
    /// `hash::capital_letters` of `first` and `last`, for comparisons that ignore case...
    pub(crate) first_letters: u64,
    pub(crate) last_letters: u64,
    /// ...and `first` and `last` with those letters made lowercase.
    pub(crate) first_lower: u64,
    pub(crate) last_lower: u64,
    pub(crate) codes: &'static [KnownCode],
}
