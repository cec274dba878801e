//! The JSON forms of LeanCloud's error carriers, and `ImError`'s own serde form (features
//! `serde` and `alloc`).

use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize};

use crate::carrier::Carrier;
use crate::code::Code;
use crate::error::ImError;
use crate::patch::PatchCause;

/// An `ErrorCommand`: the reply to a request, or an unsolicited error.
///
/// ```
/// use leancloud_im_codes::{ErrorCommand, ImError, KnownCode};
///
/// let json = r#"{"code":4301,"reason":"CONVERSATION_API_FAILED","appCode":12,"detail":"timeout","appMsg":"retry"}"#;
/// let command: ErrorCommand = serde_json::from_str(json)?;
/// let error = ImError::from(command);
/// assert_eq!(error.known(), Some(KnownCode::ConversationApiFailed));
/// assert_eq!(error.app_code(), Some(12));
/// assert_eq!(error.detail(), Some("timeout"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorCommand {
    /// The error's code.
    #[serde(deserialize_with = "wire_code")]
    pub code: Code,
    /// The server's reason, usually the code's name.
    #[serde(default, deserialize_with = "lenient")]
    pub reason: Option<String>,
    /// A code chosen by the app's hook.
    #[serde(default, deserialize_with = "lenient")]
    pub app_code: Option<i64>,
    /// Free text from the server.
    #[serde(default, deserialize_with = "lenient")]
    pub detail: Option<String>,
    /// A message written by the app's hook.
    #[serde(default, deserialize_with = "lenient")]
    pub app_msg: Option<String>,
}

/// A `SessionCommand` that ends a session: a `session/closed` push or a refused `session/open`.
///
/// ```
/// use leancloud_im_codes::{ConnectionAction, ImError, SessionClosed};
///
/// let json = r#"{"code":4111,"reason":"SESSION_CONFLICT","detail":"signed in on iPad"}"#;
/// let error = ImError::from(serde_json::from_str::<SessionClosed>(json)?);
/// assert_eq!(error.connection(), Some(ConnectionAction::StayOffline));
/// assert_eq!(error.reason(), Some("SESSION_CONFLICT"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionClosed {
    /// Why the session ended.
    #[serde(deserialize_with = "wire_code")]
    pub code: Code,
    /// The server's reason, usually the code's name.
    #[serde(default, deserialize_with = "lenient")]
    pub reason: Option<String>,
    /// Free text from the server.
    #[serde(default, deserialize_with = "lenient")]
    pub detail: Option<String>,
}

/// A failed `AckCommand`: the reply to a sent message. An ack has no `detail`.
///
/// ```
/// use leancloud_im_codes::{AckError, ImError};
///
/// let json = r#"{"code":4402,"reason":"MESSAGE_REJECTED_BY_APP","appCode":1,"appMsg":"spam"}"#;
/// let error = ImError::from(serde_json::from_str::<AckError>(json)?);
/// assert_eq!(error.app_message(), Some("spam"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AckError {
    /// Why the message was refused.
    #[serde(deserialize_with = "wire_code")]
    pub code: Code,
    /// The server's reason, usually the code's name.
    #[serde(default, deserialize_with = "lenient")]
    pub reason: Option<String>,
    /// A code chosen by the app's hook.
    #[serde(default, deserialize_with = "lenient")]
    pub app_code: Option<i64>,
    /// A message written by the app's hook.
    #[serde(default, deserialize_with = "lenient")]
    pub app_msg: Option<String>,
}

/// A failed REST call: the JSON body `{"code": 4112, "error": "..."}` and the HTTP status it
/// came with. The status is not in the body: give it with [`RestError::new`] or
/// [`with_status`](RestError::with_status). The `error` text becomes the [`ImError`]'s `detail`.
///
/// ```
/// use leancloud_im_codes::{ImError, OperationAction, RestError};
///
/// let body = serde_json::from_str(r#"{"code":4301,"error":"too many requests"}"#)?;
/// let error = ImError::from(RestError::new(429, body));
/// assert_eq!(error.http_status(), Some(429));
/// assert_eq!(error.operation(), Some(OperationAction::RetryLater));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RestError {
    /// The body's code: LeanCloud's, not the HTTP status.
    #[serde(deserialize_with = "wire_code")]
    pub code: Code,
    /// The server's text.
    #[serde(default, deserialize_with = "lenient")]
    pub error: Option<String>,
    /// The HTTP status of the reply; never read from the body.
    #[serde(skip)]
    pub status: Option<u16>,
}

