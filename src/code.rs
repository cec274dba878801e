//! The lossless [`Code`], and the lookups of both code types by number and by name.

use core::fmt;
use core::str::FromStr;

use crate::ascii;
use crate::carrier::Carrier;
use crate::family::Family;
use crate::hash::{code_slot, edge_words, name_hash, name_slot};
use crate::lang::Lang;
use crate::lookup_error::LookupError;
use crate::pad::padded;
use crate::range::{self, CodeRange};
use crate::recovery::{ConnectionAction, OperationAction, RetryAfter};
use crate::table::{
    CODE_BITS, CODE_MULTIPLIER, CODE_SLOTS, DESCRIPTIONS, HINTS, KnownCode, MESSAGES, NAME_BITS,
    NAME_HASH_FULL, NAME_KEYS, NAME_MAX_LEN, NAME_MIN_LEN, NAME_MULTIPLIER, NAME_SLOTS, NameKey,
    RECORDS, Record, SOURCES,
};

include!(concat!(env!("OUT_DIR"), "/consts.rs"));

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

    /// The code's number.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::SessionConflict.as_u16(), 4111);
    /// ```
    #[inline]
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self as u16
    }

    /// The code's name, spelled as LeanCloud or IANA spell it (`SILIENCED` included).
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::NormalClosure.name(), "NORMAL_CLOSURE");
    /// assert_eq!(KnownCode::Silienced.name(), "SILIENCED");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        self.record().name
    }

    /// Other spellings in use, which name lookups also accept.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::AbnormalClosure.aliases(), ["CLOSE_ABNORMAL"]);
    /// ```
    #[must_use]
    pub fn aliases(self) -> &'static [&'static str] {
        self.record().aliases
    }

    /// The code space the code comes from.
    ///
    /// ```
    /// use leancloud_im_codes::{Family, KnownCode};
    ///
    /// assert_eq!(KnownCode::WebSocketInternalError.family(), Family::WebSocket);
    /// assert_eq!(KnownCode::ImInternalError.family(), Family::Im);
    /// ```
    #[must_use]
    pub fn family(self) -> Family {
        self.record().family
    }

    /// What to do with the connection when this code closed it (the status of a Close frame,
    /// or a close reported locally); `None` for a code that never closes a connection.
    ///
    /// ```
    /// use leancloud_im_codes::{ConnectionAction, KnownCode};
    ///
    /// assert_eq!(KnownCode::FrameTooLong.connection(), Some(ConnectionAction::Reconnect));
    /// assert_eq!(KnownCode::AppNotAvailable.connection(), Some(ConnectionAction::Stop));
    /// assert_eq!(KnownCode::ConversationFull.connection(), None);
    /// ```
    #[must_use]
    pub fn connection(self) -> Option<ConnectionAction> {
        self.record().connection
    }

    /// What to do with the session when this code arrives in a `session/closed` command: the
    /// server ended the session, which a Close status with the same number does not.
    ///
    /// ```
    /// use leancloud_im_codes::{ConnectionAction, KnownCode};
    ///
    /// // As a Close status the official SDKs reconnect with the old session token...
    /// assert_eq!(KnownCode::SessionConflict.connection(), Some(ConnectionAction::Reconnect));
    /// // ...as `session/closed`, the session is over: tell the user.
    /// assert_eq!(KnownCode::SessionConflict.session_closed(), Some(ConnectionAction::StayOffline));
    /// assert_eq!(KnownCode::SessionTokenExpired.session_closed(), Some(ConnectionAction::ReopenSession));
    /// ```
    #[must_use]
    pub fn session_closed(self) -> Option<ConnectionAction> {
        self.record().session_closed
    }

    /// What to do with the request this code answered; `None` for a code that never answers a
    /// request.
    ///
    /// ```
    /// use leancloud_im_codes::{KnownCode, OperationAction};
    ///
    /// assert_eq!(KnownCode::FrameTooLong.operation(), Some(OperationAction::FixRequest));
    /// assert_eq!(KnownCode::AppQuotaExceeded.operation(), Some(OperationAction::RetryLater));
    /// ```
    #[must_use]
    pub fn operation(self) -> Option<OperationAction> {
        self.record().operation
    }

    /// The wait LeanCloud documents before retrying, if any: 60 seconds for a per-minute
    /// limit, [`RetryAfter::NextDay`] for a daily cap.
    ///
    /// ```
    /// use leancloud_im_codes::{KnownCode, RetryAfter};
    ///
    /// assert_eq!(KnownCode::AppQuotaExceeded.retry_after(), Some(RetryAfter::NextDay));
    /// assert_eq!(KnownCode::SessionConflict.retry_after(), None);
    /// ```
    #[must_use]
    pub fn retry_after(self) -> Option<RetryAfter> {
        self.record().retry_after
    }

    /// Whether the request this code answered may be sent again as it is.
    ///
    /// A timeout or a lost reply (9000 `COMMAND_TIMEOUT`, 4201 `SEND_MESSAGE_TIMEOUT`, the Java
    /// SDK's 124) leaves the outcome unknown: the request may already have been applied, so
    /// only an `idempotent` one (a query, a read) is safe to resend. The official JavaScript
    /// SDK treats direct messages, session opens and conversation changes as not idempotent.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert!(!KnownCode::SendMessageTimeout.is_retryable(false)); // may have been delivered
    /// assert!(KnownCode::CommandTimeout.is_retryable(true));
    /// assert!(!KnownCode::ConversationFull.is_retryable(true));
    /// ```
    #[must_use]
    pub fn is_retryable(self, idempotent: bool) -> bool {
        let record = self.record();
        record.operation.is_some_and(OperationAction::is_retry)
            && (idempotent || !record.unknown_outcome)
    }

    /// Where the code's facts come from: documentation pages and SDK files as
    /// `owner/repository:path:line`, and RFC sections or the IANA registry.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert!(KnownCode::SessionConflict.sources().iter().any(|s| s.starts_with("leancloud/docs:")));
    /// ```
    #[must_use]
    pub fn sources(self) -> &'static [&'static str] {
        SOURCES[self.index()]
    }

    /// What happened, for the developer reading the error.
    ///
    /// ```
    /// use leancloud_im_codes::{KnownCode, Lang};
    ///
    /// assert!(KnownCode::ConversationFull.description(Lang::En).contains("500"));
    /// ```
    #[must_use]
    pub fn description(self, lang: Lang) -> &'static str {
        DESCRIPTIONS[self.index()].get(lang)
    }

    /// What the developer should change or do.
    ///
    /// ```
    /// use leancloud_im_codes::{KnownCode, Lang};
    ///
    /// assert!(!KnownCode::InvalidOrigin.hint(Lang::ZhHant).is_empty());
    /// ```
    #[must_use]
    pub fn hint(self, lang: Lang) -> &'static str {
        HINTS[self.index()].get(lang)
    }

    /// A short sentence for the end user of a chat app, safe to show in a UI: it names no
    /// internals and says what the user can do, if anything.
    ///
    /// ```
    /// use leancloud_im_codes::{KnownCode, Lang};
    ///
    /// let message = KnownCode::SessionConflict.message(Lang::ZhHant);
    /// assert!(!message.contains("4111") && !message.contains("SESSION_CONFLICT"));
    /// ```
    #[must_use]
    pub fn message(self, lang: Lang) -> &'static str {
        MESSAGES[self.index()].get(lang)
    }

    /// The RFC 6455 range of the code's number.
    ///
    /// ```
    /// use leancloud_im_codes::{CodeRange, KnownCode};
    ///
    /// assert_eq!(KnownCode::CommandTimeout.range(), CodeRange::Invalid);
    /// ```
    #[must_use]
    pub const fn range(self) -> CodeRange {
        CodeRange::of(self.as_u16())
    }

    /// Whether an endpoint may send this code as the status of a Close frame.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert!(KnownCode::SessionConflict.is_sendable());
    /// assert!(!KnownCode::AbnormalClosure.is_sendable()); // 1006 is local-only
    /// ```
    #[must_use]
    pub const fn is_sendable(self) -> bool {
        range::may_send(self.as_u16())
    }

    /// Looks up a name or alias, exactly as spelled.
    ///
    /// A name that two codes share (`INTERNAL_ERROR`, `CONVERSATION_NOT_FOUND`,
    /// `OWNER_PROMOTION_NOT_ALLOWED`) is an error that lists the candidates; see
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
                    && ascii::middle_eq(key.text.as_bytes(), bytes) =>
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
    /// This settles `INTERNAL_ERROR` (1011 WebSocket, 4200 IM) and `CONVERSATION_NOT_FOUND`
    /// (4303 IM, 9100 SDK). `OWNER_PROMOTION_NOT_ALLOWED` is two SDK codes (5130 in the
    /// JavaScript SDK, 9130 in Swift and Objective-C), so within [`Family::Sdk`] it is still
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
    /// an unknown name. Two entries for the three shared names, one for the others.
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
                    && ascii::middle_eq_ignore_case(key.text.as_bytes(), bytes) =>
            {
                key.codes
            }
            _ => &[],
        }
    }

    /// Formats as `NAME (NUMBER): description` in `lang`, without allocating.
    ///
    /// ```
    /// use leancloud_im_codes::{KnownCode, Lang};
    ///
    /// let text = format!("{}", KnownCode::SessionTokenExpired.display_in(Lang::ZhHant));
    /// assert!(text.starts_with("SESSION_TOKEN_EXPIRED (4112): "));
    /// assert!(text.ends_with(KnownCode::SessionTokenExpired.description(Lang::ZhHant)));
    /// ```
    #[must_use]
    pub fn display_in(self, lang: Lang) -> Localized {
        Code::from(self).display_in(lang)
    }

    #[inline]
    fn record(self) -> &'static Record {
        &RECORDS[self.index()]
    }

    /// The code's place in `KnownCode::ALL` and in the tables in that order.
    #[inline]
    fn index(self) -> usize {
        usize::from(CODE_SLOTS[code_slot(self.as_u16(), CODE_MULTIPLIER, CODE_BITS)].record)
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

impl fmt::Display for KnownCode {
    /// `NAME (NUMBER): English description`, e.g.
    /// `SESSION_CONFLICT (4111): This account signed in on another device, ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.display_in(Lang::En), f)
    }
}

