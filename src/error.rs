//! [`ImError`]: a code as it arrived, with its carrier and everything the other side said.

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
use crate::table::KnownCode;

/// An error reported by LeanCloud IM: its code, kept losslessly, how it travelled, and the
/// other side's own words, kept exactly as received and apart from this crate's texts.
///
/// The recovery answers take the [`Carrier`] into account: 4111 in a Close frame is reconnected
/// by the official SDKs, 4111 in a `session/closed` command ends the session; a REST reply's
/// HTTP status (429, 401, 503, ...) decides before its body's code.
///
/// `Display` is for developers: this crate's English description, then what the server said,
/// labelled `server:`, or, for an error raised on this side ([`Carrier::Local`]), `local:`.
/// [`message`](ImError::message) is the sentence for end users.
///
/// ```
/// use leancloud_im_codes::{Carrier, ImError, KnownCode, OperationAction};
///
/// let error = ImError::new(KnownCode::MessageRejectedByApp, Carrier::Ack)
///     .with_reason("MESSAGE_REJECTED_BY_APP")
///     .with_app_code(4111)
///     .with_app_message("contains a banned word");
/// assert_eq!(error.code(), KnownCode::MessageRejectedByApp);
/// assert_eq!(error.app_code(), Some(4111)); // the hook's own code, not 4111 SESSION_CONFLICT
/// assert_eq!(error.operation(), Some(OperationAction::FixRequest));
/// assert_eq!(error.connection(), None); // a reply leaves the connection as it is
/// assert!(error.to_string().ends_with(
///     "[server: reason \"MESSAGE_REJECTED_BY_APP\", app code 4111, app message \"contains a banned word\"]"
/// ));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ImError {
    pub(crate) code: Code,
    pub(crate) carrier: Carrier,
    pub(crate) http_status: Option<u16>,
    pub(crate) reason: Option<String>,
    pub(crate) detail: Option<String>,
    pub(crate) app_code: Option<i64>,
    pub(crate) app_message: Option<String>,
}

/// The wait the IM REST API documents after a 429: its limits are per minute.
const REST_RATE_LIMIT_WAIT: Duration = Duration::from_secs(60);

/// This crate's texts for a REST body code it does not know: a REST code is no close code, so
/// the RFC 6455 range texts would mislead.
const UNKNOWN_REST_CODE: [Text; 3] = [
    Text {
        en: "The REST API answered with an error code that this crate does not know.",
        #[cfg(feature = "zh-hans")]
        zh_hans: "REST API 返回了本库不认识的错误码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: "REST API 回傳了本程式庫不認得的錯誤碼。",
    },
    Text {
        en: "Read the server's `error` text (the detail) and the HTTP status; look the code up in LeanCloud's error-code list.",
        #[cfg(feature = "zh-hans")]
        zh_hans: "请查看服务端的 `error` 文本（即 detail）和 HTTP 状态码，并在 LeanCloud 的错误码列表中查找该代码。",
        #[cfg(feature = "zh-hant")]
        zh_hant: "請查看伺服器的 `error` 文字（即 detail）和 HTTP 狀態碼，並在 LeanCloud 的錯誤碼清單中查詢這個代碼。",
    },
    Text {
        en: "Something went wrong on our side. Please try again in a moment.",
        #[cfg(feature = "zh-hans")]
        zh_hans: "服务暂时出了点问题，请稍后再试。",
        #[cfg(feature = "zh-hant")]
        zh_hant: "服務暫時出了點問題，請稍後再試。",
    },
];

