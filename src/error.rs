//! [`ImError`]: a failure as it arrived, with its code (when it has one), its carrier, and
//! everything the other side said; and the one home of the answers that depend on more than
//! the code (the carrier, an HTTP status, a transport failure).

use alloc::string::String;
use core::fmt;
use core::time::Duration;

use crate::carrier::Carrier;
use crate::close::CloseFrame;
use crate::code::Code;
use crate::lang::{Lang, Text};
use crate::lookup_error::LookupError;
use crate::pad::padded;
use crate::recovery::{ConnectionAction, OperationAction, RetryAfter};
use crate::table::{
    HTTP_DESCRIPTIONS, HTTP_HINTS, HTTP_MESSAGES, HTTP_RECORDS, HttpKey, HttpRecord, LABELS,
    TRANSPORT_DESCRIPTIONS, TRANSPORT_HINTS, TRANSPORT_MESSAGES, TRANSPORT_RECORDS,
    TransportRecord,
};
use crate::text_kind::TextKind;
use crate::transport::TransportFailure;

/// A failure reported by LeanCloud IM or on the way to it: its code, kept losslessly (absent
/// only for a REST reply without a LeanCloud body and for transport failures without a close
/// code), how it travelled, and the other side's own words, kept exactly as received and apart
/// from this crate's texts.
///
/// Its answers take more than the code into account, which makes it their home where they
/// differ from the code's: the [`Carrier`] (4111 as a Close status is reconnected by the
/// official SDKs, 4111 in a `session/closed` command ends the session), a REST reply's HTTP
/// status (429, 401, 503, ... decide before the body's code), a refused handshake's status, a
/// server's `Retry-After`, and the kind of a transport failure.
///
/// `Display` is one line for developers: the code (or `HTTP 429`, or the transport failure),
/// this crate's English description, then what came with it, labelled `server:` or, for a
/// failure on this side, `local:`. [`display_in`](ImError::display_in) writes it in another
/// language, labels included. [`message`](ImError::message) is the sentence for end users.
///
/// ```
/// use leancloud_im_codes::{Carrier, Code, ImError, OperationAction};
///
/// let error = ImError::new(Code::MESSAGE_REJECTED_BY_APP, Carrier::Ack)
///     .with_reason("MESSAGE_REJECTED_BY_APP")
///     .with_app_code(4111)
///     .with_app_message("contains a banned word");
/// assert_eq!(error.code(), Some(Code::MESSAGE_REJECTED_BY_APP));
/// assert_eq!(error.app_code(), Some(4111)); // the hook's own code, not 4111 SESSION_CONFLICT
/// assert_eq!(error.operation(), Some(OperationAction::FixRequest));
/// assert_eq!(error.connection(), None); // a reply leaves the connection as it is
/// assert!(error.to_string().starts_with("4402 MESSAGE_REJECTED_BY_APP: "));
/// assert!(error.to_string().ends_with(
///     "[server: reason \"MESSAGE_REJECTED_BY_APP\", app code 4111, app message \"contains a banned word\"]"
/// ));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ImError {
    pub(crate) code: Option<Code>,
    pub(crate) carrier: Carrier,
    pub(crate) transport: Option<TransportFailure>,
    pub(crate) http_status: Option<u16>,
    pub(crate) retry_after: Option<Duration>,
    pub(crate) reason: Option<String>,
    pub(crate) detail: Option<String>,
    pub(crate) app_code: Option<i64>,
    pub(crate) app_message: Option<String>,
}

/// What decides an error's answers and texts.
#[derive(Clone, Copy)]
enum Basis {
    Code(Code),
    Http(usize),
    Transport(usize),
}

impl ImError {
    /// An error with `code` from `carrier`, and nothing else yet.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4999_u16, Carrier::Local);
    /// assert_eq!(error.code().map(|code| code.as_u16()), Some(4999));
    /// assert_eq!(error.reason(), None);
    /// ```
    #[must_use]
    pub fn new(code: impl Into<Code>, carrier: Carrier) -> ImError {
        ImError::empty(Some(code.into()), carrier)
    }

