//! The JSON carriers: each field kept as received, unknown fields ignored, bad codes refused.
#![cfg(all(feature = "serde", feature = "alloc"))]

use leancloud_im_codes::{
    AckError, Carrier, ClientOffline, Code, ConnectionAction, ErrorCommand, ImError, KnownCode,
    Lang, MessagePatch, OfflineCause, OperationAction, PatchCause, PatchKind, RestError,
    RetryAfter, SessionClosed,
};

fn error_command(json: &str) -> Result<ImError, serde_json::Error> {
    serde_json::from_str::<ErrorCommand>(json).map(ImError::from)
}

#[test]
fn error_command_keeps_every_field() {
    let error = error_command(
        r#"{"code":4301,"reason":"CONVERSATION_API_FAILED","appCode":12,"detail":"upstream timeout","appMsg":"try again","pids":["a"],"future":{"x":1}}"#,
    )
    .unwrap();
    assert_eq!(error.carrier(), Carrier::ErrorCommand);
    assert_eq!(error.code(), Some(Code::CONVERSATION_API_FAILED));
    assert_eq!(error.reason(), Some("CONVERSATION_API_FAILED"));
    assert_eq!(error.app_code(), Some(12));
    assert_eq!(error.detail(), Some("upstream timeout"));
    assert_eq!(error.app_message(), Some("try again"));
    assert_eq!(error.operation(), Some(OperationAction::Retry));
    assert_eq!(
        error.connection(),
        None,
        "a reply leaves the connection as it is"
    );
}

