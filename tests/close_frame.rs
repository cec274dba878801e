//! Close frame payloads: every malformed shape, every code, and encode/parse round trips.

use leancloud_im_codes::{
    CloseFrame, CloseFrameError, Code, KnownCode, MAX_PAYLOAD_LEN, MAX_REASON_LEN, truncate_reason,
};

fn payload(code: u16, reason: &[u8]) -> Vec<u8> {
    let mut bytes = code.to_be_bytes().to_vec();
    bytes.extend_from_slice(reason);
    bytes
}

#[test]
fn empty_payload_means_no_status() {
    let frame = CloseFrame::parse(&[]).unwrap();
    assert_eq!(frame.status(), None);
    assert_eq!(frame.code(), KnownCode::NoStatusRcvd);
    assert_eq!(frame.reason(), "");
    let mut buffer = [0; MAX_PAYLOAD_LEN];
    assert!(frame.encode(&mut buffer).is_empty());
}

#[test]
fn one_byte_is_malformed_for_every_byte() {
    for byte in 0..=u8::MAX {
        assert_eq!(CloseFrame::parse(&[byte]), Err(CloseFrameError::OneByte));
    }
}

#[test]
fn every_code_is_kept_exactly_as_received() {
    for number in 0..=u16::MAX {
        let bytes = payload(number, b"");
        let frame = CloseFrame::parse(&bytes).unwrap();
        assert_eq!(frame.status(), Some(Code::new(number)));
        assert_eq!(frame.reason(), "");
    }
}

#[test]
fn reason_length_limit_is_123_bytes() {
    let at_limit = payload(4111, &[b'a'; MAX_REASON_LEN]);
    assert_eq!(CloseFrame::parse(&at_limit).unwrap().reason().len(), 123);
    let over = payload(4111, &[b'a'; MAX_REASON_LEN + 1]);
    assert!(matches!(
        CloseFrame::parse(&over),
        Err(CloseFrameError::ReasonTooLong { len: 124, .. })
    ));
    let huge = payload(4111, &vec![b'a'; 70_000]);
    assert!(matches!(
        CloseFrame::parse(&huge),
        Err(CloseFrameError::ReasonTooLong { len: 70_000, .. })
    ));
}

#[test]
fn invalid_utf8_is_reported_with_its_position() {
    let cases: &[(&[u8], usize)] = &[
        (b"\xff", 0),
        (b"ok\xc3", 2),       // truncated two-byte character
        (b"\xed\xa0\x80", 0), // a UTF-16 surrogate
        (b"abc\xe4\xbc", 3),  // truncated three-byte character
        (b"\xc0\xaf", 0),     // overlong encoding
    ];
    for (reason, valid_up_to) in cases {
        let bytes = payload(1000, reason);
        assert!(
            matches!(CloseFrame::parse(&bytes), Err(CloseFrameError::InvalidUtf8 { valid_up_to: at, .. }) if at == *valid_up_to),
            "{reason:?}"
        );
    }
}

/// Whether RFC 6455 lets an endpoint send `number` in a Close frame, written out from the RFC.
///
/// §7.4.1 names the codes an endpoint may send; 1004 is reserved and 1005, 1006 and 1015 "MUST
/// NOT be set as a status code in a Close control frame". IANA's registry adds 1012, 1013 and
/// 1014 (also sendable). §7.4.2: 3000-3999 registered, 4000-4999 private use, both sendable;
/// 0-999 and 5000+ are not status codes at all, and 1016-2999 are unassigned protocol codes.
fn rfc_sendable(number: u16) -> bool {
    const ASSIGNED_SENDABLE: [u16; 12] = [
        1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014,
    ];
    ASSIGNED_SENDABLE.contains(&number) || (3000..5000).contains(&number)
}

#[test]
fn new_refuses_exactly_the_codes_rfc_6455_forbids_sending() {
    for number in 0..=u16::MAX {
        let result = CloseFrame::new(number, "");
        let allowed = rfc_sendable(number);
        match result {
            Ok(frame) => {
                assert!(allowed, "{number} accepted");
                assert_eq!(frame.code(), number);
            }
            Err(error) => {
                assert!(!allowed, "{number} refused");
                assert_eq!(error, CloseFrameError::NotSendable(Code::new(number)));
            }
        }
    }
}

#[test]
fn new_refuses_long_reasons_and_truncation_never_splits_a_character() {
    let long = "x".repeat(124);
    assert!(matches!(
        CloseFrame::new(1000, &long),
        Err(CloseFrameError::ReasonTooLong { len: 124, .. })
    ));
    for text in [
        "x".repeat(200),
        "é".repeat(100),
        "会话".repeat(40),
        "😀".repeat(40),
        "a😀".repeat(30),
    ] {
        let cut = truncate_reason(&text);
        assert!(cut.len() <= MAX_REASON_LEN);
        assert!(text.starts_with(cut));
        // One more character would not fit.
        let next = text[cut.len()..].chars().next().map_or(0, char::len_utf8);
        assert!(cut.len() + next > MAX_REASON_LEN || cut.len() == text.len());
        let frame = CloseFrame::new_truncated(4115, &text).unwrap();
        assert_eq!(frame.reason(), cut);
    }
    assert_eq!(truncate_reason("short"), "short");
}