impl FromStr for KnownCode {
    type Err = LookupError;

    /// Accepts what [`Code`]'s `FromStr` accepts, then requires a known code.
    fn from_str(text: &str) -> Result<KnownCode, LookupError> {
        let code: Code = text.parse()?;
        code.known().ok_or(LookupError::UnknownCode(code.as_u16()))
    }
}

impl TryFrom<u16> for KnownCode {
    type Error = LookupError;

    fn try_from(code: u16) -> Result<KnownCode, LookupError> {
        KnownCode::from_u16(code).ok_or(LookupError::UnknownCode(code))
    }
}

impl TryFrom<Code> for KnownCode {
    type Error = LookupError;

    fn try_from(code: Code) -> Result<KnownCode, LookupError> {
        code.known().ok_or(LookupError::UnknownCode(code.as_u16()))
    }
}

impl From<KnownCode> for u16 {
    fn from(code: KnownCode) -> u16 {
        code.as_u16()
    }
}

impl From<KnownCode> for &'static str {
    /// The code's name.
    fn from(code: KnownCode) -> &'static str {
        code.name()
    }
}

impl PartialEq<u16> for KnownCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<KnownCode> for u16 {
    fn eq(&self, other: &KnownCode) -> bool {
        *self == other.as_u16()
    }
}

