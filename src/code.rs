//! The lossless [`Code`], the one home of every per-code answer: recovery, waits, texts and
//! sources, for known and unknown numbers alike.

use crate::carrier::Carrier;
use crate::digits::Digits;
use crate::family::Family;
use crate::lang::{Lang, Text};
use crate::range::{self, CodeRange};
use crate::recovery::{ConnectionAction, OperationAction, RetryAfter};
use crate::table::{
    Answers, DESCRIPTIONS, HINTS, KnownCode, LABELS, MESSAGES, SOURCES, UNKNOWN_ANSWERS,
    UNKNOWN_DESCRIPTIONS, UNKNOWN_HINTS, UNKNOWN_MESSAGES, UNKNOWN_SOURCES,
};
use crate::text_kind::TextKind;

include!(concat!(env!("OUT_DIR"), "/consts.rs"));

/// Any code number, known or not, kept exactly as received: the home of every answer the
/// crate gives about a code.
///
/// Every `u16` converts without loss: a known number reads through to its [`KnownCode`]; an
/// unknown one keeps its number and gets the answers and texts of its RFC 6455
/// [`CodeRange`]. Like `http::StatusCode`, it is a thin wrapper around the number, so a code
/// added to the crate in a later release changes what [`known`](Code::known) returns, never
/// what the value holds. It displays as `4111 SESSION_CONFLICT`; the alternate form
/// (`{:#}`) adds the description.
///
/// Ranges (RFC 6455 §7.4.2): 0–999 unused, 1000–2999 protocol, 3000–3999 registered with
/// [IANA](https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number),
/// 4000–4999 private use (LeanCloud IM), 5000 and above invalid on the wire (LeanCloud SDK-local
/// codes live there).
///
/// Each known code has a constant named like it, usable in `match`:
///
/// ```
/// use leancloud_im_codes::{Carrier, Code, CodeRange, ConnectionAction, KnownCode};
///
/// let code = Code::from(4111);
/// assert_eq!(code.known(), Some(KnownCode::SessionConflict));
/// assert_eq!(code.to_string(), "4111 SESSION_CONFLICT");
/// assert_eq!(code.connection(Carrier::Session), Some(ConnectionAction::StayOffline));
/// match code {
///     Code::SESSION_CONFLICT => { /* signed in elsewhere */ }
///     _ => unreachable!(),
/// }
///
/// let unknown = Code::from(4999);
/// assert_eq!(unknown.known(), None);
/// assert_eq!(unknown.as_u16(), 4999);
/// assert_eq!(unknown.range(), CodeRange::Private);
/// assert_eq!(unknown.connection(Carrier::CloseFrame), Some(ConnectionAction::Reconnect));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

    /// Wraps a number, as [`new`](Code::new) does; the name `http::StatusCode` users look for.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// const CLOSED: Code = Code::from_u16(1000);
    /// assert_eq!(CLOSED, Code::NORMAL_CLOSURE);
    /// ```
    #[must_use]
    pub const fn from_u16(code: u16) -> Code {
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

    /// The number in decimal digits, without allocating: `"4111"`.
    ///
    /// A [`Digits`] derefs to `str` and compares with one, for a log field, a metrics label
    /// or a header value.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert_eq!(Code::SESSION_CONFLICT.as_str(), "4111");
    /// assert_eq!(Code::new(0).as_str(), "0");
    /// assert_eq!(&*Code::new(65535).as_str(), "65535");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> Digits {
        Digits::new(self.0)
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
    pub const fn known(self) -> Option<KnownCode> {
        KnownCode::from_u16(self.0)
    }

    /// Whether the crate knows this number.
    ///
    /// ```
    /// assert!(leancloud_im_codes::Code::new(4112).is_known());
    /// ```
    #[must_use]
    pub const fn is_known(self) -> bool {
        self.known().is_some()
    }

    /// The code's name (`SESSION_CONFLICT`), or `<unknown>` for a number the crate does not
    /// know, which no name lookup accepts.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert_eq!(Code::new(4115).name(), "KICKED_BY_APP");
    /// assert_eq!(Code::new(4999).name(), "<unknown>");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        self.name_in(Lang::En)
    }

    /// [`name`](Code::name), with an unknown number's placeholder in `lang`.
    pub(crate) fn name_in(self, lang: Lang) -> &'static str {
        match self.known() {
            Some(known) => known.name(),
            None => LABELS.unknown.get(lang),
        }
    }

    /// The code's family, or `None` for a number the crate does not know (whatever its
    /// range; see [`range`](Code::range)).
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Family};
    ///
    /// assert_eq!(Code::new(9001).family(), Some(Family::Sdk));
    /// assert_eq!(Code::new(4104).family(), None);
    /// ```
    #[must_use]
    pub fn family(self) -> Option<Family> {
        self.known().map(KnownCode::family)
    }

    /// Whether the crate knows the number as a WebSocket close code (RFC 6455, IANA).
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert!(Code::ABNORMAL_CLOSURE.is_websocket());
    /// assert!(!Code::SESSION_CONFLICT.is_websocket());
    /// assert!(!Code::new(3001).is_websocket()); // registered range, but not a code it knows
    /// ```
    #[must_use]
    pub fn is_websocket(self) -> bool {
        self.family() == Some(Family::WebSocket)
    }

    /// Whether the crate knows the number as a LeanCloud IM server code.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert!(Code::SESSION_CONFLICT.is_im());
    /// assert!(!Code::new(4104).is_im()); // a gap in the IM range
    /// ```
    #[must_use]
    pub fn is_im(self) -> bool {
        self.family() == Some(Family::Im)
    }

    /// Whether the crate knows the number as a code that LeanCloud's SDKs raise locally.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert!(Code::COMMAND_TIMEOUT.is_sdk());
    /// assert!(!Code::new(9999).is_sdk());
    /// ```
    #[must_use]
    pub fn is_sdk(self) -> bool {
        self.family() == Some(Family::Sdk)
    }

    /// Whether the crate knows the number as one of LeanCloud's platform-wide codes.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert!(Code::INTERNAL_SERVER_ERROR.is_general());
    /// assert!(!Code::SESSION_CONFLICT.is_general());
    /// ```
    #[must_use]
    pub fn is_general(self) -> bool {
        self.family() == Some(Family::General)
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

    /// What to do with the connection after this code arrived by `carrier`, or `None`
    /// ("never") where the code does not end anything that way.
    ///
    /// - [`CloseFrame`](Carrier::CloseFrame), [`Transport`](Carrier::Transport) and
    ///   [`Local`](Carrier::Local): the code closed the connection. A Close frame ended it
    ///   whatever status it carries, so `CloseFrame` always has an answer: a code LeanCloud
    ///   never closes with (one that only answers requests, say) is answered as an unknown
    ///   number of its range, reconnect, as the JS SDK does with every Close status but 4100,
    ///   4103 and 4110.
    /// - [`Session`](Carrier::Session): the code ended or refused the session. Every official
    ///   SDK then stops; nothing reconnects by itself unless the code says so (4112).
    /// - [`ErrorCommand`](Carrier::ErrorCommand), [`Ack`](Carrier::Ack),
    ///   [`Rest`](Carrier::Rest): a reply to a request leaves the connection as it is, so
    ///   `None`; see [`operation`](Code::operation).
    ///
    /// A number the crate does not know gets its range's answer: reconnect after a close, as
    /// the official SDKs do after any close they do not single out, and stay offline after the
    /// session ended.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, Code, ConnectionAction};
    ///
    /// let conflict = Code::SESSION_CONFLICT;
    /// assert_eq!(conflict.connection(Carrier::CloseFrame), Some(ConnectionAction::Reconnect));
    /// assert_eq!(conflict.connection(Carrier::Session), Some(ConnectionAction::StayOffline));
    /// assert_eq!(conflict.connection(Carrier::ErrorCommand), None);
    /// assert_eq!(Code::new(4100).connection(Carrier::CloseFrame), Some(ConnectionAction::Stop));
    /// // 4301 only answers requests; in a Close frame anyway, it is reconnected like 4999.
    /// assert_eq!(Code::new(4301).connection(Carrier::CloseFrame), Some(ConnectionAction::Reconnect));
    /// assert_eq!(Code::new(4301).connection(Carrier::Local), None);
    /// assert_eq!(Code::new(4999).connection(Carrier::Session), Some(ConnectionAction::StayOffline));
    /// ```
    #[must_use]
    pub fn connection(self, carrier: Carrier) -> Option<ConnectionAction> {
        let answers = self.answers();
        match carrier {
            Carrier::CloseFrame => answers
                .connection
                .or(UNKNOWN_ANSWERS[self.range() as usize].connection),
            Carrier::Transport | Carrier::Local => answers.connection,
            Carrier::Session => answers.session,
            Carrier::ErrorCommand | Carrier::Ack | Carrier::Rest => None,
        }
    }

    /// What to do with the request this code answered, or `None` ("never") for a code that
    /// never answers one, and for a number the crate does not know (nothing is documented
    /// for it).
    ///
    /// ```
    /// use leancloud_im_codes::{Code, OperationAction};
    ///
    /// assert_eq!(Code::new(4304).operation(), Some(OperationAction::FixRequest));
    /// assert_eq!(Code::new(4112).operation(), Some(OperationAction::ReopenThenRetry));
    /// assert_eq!(Code::new(4999).operation(), None);
    /// ```
    #[must_use]
    pub fn operation(self) -> Option<OperationAction> {
        self.answers().operation
    }

    /// The wait LeanCloud documents before retrying, if any: 60 seconds for a per-minute
    /// limit, [`RetryAfter::NextDay`] for a daily cap.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, RetryAfter};
    ///
    /// assert_eq!(Code::APP_QUOTA_EXCEEDED.retry_after(), Some(RetryAfter::NextDay));
    /// assert_eq!(Code::SESSION_CONFLICT.retry_after(), None);
    /// ```
    #[must_use]
    pub fn retry_after(self) -> Option<RetryAfter> {
        self.answers().retry_after
    }

    /// Whether the request this code answered may be sent again as it is (after the wait, or
    /// after opening the session, where the [`operation`](Code::operation) says so).
    ///
    /// A timeout or a lost reply (9000 `COMMAND_TIMEOUT`, 4201 `SEND_MESSAGE_TIMEOUT`, the Java
    /// SDK's 124) leaves the outcome unknown: the request may already have been applied, so
    /// only an `idempotent` one (a query, a read) is safe to resend. The official JavaScript
    /// SDK treats direct messages, session opens and conversation changes as not idempotent.
    /// Never for a number the crate does not know.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert!(!Code::SEND_MESSAGE_TIMEOUT.is_retryable(false)); // may have been delivered
    /// assert!(Code::COMMAND_TIMEOUT.is_retryable(true));
    /// assert!(!Code::CONVERSATION_FULL.is_retryable(true));
    /// assert!(!Code::new(4999).is_retryable(true));
    /// ```
    #[must_use]
    pub fn is_retryable(self, idempotent: bool) -> bool {
        let answers = self.answers();
        answers.operation.is_some_and(OperationAction::is_retry)
            && (idempotent || !answers.unknown_outcome)
    }

    /// Where the facts behind the answers come from: documentation pages and SDK files as
    /// `owner/repository:path:line`, and RFC sections or the IANA registry. For a number the
    /// crate does not know, its range's.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert!(Code::SESSION_CONFLICT.sources().iter().any(|s| s.starts_with("leancloud/docs:")));
    /// assert!(Code::new(4999).sources().iter().any(|s| s.starts_with("RFC 6455")));
    /// ```
    #[must_use]
    pub fn sources(self) -> &'static [&'static str] {
        match self.known() {
            Some(known) => SOURCES[known.index()],
            None => UNKNOWN_SOURCES[self.range() as usize],
        }
    }

    /// One of the code's texts in `lang`: a description or a hint for developers, or a
    /// message for end users.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang, TextKind};
    ///
    /// let code = Code::CONVERSATION_FULL;
    /// assert_eq!(code.text(TextKind::Hint, Lang::ZhHans), code.hint(Lang::ZhHans));
    /// ```
    #[must_use]
    pub fn text(self, kind: TextKind, lang: Lang) -> &'static str {
        let texts: [&'static [Text]; 3] = match self.known() {
            Some(_) => [&DESCRIPTIONS, &HINTS, &MESSAGES],
            None => [&UNKNOWN_DESCRIPTIONS, &UNKNOWN_HINTS, &UNKNOWN_MESSAGES],
        };
        let row = match self.known() {
            Some(known) => known.index(),
            None => self.range() as usize,
        };
        texts[kind as usize][row].get(lang)
    }

    /// What happened, for the developer reading the error.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang};
    ///
    /// assert!(Code::CONVERSATION_FULL.description(Lang::En).contains("500"));
    /// assert!(Code::new(4999).description(Lang::En).contains("does not know"));
    /// ```
    #[must_use]
    pub fn description(self, lang: Lang) -> &'static str {
        self.text(TextKind::Description, lang)
    }

    /// What the developer should change or do.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang};
    ///
    /// assert!(!Code::INVALID_ORIGIN.hint(Lang::ZhHant).is_empty());
    /// ```
    #[must_use]
    pub fn hint(self, lang: Lang) -> &'static str {
        self.text(TextKind::Hint, lang)
    }

    /// A short sentence for the end user of a chat app, safe to show in a UI: it names no
    /// internals, promises nothing the answers rule out, and says what the user can do, if
    /// anything.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang};
    ///
    /// let message = Code::SESSION_CONFLICT.message(Lang::ZhHant);
    /// assert!(!message.contains("4111") && !message.contains("SESSION_CONFLICT"));
    /// assert!(!Code::new(4999).message(Lang::En).is_empty());
    /// ```
    #[must_use]
    pub fn message(self, lang: Lang) -> &'static str {
        self.text(TextKind::Message, lang)
    }

    /// The answers of the known code, or of the number's range.
    fn answers(self) -> &'static Answers {
        match self.known() {
            Some(known) => &known.record().answers,
            None => &UNKNOWN_ANSWERS[self.range() as usize],
        }
    }
}