    /// An error with nothing but its code, if any, and its carrier.
    pub(crate) fn empty(code: Option<Code>, carrier: Carrier) -> ImError {
        ImError {
            code,
            carrier,
            transport: None,
            http_status: None,
            retry_after: None,
            reason: None,
            detail: None,
            app_code: None,
            app_message: None,
        }
    }

    /// An error from the fields of a decoded protobuf command, as prost generates them: an
    /// `int32` code and optional strings and integers. Fails only for a code outside 0–65535.
    ///
    /// Field numbers in LeanCloud's `message.proto` (`lc.protobuf2.3`):
    /// - `ErrorCommand` (`GenericCommand` field 103): `code = 1`, `reason = 2`, `appCode = 3`,
    ///   `detail = 4`, `appMsg = 6`;
    /// - `SessionCommand` (field 102) of a `session/closed`: `code = 12`, `reason = 13`,
    ///   `detail = 16`;
    /// - `AckCommand` (field 105): `code = 1`, `reason = 2`, `appCode = 11`, `appMsg = 12`.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ConnectionAction, ImError};
    ///
    /// // `command` would be a prost-decoded `SessionCommand`.
    /// let (code, reason, detail) = (Some(4111), Some("SESSION_CONFLICT".to_string()), None);
    /// let error = ImError::from_protobuf(Carrier::Session, code.unwrap_or(0), reason, detail, None, None)?;
    /// assert_eq!(error.connection(), Some(ConnectionAction::StayOffline));
    /// assert!(ImError::from_protobuf(Carrier::ErrorCommand, -1, None, None, None, None).is_err());
    /// # Ok::<(), leancloud_im_codes::LookupError>(())
    /// ```
    /// # Errors
    ///
    /// [`LookupError::OutOfRange`] for a code outside 0–65535.
    pub fn from_protobuf(
        carrier: Carrier,
        code: i32,
        reason: Option<String>,
        detail: Option<String>,
        app_code: Option<i32>,
        app_message: Option<String>,
    ) -> Result<ImError, LookupError> {
        Ok(ImError {
            reason,
            detail,
            app_code: app_code.map(i64::from),
            app_message,
            ..ImError::new(Code::try_from(code)?, carrier)
        })
    }

    /// The error a Close frame reports: its code (1005 for an empty payload) and its reason,
    /// if any.
    ///
    /// ```
    /// use leancloud_im_codes::{CloseFrame, ConnectionAction, ImError};
    ///
    /// let frame = CloseFrame::new(4100, "APP_NOT_AVAILABLE")?;
    /// let error = ImError::from_close_frame(&frame);
    /// assert_eq!(error.reason(), Some("APP_NOT_AVAILABLE"));
    /// assert_eq!(error.connection(), Some(ConnectionAction::Stop));
    /// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
    /// ```
    #[must_use]
    pub fn from_close_frame(frame: &CloseFrame<'_>) -> ImError {
        let error = ImError::new(frame.code(), Carrier::CloseFrame);
        match frame.reason() {
            "" => error,
            reason => error.with_reason(reason),
        }
    }

    /// The same error, as if it had come by `carrier`: an `error` command that answered a
    /// `session/open` refused the session, so it takes [`Carrier::Session`]'s answers. An
    /// HTTP status decides only with [`Carrier::Rest`] and [`Carrier::Transport`]: moved to
    /// another carrier, an error without a code keeps only its status's class.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ConnectionAction, ImError};
    ///
    /// let reply = ImError::new(4112_u16, Carrier::ErrorCommand); // the reply to a re-open
    /// assert_eq!(reply.connection(), None);
    /// let refused = reply.with_carrier(Carrier::Session);
    /// assert_eq!(refused.connection(), Some(ConnectionAction::ReopenSession));
    /// ```
    #[must_use]
    pub fn with_carrier(mut self, carrier: Carrier) -> ImError {
        self.carrier = carrier;
        self
    }

