//! The JSON forms of LeanCloud's error carriers (features `serde` and `alloc`).
//!
//! Each type deserializes from its carrier's JSON (protobuf field names in camelCase), ignores
//! unknown fields, requires an integer `code`, and converts into an [`ImError`]. Like every
//! serde-derived struct, each also reads an array of its fields in declaration order.
//!
//! serde_json checks the fields it skips only loosely: inside an unknown field, a carrier
//! accepts invalid UTF-8 (when read with `serde_json::from_slice`), malformed `\u` escapes and
//! numbers too large for any Rust number type. The fields a carrier keeps are always checked.

use alloc::string::String;

use serde::de::Deserializer;
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::error::{Carrier, ImError};
use crate::patch::PatchCause;
use crate::serde_impls::CodeVisitor;

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
    pub reason: Option<String>,
    /// A code chosen by the app's hook.
    pub app_code: Option<i64>,
    /// Free text from the server.
    pub detail: Option<String>,
    /// A message written by the app's hook.
    pub app_msg: Option<String>,
}

/// A `SessionCommand` that ends a session: a `session/closed` push or a failed `session/open`.
///
/// ```
/// use leancloud_im_codes::{Action, ImError, SessionClosed};
///
/// let json = r#"{"code":4111,"reason":"SESSION_CONFLICT","detail":"signed in on iPad"}"#;
/// let error = ImError::from(serde_json::from_str::<SessionClosed>(json)?);
/// assert_eq!(error.action(), Action::StayOffline);
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AckError {
    /// Why the message was refused.
    #[serde(deserialize_with = "wire_code")]
    pub code: Code,
    /// The server's reason, usually the code's name.
    pub reason: Option<String>,
    /// A code chosen by the app's hook.
    pub app_code: Option<i64>,
    /// A message written by the app's hook.
    pub app_msg: Option<String>,
}

/// The JSON body of a failed REST call: `{"code": 4112, "error": "..."}`. The `error` text
/// becomes the [`ImError`]'s `detail`.
///
/// ```
/// use leancloud_im_codes::{Action, ImError, RestError};
///
/// let error = ImError::from(serde_json::from_str::<RestError>(r#"{"code":4112,"error":"expired"}"#)?);
/// assert_eq!(error.action(), Action::ReopenSession);
/// assert_eq!(error.detail(), Some("expired"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RestError {
    /// The error's code.
    #[serde(deserialize_with = "wire_code")]
    pub code: Code,
    /// The server's text.
    pub error: Option<String>,
}

/// A `PatchItem`'s reason fields: why an edit or recall notice changed a message.
///
/// ```
/// use leancloud_im_codes::{KnownCode, MessagePatch, PatchCause};
///
/// let patch: MessagePatch = serde_json::from_str(r#"{"patchCode":-4408,"patchReason":"filtered"}"#)?;
/// assert_eq!(patch.cause(), PatchCause::Server(KnownCode::MessageModifiedByCensorship.into()));
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
    pub patch_reason: Option<String>,
}

impl MessagePatch {
    /// Why the message changed.
    ///
    /// ```
    /// use leancloud_im_codes::{MessagePatch, PatchCause};
    ///
    /// let patch: MessagePatch = serde_json::from_str(r#"{"patchCode":7}"#)?;
    /// assert_eq!(patch.cause(), PatchCause::App(7));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn cause(&self) -> PatchCause {
        PatchCause::from_patch_code(self.patch_code)
    }
}

/// Fills the optional parts of an error from a carrier's fields.
fn with_parts(
    mut error: ImError,
    reason: Option<String>,
    detail: Option<String>,
    app_code: Option<i64>,
    app_message: Option<String>,
) -> ImError {
    if let Some(reason) = reason {
        error = error.with_reason(reason);
    }
    if let Some(detail) = detail {
        error = error.with_detail(detail);
    }
    if let Some(app_code) = app_code {
        error = error.with_app_code(app_code);
    }
    if let Some(app_message) = app_message {
        error = error.with_app_message(app_message);
    }
    error
}

impl From<ErrorCommand> for ImError {
    fn from(command: ErrorCommand) -> ImError {
        let error = ImError::new(command.code, Carrier::ErrorCommand);
        with_parts(
            error,
            command.reason,
            command.detail,
            command.app_code,
            command.app_msg,
        )
    }
}

impl From<SessionClosed> for ImError {
    fn from(command: SessionClosed) -> ImError {
        let error = ImError::new(command.code, Carrier::SessionClosed);
        with_parts(error, command.reason, command.detail, None, None)
    }
}

impl From<AckError> for ImError {
    fn from(ack: AckError) -> ImError {
        let error = ImError::new(ack.code, Carrier::Ack);
        with_parts(error, ack.reason, None, ack.app_code, ack.app_msg)
    }
}

impl From<RestError> for ImError {
    fn from(body: RestError) -> ImError {
        let error = ImError::new(body.code, Carrier::Rest);
        with_parts(error, None, body.error, None, None)
    }
}

impl Serialize for ImError {
    /// Writes the `ErrorCommand` JSON shape: `code`, then the server's fields that are present.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = 1
            + usize::from(self.reason().is_some())
            + usize::from(self.detail().is_some())
            + usize::from(self.app_code().is_some())
            + usize::from(self.app_message().is_some());
        let mut fields = serializer.serialize_struct("ErrorCommand", present)?;
        fields.serialize_field("code", &self.code())?;
        if let Some(reason) = self.reason() {
            fields.serialize_field("reason", reason)?;
        }
        if let Some(detail) = self.detail() {
            fields.serialize_field("detail", detail)?;
        }
        if let Some(app_code) = self.app_code() {
            fields.serialize_field("appCode", &app_code)?;
        }
        if let Some(app_message) = self.app_message() {
            fields.serialize_field("appMsg", app_message)?;
        }
        fields.end()
    }
}

impl<'de> Deserialize<'de> for ImError {
    /// Reads the `ErrorCommand` JSON shape; the carrier is [`Carrier::ErrorCommand`].
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4301_u16, Carrier::ErrorCommand).with_detail("timeout");
    /// let json = serde_json::to_string(&error)?;
    /// assert_eq!(json, r#"{"code":4301,"detail":"timeout"}"#);
    /// assert_eq!(serde_json::from_str::<ImError>(&json)?, error);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ImError, D::Error> {
        ErrorCommand::deserialize(deserializer).map(ImError::from)
    }
}

/// A carrier's `code`: an integer from 0 to 65535, nothing else (no names, no strings).
fn wire_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
    deserializer.deserialize_i64(CodeVisitor { text: false })
}