impl RestError {
    /// A reply's HTTP status and its deserialized body.
    ///
    /// ```
    /// use leancloud_im_codes::RestError;
    ///
    /// let body: RestError = serde_json::from_str(r#"{"code":4112}"#)?;
    /// assert_eq!(RestError::new(401, body).status, Some(401));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn new(status: u16, body: RestError) -> RestError {
        body.with_status(status)
    }

    /// The same body with the reply's HTTP status.
    ///
    /// ```
    /// use leancloud_im_codes::RestError;
    ///
    /// let body: RestError = serde_json::from_str(r#"{"code":4112}"#)?;
    /// assert_eq!(body.with_status(503).status, Some(503));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn with_status(mut self, status: u16) -> RestError {
        self.status = Some(status);
        self
    }
}

/// A `PatchItem`'s reason fields: why an edit or recall notice changed a message.
///
/// ```
/// use leancloud_im_codes::{Code, MessagePatch};
///
/// let patch: MessagePatch = serde_json::from_str(r#"{"patchCode":-4408,"patchReason":"filtered"}"#)?;
/// assert_eq!(patch.cause().server_code(), Some(Code::MESSAGE_MODIFIED_BY_CENSORSHIP));
/// assert_eq!(patch.patch_reason.as_deref(), Some("filtered"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessagePatch {
    /// The signed patch code; 0 when absent.
    #[serde(default)]
    pub patch_code: i64,
    /// The server's or the hook's text.
    #[serde(default, deserialize_with = "lenient")]
    pub patch_reason: Option<String>,
}

impl MessagePatch {
    /// Why the message changed.
    ///
    /// ```
    /// use leancloud_im_codes::MessagePatch;
    ///
    /// let patch: MessagePatch = serde_json::from_str(r#"{"patchCode":7}"#)?;
    /// assert_eq!(patch.cause().app_code(), Some(7));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn cause(&self) -> PatchCause {
        PatchCause::from_patch_code(self.patch_code)
    }
}

/// Why a client went offline, as the `_clientOffline` hook's `closeCode` says. This is a small
/// namespace of its own, not a WebSocket status.
///
/// ```
/// use leancloud_im_codes::OfflineCause;
///
/// assert_eq!(OfflineCause::from_close_code(3), Some(OfflineCause::SessionConflict));
/// assert_eq!(OfflineCause::SessionConflict.close_code(), 3);
/// assert_eq!(OfflineCause::from_close_code(5), None);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OfflineCause {
    /// 1: the client signed out.
    SignedOut,
    /// 2: the connection dropped; `errorCode` may say why.
    ConnectionDropped,
    /// 3: another device signed in with the same tag and pushed this one out.
    SessionConflict,
    /// 4: the app kicked the client through the REST API.
    KickedByApi,
}

impl OfflineCause {
    /// The cause of a `closeCode`, or `None` outside 1–4.
    ///
    /// ```
    /// use leancloud_im_codes::OfflineCause;
    ///
    /// assert_eq!(OfflineCause::from_close_code(2), Some(OfflineCause::ConnectionDropped));
    /// ```
    #[must_use]
    pub const fn from_close_code(close_code: i64) -> Option<OfflineCause> {
        match close_code {
            1 => Some(OfflineCause::SignedOut),
            2 => Some(OfflineCause::ConnectionDropped),
            3 => Some(OfflineCause::SessionConflict),
            4 => Some(OfflineCause::KickedByApi),
            _ => None,
        }
    }