    /// Adds the server's `reason` (usually the code's name).
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4111_u16, Carrier::Session).with_reason("SESSION_CONFLICT");
    /// assert_eq!(error.reason(), Some("SESSION_CONFLICT"));
    /// ```
    #[must_use]
    pub fn with_reason(mut self, reason: impl Into<String>) -> ImError {
        self.reason = Some(reason.into());
        self
    }

    /// Adds a `detail`: the server's free text, a REST error's `error`, or, for a failure on
    /// this side, its text.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4301_u16, Carrier::ErrorCommand).with_detail("upstream timed out");
    /// assert_eq!(error.detail(), Some("upstream timed out"));
    /// ```
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> ImError {
        self.detail = Some(detail.into());
        self
    }

    /// Adds the `appCode` an app's hook chose.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4305_u16, Carrier::ErrorCommand).with_app_code(-1).app_code(), Some(-1));
    /// ```
    #[must_use]
    pub fn with_app_code(mut self, app_code: i64) -> ImError {
        self.app_code = Some(app_code);
        self
    }

    /// Adds the `appMsg` an app's hook wrote.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4402_u16, Carrier::Ack).with_app_message("no links, please");
    /// assert_eq!(error.app_message(), Some("no links, please"));
    /// ```
    #[must_use]
    pub fn with_app_message(mut self, app_message: impl Into<String>) -> ImError {
        self.app_message = Some(app_message.into());
        self
    }

    /// Adds the HTTP status of a REST reply, or of a refused WebSocket handshake.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, OperationAction};
    ///
    /// let error = ImError::new(4301_u16, Carrier::Rest).with_http_status(429);
    /// assert_eq!(error.operation(), Some(OperationAction::RetryLater));
    /// ```
    #[must_use]
    pub fn with_http_status(mut self, status: u16) -> ImError {
        self.http_status = Some(status);
        self
    }

    /// Adds the wait a server asked for (an HTTP `Retry-After` of delta-seconds), which
    /// [`retry_after`](ImError::retry_after) then gives before any documented wait. It is kept
    /// in whole seconds, rounded up, so that neither `Display` nor a serialized error ever
    /// waits less than was asked.
    ///
    /// ```
    /// use core::time::Duration;
    /// use leancloud_im_codes::{ImError, RetryAfter, TransportFailure};
    ///
    /// let refused = ImError::from(TransportFailure::Refused)
    ///     .with_http_status(503)
    ///     .with_retry_after(Duration::from_secs(120));
    /// assert_eq!(refused.retry_after(), Some(RetryAfter::Delay(Duration::from_secs(120))));
    ///
    /// let soon = ImError::from(TransportFailure::Refused).with_retry_after(Duration::from_millis(1500));
    /// assert_eq!(soon.retry_after(), Some(RetryAfter::Delay(Duration::from_secs(2))));
    /// ```
    #[must_use]
    pub fn with_retry_after(mut self, wait: Duration) -> ImError {
        self.retry_after = Some(Duration::from_secs(crate::recovery::whole_secs(wait)));
        self
    }

    /// The code, exactly as it arrived; `None` for a REST reply without a LeanCloud body and
    /// for a transport failure without a close code.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, Code, ImError, TransportFailure};
    ///
    /// assert_eq!(ImError::new(4112_u16, Carrier::Rest).code(), Some(Code::SESSION_TOKEN_EXPIRED));
    /// assert_eq!(ImError::from(TransportFailure::Closed).code(), None);
    /// ```
    #[must_use]
    pub fn code(&self) -> Option<Code> {
        self.code
    }

    /// How the error travelled.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4112_u16, Carrier::Rest).carrier(), Carrier::Rest);
    /// ```
    #[must_use]
    pub fn carrier(&self) -> Carrier {
        self.carrier
    }

    /// The kind of transport failure, for an error the WebSocket library reported.
    ///
    /// ```
    /// use leancloud_im_codes::{ImError, TransportFailure};
    ///
    /// assert_eq!(ImError::from(TransportFailure::Busy).transport(), Some(TransportFailure::Busy));
    /// ```
    #[must_use]
    pub fn transport(&self) -> Option<TransportFailure> {
        self.transport
    }

    /// The HTTP status of a REST reply or of a refused handshake, if it was given.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(1_u16, Carrier::Rest).with_http_status(503).http_status(), Some(503));
    /// ```
    #[must_use]
    pub fn http_status(&self) -> Option<u16> {
        self.http_status
    }

    /// What to do with the connection after this error.
    ///
    /// - A code that closed the connection or ended the session: the code's answer for the
    ///   carrier (see [`Code::connection`]).
    /// - A refused WebSocket handshake: its HTTP status decides (401 and 403: stop, the app's
    ///   credentials; 404: stop, a wrong address; 429, 502, 503: reconnect, after
    ///   [`retry_after`](ImError::retry_after)).
    /// - A transport failure: a dropped socket reconnects (1006), a TLS failure and a request
    ///   that cannot be made stop; a connection that was already closed gives `None`, because
    ///   the Close frame before it decided, and so does back-pressure, which ends nothing.
    /// - A reply to a request (error, ack, REST): `None`, it leaves the connection as it is.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ConnectionAction, ImError, TransportFailure};
    ///
    /// let pushed = ImError::new(4112_u16, Carrier::Session);
    /// assert_eq!(pushed.connection(), Some(ConnectionAction::ReopenSession));
    /// let closed = ImError::new(4112_u16, Carrier::CloseFrame);
    /// assert_eq!(closed.connection(), Some(ConnectionAction::Reconnect));
    /// let refused = ImError::from(TransportFailure::Refused).with_http_status(401);
    /// assert_eq!(refused.connection(), Some(ConnectionAction::Stop));
    /// assert_eq!(ImError::from(TransportFailure::Closed).connection(), None);
    /// ```
    #[must_use]
    pub fn connection(&self) -> Option<ConnectionAction> {
        match self.basis() {
            Basis::Code(code) => code.connection(self.carrier),
            Basis::Http(index) => match self.carrier {
                Carrier::Transport => HTTP_RECORDS[index].handshake,
                _ => None,
            },
            Basis::Transport(index) => TRANSPORT_RECORDS[index].connection,
        }
    }

    /// What to do with the request this error answered.
    ///
    /// For a REST reply, an HTTP status the crate lists decides first (429, 502, 503 and 511:
    /// retry later; 401, 403 and 504: fix the configuration; 404 and 413: fix the request),
    /// then the body's code when the crate knows it, then the status's class (4xx: fix the
    /// request; 5xx: retry). A refused handshake answers no request: `None`.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, OperationAction};
    ///
    /// let rest = |status| ImError::new(4301_u16, Carrier::Rest).with_http_status(status);
    /// assert_eq!(rest(401).operation(), Some(OperationAction::FixConfiguration));
    /// assert_eq!(rest(404).operation(), Some(OperationAction::FixRequest));
    /// assert_eq!(rest(503).operation(), Some(OperationAction::RetryLater));
    /// assert_eq!(rest(400).operation(), ImError::new(4301_u16, Carrier::Rest).operation());
    /// # #[cfg(feature = "serde")]
    /// # {
    /// use leancloud_im_codes::RestError;
    /// assert_eq!(ImError::from(RestError::from_status(500)).operation(), Some(OperationAction::Retry));
    /// # }
    /// ```
    #[must_use]
    pub fn operation(&self) -> Option<OperationAction> {
        match self.basis() {
            Basis::Code(code) => code.operation(),
            Basis::Http(index) => match self.carrier {
                Carrier::Rest => HTTP_RECORDS[index].operation,
                _ => None,
            },
            Basis::Transport(index) => TRANSPORT_RECORDS[index].operation,
        }
    }

    /// How long to wait before retrying or reconnecting: the server's `Retry-After`, if it
    /// sent one; else the documented wait of what decided (60 seconds after a REST 429,
    /// whose limits are per minute; the code's own [`retry_after`](Code::retry_after)).
    ///
    /// The REST endpoints that also have a daily total (system-conversation and broadcast
    /// messages) answer 429 for both limits; a code that names the daily cap makes the wait
    /// [`RetryAfter::NextDay`], and a 429 that persists after the minute means the same.
    ///
    /// ```
    /// use core::time::Duration;
    /// use leancloud_im_codes::{Carrier, ImError, RetryAfter};
    ///
    /// let limited = ImError::new(4301_u16, Carrier::Rest).with_http_status(429);
    /// assert_eq!(limited.retry_after(), Some(RetryAfter::Delay(Duration::from_secs(60))));
    /// assert_eq!(ImError::new(4113_u16, Carrier::ErrorCommand).retry_after(), Some(RetryAfter::NextDay));
    /// ```
    #[must_use]
    pub fn retry_after(&self) -> Option<RetryAfter> {
        if let Some(wait) = self.retry_after {
            return Some(RetryAfter::Delay(wait));
        }
        let code_wait = self.code.and_then(Code::retry_after);
        match self.basis() {
            Basis::Code(_) => code_wait,
            Basis::Http(_) if code_wait == Some(RetryAfter::NextDay) => code_wait,
            Basis::Http(index) => HTTP_RECORDS[index].retry_after,
            Basis::Transport(_) => None,
        }
    }

    /// Whether the request may be sent again as it is; see [`Code::is_retryable`]. An HTTP
    /// status that says to retry makes any request retryable after the wait, except a 5xx
    /// that may have applied a request that is not `idempotent`.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let timeout = ImError::new(4201_u16, Carrier::Ack);
    /// assert!(!timeout.is_retryable(false));
    /// assert!(timeout.is_retryable(true));
    /// assert!(ImError::new(1_u16, Carrier::Rest).with_http_status(429).is_retryable(false));
    /// ```
    #[must_use]
    pub fn is_retryable(&self, idempotent: bool) -> bool {
        if let Basis::Code(code) = self.basis() {
            return code.is_retryable(idempotent);
        }
        let retry = self.operation().is_some_and(OperationAction::is_retry);
        retry && (idempotent || !self.may_have_been_applied())
    }

    /// Whether a server error may have applied the request before failing.
    fn may_have_been_applied(&self) -> bool {
        matches!(self.basis(), Basis::Http(index) if HTTP_RECORDS[index].unknown_outcome)
    }

    /// What decides the answers and texts: an HTTP status the crate lists, or a transport
    /// failure without a code; else the code; else the HTTP status's class.
    fn basis(&self) -> Basis {
        let http = |status: Option<u16>, exact: bool| {
            let found = |key: HttpKey| HTTP_RECORDS.iter().position(|r: &HttpRecord| r.key == key);
            match (status, exact) {
                (Some(status), true) => found(HttpKey::Status(status)),
                (None, true) => None,
                (Some(status @ 400..=599), false) => found(HttpKey::Class((status / 100) as u8)),
                (_, false) => found(HttpKey::Other),
            }
        };
        match self.carrier {
            Carrier::Rest | Carrier::Transport => {
                if let Some(index) = self.transport.and_then(|failure| {
                    TRANSPORT_RECORDS
                        .iter()
                        .position(|record: &TransportRecord| record.failure == failure)
                }) {
                    return Basis::Transport(index);
                }
                let refused = self.carrier == Carrier::Rest
                    || self.transport == Some(TransportFailure::Refused);
                if refused {
                    if let Some(index) = http(self.http_status, true) {
                        return Basis::Http(index);
                    }
                }
                match self.code {
                    Some(code) if code.is_known() || !refused => Basis::Code(code),
                    _ => Basis::Http(http(self.http_status, false).unwrap_or_default()),
                }
            }
            _ => match self.code {
                Some(code) => Basis::Code(code),
                None => Basis::Http(http(self.http_status, false).unwrap_or_default()),
            },
        }
    }

    /// One of this crate's texts about the error, in `lang`: a description or a hint for
    /// developers, or a message for end users. They are the texts of what decides its answers:
    /// its code, its HTTP status, or its transport failure.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang, TextKind};
    ///
    /// let error = ImError::new(4112_u16, Carrier::Rest);
    /// assert_eq!(error.text(TextKind::Hint, Lang::En), error.hint(Lang::En));
    /// ```
    #[must_use]
    pub fn text(&self, kind: TextKind, lang: Lang) -> &'static str {
        let (texts, row): ([&'static [Text]; 3], usize) = match self.basis() {
            Basis::Code(code) => return code.text(kind, lang),
            Basis::Http(index) => ([&HTTP_DESCRIPTIONS, &HTTP_HINTS, &HTTP_MESSAGES], index),
            Basis::Transport(index) => (
                [
                    &TRANSPORT_DESCRIPTIONS,
                    &TRANSPORT_HINTS,
                    &TRANSPORT_MESSAGES,
                ],
                index,
            ),
        };
        texts[kind as usize][row].get(lang)
    }

    /// This crate's description of the error, in `lang`, for developers.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// let error = ImError::new(4112_u16, Carrier::Rest);
    /// assert!(!error.description(Lang::ZhHant).is_empty());
    /// // A REST code this crate does not know is not described as a WebSocket close code.
    /// assert!(!ImError::new(777_u16, Carrier::Rest).with_http_status(400).description(Lang::En).contains("WebSocket"));
    /// ```
    #[must_use]
    pub fn description(&self, lang: Lang) -> &'static str {
        self.text(TextKind::Description, lang)
    }

    /// What the developer should do, in `lang`.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// assert!(!ImError::new(4112_u16, Carrier::Rest).hint(Lang::En).is_empty());
    /// ```
    #[must_use]
    pub fn hint(&self, lang: Lang) -> &'static str {
        self.text(TextKind::Hint, lang)
    }

    /// The sentence for the end user, in `lang`: no internals, no code number.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// let error = ImError::new(4111_u16, Carrier::Session);
    /// assert!(!error.message(Lang::ZhHant).contains("4111"));
    /// ```
    #[must_use]
    pub fn message(&self, lang: Lang) -> &'static str {
        self.text(TextKind::Message, lang)
    }

    /// The server's `reason`, as received.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4111_u16, Carrier::CloseFrame).reason(), None);
    /// ```
    #[must_use]
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// The `detail`, as received (a REST error's `error`; a local failure's text).
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4111_u16, Carrier::CloseFrame).detail(), None);
    /// ```
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `appCode` an app's hook chose, as received.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4402_u16, Carrier::Ack).app_code(), None);
    /// ```
    #[must_use]
    pub fn app_code(&self) -> Option<i64> {
        self.app_code
    }

    /// The `appMsg` an app's hook wrote, as received.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4402_u16, Carrier::Ack).app_message(), None);
    /// ```
    #[must_use]
    pub fn app_message(&self) -> Option<&str> {
        self.app_message.as_deref()
    }

    /// Formats the error in `lang`, on one line: what decided (`4111 SESSION_CONFLICT`,
    /// `HTTP 429` or the transport failure), the description, then what came with it in
    /// brackets, labelled in `lang`.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// let error = ImError::new(1006_u16, Carrier::Transport).with_detail("connection reset");
    /// assert!(error.display_in(Lang::En).to_string().ends_with("[local: detail \"connection reset\"]"));
    /// assert!(error.display_in(Lang::ZhHans).to_string().ends_with("[本地: 详情 \"connection reset\"]"));
    /// ```
    #[must_use]
    pub fn display_in(&self, lang: Lang) -> DisplayError<'_> {
        DisplayError { error: self, lang }
    }
}

