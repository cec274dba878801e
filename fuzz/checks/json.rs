//! What must hold for any JSON given to an error payload. The fuzz targets call these, and so
//! does `tests/fuzz_corpus.rs` (with the `serde` feature).
//!
//! Each check reads the bytes three ways: through serde (`serde_json`), through the payload's
//! own `from_json`, and as an oracle built on `serde_json::Value`, which lists an object's
//! members in order, repeated keys included. The payloads' rule, written out again here: an
//! object is required; of each known key, the last value of the right type counts, and the
//! others are dropped; the required field decides whether the payload is accepted. Both
//! readings must agree with the oracle whenever `serde_json` can read the document, and
//! `from_json` must accept everything serde accepts. `from_json` also reads what `serde_json`
//! refuses while it parses (numbers out of range, lone surrogates, bytes that are not UTF-8):
//! there its code must still be the oracle's when the oracle can tell.

#![allow(dead_code)]

use leancloud_im_codes::{
    AckError, Carrier, Code, ErrorCommand, ImError, Lang, MessagePatch, PatchKind, RestError,
    SessionClosed,
};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;

/// An object's members in order, repeated keys included; `None` for any other JSON value.
struct Members(Option<Vec<(String, Value)>>);

/// The oracle's reading of a document `serde_json` could read: its members, if an object.
type Object = Option<Vec<(String, Value)>>;

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Members, D::Error> {
        struct MembersVisitor;
        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = Members;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry::<String, Value>()? {
                    members.push(member);
                }
                Ok(Members(Some(members)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Members, A::Error> {
                while seq.next_element::<Value>()?.is_some() {}
                Ok(Members(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_unit<E>(self) -> Result<Members, E> {
                Ok(Members(None))
            }
        }
        deserializer.deserialize_any(MembersVisitor)
    }
}

/// The document's members, if `serde_json` reads it (`Some(None)` for a value that is no object).
fn members(data: &[u8]) -> Option<Object> {
    serde_json::from_slice::<Members>(data)
        .ok()
        .map(|members| members.0)
}

/// The last value of `key` that `keep` accepts.
fn last<T>(
    members: &[(String, Value)],
    key: &str,
    keep: impl Fn(&Value) -> Option<T>,
) -> Option<T> {
    members
        .iter()
        .rev()
        .filter(|(k, _)| k == key)
        .find_map(|(_, value)| keep(value))
}

fn text(value: &Value) -> Option<String> {
    value.as_str().map(str::to_string)
}

fn code(value: &Value) -> Option<Code> {
    value
        .as_u64()
        .and_then(|v| u16::try_from(v).ok())
        .map(Code::new)
}

/// Reads `data` with serde and with `from_json`, checks they agree, and returns what the oracle
/// can say: `Some(members)` when `serde_json` reads the document.
fn both<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    data: &[u8],
    from_json: fn(&[u8]) -> Result<T, leancloud_im_codes::JsonError>,
) -> (Option<T>, Option<T>, Option<Object>) {
    let serde = serde_json::from_slice::<T>(data).ok();
    let own = from_json(data).ok();
    if let Some(serde) = &serde {
        assert_eq!(
            own.as_ref(),
            Some(serde),
            "from_json must read what serde reads"
        );
    }
    (serde, own, members(data))
}

fn check_error(error: &ImError, code: Code) {
    assert_eq!(error.code(), Some(code));
    if error.carrier() != Carrier::Rest {
        assert_eq!(error.operation(), code.operation());
        let shown = error.to_string();
        let head = format!("{code}: {}", error.description(Lang::En));
        assert!(shown.starts_with(&head), "{shown}");
    }
}

pub fn error_command(data: &[u8]) {
    let (_, own, members) = both::<ErrorCommand>(data, ErrorCommand::from_json);
    if let Some(members) = members {
        let expected = members.as_deref().and_then(|m| last(m, "code", code));
        assert_eq!(own.as_ref().map(|c| c.code), expected);
        if let (Some(command), Some(members)) = (&own, &members) {
            assert_eq!(command.reason, last(members, "reason", text));
            assert_eq!(command.detail, last(members, "detail", text));
            assert_eq!(command.app_msg, last(members, "appMsg", text));
            assert_eq!(command.app_code, last(members, "appCode", Value::as_i64));
        }
    }
    if let Some(command) = own {
        let error = ImError::from(command.clone());
        check_error(&error, command.code);
        assert_eq!(error.reason(), command.reason.as_deref());
        assert_eq!(error.app_code(), command.app_code);
    }
}

pub fn session_closed(data: &[u8]) {
    let (_, own, members) = both::<SessionClosed>(data, SessionClosed::from_json);
    if let Some(members) = members {
        let expected = members.as_deref().and_then(|m| last(m, "code", code));
        assert_eq!(own.as_ref().map(|c| c.code), expected);
        if let (Some(command), Some(members)) = (&own, &members) {
            assert_eq!(command.reason, last(members, "reason", text));
            assert_eq!(command.detail, last(members, "detail", text));
        }
    }
    if let Some(command) = own {
        let error = ImError::from(command.clone());
        check_error(&error, command.code);
        assert_eq!((error.app_code(), error.app_message()), (None, None));
    }
}

pub fn ack_error(data: &[u8]) {
    let (_, own, members) = both::<AckError>(data, AckError::from_json);
    if let Some(members) = members {
        let expected = members.as_deref().and_then(|m| last(m, "code", code));
        assert_eq!(own.as_ref().map(|c| c.code), expected);
        if let (Some(ack), Some(members)) = (&own, &members) {
            assert_eq!(ack.reason, last(members, "reason", text));
            assert_eq!(ack.app_msg, last(members, "appMsg", text));
            assert_eq!(ack.app_code, last(members, "appCode", Value::as_i64));
        }
    }
    if let Some(ack) = own {
        let error = ImError::from(ack.clone());
        check_error(&error, ack.code);
        assert_eq!(error.detail(), None);
    }
}

pub fn rest_error(data: &[u8]) {
    let (_, own, members) = both::<RestError>(data, RestError::from_json);
    if let Some(members) = members {
        let expected = members.as_deref().and_then(|m| last(m, "code", code));
        assert_eq!(own.as_ref().and_then(|b| b.code), expected);
        if let (Some(body), Some(members)) = (&own, &members) {
            assert_eq!(body.error, last(members, "error", text));
        }
    }
    if let Some(body) = own {
        let code = body.code.expect("a REST body read from JSON has a code");
        let error = ImError::from(body.clone());
        check_error(&error, code);
        assert_eq!(error.detail(), body.error.as_deref());
    }
}

pub fn message_patch(data: &[u8]) {
    let (_, own, members) = both::<MessagePatch>(data, MessagePatch::from_json);
    if let Some(members) = &members {
        // Accepted exactly when it is an object whose patchCode, if present, has an integer.
        let accepted = members.as_deref().is_some_and(|m| {
            !m.iter().any(|(k, _)| k == "patchCode")
                || last(m, "patchCode", Value::as_i64).is_some()
        });
        assert_eq!(own.is_some(), accepted);
    }
    if let (Some(patch), Some(Some(members))) = (&own, &members) {
        assert_eq!(
            patch.patch_code,
            last(members, "patchCode", Value::as_i64).unwrap_or(0)
        );
        assert_eq!(patch.patch_reason, last(members, "patchReason", text));
    }
    let Some(patch) = own else { return };
    let cause = patch.cause();
    assert_eq!(cause.patch_code(), patch.patch_code);
    // The rule, written out: 0 none, positive the app's, -1..=-65535 the server's.
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
