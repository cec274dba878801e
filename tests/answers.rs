//! Every known code's recovery answers, written out here by hand from LeanCloud's docs, the
//! official SDKs' sources and RFC 6455, each group with the evidence behind it; never read from
//! `codes.toml`. The JS SDK's recorded behaviour is checked separately (`tests/oracle.rs`).
//!
//! Doc rows are `leancloud/docs:docs/sdk/im/im-faq.mdx` (the IM error-code table, lines 25-77)
//! and `docs/sdk/other/error-code.mdx`; SDK paths are in `leancloud/js-realtime-sdk`,
//! `swift-sdk`, `objc-sdk` and `java-unified-sdk`.

use leancloud_im_codes::{Carrier, Code, ConnectionAction, KnownCode, OperationAction, RetryAfter};

use ConnectionAction::{Reconnect, ReopenSession, StayOffline, Stop};
use OperationAction::{
    FixConfiguration, FixRequest, Nothing, ReopenThenRetry, Report, Retry, RetryLater,
};

/// After a Close frame: the SDKs stop after these (JS: `src/realtime.js:256-269` treats 4100,
/// 4103 and 4110 as fatal). 1010 (RFC 6455 §7.4.1: the client demands an extension the server
/// does not offer), 1015 (a failed TLS handshake: a refused certificate is refused again) and 9976 (Swift: no IM server URL
/// can be built, `RTMRouter.swift:80-85`) fail the same way on every attempt.
const STOP_AFTER_CLOSE: &[u16] = &[1010, 1015, 4100, 4103, 4110, 9976];

/// After a Close frame: reconnect. JS, Swift, ObjC and C# reconnect after any close they do not
/// single out (JS `src/realtime.js:256-269`, `websocket-plus.js:147-160`; `RTMConnection.swift:
/// 1001-1011`; `LCRTMConnection.m:1079-1102`; `ConnectedState.cs:164-169`): every RFC 6455 and
/// IANA code but the two above, and LeanCloud's connection- and session-level codes (41xx, 4200;
/// 4107, 4108, 4109, 4114 and 4200 are the `_clientOffline` hook's dropped-connection errors,
/// `guide/systemconv.mdx:1287-1291`). The docs say the SDK reconnects by itself after 0 and
/// 1006 (im-faq rows 0 and 1006). Local reports of a lost connection reconnect too: 100 (Java,
/// `LCIMConversation.java:677`), 124 and 999 (Java, connection retries failed or down), 9001
/// (connection lost), 9973, 9975 and 9977 (Swift/ObjC router and socket failures, after which
/// they try again, `RTMConnection.swift:815-822,896`).
const RECONNECT_AFTER_CLOSE: &[u16] = &[
    0, 100, 124, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1011, 1012, 1013,
    1014, 3000, 3003, 3008, 4101, 4102, 4105, 4106, 4107, 4108, 4109, 4111, 4112, 4113, 4114, 4115,
    4116, 4117, 4200, 9001, 9973, 9975, 9977,
];

/// After the session ended or was refused: every SDK ends the session and reopens nothing by
/// itself (JS `src/im-client.js:162-191`, `src/plugin-im.js:237-272`; Swift `IMClient.swift:
/// 1498-1500, 2502-2505`; ObjC `LCIMClient.m:596-603`), so the answer is to stay offline, except
/// where the app's setup is wrong (stop), 4112 (reopen: Swift and ObjC open afresh with a new
/// signature after a re-open refused with 4112, `IMClient.swift:1485-1497`) and 9000 (Swift and
/// ObjC send a timed-out re-open again with the token held, `IMClient.swift:1482-1483`).
const STOP_AFTER_SESSION: &[u16] = &[1010, 1015, 4100, 4102, 4103, 4110, 9976];

/// What to do with the request each code answered, by the evidence for it.
const OPERATIONS: &[(OperationAction, &[u16])] = &[
    // Transient server-side failures: im-faq rows 4200 ("internal error ... if it repeats"),
    // 4300, 4301 (upstream API), 4306, 4310 (slow query timed out), 4311 (log fetch timed out);
    // 100 (the network is down, Java); 124, 999, 9000, 9001, 4201 (no reply in time or the
    // connection went away: resend what is idempotent, JS `src/connection.js:24-32`); 4117 (JS
    // keeps the client open after a failed close(), so close() again resends the sign-out,
    // `src/im-client.js:1048-1063`); 9977 (Swift wraps a socket or I/O failure).
    (
        Retry,
        &[
            100, 124, 999, 4117, 4200, 4201, 4300, 4301, 4306, 4310, 4311, 9000, 9001, 9977,
        ],
    ),
    // Quotas and rate limits: 4113 (a daily cap on active users), 4116 (messages per unit of
    // time), 4318 (the conversation API's quota), 4303 (one documented cause is an exceeded API
    // concurrency limit; the other, a missing conversation, fails again after the wait).
    (RetryLater, &[4113, 4116, 4303, 4318]),
    // The request is fine but the session was not open: 4105 (sent before the open completed,
    // im-faq row 4105) and 4112 (the session token expired; ObjC retries an operation answered
    // 4112 only after a forced token refresh, `LCIMConversation.m:2411-2418`).
    (ReopenThenRetry, &[4105, 4112]),
    // The app's setup refuses it: 4100 (the app or its IM service is off), 4102, 4302 and 4546
    // (signatures), 4110 (secure domains), 4325, 4406, 4407 and 4544 (features switched off in
    // the console).
    (
        FixConfiguration,
        &[4100, 4102, 4110, 4302, 4325, 4406, 4407, 4544, 4546],
    ),
    // A reply the SDK cannot use, or a command it cannot encode: the same request fails the
    // same way (Swift `IMClient.swift:810-813, 866`; ObjC `LCRTMConnection.m:972-973`).
    (Report, &[9003, 9975]),
    // Informs, or the outcome stands: 4101 (push service, not IM), 4106 (blacklisted from IM),
    // 4111 and 4115 (signed out elsewhere, kicked).
    (Nothing, &[4101, 4106, 4111, 4115]),
    // Everything else that answers a request cannot succeed as sent: a wrong parameter (1, the
    // docs' usual cause; 102, 9304), a state or order the app got wrong (119, 120, 9002, 9303,
    // 9973, 9976), a size (1009, 4109: 5 KB; 9008: 5120 bytes), bad data (1003, 1007, 1008,
    // 4114, 9974), membership, roles and permissions (4304-4324, 4401-4405, 4543, 4548, 4561,
    // 4563), a hook that refused it (4305, 4402, 4405), and the SDKs' own checks (5130, 9100,
    // 9120, 9121, 9130), and 4103 (the client ID itself).
    (
        FixRequest,
        &[
            1, 102, 119, 120, 1003, 1007, 1008, 1009, 4103, 4109, 4114, 4304, 4305, 4307, 4308,
            4309, 4312, 4313, 4314, 4315, 4316, 4317, 4320, 4321, 4322, 4323, 4324, 4401, 4402,
            4403, 4404, 4405, 4543, 4548, 4561, 4563, 5130, 9002, 9008, 9100, 9120, 9121, 9130,
            9303, 9304, 9973, 9974, 9976,
        ],
    ),
];

