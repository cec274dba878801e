//! LeanCloud's error payloads as they arrive in JSON (features `serde` and `alloc`): the
//! commands' error fields, a REST error body, a message patch and the `_clientOffline` hook.
//!
//! Every payload reads its fields by one rule, with serde in any format and with `from_json`:
//! it is an object (a map; positional arrays are refused); a field of the wrong type or out of
//! range is dropped, never failing the payload, so a valid `code` is kept whatever an optional
//! field holds; of a repeated key, the last value of the right type counts; unknown keys are
//! skipped.

use alloc::string::String;
use core::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Unexpected};

use crate::carrier::Carrier;
use crate::code::Code;
use crate::error::ImError;
use crate::json::{JsonError, from_json};
use crate::patch::PatchCause;

/// An `ErrorCommand`: the reply to a request, or an unsolicited error.
///
/// ```
/// use leancloud_im_codes::{Code, ErrorCommand, ImError};
///
/// let json = r#"{"code":4301,"reason":"CONVERSATION_API_FAILED","appCode":12,"detail":"timeout","appMsg":"retry"}"#;
/// let command: ErrorCommand = serde_json::from_str(json)?;
/// let error = ImError::from(command);
/// assert_eq!(error.code(), Some(Code::CONVERSATION_API_FAILED));
/// assert_eq!(error.app_code(), Some(12));
/// assert_eq!(error.detail(), Some("timeout"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCommand {
    /// The error's code.
    pub code: Code,
    /// The server's reason, usually the code's name.
    pub reason: Option<String>,
    /// A code chosen by the app's hook.
    pub app_code: Option<i64>,
    /// Free text from the server.
    pub detail: Option<String>,
    /// A message written by the app's hook.
    pub app_msg: Option<String>,
}

/// A `SessionCommand` that ends a session: a `session/closed` push, or the `session` reply that
/// refused a `session/open`. It becomes an [`ImError`] with [`Carrier::Session`].
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionClosed {
    /// Why the session ended.
    pub code: Code,
    /// The server's reason, usually the code's name.
    pub reason: Option<String>,
    /// Free text from the server.
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AckError {
    /// Why the message was refused.
    pub code: Code,
    /// The server's reason, usually the code's name.
    pub reason: Option<String>,
    /// A code chosen by the app's hook.
    pub app_code: Option<i64>,
    /// A message written by the app's hook.
    pub app_msg: Option<String>,
}

/// A failed REST call: its HTTP status and, when the reply has one, LeanCloud's JSON body
/// `{"code": 4112, "error": "..."}`. The status is not in the body: give it with
/// [`from_body`](RestError::from_body). A reply without a LeanCloud body (a 429 or a 503 from a
/// proxy, with an HTML page or nothing) still becomes an error, decided by its status:
/// [`from_status`](RestError::from_status). The `error` text becomes the [`ImError`]'s
/// `detail`.
///
/// ```
/// use leancloud_im_codes::{ImError, OperationAction, RestError};
///
/// let body = serde_json::from_str(r#"{"code":4301,"error":"too many requests"}"#)?;
/// let error = ImError::from(RestError::from_body(429, body));
/// assert_eq!(error.http_status(), Some(429));
/// assert_eq!(error.operation(), Some(OperationAction::RetryLater));
///
/// let proxy = ImError::from(RestError::from_status(503)); // an HTML page, no LeanCloud body
/// assert_eq!(proxy.code(), None);
/// assert_eq!(proxy.operation(), Some(OperationAction::RetryLater));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestError {
    /// The body's code: LeanCloud's, not the HTTP status; `None` for a reply without a
    /// LeanCloud body. A body read from JSON always has one.
    pub code: Option<Code>,
    /// The server's text.
    pub error: Option<String>,
    /// The HTTP status of the reply; never read from the body.
    pub status: Option<u16>,
}