impl ImError {
    /// An error with `code` from `carrier`, and nothing else yet.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4999_u16, Carrier::Local);
    /// assert_eq!(error.code().as_u16(), 4999);
    /// assert_eq!(error.reason(), None);
    /// ```
    #[must_use]
    pub fn new(code: impl Into<Code>, carrier: Carrier) -> ImError {
        ImError {
            code: code.into(),
            carrier,
            http_status: None,
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
    /// let error = ImError::from_protobuf(Carrier::SessionClosed, code.unwrap_or(0), reason, detail, None, None)?;
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
            code: Code::try_from(code)?,
            carrier,
            http_status: None,
            reason,
            detail,
            app_code: app_code.map(i64::from),
            app_message,
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

    /// Adds the server's `reason` (usually the code's name).
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4111_u16, Carrier::SessionClosed).with_reason("SESSION_CONFLICT");
    /// assert_eq!(error.reason(), Some("SESSION_CONFLICT"));
    /// ```
    #[must_use]
    pub fn with_reason(mut self, reason: impl Into<String>) -> ImError {
        self.reason = Some(reason.into());
        self
    }

    /// Adds a `detail`: the server's free text, a REST error's `error`, or, for
    /// [`Carrier::Local`], the local error's text.
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

    /// Adds the HTTP status of a REST reply, which decides before the body's code.
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

    /// The code, exactly as it arrived.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4112_u16, Carrier::Rest).code(), 4112);
    /// ```
    #[must_use]
    pub fn code(&self) -> Code {
        self.code
    }

    /// The known code, if the crate knows the number.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, KnownCode};
    ///
    /// assert_eq!(ImError::new(4112_u16, Carrier::Rest).known(), Some(KnownCode::SessionTokenExpired));
    /// ```
    #[must_use]
    pub fn known(&self) -> Option<KnownCode> {
        self.code.known()
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

    /// The HTTP status of a REST reply, if it was given.
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

    /// What to do with the connection, given the carrier: see [`Code::connection_after`].
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ConnectionAction, ImError};
    ///
    /// let pushed = ImError::new(4112_u16, Carrier::SessionClosed);
    /// assert_eq!(pushed.connection(), Some(ConnectionAction::ReopenSession));
    /// let closed = ImError::new(4112_u16, Carrier::CloseFrame);
    /// assert_eq!(closed.connection(), Some(ConnectionAction::Reconnect));
    /// ```
    #[must_use]
    pub fn connection(&self) -> Option<ConnectionAction> {
        self.code.connection_after(self.carrier)
    }

    /// What to do with the request this error answered.
    ///
    /// For a REST reply with an HTTP status, the status decides first: 429 → retry later;
    /// 401 and 403 → fix the configuration (credentials, permissions); 404 → fix the request;
    /// 502, 503 and 511 → retry later (maintenance, app disabled, temporarily unavailable).
    /// Otherwise the code decides.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, OperationAction};
    ///
    /// let rest = |status| ImError::new(4301_u16, Carrier::Rest).with_http_status(status);
    /// assert_eq!(rest(401).operation(), Some(OperationAction::FixConfiguration));
    /// assert_eq!(rest(404).operation(), Some(OperationAction::FixRequest));
    /// assert_eq!(rest(503).operation(), Some(OperationAction::RetryLater));
    /// assert_eq!(rest(400).operation(), ImError::new(4301_u16, Carrier::Rest).operation());
    /// ```
    #[must_use]
    pub fn operation(&self) -> Option<OperationAction> {
        match self.rest_status() {
            Some(429 | 502 | 503 | 511) => Some(OperationAction::RetryLater),
            Some(401 | 403) => Some(OperationAction::FixConfiguration),
            Some(404) => Some(OperationAction::FixRequest),
            _ => self.code.operation(),
        }
    }

    /// How long to wait before retrying, where it is documented: 60 seconds after a REST 429
    /// (the IM REST API's limits are per minute), otherwise the code's own
    /// [`retry_after`](KnownCode::retry_after).
    ///
    /// The REST endpoints that also have a daily total (system-conversation and broadcast
    /// messages) answer 429 for both limits; if 429 persists after the minute, the day's total
    /// is used up and the wait is [`RetryAfter::NextDay`].
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
        match (self.rest_status(), self.code.retry_after()) {
            (Some(429), Some(RetryAfter::NextDay)) => Some(RetryAfter::NextDay),
            (Some(429), _) => Some(RetryAfter::Delay(REST_RATE_LIMIT_WAIT)),
            (_, wait) => wait,
        }
    }

