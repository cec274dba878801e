//! The tables generated from `codes.toml`: the [`KnownCode`] enum, a record per code, the
//! answers and texts for unknown numbers, HTTP statuses and transport failures, and the
//! perfect-hash slots that find codes and names. Data only; `lookup.rs` reads the slots, and
//! `code.rs` and `error.rs` read the rest.

use crate::family::Family;
use crate::lang::Text;
use crate::recovery::{ConnectionAction, OperationAction, RetryAfter};
#[cfg(feature = "alloc")]
use crate::transport::TransportFailure;

include!(concat!(env!("OUT_DIR"), "/codes.rs"));

/// The recovery answers of a code, or of the unknown numbers of a range.
pub(crate) struct Answers {
    /// After the code closed the connection.
    pub(crate) connection: Option<ConnectionAction>,
    /// After the code ended or refused the session.
    pub(crate) session: Option<ConnectionAction>,
    /// For the request the code answered.
    pub(crate) operation: Option<OperationAction>,
    pub(crate) retry_after: Option<RetryAfter>,
    /// The request may already have been applied (a timeout).
    pub(crate) unknown_outcome: bool,
}

/// What the crate says about one known code besides its texts and sources.
pub(crate) struct Record {
    pub(crate) name: &'static str,
    pub(crate) aliases: &'static [&'static str],
    pub(crate) family: Family,
    pub(crate) answers: Answers,
}

/// Which statuses an HTTP record answers for.
#[cfg(feature = "alloc")]
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum HttpKey {
    Status(u16),
    /// 4 for 4xx, 5 for 5xx.
    Class(u8),
    Other,
}

/// The answers for an HTTP status: of a refused WebSocket handshake and of a REST reply.
#[cfg(feature = "alloc")]
pub(crate) struct HttpRecord {
    pub(crate) key: HttpKey,
    pub(crate) handshake: Option<ConnectionAction>,
    pub(crate) operation: Option<OperationAction>,
    pub(crate) retry_after: Option<RetryAfter>,
    /// The request may already have been applied (a server error).
    pub(crate) unknown_outcome: bool,
}

/// The answers for a transport failure that has no close code.
#[cfg(feature = "alloc")]
pub(crate) struct TransportRecord {
    pub(crate) failure: TransportFailure,
    pub(crate) connection: Option<ConnectionAction>,
    pub(crate) operation: Option<OperationAction>,
}

/// The words an error's `Display` writes around what came with it.
// Without `alloc` there is no `ImError`, and only `unknown` is read (by `Code`'s `Display`).
#[cfg_attr(not(feature = "alloc"), allow(dead_code))]
pub(crate) struct Labels {
    /// Stands for the name of a code this crate does not know.
    pub(crate) unknown: Text,
    pub(crate) server: Text,
    pub(crate) local: Text,
    pub(crate) reason: Text,
    pub(crate) detail: Text,
    pub(crate) app_code: Text,
    pub(crate) app_message: Text,
    pub(crate) retry_after: Text,
    /// Introduces a code that did not decide, beside the HTTP status that did.
    pub(crate) code: Text,
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