    /// The `closeCode` of this cause.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::OfflineCause::KickedByApi.close_code(), 4);
    /// ```
    #[must_use]
    pub const fn close_code(self) -> u8 {
        match self {
            OfflineCause::SignedOut => 1,
            OfflineCause::ConnectionDropped => 2,
            OfflineCause::SessionConflict => 3,
            OfflineCause::KickedByApi => 4,
        }
    }
}

impl<'de> Deserialize<'de> for OfflineCause {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<OfflineCause, D::Error> {
        let close_code = i64::deserialize(deserializer)?;
        OfflineCause::from_close_code(close_code).ok_or_else(|| {
            de::Error::invalid_value(Unexpected::Signed(close_code), &"a closeCode from 1 to 4")
        })
    }
}

/// The payload of LeanCloud's `_clientOffline` Cloud Engine hook: a client signed out or lost
/// its connection. When the connection dropped, `errorCode` and `errorMsg` say why (4107,
/// 4108, 4109, 4114 or 4200).
///
/// ```
/// use leancloud_im_codes::{ClientOffline, KnownCode, OfflineCause};
///
/// let json = r#"{"peerId":"tom","closeCode":2,"closeMsg":"dropped","errorCode":4107,"errorMsg":"READ_TIMEOUT"}"#;
/// let offline: ClientOffline = serde_json::from_str(json)?;
/// assert_eq!(offline.close_code, OfflineCause::ConnectionDropped);
/// let error = offline.error().unwrap();
/// assert_eq!(error.known(), Some(KnownCode::ReadTimeout));
/// assert_eq!(error.reason(), Some("READ_TIMEOUT"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientOffline {
    /// The client that went offline.
    #[serde(default, deserialize_with = "lenient")]
    pub peer_id: Option<String>,
    /// How it went offline.
    pub close_code: OfflineCause,
    /// The server's description of how.
    #[serde(default, deserialize_with = "lenient")]
    pub close_msg: Option<String>,
    /// The code that dropped the connection.
    #[serde(default, deserialize_with = "lenient_code")]
    pub error_code: Option<Code>,
    /// The text of that code, usually its name.
    #[serde(default, deserialize_with = "lenient")]
    pub error_msg: Option<String>,
}

impl ClientOffline {
    /// The error that dropped the connection, if the payload names one. Its carrier is
    /// [`Carrier::CloseFrame`]: the code is what closed the connection, and `errorMsg` is kept
    /// as its reason.
    ///
    /// ```
    /// use leancloud_im_codes::ClientOffline;
    ///
    /// let offline: ClientOffline = serde_json::from_str(r#"{"closeCode":1}"#)?;
    /// assert!(offline.error().is_none());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn error(&self) -> Option<ImError> {
        let error = ImError::new(self.error_code?, Carrier::CloseFrame);
        Some(match &self.error_msg {
            Some(message) => error.with_reason(message.clone()),
            None => error,
        })
    }
}

impl From<ErrorCommand> for ImError {
    fn from(command: ErrorCommand) -> ImError {
        ImError {
            reason: command.reason,
            detail: command.detail,
            app_code: command.app_code,
            app_message: command.app_msg,
            ..ImError::new(command.code, Carrier::ErrorCommand)
        }
    }
}

impl From<SessionClosed> for ImError {
    fn from(command: SessionClosed) -> ImError {
        ImError {
            reason: command.reason,
            detail: command.detail,
            ..ImError::new(command.code, Carrier::SessionClosed)
        }
    }
}

impl From<AckError> for ImError {
    fn from(ack: AckError) -> ImError {
        ImError {
            reason: ack.reason,
            app_code: ack.app_code,
            app_message: ack.app_msg,
            ..ImError::new(ack.code, Carrier::Ack)
        }
    }
}

impl From<RestError> for ImError {
    fn from(body: RestError) -> ImError {
        ImError {
            http_status: body.status,
            detail: body.error,
            ..ImError::new(body.code, Carrier::Rest)
        }
    }
}