    /// Whether the request may be sent again as it is; see [`KnownCode::is_retryable`]. A
    /// REST status that says to retry later makes any request retryable after the wait.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let timeout = ImError::new(4201_u16, Carrier::Ack);
    /// assert!(!timeout.is_retryable(false));
    /// assert!(timeout.is_retryable(true));
    /// ```
    #[must_use]
    pub fn is_retryable(&self, idempotent: bool) -> bool {
        match self.rest_status() {
            Some(429 | 502 | 503 | 511) => true,
            Some(401 | 403 | 404) => false,
            _ => self.code.is_retryable(idempotent),
        }
    }

    /// The HTTP status, when it belongs to a REST reply.
    fn rest_status(&self) -> Option<u16> {
        self.http_status.filter(|_| self.carrier == Carrier::Rest)
    }

    /// This crate's description of the code, in `lang`, for developers.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// let error = ImError::new(4112_u16, Carrier::Rest);
    /// assert!(!error.description(Lang::ZhHant).is_empty());
    /// // A REST code this crate does not know is not described as a WebSocket close code.
    /// assert!(!ImError::new(1_000_u16 - 999, Carrier::Rest).description(Lang::En).contains("WebSocket"));
    /// ```
    #[must_use]
    pub fn description(&self, lang: Lang) -> &'static str {
        self.text(0, lang)
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
        self.text(1, lang)
    }

    /// The sentence for the end user, in `lang`: no internals, no code number.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// let error = ImError::new(4111_u16, Carrier::SessionClosed);
    /// assert!(!error.message(Lang::ZhHant).contains("4111"));
    /// ```
    #[must_use]
    pub fn message(&self, lang: Lang) -> &'static str {
        self.text(2, lang)
    }

    fn text(&self, kind: usize, lang: Lang) -> &'static str {
        match (self.code.known(), self.carrier) {
            (None, Carrier::Rest) => UNKNOWN_REST_CODE[kind].get(lang),
            _ => match kind {
                0 => self.code.description(lang),
                1 => self.code.hint(lang),
                _ => self.code.message(lang),
            },
        }
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

    /// The `detail`, as received (a REST error's `error`; a local error's text).
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

    /// Formats the error in `lang`: `NAME (NUMBER): description`, then what came with it in
    /// brackets, labelled `server:` or, for a local error, `local:`.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// let error = ImError::new(1006_u16, Carrier::Local).with_detail("connection reset");
    /// assert!(error.display_in(Lang::En).to_string().ends_with("[local: detail \"connection reset\"]"));
    /// ```
    #[must_use]
    pub fn display_in(&self, lang: Lang) -> DisplayError<'_> {
        DisplayError { error: self, lang }
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
        let error = self.error;
        padded(f, |out| {
            let name = error.code.name().unwrap_or("UNKNOWN");
            write!(
                out,
                "{name} ({}): {}",
                error.code.as_u16(),
                error.description(self.lang)
            )?;
            let mut separator = if error.carrier.is_remote() {
                " [server: "
            } else {
                " [local: "
            };
            let mut part = |out: &mut dyn fmt::Write, args: fmt::Arguments<'_>| {
                out.write_str(separator)?;
                separator = ", ";
                out.write_fmt(args)
            };
            if let Some(status) = error.http_status {
                part(out, format_args!("HTTP {status}"))?;
            }
            if let Some(reason) = &error.reason {
                part(out, format_args!("reason {reason:?}"))?;
            }
            if let Some(detail) = &error.detail {
                part(out, format_args!("detail {detail:?}"))?;
            }
            if let Some(app_code) = error.app_code {
                part(out, format_args!("app code {app_code}"))?;
            }
            if let Some(app_message) = &error.app_message {
                part(out, format_args!("app message {app_message:?}"))?;
            }
            if separator == ", " {
                out.write_str("]")?;
            }
            Ok(())
        })
    }
}