/// Any code number, known or not, kept exactly as received.
///
/// Every `u16` converts without loss: a known number reads through to its [`KnownCode`]; an
/// unknown one keeps its number and is described by its RFC 6455 [`CodeRange`]. Like
/// `http::StatusCode`, it is a thin wrapper around the number, so a code added to the crate in a
/// later release changes what `known()` returns, never what the value holds.
///
/// Ranges (RFC 6455 §7.4.2): 0–999 unused, 1000–2999 protocol, 3000–3999 registered with
/// [IANA](https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number),
/// 4000–4999 private use (LeanCloud IM), 5000 and above invalid on the wire (LeanCloud SDK-local
/// codes live there).
///
/// Each known code has a constant named like it, usable in `match`:
///
/// ```
/// use leancloud_im_codes::{Code, CodeRange, ConnectionAction, KnownCode};
///
/// let code = Code::from(4111);
/// assert_eq!(code.known(), Some(KnownCode::SessionConflict));
/// assert_eq!(code.session_closed(), Some(ConnectionAction::StayOffline));
/// match code {
///     Code::SESSION_CONFLICT => { /* signed in elsewhere */ }
///     _ => unreachable!(),
/// }
///
/// let unknown = Code::from(4999);
/// assert_eq!(unknown.known(), None);
/// assert_eq!(unknown.as_u16(), 4999);
/// assert_eq!(unknown.range(), CodeRange::Private);
/// assert_eq!(unknown.connection(), Some(ConnectionAction::Reconnect));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(u16);

