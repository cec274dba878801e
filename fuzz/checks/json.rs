//! What must hold for any JSON given to an error carrier. The fuzz targets call these, and so
//! does `tests/fuzz_corpus.rs` (with the `serde` feature).
//!
//! Each check compares an accepted carrier with the same bytes read as `serde_json::Value`, and
//! the `ImError` made from it with the carrier, and panics on any disagreement.

#![allow(dead_code)]

use leancloud_im_codes::{
    AckError, Code, ErrorCommand, ImError, Lang, MessagePatch, PatchKind, RestError, SessionClosed,
};
use serde_json::Value;
use serde_json::error::Category;

/// The JSON value of `key` in an object, or `None` when absent or null.
fn field<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    value.as_object()?.get(key).filter(|field| !field.is_null())
}

fn text_field<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    // A field of another type is dropped by the carrier (read as absent).
    field(value, key).and_then(Value::as_str)
}

/// Parses `data` as a carrier and, when that succeeds, as a `serde_json::Value` to check the
/// carrier's fields against.
///
/// serde_json checks the fields it skips only loosely: inside an unknown field, a carrier
/// accepts invalid UTF-8 (read from bytes), bad or lone-surrogate `\u` escapes, and numbers too
/// large for an `f64`, where `Value`, which keeps every field, refuses them. Then the value is
/// `Null`, only the carrier is checked, and `Value` must have failed on the content, never on a
/// truncated document. (Found by fuzzing; `fuzz/seeds/*/regression-*` keep the inputs.)
fn carrier<T: serde::de::DeserializeOwned>(data: &[u8]) -> Option<(T, Value)> {
    let parsed = serde_json::from_slice::<T>(data).ok()?;
    let value = match serde_json::from_slice::<Value>(data) {
        Ok(value) => value,
        Err(error) => {
            let content = matches!(error.classify(), Category::Syntax | Category::Data);
            assert!(
                content,
                "an accepted carrier is not a whole JSON document: {error}"
            );
            Value::Null
        }
    };
    Some((parsed, value))
}

/// Checks the code an accepted carrier read against the JSON value.
fn check_code(value: &Value, key: &str, code: Code) {
    let expected = match value {
        Value::Object(_) => field(value, key).and_then(Value::as_i64),
        Value::Array(items) => items.first().and_then(Value::as_i64),
        Value::Null => return, // not representable as a Value; see `carrier`
        _ => panic!("a carrier was read from {value}"),
    };
    assert_eq!(expected, Some(i64::from(code.as_u16())));
}

fn check_error(error: &ImError, code: Code) {
    assert_eq!(error.code(), code);
    assert_eq!(error.operation(), code.operation());
    let shown = error.to_string();
    let name = code.name().unwrap_or("UNKNOWN");
    let head = format!(
        "{name} ({}): {}",
        code.as_u16(),
        error.description(Lang::En)
    );
    assert!(shown.starts_with(&head), "{shown}");
}

pub fn error_command(data: &[u8]) {
    let Some((command, value)) = carrier::<ErrorCommand>(data) else {
        return;
    };
    check_code(&value, "code", command.code);
    if value.is_object() {
        assert_eq!(command.reason.as_deref(), text_field(&value, "reason"));
        assert_eq!(command.detail.as_deref(), text_field(&value, "detail"));
        assert_eq!(command.app_msg.as_deref(), text_field(&value, "appMsg"));
        assert_eq!(
            command.app_code,
            field(&value, "appCode").and_then(Value::as_i64)
        );
    }
    let error = ImError::from(command.clone());
    check_error(&error, command.code);
    assert_eq!(error.reason(), command.reason.as_deref());
    assert_eq!(error.detail(), command.detail.as_deref());
    assert_eq!(error.app_code(), command.app_code);
    assert_eq!(error.app_message(), command.app_msg.as_deref());
}

pub fn session_closed(data: &[u8]) {
    let Some((command, value)) = carrier::<SessionClosed>(data) else {
        return;
    };
    check_code(&value, "code", command.code);
    if value.is_object() {
        assert_eq!(command.reason.as_deref(), text_field(&value, "reason"));
        assert_eq!(command.detail.as_deref(), text_field(&value, "detail"));
    }
    let error = ImError::from(command.clone());
    check_error(&error, command.code);
    assert_eq!(
        (error.reason(), error.detail()),
        (command.reason.as_deref(), command.detail.as_deref())
    );
    assert_eq!((error.app_code(), error.app_message()), (None, None));
}

pub fn ack_error(data: &[u8]) {
    let Some((ack, value)) = carrier::<AckError>(data) else {
        return;
    };
    check_code(&value, "code", ack.code);
    if value.is_object() {
        assert_eq!(ack.reason.as_deref(), text_field(&value, "reason"));
        assert_eq!(ack.app_msg.as_deref(), text_field(&value, "appMsg"));
        assert_eq!(
            ack.app_code,
            field(&value, "appCode").and_then(Value::as_i64)
        );
    }
    let error = ImError::from(ack.clone());
    check_error(&error, ack.code);
    assert_eq!(error.detail(), None);
    assert_eq!(error.app_code(), ack.app_code);
}

pub fn rest_error(data: &[u8]) {
    let Some((body, value)) = carrier::<RestError>(data) else {
        return;
    };
    check_code(&value, "code", body.code);
    if value.is_object() {
        assert_eq!(body.error.as_deref(), text_field(&value, "error"));
    }
    let error = ImError::from(body.clone());
    check_error(&error, body.code);
    assert_eq!(error.detail(), body.error.as_deref());
}

pub fn message_patch(data: &[u8]) {
    let Some((patch, value)) = carrier::<MessagePatch>(data) else {
        return;
    };
    if value.is_object() {
        let code = field(&value, "patchCode").map_or(0, |code| code.as_i64().expect("integer"));
        assert_eq!(patch.patch_code, code);
        assert_eq!(
            patch.patch_reason.as_deref(),
            text_field(&value, "patchReason")
        );
    }
    let cause = patch.cause();
    assert_eq!(cause.patch_code(), patch.patch_code);
    // The RFC-free rule, written out: 0 none, positive the app's, -1..=-65535 the server's.
    match patch.patch_code {
        0 => assert_eq!(cause.kind(), PatchKind::Unspecified),
        1.. => assert_eq!(cause.app_code(), Some(patch.patch_code)),
        -65535..=-1 => assert_eq!(
            cause.server_code().map(|code| -i64::from(code.as_u16())),
            Some(patch.patch_code)
        ),
        _ => assert_eq!(cause.kind(), PatchKind::Unrecognized),
    }
    for lang in Lang::ALL {
        assert!(!cause.description(*lang).is_empty());
    }
}

/// A check, by the name of the fuzz target that runs it.
pub type Target = (&'static str, fn(&[u8]));

/// The targets by name, for replaying a corpus directory.
pub const TARGETS: &[Target] = &[
    ("error_command", error_command),
    ("session_closed", session_closed),
    ("ack_error", ack_error),
    ("rest_error", rest_error),
    ("message_patch", message_patch),
];