/// `ImError`'s own serde form: every field, always, in this order.
///
/// Writing each field even when it is `None` keeps the form the same length in every format,
/// so formats without field names (postcard, bincode) read back exactly what was written.
#[derive(Serialize, Deserialize)]
#[serde(rename = "ImError", rename_all = "camelCase")]
struct Form {
    code: u16,
    carrier: Carrier,
    http_status: Option<u16>,
    reason: Option<String>,
    detail: Option<String>,
    app_code: Option<i64>,
    app_msg: Option<String>,
}

impl Serialize for ImError {
    /// Writes `{code, carrier, httpStatus, reason, detail, appCode, appMsg}`, every field
    /// present (`null` where absent), so the round trip is lossless in every serde format.
    /// To read LeanCloud's own JSON, use the carrier types ([`ErrorCommand`], ...).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Form {
            code: self.code.as_u16(),
            carrier: self.carrier,
            http_status: self.http_status,
            reason: self.reason.clone(),
            detail: self.detail.clone(),
            app_code: self.app_code,
            app_msg: self.app_message.clone(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ImError {
    /// Reads what `Serialize` writes. In self-describing formats (JSON, CBOR) the `Option`
    /// fields may be left out.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4301_u16, Carrier::ErrorCommand).with_detail("timeout");
    /// let json = serde_json::to_string(&error)?;
    /// assert_eq!(
    ///     json,
    ///     r#"{"code":4301,"carrier":"error_command","httpStatus":null,"reason":null,"detail":"timeout","appCode":null,"appMsg":null}"#
    /// );
    /// assert_eq!(serde_json::from_str::<ImError>(&json)?, error);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ImError, D::Error> {
        let form = Form::deserialize(deserializer)?;
        Ok(ImError {
            code: Code::new(form.code),
            carrier: form.carrier,
            http_status: form.http_status,
            reason: form.reason,
            detail: form.detail,
            app_code: form.app_code,
            app_message: form.app_msg,
        })
    }
}

/// A carrier's `code`: an integer from 0 to 65535, nothing else (no names, no strings).
fn wire_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
    struct IntegerCode;

    impl Visitor<'_> for IntegerCode {
        type Value = Code;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an integer code from 0 to 65535")
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<Code, E> {
            Code::try_from(value).map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &self))
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<Code, E> {
            Code::try_from(value).map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
        }
    }

    deserializer.deserialize_i64(IntegerCode)
}

/// An optional field of a carrier: a value of the wrong type is dropped (read as absent)
/// rather than failing the whole carrier, so a valid `code` is never lost to a bad `appCode`.
fn lenient<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    Lenient<T>: Visitor<'de, Value = Option<T>>,
{
    deserializer.deserialize_any(Lenient(PhantomData))
}

/// [`lenient`] for a code field: an integer outside 0–65535 is dropped too.
fn lenient_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Code>, D::Error> {
    let value: Option<i64> = lenient(deserializer)?;
    Ok(value.and_then(|value| Code::try_from(value).ok()))
}

/// Reads a `T` when the input has its type, and skips anything else.
struct Lenient<T>(PhantomData<T>);

/// Values of other types, consumed and dropped.
macro_rules! drop_others {
    ($($method:ident($type:ty)),*) => {$(
        fn $method<E: de::Error>(self, _: $type) -> Result<Self::Value, E> {
            Ok(None)
        }
    )*};
}

/// Containers of any kind, consumed and dropped.
macro_rules! drop_containers {
    () => {
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(None)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(None)
        }
    };
}

impl<'de> Visitor<'de> for Lenient<String> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, or any value to drop")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Option<String>, E> {
        Ok(Some(value.into()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Option<String>, E> {
        Ok(Some(value))
    }

    drop_others!(
        visit_bool(bool),
        visit_i64(i64),
        visit_u64(u64),
        visit_f64(f64),
        visit_bytes(&[u8])
    );
    drop_containers!();
}

impl<'de> Visitor<'de> for Lenient<i64> {
    type Value = Option<i64>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer, or any value to drop")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Option<i64>, E> {
        Ok(Some(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Option<i64>, E> {
        Ok(i64::try_from(value).ok())
    }

    drop_others!(
        visit_bool(bool),
        visit_f64(f64),
        visit_str(&str),
        visit_bytes(&[u8])
    );
    drop_containers!();
}
