//! The lookups: a number or a name to a [`KnownCode`], through the generated perfect-hash
//! tables, and a known code to its row in the tables.

use crate::family::Family;
use crate::hash::{code_slot, edge_words, name_hash, name_slot};
use crate::lookup_error::LookupError;
use crate::name_match::{middle_eq, middle_eq_ignore_case};
use crate::table::{
    CODE_BITS, CODE_MULTIPLIER, CODE_SLOTS, KnownCode, NAME_BITS, NAME_HASH_FULL, NAME_KEYS,
    NAME_MAX_LEN, NAME_MIN_LEN, NAME_MULTIPLIER, NAME_SLOTS, NameKey, RECORDS, Record,
};

impl KnownCode {
    /// The known code with this number, if there is one.
    ///
    /// A perfect-hash probe: one multiplication, a table read and a compare, whose outcome
    /// indexes the answer, so no branch depends on the input.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::from_u16(4112), Some(KnownCode::SessionTokenExpired));
    /// assert_eq!(KnownCode::from_u16(4104), None);
    /// ```
    #[inline]
    #[must_use]
    pub const fn from_u16(code: u16) -> Option<KnownCode> {
        let slot = &CODE_SLOTS[code_slot(code, CODE_MULTIPLIER, CODE_BITS)];
        slot.answers[(slot.code == code) as usize]
    }

    /// Looks up a name or alias, exactly as spelled.
    ///
    /// A name that two codes share (`INTERNAL_ERROR`, `CONVERSATION_NOT_FOUND`,
    /// `OWNER_PROMOTION_NOT_ALLOWED`, `TIMEOUT`) is an error that lists the candidates; see
    /// [`from_name_in`](KnownCode::from_name_in).
    ///
    /// ```
    /// use leancloud_im_codes::{KnownCode, LookupError};
    ///
    /// assert_eq!(KnownCode::from_name("SESSION_CONFLICT"), Ok(KnownCode::SessionConflict));
    /// assert_eq!(KnownCode::from_name("CLOSE_NORMAL"), Ok(KnownCode::NormalClosure));
    /// assert_eq!(KnownCode::from_name("session_conflict"), Err(LookupError::UnknownName));
    /// ```
    /// # Errors
    ///
    /// [`LookupError::UnknownName`], or [`LookupError::Ambiguous`] for a shared name.
    #[inline]
    pub fn from_name(name: &str) -> Result<KnownCode, LookupError> {
        let bytes = name.as_bytes();
        match name_key(bytes) {
            Some((key, (first, last)))
                if key.first == first
                    && key.last == last
                    && middle_eq(key.text.as_bytes(), bytes) =>
            {
                single(key.codes)
            }
            _ => Err(LookupError::UnknownName),
        }
    }

    /// Looks up a name or alias, ignoring ASCII case.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(
    ///     KnownCode::from_name_ignore_ascii_case("Session_Conflict"),
    ///     Ok(KnownCode::SessionConflict)
    /// );
    /// ```
    /// # Errors
    ///
    /// [`LookupError::UnknownName`], or [`LookupError::Ambiguous`] for a shared name.
    #[inline]
    pub fn from_name_ignore_ascii_case(name: &str) -> Result<KnownCode, LookupError> {
        single(KnownCode::all_named(name))
    }