impl RestError {
    /// A reply's HTTP status and its deserialized LeanCloud body.
    ///
    /// ```
    /// use leancloud_im_codes::RestError;
    ///
    /// let body: RestError = serde_json::from_str(r#"{"code":4112}"#)?;
    /// assert_eq!(RestError::from_body(401, body).status, Some(401));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn from_body(status: u16, body: RestError) -> RestError {
        RestError {
            status: Some(status),
            ..body
        }
    }

    /// A reply that has no LeanCloud body: only its HTTP status decides.
    ///
    /// ```
    /// use leancloud_im_codes::{ImError, RestError, RetryAfter};
    /// use std::time::Duration;
    ///
    /// let error = ImError::from(RestError::from_status(429));
    /// assert_eq!(error.retry_after(), Some(RetryAfter::Delay(Duration::from_secs(60))));
    /// ```
    #[must_use]
    pub fn from_status(status: u16) -> RestError {
        RestError {
            code: None,
            error: None,
            status: Some(status),
        }
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessagePatch {
    /// The signed patch code; 0 when absent.
    pub patch_code: i64,
    /// The server's or the hook's text.
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

/// The payload of LeanCloud's `_clientOffline` Cloud Engine hook: a client signed out or lost
/// its connection. When the connection dropped, `errorCode` and `errorMsg` say why (4107,
/// 4108, 4109, 4114 or 4200).
///
/// ```
/// use leancloud_im_codes::{ClientOffline, Code, OfflineCause};
///
/// let json = r#"{"peerId":"tom","closeCode":2,"closeMsg":"dropped","errorCode":4107,"errorMsg":"READ_TIMEOUT"}"#;
/// let offline: ClientOffline = serde_json::from_str(json)?;
/// assert_eq!(offline.close_code, OfflineCause::ConnectionDropped);
/// let error = offline.error().unwrap();
/// assert_eq!(error.code(), Some(Code::READ_TIMEOUT));
/// assert_eq!(error.reason(), Some("READ_TIMEOUT"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientOffline {
    /// The client that went offline.
    pub peer_id: Option<String>,
    /// How it went offline.
    pub close_code: OfflineCause,
    /// The server's description of how.
    pub close_msg: Option<String>,
    /// The code that dropped the connection.
    pub error_code: Option<Code>,
    /// The text of that code, usually its name.
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
            ..ImError::new(command.code, Carrier::Session)
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
    fn from(reply: RestError) -> ImError {
        ImError {
            http_status: reply.status,
            detail: reply.error,
            ..ImError::empty(reply.code, Carrier::Rest)
        }
    }
}

/// One field's value, as far as a payload reads it: what no field keeps is only described, for
/// the error message of a required field.
enum Field {
    Integer(i128),
    Text(String),
    Float(f64),
    Bool(bool),
    Null,
    /// Bytes, a list, an object, a tagged or an enum value.
    Other(&'static str),
}

impl Field {
    /// What the field held, for an error message.
    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Field::Integer(value) => match i64::try_from(*value) {
                Ok(value) => Unexpected::Signed(value),
                Err(_) => Unexpected::Other("an integer out of range"),
            },
            Field::Text(text) => Unexpected::Str(text),
            Field::Float(value) => Unexpected::Float(*value),
            Field::Bool(value) => Unexpected::Bool(*value),
            Field::Null => Unexpected::Unit,
            Field::Other(what) => Unexpected::Other(what),
        }
    }

    fn integer(&self) -> Option<i128> {
        match self {
            Field::Integer(value) => Some(*value),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_any(FieldVisitor)
    }
}

/// Reads any value without failing on its type: integers of every width (CBOR's big ones
/// included), text, and everything else consumed and described.
struct FieldVisitor;

impl<'de> de::Visitor<'de> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Field, E> {
        Ok(Field::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Field, E> {
        Ok(Field::Integer(value.into()))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Field, E> {
        Ok(Field::Integer(value.into()))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Field, E> {
        Ok(Field::Integer(value))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Field, E> {
        Ok(i128::try_from(value).map_or(Field::Other("an integer out of range"), Field::Integer))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Field, E> {
        Ok(Field::Float(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Field, E> {
        Ok(Field::Text(value.into()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Field, E> {
        Ok(Field::Text(value))
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Field, E> {
        Ok(Field::Other("bytes"))
    }

    fn visit_none<E: de::Error>(self) -> Result<Field, E> {
        Ok(Field::Null)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Field, E> {
        Ok(Field::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        Field::deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Field, D::Error> {
        Field::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Field::Other("a list"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Other("an object"))
    }

    /// A tagged value (CBOR tags arrive this way) or an enum: consumed, whatever its shape.
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Field, A::Error> {
        use de::VariantAccess;
        let (IgnoredAny, variant) = data.variant::<IgnoredAny>()?;
        variant.newtype_variant::<IgnoredAny>()?;
        Ok(Field::Other("a tagged value"))
    }
}

/// What a payload's field must hold to be kept.
#[derive(Clone, Copy)]
enum Kind {
    /// A required code: an integer from 0 to 65535.
    Code,
    /// An optional code, dropped when it is not one.
    OptionalCode,
    /// Text.
    Text,
    /// An integer that fits `i64`.
    Integer,
    /// A required `closeCode` from 1 to 4.
    Cause,
}

impl Kind {
    fn keeps(self, field: &Field) -> bool {
        let integer = field.integer();
        match self {
            Kind::Code | Kind::OptionalCode => {
                integer.is_some_and(|value| (0..=65535).contains(&value))
            }
            Kind::Text => matches!(field, Field::Text(_)),
            Kind::Integer => integer.is_some_and(|value| i64::try_from(value).is_ok()),
            Kind::Cause => integer.is_some_and(|value| (1..=4).contains(&value)),
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Kind::Code | Kind::OptionalCode => "an integer code from 0 to 65535",
            Kind::Text => "text",
            Kind::Integer => "a 64-bit integer",
            Kind::Cause => "a closeCode from 1 to 4",
        }
    }
}

/// The fields a payload kept: for each of its keys, the last value of the right kind, and for
/// a required one, the last value of the wrong kind (to say what was wrong).
struct Kept {
    names: &'static [(&'static str, Kind)],
    values: [Option<Field>; 5],
    refused: [Option<Field>; 5],
}

impl Kept {
    fn position(&self, key: &str) -> usize {
        self.names
            .iter()
            .position(|(name, _)| *name == key)
            .unwrap_or(usize::MAX)
    }

    /// A required field's value, or why there is none.
    fn required<E: de::Error>(&mut self, key: &'static str) -> Result<i128, E> {
        let at = self.position(key);
        if let Some(value) = self.values[at].take().and_then(|field| field.integer()) {
            return Ok(value);
        }
        match &self.refused[at] {
            Some(field) => Err(E::invalid_value(
                field.unexpected(),
                &self.names[at].1.expected(),
            )),
            None => Err(E::missing_field(key)),
        }
    }

    fn code<E: de::Error>(&mut self, key: &'static str) -> Result<Code, E> {
        let value = self.required(key)?;
        // `required` kept only values in 0..=65535.
        u16::try_from(value)
            .map(Code::new)
            .map_err(|_| E::custom("a code out of range"))
    }

    fn optional_code(&mut self, key: &str) -> Option<Code> {
        self.integer(key)
            .and_then(|value| u16::try_from(value).ok())
            .map(Code::new)
    }

    fn integer(&mut self, key: &str) -> Option<i64> {
        let at = self.position(key);
        self.values[at]
            .take()?
            .integer()
            .and_then(|value| i64::try_from(value).ok())
    }

    fn text(&mut self, key: &str) -> Option<String> {
        match self.values[self.position(key)].take()? {
            Field::Text(text) => Some(text),
            _ => None,
        }
    }
}

/// Reads a payload's map: each known key's value as a [`Field`], kept when it is of the right
/// kind; unknown keys skipped; anything but a map refused.
fn read<'de, D: Deserializer<'de>>(
    deserializer: D,
    expecting: &'static str,
    names: &'static [(&'static str, Kind)],
) -> Result<Kept, D::Error> {
    struct PayloadVisitor {
        expecting: &'static str,
        names: &'static [(&'static str, Kind)],
    }

    impl<'de> de::Visitor<'de> for PayloadVisitor {
        type Value = Kept;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Kept, A::Error> {
            let mut kept = Kept {
                names: self.names,
                values: Default::default(),
                refused: Default::default(),
            };
            while let Some(key) = map.next_key::<Field>()? {
                let Field::Text(key) = key else {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                };
                let Some(at) = self.names.iter().position(|(name, _)| *name == key) else {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                };
                let value = map.next_value::<Field>()?;
                if self.names[at].1.keeps(&value) {
                    kept.values[at] = Some(value);
                } else {
                    kept.refused[at] = Some(value);
                }
            }
            Ok(kept)
        }
    }

    deserializer.deserialize_map(PayloadVisitor { expecting, names })
}

/// `Deserialize`, and `from_json` with the same rules, for a payload.
macro_rules! payload {
    ($type:ident, $expecting:literal, [$(($key:literal, $kind:ident)),* $(,)?], |$kept:ident| $build:expr) => {
        impl<'de> Deserialize<'de> for $type {
            /// Reads the payload by the module's rule: a map whose fields of the wrong type are
            /// dropped; only what the payload requires can fail it.
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                const NAMES: &[(&str, Kind)] = &[$(($key, Kind::$kind)),*];
                let mut $kept = read(deserializer, $expecting, NAMES)?;
                $build
            }
        }

        impl $type {
            /// Reads the payload from JSON text with the same rules as `Deserialize`, and also
            /// keeps what `serde_json` refuses while it parses: a number out of range (`1e400`)
            /// or a lone surrogate escape in a field is read, then dropped or replaced, instead
            /// of failing the whole payload.
            ///
            /// # Errors
            ///
            /// [`JsonError`] when the text is not JSON, or the payload lacks what it requires.
            /// Arrays and objects nested more than 128 deep, anywhere in the text, are refused
            /// too, so that no input can exhaust the stack (`serde_json` skips an unknown
            /// field's value however deep it is).
            pub fn from_json(json: &[u8]) -> Result<$type, JsonError> {
                from_json(json)
            }
        }
    };
}

payload!(
    ErrorCommand,
    "an ErrorCommand object",
    [
        ("code", Code),
        ("reason", Text),
        ("appCode", Integer),
        ("detail", Text),
        ("appMsg", Text)
    ],
    |kept| Ok(ErrorCommand {
        code: kept.code("code")?,
        reason: kept.text("reason"),
        app_code: kept.integer("appCode"),
        detail: kept.text("detail"),
        app_msg: kept.text("appMsg"),
    })
);

payload!(
    SessionClosed,
    "a SessionCommand object",
    [("code", Code), ("reason", Text), ("detail", Text)],
    |kept| Ok(SessionClosed {
        code: kept.code("code")?,
        reason: kept.text("reason"),
        detail: kept.text("detail"),
    })
);

payload!(
    AckError,
    "an AckCommand object",
    [
        ("code", Code),
        ("reason", Text),
        ("appCode", Integer),
        ("appMsg", Text)
    ],
    |kept| Ok(AckError {
        code: kept.code("code")?,
        reason: kept.text("reason"),
        app_code: kept.integer("appCode"),
        app_msg: kept.text("appMsg"),
    })
);

payload!(
    RestError,
    "a REST error body object",
    [("code", Code), ("error", Text)],
    |kept| Ok(RestError {
        code: Some(kept.code("code")?),
        error: kept.text("error"),
        status: None,
    })
);

payload!(
    MessagePatch,
    "a PatchItem object",
    [("patchCode", Integer), ("patchReason", Text)],
    |kept| {
        // The patch code is the patch's own code: absent is 0, but one of the wrong type fails
        // the patch rather than reading as "no cause".
        if kept.values[0].is_none() {
            if let Some(refused) = &kept.refused[0] {
                return Err(de::Error::invalid_value(
                    refused.unexpected(),
                    &"a 64-bit integer patchCode",
                ));
            }
        }
        Ok(MessagePatch {
            patch_code: kept.integer("patchCode").unwrap_or(0),
            patch_reason: kept.text("patchReason"),
        })
    }
);

payload!(
    ClientOffline,
    "a _clientOffline payload object",
    [
        ("peerId", Text),
        ("closeCode", Cause),
        ("closeMsg", Text),
        ("errorCode", OptionalCode),
        ("errorMsg", Text),
    ],
    |kept| Ok(ClientOffline {
        peer_id: kept.text("peerId"),
        close_code: OfflineCause::from_close_code(kept.required("closeCode")? as i64)
            .unwrap_or(OfflineCause::SignedOut),
        close_msg: kept.text("closeMsg"),
        error_code: kept.optional_code("errorCode"),
        error_msg: kept.text("errorMsg"),
    })
);