impl Code {
    /// Wraps a number; every `u16` is accepted.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// const CONFLICT: Code = Code::new(4111);
    /// assert_eq!(CONFLICT.as_u16(), 4111);
    /// ```
    #[must_use]
    pub const fn new(code: u16) -> Code {
        Code(code)
    }

    /// The number, exactly as received.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Code::new(4999).as_u16(), 4999);
    /// ```
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// The known code with this number, if the crate knows it.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, KnownCode};
    ///
    /// assert_eq!(Code::new(1000).known(), Some(KnownCode::NormalClosure));
    /// assert_eq!(Code::new(1016).known(), None);
    /// ```
    #[inline]
    #[must_use]
    pub fn known(self) -> Option<KnownCode> {
        KnownCode::from_u16(self.0)
    }

    /// Whether the crate knows this number.
    ///
    /// ```
    /// assert!(leancloud_im_codes::Code::new(4112).is_known());
    /// ```
    #[must_use]
    pub fn is_known(self) -> bool {
        self.known().is_some()
    }

    /// The code's name, or `None` for an unknown number.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert_eq!(Code::new(4115).name(), Some("KICKED_BY_APP"));
    /// assert_eq!(Code::new(4999).name(), None);
    /// ```
    pub fn name(self) -> Option<&'static str> {
        self.known().map(KnownCode::name)
    }

    /// The code's family, or `None` for an unknown number.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Family};
    ///
    /// assert_eq!(Code::new(9001).family(), Some(Family::Sdk));
    /// ```
    pub fn family(self) -> Option<Family> {
        self.known().map(KnownCode::family)
    }

    /// What to do with the connection this code closed: the known code's answer, or
    /// [`ConnectionAction::Reconnect`] for an unknown number, as the official SDKs reconnect
    /// after any close they do not single out.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, ConnectionAction};
    ///
    /// assert_eq!(Code::new(4100).connection(), Some(ConnectionAction::Stop));
    /// assert_eq!(Code::new(4999).connection(), Some(ConnectionAction::Reconnect));
    /// ```
    #[must_use]
    pub fn connection(self) -> Option<ConnectionAction> {
        self.known()
            .map_or(Some(ConnectionAction::Reconnect), KnownCode::connection)
    }

    /// What to do when this code arrives in a `session/closed` command: the known code's
    /// answer, or [`ConnectionAction::StayOffline`] for an unknown number, since the server
    /// ended the session and the official SDKs do not reopen it on their own.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, ConnectionAction};
    ///
    /// assert_eq!(Code::new(4999).session_closed(), Some(ConnectionAction::StayOffline));
    /// ```
    #[must_use]
    pub fn session_closed(self) -> Option<ConnectionAction> {
        self.known().map_or(
            Some(ConnectionAction::StayOffline),
            KnownCode::session_closed,
        )
    }

    /// What to do with the connection after this code arrived by `carrier`: a Close status
    /// (or a local report) gives [`connection`](Code::connection), a `session/closed` command
    /// [`session_closed`](Code::session_closed), and a reply to a request (error, ack, REST)
    /// `None`, since a reply leaves the connection as it is.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, Code, ConnectionAction};
    ///
    /// let conflict = Code::SESSION_CONFLICT;
    /// assert_eq!(conflict.connection_after(Carrier::CloseFrame), Some(ConnectionAction::Reconnect));
    /// assert_eq!(conflict.connection_after(Carrier::SessionClosed), Some(ConnectionAction::StayOffline));
    /// assert_eq!(conflict.connection_after(Carrier::ErrorCommand), None);
    /// ```
    #[must_use]
    pub fn connection_after(self, carrier: Carrier) -> Option<ConnectionAction> {
        match carrier {
            Carrier::CloseFrame | Carrier::Local => self.connection(),
            Carrier::SessionClosed => self.session_closed(),
            Carrier::ErrorCommand | Carrier::Ack | Carrier::Rest => None,
        }
    }

    /// What to do with the request this code answered, or `None` for a code that never
    /// answers one and for an unknown number (nothing is documented for it).
    ///
    /// ```
    /// use leancloud_im_codes::{Code, OperationAction};
    ///
    /// assert_eq!(Code::new(4304).operation(), Some(OperationAction::FixRequest));
    /// assert_eq!(Code::new(4999).operation(), None);
    /// ```
    #[must_use]
    pub fn operation(self) -> Option<OperationAction> {
        self.known().and_then(KnownCode::operation)
    }

    /// The documented wait before retrying, if any; see [`KnownCode::retry_after`].
    ///
    /// ```
    /// use leancloud_im_codes::{Code, RetryAfter};
    ///
    /// assert_eq!(Code::new(4113).retry_after(), Some(RetryAfter::NextDay));
    /// ```
    #[must_use]
    pub fn retry_after(self) -> Option<RetryAfter> {
        self.known().and_then(KnownCode::retry_after)
    }

    /// Whether the request this code answered may be sent again as it is; see
    /// [`KnownCode::is_retryable`]. Never for an unknown number.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert!(!Code::new(9000).is_retryable(false));
    /// assert!(!Code::new(4999).is_retryable(true));
    /// ```
    #[must_use]
    pub fn is_retryable(self, idempotent: bool) -> bool {
        self.known()
            .is_some_and(|known| known.is_retryable(idempotent))
    }

    /// Where the known code's facts come from; empty for an unknown number.
    ///
    /// ```
    /// assert!(leancloud_im_codes::Code::new(4999).sources().is_empty());
    /// ```
    #[must_use]
    pub fn sources(self) -> &'static [&'static str] {
        self.known().map_or(&[], KnownCode::sources)
    }

    /// A short sentence for the end user: the known code's message, or its range's.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang};
    ///
    /// assert!(!Code::new(4999).message(Lang::En).is_empty());
    /// ```
    #[must_use]
    pub fn message(self, lang: Lang) -> &'static str {
        match self.known() {
            Some(known) => known.message(lang),
            None => self.range().message(lang),
        }
    }

    /// What happened: the known code's description, or its range's for an unknown number.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang};
    ///
    /// assert!(Code::new(4999).description(Lang::En).contains("does not know"));
    /// ```
    #[must_use]
    pub fn description(self, lang: Lang) -> &'static str {
        match self.known() {
            Some(known) => known.description(lang),
            None => self.range().description(lang),
        }
    }

    /// What to do: the known code's hint, or its range's for an unknown number.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang};
    ///
    /// assert!(!Code::new(60000).hint(Lang::ZhHans).is_empty());
    /// ```
    #[must_use]
    pub fn hint(self, lang: Lang) -> &'static str {
        match self.known() {
            Some(known) => known.hint(lang),
            None => self.range().hint(lang),
        }
    }

    /// The RFC 6455 range the number falls in.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, CodeRange};
    ///
    /// assert_eq!(Code::new(2000).range(), CodeRange::Protocol);
    /// ```
    #[must_use]
    pub const fn range(self) -> CodeRange {
        CodeRange::of(self.0)
    }

    /// Whether an endpoint may send this number as the status of a Close frame (RFC 6455
    /// §7.4): 1000–1003, 1007–1014 and 3000–4999.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert!(Code::new(4999).is_sendable());
    /// assert!(!Code::new(1005).is_sendable());
    /// assert!(!Code::new(1016).is_sendable());
    /// assert!(!Code::new(5000).is_sendable());
    /// ```
    #[must_use]
    pub const fn is_sendable(self) -> bool {
        range::may_send(self.0)
    }

    /// Formats as `NAME (NUMBER): description` in `lang`, without allocating. An unknown number
    /// shows as `UNKNOWN (NUMBER): ` and its range's description.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang};
    ///
    /// let text = Code::new(4999).display_in(Lang::En).to_string();
    /// assert!(text.starts_with("UNKNOWN (4999): "));
    /// ```
    #[must_use]
    pub fn display_in(self, lang: Lang) -> Localized {
        Localized { code: self, lang }
    }
}

