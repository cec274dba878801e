//! Issue 8, item 6: an SDK that decodes LeanCloud's protobuf (`lc.protobuf2.3`) with prost maps
//! an error reply, a `session/closed` push or an ack into an `ImError` in one line.
//!
//! The messages below declare the fields of `message.proto` (leancloud/js-realtime-sdk:
//! proto/message.proto) that carry errors, with their field numbers; prost encodes real
//! `GenericCommand` bytes, which are decoded back before mapping.
#![cfg(feature = "alloc")]

use leancloud_im_codes::{
    Carrier, Code, ConnectionAction, ImError, KnownCode, LookupError, OperationAction,
};
use prost::Message;

#[derive(Clone, PartialEq, prost::Message)]
struct GenericCommand {
    #[prost(int32, optional, tag = "1")]
    cmd: Option<i32>,
    #[prost(int32, optional, tag = "2")]
    op: Option<i32>,
    #[prost(int32, optional, tag = "5")]
    i: Option<i32>,
    #[prost(message, optional, tag = "102")]
    session_message: Option<SessionCommand>,
    #[prost(message, optional, tag = "103")]
    error_message: Option<ErrorCommand>,
    #[prost(message, optional, tag = "105")]
    ack_message: Option<AckCommand>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct SessionCommand {
    #[prost(string, optional, tag = "10")]
    st: Option<String>,
    #[prost(int32, optional, tag = "12")]
    code: Option<i32>,
    #[prost(string, optional, tag = "13")]
    reason: Option<String>,
    #[prost(string, optional, tag = "16")]
    detail: Option<String>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct ErrorCommand {
    #[prost(int32, required, tag = "1")]
    code: i32,
    #[prost(string, required, tag = "2")]
    reason: String,
    #[prost(int32, optional, tag = "3")]
    app_code: Option<i32>,
    #[prost(string, optional, tag = "4")]
    detail: Option<String>,
    #[prost(string, repeated, tag = "5")]
    pids: Vec<String>,
    #[prost(string, optional, tag = "6")]
    app_msg: Option<String>,
}

#[derive(Clone, PartialEq, prost::Message)]
struct AckCommand {
    #[prost(int32, optional, tag = "1")]
    code: Option<i32>,
    #[prost(string, optional, tag = "2")]
    reason: Option<String>,
    #[prost(string, optional, tag = "3")]
    mid: Option<String>,
    #[prost(int32, optional, tag = "11")]
    app_code: Option<i32>,
    #[prost(string, optional, tag = "12")]
    app_msg: Option<String>,
}

/// `CommandType` and `OpType` values from message.proto.
const CMD_SESSION: i32 = 0;
const CMD_ACK: i32 = 3;
const CMD_ERROR: i32 = 7;
const OP_CLOSED: i32 = 6;

/// Encodes, then decodes, as a client receives the frame.
fn over_the_wire(command: &GenericCommand) -> GenericCommand {
    let bytes = command.encode_to_vec();
    GenericCommand::decode(bytes.as_slice()).expect("prost decodes what it encoded")
}

#[test]
fn a_session_closed_push_with_4111() {
    let sent = GenericCommand {
        cmd: Some(CMD_SESSION),
        op: Some(OP_CLOSED),
        session_message: Some(SessionCommand {
            code: Some(4111),
            reason: Some("SESSION_CONFLICT".into()),
            detail: Some("signed in on another device".into()),
            ..SessionCommand::default()
        }),
        ..GenericCommand::default()
    };
    let bytes = sent.encode_to_vec();
    // Field 102, length-delimited: tag (102 << 3 | 2) = 818 = 0xb2 0x06.
    assert!(
        bytes.windows(2).any(|pair| pair == [0xb2, 0x06]),
        "{bytes:x?}"
    );
    let session = over_the_wire(&sent).session_message.unwrap();

    let error = ImError::from_protobuf(
        Carrier::Session,
        session.code.unwrap_or(0),
        session.reason,
        session.detail,
        None,
        None,
    )
    .unwrap();

    assert_eq!(error.code(), Some(Code::SESSION_CONFLICT));
    assert_eq!(error.connection(), Some(ConnectionAction::StayOffline));
    assert_eq!(error.detail(), Some("signed in on another device"));
}

#[test]
fn an_error_reply_with_4301() {
    let sent = GenericCommand {
        cmd: Some(CMD_ERROR),
        i: Some(17),
        error_message: Some(ErrorCommand {
            code: 4301,
            reason: "CONVERSATION_API_FAILED".into(),
            app_code: None,
            detail: Some("timeout".into()),
            pids: vec!["tom".into()],
            app_msg: None,
        }),
        ..GenericCommand::default()
    };
    let reply = over_the_wire(&sent).error_message.unwrap();

    let error = ImError::from_protobuf(
        Carrier::ErrorCommand,
        reply.code,
        Some(reply.reason),
        reply.detail,
        reply.app_code,
        reply.app_msg,
    )
    .unwrap();

    assert_eq!(error.code(), Some(Code::CONVERSATION_API_FAILED));
    assert_eq!(error.connection(), None);
    assert_eq!(error.operation(), Code::CONVERSATION_API_FAILED.operation());
    assert_eq!(error.reason(), Some("CONVERSATION_API_FAILED"));
}

#[test]
fn an_ack_carrying_an_app_code() {
    let sent = GenericCommand {
        cmd: Some(CMD_ACK),
        i: Some(3),
        ack_message: Some(AckCommand {
            code: Some(4402),
            reason: Some("MESSAGE_REJECTED_BY_APP".into()),
            mid: None,
            app_code: Some(9890),
            app_msg: Some("no links".into()),
        }),
        ..GenericCommand::default()
    };
    let ack = over_the_wire(&sent).ack_message.unwrap();

    let error = ImError::from_protobuf(
        Carrier::Ack,
        ack.code.unwrap_or(0),
        ack.reason,
        None,
        ack.app_code,
        ack.app_msg,
    )
    .unwrap();

    assert_eq!(error.code(), Some(Code::MESSAGE_REJECTED_BY_APP));
    assert_eq!(error.app_code(), Some(9890));
    assert_eq!(error.app_message(), Some("no links"));
    assert_eq!(error.operation(), Some(OperationAction::FixRequest));
}

#[test]
fn an_int32_code_outside_0_to_65535_is_refused() {
    for code in [-1, 65_536, i32::MIN, i32::MAX] {
        assert_eq!(
            ImError::from_protobuf(Carrier::ErrorCommand, code, None, None, None, None),
            Err(LookupError::OutOfRange)
        );
        assert_eq!(Code::try_from(code), Err(LookupError::OutOfRange));
        assert_eq!(
            KnownCode::try_from(i64::from(code)),
            Err(LookupError::OutOfRange)
        );
    }
    assert_eq!(
        KnownCode::try_from(4111_i32),
        Ok(KnownCode::SessionConflict)
    );
    assert_eq!(
        KnownCode::try_from(4104_i64),
        Err(LookupError::UnknownCode(4104))
    );
}