#[test]
fn app_code_stays_apart_from_code_even_when_it_is_a_known_number() {
    let error = error_command(r#"{"code":4305,"reason":"x","appCode":4111}"#).unwrap();
    assert_eq!(error.code(), Some(Code::CONVERSATION_REJECTED_BY_APP));
    assert_eq!(error.app_code(), Some(4111));
    assert_eq!(error.operation(), Some(OperationAction::FixRequest));
    let error = error_command(r#"{"code":4402,"appCode":9890}"#).unwrap();
    assert_eq!(error.app_code(), Some(9890));
    assert_eq!(error.code(), Some(Code::MESSAGE_REJECTED_BY_APP));
    let error = error_command(r#"{"code":4402,"appCode":-9223372036854775808}"#).unwrap();
    assert_eq!(error.app_code(), Some(i64::MIN));
}

#[test]
fn unknown_codes_are_kept() {
    let error = error_command(r#"{"code":4999,"reason":"NEW_THING"}"#).unwrap();
    assert_eq!(error.code(), Some(Code::new(4999)));
    assert_eq!(error.code().and_then(Code::known), None);
    assert_eq!(error.operation(), None);
    assert!(error.to_string().starts_with("4999 <unknown>: "));
}

#[test]
fn a_missing_or_non_integer_code_is_a_clear_error() {
    let cases = [
        (r#"{"reason":"SESSION_CONFLICT"}"#, "missing field `code`"),
        (
            r#"{"code":"4111"}"#,
            "expected an integer code from 0 to 65535",
        ),
        (
            r#"{"code":"SESSION_CONFLICT"}"#,
            "expected an integer code from 0 to 65535",
        ),
        (
            r#"{"code":4111.5}"#,
            "expected an integer code from 0 to 65535",
        ),
        (r#"{"code":-1}"#, "invalid value: integer `-1`"),
        (r#"{"code":70000}"#, "invalid value: integer `70000`"),
        (r#"{"code":null}"#, "expected an integer code"),
        (r#"{"code":true}"#, "expected an integer code"),
        // A payload is an object: positional arrays are refused, with the code or without.
        (
            r"[]",
            "invalid type: sequence, expected an ErrorCommand object",
        ),
        (r#"[4111,"R",1]"#, "invalid type: sequence"),
        (r#""SESSION_CONFLICT""#, "invalid type: string"),
        (r#"{"code":4111"#, "EOF"),
        ("", "EOF"),
    ];
    for (json, message) in cases {
        let error = error_command(json).unwrap_err().to_string();
        assert!(error.contains(message), "{json}: {error}");
    }
}

/// A badly typed optional field is dropped; the code and the other fields are kept.
#[test]
fn a_badly_typed_optional_field_is_dropped_and_the_code_kept() {
    let error = error_command(r#"{"code":4301,"appCode":"12"}"#).unwrap();
    assert_eq!(
        (error.code(), error.app_code()),
        (Some(Code::new(4301)), None)
    );
    let error = error_command(
        r#"{"code":4301,"reason":7,"detail":{"a":[1,2]},"appCode":12,"appMsg":[true]}"#,
    )
    .unwrap();
    assert_eq!(error.reason(), None);
    assert_eq!(error.detail(), None);
    assert_eq!(error.app_code(), Some(12));
    assert_eq!(error.app_message(), None);
    let error = error_command(r#"{"code":4301,"appCode":18446744073709551615}"#).unwrap();
    assert_eq!(
        error.app_code(),
        None,
        "an appCode beyond i64 is dropped, not wrapped"
    );
}

#[test]
fn session_closed_has_reason_and_detail_only() {
    let json = r#"{"code":4111,"reason":"SESSION_CONFLICT","detail":"iPad","appCode":1}"#;
    let error = ImError::from(serde_json::from_str::<SessionClosed>(json).unwrap());
    assert_eq!(error.carrier(), Carrier::Session);
    assert_eq!(error.connection(), Some(ConnectionAction::StayOffline));
    assert_eq!(error.reason(), Some("SESSION_CONFLICT"));
    assert_eq!(error.detail(), Some("iPad"));
    assert_eq!(error.app_code(), None, "a session command has no appCode");
    let error = ImError::from(serde_json::from_str::<SessionClosed>(r#"{"code":4115}"#).unwrap());
    assert_eq!((error.reason(), error.detail()), (None, None));
}

#[test]
fn ack_has_no_detail() {
    let json = r#"{"code":4402,"reason":"MESSAGE_REJECTED_BY_APP","appCode":1,"appMsg":"spam","detail":"ignored"}"#;
    let error = ImError::from(serde_json::from_str::<AckError>(json).unwrap());
    assert_eq!(error.carrier(), Carrier::Ack);
    assert_eq!(error.app_code(), Some(1));
    assert_eq!(error.app_message(), Some("spam"));
    assert_eq!(error.detail(), None);
}

#[test]
fn rest_error_text_becomes_detail() {
    let error = ImError::from(
        serde_json::from_str::<RestError>(r#"{"code":4112,"error":"session token expired"}"#)
            .unwrap(),
    );
    assert_eq!(error.carrier(), Carrier::Rest);
    assert_eq!(error.http_status(), None);
    assert_eq!(error.detail(), Some("session token expired"));
    assert_eq!(error.reason(), None);
    assert!(serde_json::from_str::<RestError>(r#"{"error":"x"}"#).is_err());
}

#[test]
fn patch_codes_are_signed() {
    let patch: MessagePatch =
        serde_json::from_str(r#"{"patchCode":-4408,"patchReason":"filtered"}"#).unwrap();
    assert_eq!(patch.cause().server_code(), Some(Code::new(4408)));
    assert_eq!(patch.patch_reason.as_deref(), Some("filtered"));
    let patch: MessagePatch = serde_json::from_str(r#"{"patchCode":42}"#).unwrap();
    assert_eq!(patch.cause().app_code(), Some(42));
    let patch: MessagePatch = serde_json::from_str(r"{}").unwrap();
    assert_eq!(patch.cause().kind(), PatchKind::Unspecified);
    assert!(serde_json::from_str::<MessagePatch>(r#"{"patchCode":"x"}"#).is_err());
    for patch_code in [i64::MIN, -65536, -65535, -4408, -1, 0, 1, 9890, i64::MAX] {
        assert_eq!(
            PatchCause::from_patch_code(patch_code).patch_code(),
            patch_code
        );
    }
    assert_eq!(
        PatchCause::from_patch_code(-65536).kind(),
        PatchKind::Unrecognized
    );
    // An app's negative number is not an app cause: it cannot be made into one that reads back
    // as the server's.
    assert_eq!(PatchCause::from_patch_code(-5).app_code(), None);
    assert_eq!(PatchCause::from_patch_code(-5).patch_code(), -5);
    assert_eq!(
        PatchCause::from_patch_code(-4408).description(Lang::ZhHans),
        Code::MESSAGE_MODIFIED_BY_CENSORSHIP.description(Lang::ZhHans)
    );
}

#[test]
fn display_keeps_our_words_and_the_servers_apart() {
    let error =
        error_command(r#"{"code":4301,"reason":"CONVERSATION_API_FAILED","detail":"db \"slow\""}"#)
            .unwrap();
    assert_eq!(
        error.to_string(),
        format!(
            "4301 CONVERSATION_API_FAILED: {} [server: reason \"CONVERSATION_API_FAILED\", detail \"db \\\"slow\\\"\"]",
            Code::CONVERSATION_API_FAILED.description(Lang::En)
        )
    );
    let bare = ImError::new(4112_u16, Carrier::Local);
    assert_eq!(
        bare.to_string(),
        format!("{:#}", Code::SESSION_TOKEN_EXPIRED)
    );
    assert_eq!(
        bare.display_in(Lang::ZhHant).to_string(),
        Code::SESSION_TOKEN_EXPIRED
            .display_in(Lang::ZhHant)
            .to_string()
    );
    // Text produced on this side is labelled local, never as the server's words.
    let local =
        ImError::new(1006_u16, Carrier::Local).with_detail("WebSocket protocol error: reset");
    let shown = local.to_string();
    assert!(
        shown.ends_with("[local: detail \"WebSocket protocol error: reset\"]"),
        "{shown}"
    );
    assert!(!shown.contains("server:"), "{shown}");
}

#[test]
fn the_error_type_is_a_thread_safe_std_error() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<ImError>();
    let boxed: Box<dyn std::error::Error + Send + Sync> =
        Box::new(ImError::new(4111_u16, Carrier::Local));
    assert!(boxed.to_string().contains("SESSION_CONFLICT"));
}

#[test]
fn codes_serialize_as_numbers_and_deserialize_from_numbers_or_names() {
    for &code in KnownCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, code.as_u16().to_string());
        assert_eq!(serde_json::from_str::<KnownCode>(&json).unwrap(), code);
        assert_eq!(
            serde_json::from_str::<Code>(&json).unwrap(),
            Code::from(code)
        );
        let by_digits = format!("\"{}\"", code.as_u16());
        assert_eq!(
            serde_json::from_str::<Code>(&by_digits).unwrap(),
            Code::from(code)
        );
        if KnownCode::all_named(code.name()).len() == 1 {
            let by_name = format!("\"{}\"", code.name().to_ascii_lowercase());
            assert_eq!(serde_json::from_str::<KnownCode>(&by_name).unwrap(), code);
        }
    }
    assert_eq!(
        serde_json::from_str::<Code>("4999").unwrap(),
        Code::new(4999)
    );
    assert!(
        serde_json::from_str::<KnownCode>("4999")
            .unwrap_err()
            .to_string()
            .contains("a code this crate knows")
    );
    assert!(serde_json::from_str::<Code>("70000").is_err());
    assert!(serde_json::from_str::<Code>("-1").is_err());
    assert!(
        serde_json::from_str::<Code>("\"INTERNAL_ERROR\"")
            .unwrap_err()
            .to_string()
            .contains("1011")
    );
    assert!(
        serde_json::from_str::<Code>("\"NOPE\"")
            .unwrap_err()
            .to_string()
            .contains("not a code number or a known code name")
    );
    assert_eq!(
        serde_json::to_string(&ConnectionAction::StayOffline).unwrap(),
        "\"stay_offline\""
    );
    assert_eq!(
        serde_json::from_str::<leancloud_im_codes::Lang>("\"zh-Hans\"").unwrap(),
        Lang::ZhHans
    );
    assert_eq!(
        serde_json::from_str::<leancloud_im_codes::Family>("\"im\"").unwrap(),
        leancloud_im_codes::Family::Im
    );
}

#[test]
fn rest_status_decides_before_the_body_code() {
    let body = |json: &str| serde_json::from_str::<RestError>(json).unwrap();
    let rest = |status: u16, json: &str| ImError::from(RestError::from_body(status, body(json)));
    let limited = rest(429, r#"{"code":4301,"error":"too many"}"#);
    assert_eq!(limited.http_status(), Some(429));
    assert_eq!(limited.operation(), Some(OperationAction::RetryLater));
    assert_eq!(
        limited.retry_after(),
        Some(RetryAfter::Delay(std::time::Duration::from_secs(60)))
    );
    assert!(limited.is_retryable(false));
    for (status, expected) in [
        (401, OperationAction::FixConfiguration),
        (403, OperationAction::FixConfiguration),
        (404, OperationAction::FixRequest),
        (502, OperationAction::RetryLater),
        (503, OperationAction::RetryLater),
        (511, OperationAction::RetryLater),
    ] {
        assert_eq!(
            rest(status, r#"{"code":4301}"#).operation(),
            Some(expected),
            "{status}"
        );
    }
    // Otherwise the body's code decides.
    assert_eq!(
        rest(400, r#"{"code":4304}"#).operation(),
        Some(OperationAction::FixRequest)
    );
    // An unknown REST code is never described with WebSocket-range text.
    let unknown = rest(400, r#"{"code":7}"#);
    assert!(!unknown.description(Lang::En).contains("WebSocket"));
    assert!(unknown.to_string().contains("HTTP 400"));
}

#[test]
fn client_offline_hook_payloads_read_their_own_namespace() {
    let json = r#"{"peerId":"tom","closeCode":2,"closeMsg":"dropped","sourceIP":"1.2.3.4","tag":"mobile","errorCode":4109,"errorMsg":"FRAME_TOO_LONG"}"#;
    let offline: ClientOffline = serde_json::from_str(json).unwrap();
    assert_eq!(offline.peer_id.as_deref(), Some("tom"));
    assert_eq!(offline.close_code, OfflineCause::ConnectionDropped);
    let error = offline.error().unwrap();
    assert_eq!(error.code(), Some(Code::FRAME_TOO_LONG));
    assert_eq!(error.connection(), Some(ConnectionAction::Reconnect));
    assert_eq!(error.operation(), Some(OperationAction::FixRequest));
    for (close_code, cause) in [
        (1, OfflineCause::SignedOut),
        (3, OfflineCause::SessionConflict),
        (4, OfflineCause::KickedByApi),
    ] {
        let offline: ClientOffline =
            serde_json::from_str(&format!(r#"{{"closeCode":{close_code}}}"#)).unwrap();
        assert_eq!(offline.close_code, cause);
        assert!(offline.error().is_none());
    }
    for bad in [
        r#"{"closeCode":0}"#,
        r#"{"closeCode":5}"#,
        r#"{"closeCode":"2"}"#,
        r"{}",
    ] {
        assert!(serde_json::from_str::<ClientOffline>(bad).is_err(), "{bad}");
    }
}

/// Issue 17: a valid code is never lost to what an optional field holds, in JSON and in CBOR;
/// positional arrays are refused.
mod a_valid_code_survives {
    use super::*;
    use ciborium::value::{Integer, Value as Cbor};

    fn cbor(entries: Vec<(&str, Cbor)>) -> Vec<u8> {
        let map = Cbor::Map(
            entries
                .into_iter()
                .map(|(k, v)| (Cbor::Text(k.into()), v))
                .collect(),
        );
        let mut bytes = Vec::new();
        ciborium::into_writer(&map, &mut bytes).unwrap();
        bytes
    }

    #[test]
    fn numbers_out_of_every_range_in_json() {
        let command =
            ErrorCommand::from_json(br#"{"code":4111,"appCode":1e400,"reason":"R"}"#).unwrap();
        assert_eq!(
            (command.code, command.app_code, command.reason.as_deref()),
            (Code::new(4111), None, Some("R"))
        );
        let command = ErrorCommand::from_json(br#"{"code":4111,"appCode":-1e400}"#).unwrap();
        assert_eq!(command.app_code, None);
        let command =
            ErrorCommand::from_json(br#"{"code":4111,"appCode":99999999999999999999999}"#).unwrap();
        assert_eq!(command.app_code, None);
        let patch = MessagePatch::from_json(br#"{"patchCode":-4408,"patchReason":1e400}"#).unwrap();
        assert_eq!((patch.patch_code, patch.patch_reason), (-4408, None));
        // An integral float is not an integer code either, nor is `-0`, which serde_json reads
        // as the float -0.0 (found by the error_command fuzzer).
        assert!(ErrorCommand::from_json(br#"{"code":4111.0}"#).is_err());
        assert!(ErrorCommand::from_json(br#"{"code":-0}"#).is_err());
        assert!(serde_json::from_str::<ErrorCommand>(r#"{"code":-0}"#).is_err());
        let command = ErrorCommand::from_json(br#"{"code":4111,"appCode":-0}"#).unwrap();
        let serde = serde_json::from_str::<ErrorCommand>(r#"{"code":4111,"appCode":-0}"#).unwrap();
        assert_eq!(command, serde);
    }

    #[test]
    fn lone_surrogates_and_bytes_that_are_not_utf8_in_json() {
        let command =
            ErrorCommand::from_json(br#"{"code":4111,"reason":"\ud800","detail":"\udc00x"}"#)
                .unwrap();
        assert_eq!(command.code, Code::new(4111));
        assert_eq!(command.reason.as_deref(), Some("\u{fffd}"));
        assert_eq!(command.detail.as_deref(), Some("\u{fffd}x"));
        // A pair is one character.
        let command = ErrorCommand::from_json(br#"{"code":4111,"reason":"\ud83d\ude00"}"#).unwrap();
        assert_eq!(command.reason.as_deref(), Some("\u{1f600}"));
        let closed = SessionClosed::from_json(b"{\"code\":4115,\"reason\":\"\xff\xfe\"}").unwrap();
        assert_eq!(
            (closed.code, closed.reason.as_deref()),
            (Code::new(4115), Some("\u{fffd}\u{fffd}"))
        );
    }

    #[test]
    fn repeated_keys_keep_the_last_value_of_the_right_type() {
        for json in [
            r#"{"code":4111,"code":"4112"}"#,
            r#"{"code":"x","code":4111}"#,
            r#"{"code":70000,"code":4111,"code":-1}"#,
        ] {
            assert_eq!(
                ErrorCommand::from_json(json.as_bytes()).unwrap().code,
                Code::new(4111),
                "{json}"
            );
            let parsed: ErrorCommand = serde_json::from_str(json).unwrap();
            assert_eq!(parsed.code, Code::new(4111), "{json}");
        }
        let json =
            r#"{"code":4402,"appCode":1,"appCode":"bad","appCode":2,"reason":"a","reason":7}"#;
        let command: ErrorCommand = serde_json::from_str(json).unwrap();
        assert_eq!(
            (command.app_code, command.reason.as_deref()),
            (Some(2), Some("a"))
        );
        assert_eq!(ErrorCommand::from_json(json.as_bytes()).unwrap(), command);
    }

    #[test]
    fn positional_arrays_are_refused() {
        for json in [r#"[4111,"R",1]"#, r"[4111]"] {
            assert!(ErrorCommand::from_json(json.as_bytes()).is_err(), "{json}");
            assert!(
                serde_json::from_str::<ErrorCommand>(json).is_err(),
                "{json}"
            );
            assert!(
                serde_json::from_str::<SessionClosed>(json).is_err(),
                "{json}"
            );
            assert!(serde_json::from_str::<AckError>(json).is_err(), "{json}");
            assert!(serde_json::from_str::<RestError>(json).is_err(), "{json}");
        }
        let mut bytes = Vec::new();
        ciborium::into_writer(&(4111, "R"), &mut bytes).unwrap();
        assert!(ciborium::from_reader::<ErrorCommand, _>(bytes.as_slice()).is_err());
    }

    #[test]
    fn big_and_tagged_integers_in_cbor() {
        let big = Cbor::Integer(Integer::from(u64::MAX)); // beyond i64
        let tagged = Cbor::Tag(1000, Box::new(Cbor::Integer(7.into())));
        let huge = Cbor::Tag(2, Box::new(Cbor::Bytes(vec![1; 12]))); // a 96-bit bignum
        for app_code in [
            big,
            tagged,
            huge,
            Cbor::Float(1e300),
            Cbor::Bytes(vec![1, 2]),
        ] {
            let bytes = cbor(vec![
                ("code", Cbor::Integer(4111.into())),
                ("appCode", app_code.clone()),
                ("reason", Cbor::Text("R".into())),
            ]);
            let command: ErrorCommand = ciborium::from_reader(bytes.as_slice())
                .unwrap_or_else(|e| panic!("{app_code:?}: {e}"));
            assert_eq!(
                (command.code, command.app_code, command.reason.as_deref()),
                (Code::new(4111), None, Some("R")),
                "{app_code:?}"
            );
        }
        // Repeated keys and an integer key in CBOR.
        let bytes = cbor(vec![
            ("code", Cbor::Integer(4111.into())),
            ("code", Cbor::Text("x".into())),
            ("detail", Cbor::Null),
        ]);
        let command: ErrorCommand = ciborium::from_reader(bytes.as_slice()).unwrap();
        assert_eq!((command.code, command.detail), (Code::new(4111), None));
        let map = Cbor::Map(vec![
            (Cbor::Integer(1.into()), Cbor::Integer(2.into())),
            (Cbor::Text("code".into()), Cbor::Integer(4100.into())),
        ]);
        let mut bytes = Vec::new();
        ciborium::into_writer(&map, &mut bytes).unwrap();
        let command: ErrorCommand = ciborium::from_reader(bytes.as_slice()).unwrap();
        assert_eq!(command.code, Code::new(4100));
        // A code that is not one still fails, with what was wrong.
        let bytes = cbor(vec![("code", Cbor::Integer(70000.into()))]);
        let error = ciborium::from_reader::<ErrorCommand, _>(bytes.as_slice())
            .unwrap_err()
            .to_string();
        assert!(error.contains("an integer code from 0 to 65535"), "{error}");
    }

    #[test]
    fn from_json_refuses_what_is_not_json() {
        for (json, problem) in [
            (&br#"{"code":4111"#[..], "end of input"),
            (br#"{"code":4111} x"#, "after the JSON value"),
            (br"{code:4111}", "key must be a string"),
            (br#"{"code":01}"#, "leading zero"),
            (br#"{"code":4111,}"#, "key must be a string"),
            (br#"{"code":4111,"reason":"\q"}"#, "invalid escape"),
            (br#"{"code":4111,"reason":"\u12"}"#, "\\u escape"),
            (b"", "end of input"),
        ] {
            let error = ErrorCommand::from_json(json).unwrap_err().to_string();
            assert!(
                error.contains(problem),
                "{}: {error}",
                String::from_utf8_lossy(json)
            );
        }
        // Nesting is bounded: deep input is an error, not a stack overflow.
        let deep = format!(
            r#"{{"code":4111,"x":{}{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(
            ErrorCommand::from_json(deep.as_bytes())
                .unwrap_err()
                .to_string()
                .contains("nested too deeply")
        );
        let shallow = format!(
            r#"{{"code":4111,"x":{}{}}}"#,
            "[".repeat(100),
            "]".repeat(100)
        );
        assert_eq!(
            ErrorCommand::from_json(shallow.as_bytes()).unwrap().code,
            Code::new(4111)
        );
    }
}

#[test]
fn a_rest_reply_decides_by_its_status_then_its_code() {
    // No status given: the body's code decides; a status the crate lists decides first.
    let body = || RestError::from_json(br#"{"code":4112}"#).unwrap();
    assert_eq!(
        ImError::from(body()).operation(),
        Some(OperationAction::ReopenThenRetry)
    );
    assert_eq!(
        ImError::from(RestError::from_body(429, body())).operation(),
        Some(OperationAction::RetryLater)
    );
    // No LeanCloud body at all: the status alone, by RFC 9110's classes where the crate lists
    // nothing for it.
    for (status, expected) in [
        (429, Some(OperationAction::RetryLater)),
        (503, Some(OperationAction::RetryLater)),
        (500, Some(OperationAction::Retry)),
        (400, Some(OperationAction::FixRequest)),
        (401, Some(OperationAction::FixConfiguration)),
        (302, Some(OperationAction::Report)),
    ] {
        let error = ImError::from(RestError::from_status(status));
        assert_eq!(error.code(), None, "{status}");
        assert_eq!(error.operation(), expected, "{status}");
        assert_eq!(
            error.connection(),
            None,
            "a REST reply leaves the connection as it is"
        );
        assert!(
            error.to_string().starts_with(&format!("HTTP {status}: ")),
            "{error}"
        );
        assert!(!error.message(Lang::En).is_empty());
    }
    // A 500 may have applied the request: only an idempotent one is resent.
    let error = ImError::from(RestError::from_status(500));
    assert!(error.is_retryable(true) && !error.is_retryable(false));
    assert!(ImError::from(RestError::from_status(429)).is_retryable(false));
}