/// A code formatted in one language; made by [`Code::display_in`] and
/// [`KnownCode::display_in`].
///
/// ```
/// use leancloud_im_codes::{KnownCode, Lang};
///
/// let localized = KnownCode::KickedByApp.display_in(Lang::ZhHans);
/// let text = localized.to_string();
/// assert_eq!(text, format!("KICKED_BY_APP (4115): {}", KnownCode::KickedByApp.description(Lang::ZhHans)));
/// // Width and alignment apply to the whole text.
/// assert_eq!(format!("{localized:>300}").chars().count(), 300.max(text.chars().count()));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Localized {
    code: Code,
    lang: Lang,
}

/// The name `Display` gives an unknown number, accepted back by `FromStr`.
const UNKNOWN_NAME: &str = "UNKNOWN";

impl fmt::Display for Localized {
    /// `NAME (NUMBER): description`, padded to the formatter's width.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.code.name().unwrap_or(UNKNOWN_NAME);
        padded(f, |out| {
            write!(
                out,
                "{name} ({}): {}",
                self.code.0,
                self.code.description(self.lang)
            )
        })
    }
}

impl fmt::Display for Code {
    /// `NAME (NUMBER): English description`; `UNKNOWN (NUMBER): ...` for an unknown number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.display_in(Lang::En), f)
    }
}