/// Issue 7, item 1: every way of building a frame encodes to a payload that `parse` accepts.
#[test]
fn every_constructor_encodes_what_parse_accepts() {
    let mut buffer = [0; MAX_PAYLOAD_LEN];
    let reasons = [
        "",
        "bye",
        &"é".repeat(100),
        &"会话".repeat(40),
        &"😀".repeat(40),
        &"x".repeat(300),
    ];
    for reason in reasons {
        let mut frames = vec![CloseFrame::new_truncated(4000, reason).unwrap()];
        frames.extend(CloseFrame::new(4000, reason));
        // A frame as tungstenite hands it over, reason and all.
        #[cfg_attr(
            not(any(feature = "tungstenite-0_29", feature = "tungstenite-0_30")),
            allow(unused_macros)
        )]
        macro_rules! received_through {
            ($tungstenite:ident) => {{
                use $tungstenite::protocol::{CloseFrame as Frame, frame::coding::CloseCode};
                let received = Frame {
                    code: CloseCode::Library(4000),
                    reason: reason.into(),
                };
                let frame = CloseFrame::from(&received);
                let parsed = CloseFrame::parse(frame.encode(&mut buffer));
                assert_eq!(parsed, Ok(frame), "{reason}");
                assert!(reason.starts_with(frame.reason()));
            }};
        }
        #[cfg(feature = "tungstenite-0_30")]
        received_through!(tungstenite_0_30);
        #[cfg(feature = "tungstenite-0_29")]
        received_through!(tungstenite_0_29);
        for frame in frames {
            assert_eq!(
                CloseFrame::parse(frame.encode(&mut buffer)),
                Ok(frame),
                "{reason}"
            );
        }
    }
    #[cfg(feature = "tungstenite-0_30")]
    {
        use tungstenite_0_30::protocol::CloseFrame as Frame;
        assert_eq!(CloseFrame::from(None::<&Frame>), CloseFrame::EMPTY);
        assert_eq!(
            Frame::try_from(CloseFrame::EMPTY),
            Err(CloseFrameError::NoStatus)
        );
    }
}

#[test]
fn encode_then_parse_is_the_identity() {
    let mut buffer = [0; MAX_PAYLOAD_LEN];
    for &code in KnownCode::ALL
        .iter()
        .filter(|code| code.code().is_sendable())
    {
        for reason in ["", code.name(), "会话冲突", &"r".repeat(123)] {
            let frame = CloseFrame::new(code, reason).unwrap();
            let bytes = frame.encode(&mut buffer).to_vec();
            assert_eq!(bytes.len(), 2 + reason.len());
            assert_eq!(&bytes[..2], &code.as_u16().to_be_bytes());
            assert_eq!(CloseFrame::parse(&bytes), Ok(frame));
        }
    }
}

#[test]
fn display_shows_the_code_and_the_peer_reason() {
    // Written out here: the short form http users expect, number first, then the peer's reason.
    let frame = CloseFrame::new(4111, "SESSION_CONFLICT").unwrap();
    assert_eq!(
        frame.to_string(),
        "4111 SESSION_CONFLICT (reason \"SESSION_CONFLICT\")"
    );
    assert_eq!(
        CloseFrame::new(4999, "").unwrap().to_string(),
        "4999 <unknown>"
    );
    let long = format!("{frame:#}");
    assert!(
        long.starts_with("4111 SESSION_CONFLICT: ")
            && long.ends_with("(reason \"SESSION_CONFLICT\")")
    );
    assert!(
        long.len() > 80,
        "the alternate form carries the description: {long}"
    );
    // Width and alignment apply to the whole text.
    let shown = format!("{:>200}|", CloseFrame::new(1000, "bye").unwrap());
    assert_eq!(shown.chars().count(), 201);
    assert!(shown.starts_with(' ') && shown.ends_with("\"bye\")|"));
    assert_eq!(
        format!("{:^30}|", CloseFrame::new(1000, "").unwrap()),
        "     1000 NORMAL_CLOSURE      |"
    );
    // A reason with control characters is escaped, not printed raw.
    let frame = CloseFrame::new(4115, "line\nbreak").unwrap();
    assert!(frame.to_string().ends_with("(reason \"line\\nbreak\")"));
    assert!(
        CloseFrameError::NotSendable(Code::new(1006))
            .to_string()
            .contains("1006")
    );
}

/// Issue 17, item 4: a frame tungstenite handed over (any status at all) converts back into a
/// frame to send only when RFC 6455 allows its status, for both tungstenite versions; so is a
/// bare code.
#[cfg(any(feature = "tungstenite-0_29", feature = "tungstenite-0_30"))]
#[test]
fn only_sendable_statuses_become_tungstenite_frames_to_send() {
    macro_rules! check {
        ($tungstenite:ident) => {{
            use $tungstenite::protocol::{CloseFrame as Frame, frame::coding::CloseCode};
            for number in 0..=u16::MAX {
                let received = Frame {
                    code: CloseCode::from(number),
                    reason: "echo".into(),
                };
                let to_send = Frame::try_from(CloseFrame::from(&received));
                let code = CloseCode::try_from(Code::new(number));
                if rfc_sendable(number) {
                    let to_send = to_send.unwrap_or_else(|error| panic!("{number}: {error}"));
                    assert_eq!(u16::from(to_send.code), number);
                    assert_eq!(to_send.reason.as_str(), "echo");
                    assert_eq!(code.map(u16::from), Ok(number));
                } else {
                    let refused = CloseFrameError::NotSendable(Code::new(number));
                    assert_eq!(to_send, Err(refused), "{number}");
                    assert_eq!(code.map(u16::from), Err(refused), "{number}");
                }
            }
        }};
    }
    #[cfg(feature = "tungstenite-0_29")]
    check!(tungstenite_0_29);
    #[cfg(feature = "tungstenite-0_30")]
    check!(tungstenite_0_30);
}
