//! The JSON carriers: each field kept as received, unknown fields ignored, bad codes refused.
#![cfg(all(feature = "serde", feature = "alloc"))]

use leancloud_im_codes::{
    AckError, Action, Carrier, Code, ErrorCommand, ImError, KnownCode, Lang, MessagePatch,
    PatchCause, RestError, SessionClosed,
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
    assert_eq!(error.code(), KnownCode::ConversationApiFailed);
    assert_eq!(error.reason(), Some("CONVERSATION_API_FAILED"));
    assert_eq!(error.app_code(), Some(12));
    assert_eq!(error.detail(), Some("upstream timeout"));
    assert_eq!(error.app_message(), Some("try again"));
    assert_eq!(error.action(), Action::RetryLater);
}

#[test]
fn app_code_stays_apart_from_code_even_when_it_is_a_known_number() {
    let error = error_command(r#"{"code":4305,"reason":"x","appCode":4111}"#).unwrap();
    assert_eq!(error.code(), KnownCode::ConversationRejectedByApp);
    assert_eq!(error.app_code(), Some(4111));
    assert_eq!(error.action(), Action::FixRequest);
    let error = error_command(r#"{"code":4402,"appCode":9890}"#).unwrap();
    assert_eq!(error.app_code(), Some(9890));
    assert_eq!(error.known(), Some(KnownCode::MessageRejectedByApp));
    let error = error_command(r#"{"code":4402,"appCode":-9223372036854775808}"#).unwrap();
    assert_eq!(error.app_code(), Some(i64::MIN));
}

#[test]
fn unknown_codes_are_kept() {
    let error = error_command(r#"{"code":4999,"reason":"NEW_THING"}"#).unwrap();
    assert_eq!(error.code(), Code::new(4999));
    assert_eq!(error.known(), None);
    assert_eq!(error.action(), Action::Reconnect);
    assert!(error.to_string().starts_with("UNKNOWN (4999): "));
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
        // Like every serde-derived struct, a carrier also reads a JSON array of its fields in
        // order; a short one is refused.
        (r#"[4111]"#, "invalid length 1"),
        (r#""SESSION_CONFLICT""#, "invalid type: string"),
        (r#"{"code":4111"#, "EOF"),
        ("", "EOF"),
    ];
    for (json, message) in cases {
        let error = error_command(json).unwrap_err().to_string();
        assert!(error.contains(message), "{json}: {error}");
    }
    let error = error_command(r#"{"code":4111,"appCode":"x"}"#).unwrap_err();
    assert!(error.to_string().contains("invalid type"), "{error}");
}

#[test]
fn session_closed_has_reason_and_detail_only() {
    let json = r#"{"code":4111,"reason":"SESSION_CONFLICT","detail":"iPad","appCode":1}"#;
    let error = ImError::from(serde_json::from_str::<SessionClosed>(json).unwrap());
    assert_eq!(error.carrier(), Carrier::SessionClosed);
    assert_eq!(error.action(), Action::StayOffline);
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
    assert_eq!(error.action(), Action::ReopenSession);
    assert_eq!(error.detail(), Some("session token expired"));
    assert_eq!(error.reason(), None);
    assert!(serde_json::from_str::<RestError>(r#"{"error":"x"}"#).is_err());
}

#[test]
fn patch_codes_are_signed() {
    let patch: MessagePatch =
        serde_json::from_str(r#"{"patchCode":-4408,"patchReason":"filtered"}"#).unwrap();
    assert_eq!(patch.cause(), PatchCause::Server(Code::new(4408)));
    assert_eq!(patch.patch_reason.as_deref(), Some("filtered"));
    let patch: MessagePatch = serde_json::from_str(r#"{"patchCode":42}"#).unwrap();
    assert_eq!(patch.cause(), PatchCause::App(42));
    let patch: MessagePatch = serde_json::from_str(r#"{}"#).unwrap();
    assert_eq!(patch.cause(), PatchCause::Unspecified);
    assert!(serde_json::from_str::<MessagePatch>(r#"{"patchCode":"x"}"#).is_err());
    for patch_code in [i64::MIN, -65536, -65535, -4408, -1, 0, 1, 9890, i64::MAX] {
        assert_eq!(
            PatchCause::from_patch_code(patch_code).patch_code(),
            patch_code
        );
    }
    assert_eq!(
        PatchCause::from_patch_code(-65536),
        PatchCause::Unrecognized(-65536)
    );
    assert!(
        PatchCause::from_patch_code(-4408)
            .description(Lang::ZhHans)
            .contains("敏感词")
    );
}

#[test]
fn display_keeps_our_words_and_the_servers_apart() {
    let error =
        error_command(r#"{"code":4301,"reason":"CONVERSATION_API_FAILED","detail":"db \"slow\""}"#)
            .unwrap();
    assert_eq!(
        error.to_string(),
        "CONVERSATION_API_FAILED (4301): A service the conversation operation depends on failed. The error's detail says what went wrong. [server: reason \"CONVERSATION_API_FAILED\", detail \"db \\\"slow\\\"\"]"
    );
    let bare = ImError::new(4112_u16, Carrier::Local);
    assert_eq!(bare.to_string(), KnownCode::SessionTokenExpired.to_string());
    assert!(
        bare.display_in(Lang::ZhHans)
            .to_string()
            .contains("会话令牌")
    );
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
        serde_json::to_string(&leancloud_im_codes::Action::StayOffline).unwrap(),
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