impl FromStr for Code {
    type Err = LookupError;

    /// Accepts, around optional white space:
    /// - decimal digits, `0` to `65535`, known or not;
    /// - a name or alias in any ASCII case (an ambiguous name is an error);
    /// - the `Display` form `NAME (NUMBER)`, optionally followed by `: text`, where the name
    ///   must be the number's (or `UNKNOWN` for an unknown number).
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert_eq!("4111".parse(), Ok(Code::new(4111)));
    /// assert_eq!("session_conflict".parse(), Ok(Code::new(4111)));
    /// let shown = Code::new(1011).to_string();
    /// assert_eq!(shown.parse(), Ok(Code::new(1011)));
    /// ```
    fn from_str(text: &str) -> Result<Code, LookupError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(LookupError::Empty);
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            return parse_number(text).map(Code);
        }
        if let Some((name, rest)) = text.split_once(" (") {
            let (number, after) = rest.split_once(')').ok_or(LookupError::UnknownName)?;
            if !(after.is_empty() || after.starts_with(':')) || !is_digits(number) {
                return Err(LookupError::UnknownName);
            }
            let code = Code(parse_number(number)?);
            let belongs = match code.known() {
                Some(known) => {
                    known.name().eq_ignore_ascii_case(name)
                        || known.aliases().iter().any(|a| a.eq_ignore_ascii_case(name))
                }
                None => name.eq_ignore_ascii_case(UNKNOWN_NAME),
            };
            return if belongs {
                Ok(code)
            } else {
                Err(LookupError::NameMismatch(code.0))
            };
        }
        KnownCode::from_name_ignore_ascii_case(text).map(Code::from)
    }
}