impl From<TransportFailure> for ImError {
    /// A transport failure with the close code RFC 6455 gives it, if any
    /// ([`TransportFailure::close_code`]).
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, TransportFailure};
    ///
    /// let tls = ImError::from(TransportFailure::Tls);
    /// assert_eq!(tls.carrier(), Carrier::Transport);
    /// assert_eq!(tls.code().map(|code| code.as_u16()), Some(1015));
    /// ```
    fn from(failure: TransportFailure) -> ImError {
        ImError {
            transport: Some(failure),
            ..ImError::empty(failure.close_code().map(Code::new), Carrier::Transport)
        }
    }
}

impl core::error::Error for ImError {}

impl From<&CloseFrame<'_>> for ImError {
    /// The error a Close frame reports; see [`ImError::from_close_frame`].
    fn from(frame: &CloseFrame<'_>) -> ImError {
        ImError::from_close_frame(frame)
    }
}

impl fmt::Display for ImError {
    /// The English form of [`display_in`](ImError::display_in).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.display_in(Lang::En), f)
    }
}

/// An [`ImError`] formatted in one language; made by [`ImError::display_in`].
#[derive(Debug, Clone, Copy)]
pub struct DisplayError<'a> {
    error: &'a ImError,
    lang: Lang,
}

impl fmt::Display for DisplayError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let DisplayError { error, lang } = *self;
        let basis = error.basis();
        padded(f, |out| {
            match (basis, error.code, error.http_status, error.transport) {
                (Basis::Http(_), _, Some(status), _) => write!(out, "HTTP {status}")?,
                (Basis::Code(_), Some(code), _, _) => {
                    write!(out, "{} {}", code.as_str(), code.name_in(lang))?;
                }
                (_, _, _, Some(failure)) => out.write_str(failure.as_str())?,
                _ => out.write_str("HTTP")?,
            }
            write!(out, ": {}", error.description(lang))?;
            let side = if error.carrier.is_remote() {
                &LABELS.server
            } else {
                &LABELS.local
            };
            let mut separator = Some(side.get(lang));
            let mut part = |out: &mut dyn fmt::Write, args: fmt::Arguments<'_>| {
                match separator.take() {
                    Some(side) => write!(out, " [{side}: ")?,
                    None => out.write_str(", ")?,
                }
                out.write_fmt(args)
            };
            let label = |text: &Text| text.get(lang);
            match (basis, error.code, error.http_status) {
                (Basis::Http(_), Some(code), _) => {
                    let name = code.name_in(lang);
                    part(
                        out,
                        format_args!("{} {} {name}", label(&LABELS.code), code.as_str()),
                    )?;
                }
                (Basis::Code(_) | Basis::Transport(_), _, Some(status)) => {
                    part(out, format_args!("HTTP {status}"))?;
                }
                _ => {}
            }
            if let Some(reason) = &error.reason {
                part(out, format_args!("{} {reason:?}", label(&LABELS.reason)))?;
            }
            if let Some(detail) = &error.detail {
                part(out, format_args!("{} {detail:?}", label(&LABELS.detail)))?;
            }
            if let Some(app_code) = error.app_code {
                part(out, format_args!("{} {app_code}", label(&LABELS.app_code)))?;
            }
            if let Some(app_message) = &error.app_message {
                part(
                    out,
                    format_args!("{} {app_message:?}", label(&LABELS.app_message)),
                )?;
            }
            if let Some(wait) = error.retry_after {
                let seconds = wait.as_secs();
                part(
                    out,
                    format_args!("{} {seconds} s", label(&LABELS.retry_after)),
                )?;
            }
            if separator.is_none() {
                out.write_str("]")?;
            }
            Ok(())
        })
    }
}