    /// Looks up a name or alias within one family, ignoring ASCII case.
    ///
    /// This settles `INTERNAL_ERROR` (1011 WebSocket, 4200 IM), `CONVERSATION_NOT_FOUND`
    /// (4303 IM, 9100 SDK) and `TIMEOUT` (3008 WebSocket, 124 general).
    /// `OWNER_PROMOTION_NOT_ALLOWED` is two SDK codes (5130 in the JavaScript SDK, 9130 in
    /// Swift and Objective-C), so within [`Family::Sdk`] it is still
    /// [`Ambiguous`](LookupError::Ambiguous), listing every code spelled that way: ask for it
    /// by number.
    ///
    /// ```
    /// use leancloud_im_codes::{Family, KnownCode, LookupError};
    ///
    /// assert_eq!(
    ///     KnownCode::from_name_in(Family::Im, "INTERNAL_ERROR"),
    ///     Ok(KnownCode::ImInternalError)
    /// );
    /// assert_eq!(
    ///     KnownCode::from_name_in(Family::WebSocket, "internal_error"),
    ///     Ok(KnownCode::WebSocketInternalError)
    /// );
    /// assert_eq!(
    ///     KnownCode::from_name_in(Family::Sdk, "SESSION_CONFLICT"),
    ///     Err(LookupError::UnknownName)
    /// );
    /// ```
    /// # Errors
    ///
    /// [`LookupError::UnknownName`] when no code of `family` is spelled this way, or
    /// [`LookupError::Ambiguous`] when several are.
    pub fn from_name_in(family: Family, name: &str) -> Result<KnownCode, LookupError> {
        let codes = KnownCode::all_named(name);
        let mut in_family = codes.iter().copied().filter(|code| code.family() == family);
        match (in_family.next(), in_family.next()) {
            (Some(code), None) => Ok(code),
            (Some(_), Some(_)) => Err(LookupError::Ambiguous { candidates: codes }),
            (None, _) => Err(LookupError::UnknownName),
        }
    }

    /// Every code that a name or alias stands for, ignoring ASCII case, ascending; empty for
    /// an unknown name. Two entries for the four shared names, one for the others.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(
    ///     KnownCode::all_named("OWNER_PROMOTION_NOT_ALLOWED"),
    ///     [KnownCode::JsOwnerPromotionNotAllowed, KnownCode::AppleOwnerPromotionNotAllowed]
    /// );
    /// assert_eq!(KnownCode::all_named("close_normal"), [KnownCode::NormalClosure]);
    /// assert!(KnownCode::all_named("NOPE").is_empty());
    /// ```
    #[must_use]
    #[inline]
    pub fn all_named(name: &str) -> &'static [KnownCode] {
        let bytes = name.as_bytes();
        match name_key(bytes) {
            // Forcing the bits that make the stored name's capitals lowercase on both sides
            // folds case where, and only where, the stored name has a letter.
            Some((key, (first, last)))
                if first | key.first_letters == key.first_lower
                    && last | key.last_letters == key.last_lower
                    && middle_eq_ignore_case(key.text.as_bytes(), bytes) =>
            {
                key.codes
            }
            _ => &[],
        }
    }

    /// The code's row in `RECORDS`.
    #[inline]
    pub(crate) fn record(self) -> &'static Record {
        &RECORDS[self.index()]
    }

    /// The code's place in `KnownCode::ALL` and in the tables in that order.
    #[inline]
    pub(crate) fn index(self) -> usize {
        usize::from(CODE_SLOTS[code_slot(self as u16, CODE_MULTIPLIER, CODE_BITS)].record)
    }
}

/// The only key whose hash slot `name` falls in, with the name's edge words, if the key has
/// the name's length.
#[inline(always)]
fn name_key(name: &[u8]) -> Option<(&'static NameKey, (u64, u64))> {
    if name.len() < NAME_MIN_LEN || name.len() > NAME_MAX_LEN {
        return None;
    }
    let edges = edge_words(name);
    let hash = name_hash(name, edges, NAME_HASH_FULL);
    let slot = NAME_SLOTS[name_slot(hash, NAME_MULTIPLIER, NAME_BITS)];
    NAME_KEYS
        .get(usize::from(slot))
        .filter(|key| key.text.len() == name.len())
        .map(|key| (key, edges))
}

/// The one code of a spelling, or why there is not exactly one.
#[inline(always)]
fn single(codes: &'static [KnownCode]) -> Result<KnownCode, LookupError> {
    match codes {
        [code] => Ok(*code),
        [] => Err(LookupError::UnknownName),
        candidates => Err(LookupError::Ambiguous { candidates }),
    }
}