impl Code {
    /// Parses a name, an alias or digits that arrived as bytes (a Close frame's reason, a
    /// buffer), as `FromStr` does; bytes that are not UTF-8 are an unknown name.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, LookupError};
    ///
    /// assert_eq!(Code::from_bytes(b"SESSION_CONFLICT"), Ok(Code::SESSION_CONFLICT));
    /// assert_eq!(Code::from_bytes(b"\xff"), Err(LookupError::UnknownName));
    /// ```
    /// # Errors
    ///
    /// What `FromStr` reports; bytes that are not UTF-8 are [`LookupError::UnknownName`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Code, LookupError> {
        core::str::from_utf8(bytes)
            .map_err(|_| LookupError::UnknownName)?
            .parse()
    }
}

impl TryFrom<&str> for Code {
    type Error = LookupError;

    /// What `FromStr` accepts.
    fn try_from(text: &str) -> Result<Code, LookupError> {
        text.parse()
    }
}

/// `TryFrom` a wider integer, as protobuf's `int32` code fields and JSON numbers arrive.
macro_rules! from_wide_integer {
    ($($integer:ty),*) => {$(
        impl TryFrom<$integer> for Code {
            type Error = LookupError;

            /// Any value from 0 to 65535; others are [`LookupError::OutOfRange`].
            fn try_from(code: $integer) -> Result<Code, LookupError> {
                u16::try_from(code).map(Code).map_err(|_| LookupError::OutOfRange)
            }
        }

        impl TryFrom<$integer> for KnownCode {
            type Error = LookupError;

            /// A known code's number; [`LookupError::OutOfRange`] outside 0 to 65535 and
            /// [`LookupError::UnknownCode`] for another number.
            fn try_from(code: $integer) -> Result<KnownCode, LookupError> {
                KnownCode::try_from(Code::try_from(code)?)
            }
        }
    )*};
}

from_wide_integer!(i32, i64, u32, u64);

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Decimal digits to a `u16`, with no sign, and `OutOfRange` above 65535.
fn parse_number(digits: &str) -> Result<u16, LookupError> {
    digits.bytes().try_fold(0u16, |value, byte| {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return Err(LookupError::UnknownName);
        }
        value
            .checked_mul(10)
            .and_then(|value| value.checked_add(u16::from(digit)))
            .ok_or(LookupError::OutOfRange)
    })
}

impl From<u16> for Code {
    fn from(code: u16) -> Code {
        Code(code)
    }
}

impl From<Code> for u16 {
    fn from(code: Code) -> u16 {
        code.0
    }
}

impl From<KnownCode> for Code {
    fn from(code: KnownCode) -> Code {
        Code(code.as_u16())
    }
}

impl PartialEq<u16> for Code {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Code> for u16 {
    fn eq(&self, other: &Code) -> bool {
        *self == other.0
    }
}

impl PartialEq<KnownCode> for Code {
    fn eq(&self, other: &KnownCode) -> bool {
        self.0 == other.as_u16()
    }
}

impl PartialEq<Code> for KnownCode {
    fn eq(&self, other: &Code) -> bool {
        self.as_u16() == other.0
    }
}