/// Codes whose request may already have been applied when they arrive: a timeout or a lost
/// connection (JS marks messages, opens and conversation changes as not idempotent,
/// `src/connection.js:24-32`).
const UNKNOWN_OUTCOME: &[u16] = &[124, 999, 4201, 9000, 9001, 9977];

fn expected_operation(number: u16) -> Option<OperationAction> {
    OPERATIONS
        .iter()
        .find(|(_, codes)| codes.contains(&number))
        .map(|(action, _)| *action)
}

#[test]
fn the_reference_lists_every_known_code_once() {
    let mut listed: Vec<u16> = OPERATIONS
        .iter()
        .flat_map(|(_, codes)| codes.iter().copied())
        .collect();
    listed.sort_unstable();
    let before = listed.len();
    listed.dedup();
    assert_eq!(
        before,
        listed.len(),
        "a code is listed under two operation answers"
    );
    for list in [
        STOP_AFTER_CLOSE,
        RECONNECT_AFTER_CLOSE,
        STOP_AFTER_SESSION,
        UNKNOWN_OUTCOME,
    ] {
        for number in list {
            assert!(
                KnownCode::from_u16(*number).is_some(),
                "{number} is not a known code"
            );
        }
    }
}

#[test]
fn after_a_close_frame() {
    for &known in KnownCode::ALL {
        let number = known.as_u16();
        let expected = if STOP_AFTER_CLOSE.contains(&number) {
            Some(Stop)
        } else if RECONNECT_AFTER_CLOSE.contains(&number) {
            Some(Reconnect)
        } else {
            None // a code that only answers requests never closes a connection
        };
        let code = known.code();
        // A Close frame that carries such a code anyway still ended the connection, and JS
        // reconnects after it as after any status but 4100, 4103 and 4110
        // (`src/realtime.js:256-269`; the oracle's traces show it for each of them).
        assert_eq!(
            code.connection(Carrier::CloseFrame),
            expected.or(Some(Reconnect)),
            "{code}"
        );
        // A close reported locally or by the transport is the code's own answer.
        assert_eq!(code.connection(Carrier::Local), expected, "{code}");
        assert_eq!(code.connection(Carrier::Transport), expected, "{code}");
    }
}

#[test]
fn after_the_session_ended_or_was_refused() {
    for &known in KnownCode::ALL {
        let number = known.as_u16();
        let expected = match number {
            4112 => ReopenSession,
            9000 => Reconnect,
            _ if STOP_AFTER_SESSION.contains(&number) => Stop,
            _ => StayOffline,
        };
        let code = known.code();
        assert_eq!(code.connection(Carrier::Session), Some(expected), "{code}");
    }
}

#[test]
fn a_reply_leaves_the_connection_as_it_is() {
    for &known in KnownCode::ALL {
        for carrier in [Carrier::ErrorCommand, Carrier::Ack, Carrier::Rest] {
            assert_eq!(known.code().connection(carrier), None, "{known} {carrier}");
        }
    }
}

#[test]
fn for_the_request_it_answered() {
    for &known in KnownCode::ALL {
        let number = known.as_u16();
        let code = known.code();
        assert_eq!(code.operation(), expected_operation(number), "{code}");
        let retries = code.operation().is_some_and(OperationAction::is_retry);
        assert_eq!(code.is_retryable(true), retries, "{code}");
        let blind = retries && !UNKNOWN_OUTCOME.contains(&number);
        assert_eq!(code.is_retryable(false), blind, "{code}");
    }
}

#[test]
fn documented_waits() {
    // The daily active-user cap resets the next day (im-faq row 4113); no other code documents
    // a wait of its own. The REST API's per-minute limits (`guide/rest.mdx:1687,1731`) belong to
    // the HTTP status 429, not to a code.
    for &known in KnownCode::ALL {
        let expected = (known == KnownCode::AppQuotaExceeded).then_some(RetryAfter::NextDay);
        assert_eq!(known.code().retry_after(), expected, "{known}");
    }
    assert_eq!(Code::new(4999).retry_after(), None);
}
