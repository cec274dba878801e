//! What must hold for any name or close payload. The fuzz targets call these, and so does
//! `tests/fuzz_corpus.rs`, which replays the seed corpus under plain `cargo test`.
//!
//! Each check compares the crate with an independent oracle (a linear scan of the table,
//! `std::str::from_utf8`) and panics on any disagreement.

#![allow(dead_code)]

use leancloud_im_codes::{
    CloseFrame, CloseFrameError, Code, KnownCode, Lang, LookupError, MAX_PAYLOAD_LEN,
    MAX_REASON_LEN,
};

/// Every code spelled `text` (names and aliases), by a linear scan.
fn spelled(text: &str, same: impl Fn(&str, &str) -> bool) -> Vec<KnownCode> {
    KnownCode::ALL
        .iter()
        .copied()
        .filter(|code| {
            same(code.name(), text) || code.aliases().iter().any(|alias| same(alias, text))
        })
        .collect()
}

fn agrees(found: Result<KnownCode, LookupError>, expected: &[KnownCode], text: &str) {
    match (found, expected) {
        (Ok(code), [only]) => assert_eq!(code, *only, "{text:?}"),
        (Err(LookupError::UnknownName), []) => {}
        (Err(LookupError::Ambiguous { candidates, .. }), _) => {
            assert!(expected.len() > 1, "{text:?}");
            assert_eq!(candidates, expected, "{text:?}");
        }
        (found, _) => panic!("{text:?}: {found:?}, expected {expected:?}"),
    }
}

/// Name lookups, `FromStr` and `Display` on arbitrary text.
pub fn name_lookup(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    agrees(
        KnownCode::from_name(text),
        &spelled(text, |a, b| a == b),
        text,
    );
    let any_case = spelled(text, str::eq_ignore_ascii_case);
    agrees(
        KnownCode::from_name_ignore_ascii_case(text),
        &any_case,
        text,
    );
    assert_eq!(KnownCode::all_named(text), any_case.as_slice(), "{text:?}");

    match text.parse::<Code>() {
        Ok(code) => {
            let trimmed = text.trim();
            if trimmed.bytes().all(|b| b.is_ascii_digit()) {
                assert_eq!(trimmed.parse::<u32>().ok(), Some(u32::from(code.as_u16())));
            }
            for lang in Lang::ALL {
                let shown = code.display_in(*lang).to_string();
                assert_eq!(shown.parse::<Code>(), Ok(code), "{shown:?}");
            }
        }
        Err(error) => {
            // The oracle for "not a code": empty after trimming, digits above 65535, or a text
            // that is neither digits, a `NAME (N)` form nor a spelling of exactly one code.
            let trimmed = text.trim();
            let digits = !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit());
            match error {
                LookupError::Empty => assert!(trimmed.is_empty()),
                LookupError::OutOfRange => {
                    assert!(trimmed.contains(|c: char| c.is_ascii_digit()));
                    if digits {
                        assert!(trimmed.trim_start_matches('0').len() >= 5);
                    }
                }
                LookupError::Ambiguous { candidates, .. } => {
                    assert!(candidates.len() >= 2);
                    assert!(candidates.iter().all(|code| {
                        code.name().eq_ignore_ascii_case(trimmed)
                            || code
                                .aliases()
                                .iter()
                                .any(|a| a.eq_ignore_ascii_case(trimmed))
                    }));
                }
                _ => assert!(!digits),
            }
        }
    }
    if let Ok(known) = text.parse::<KnownCode>() {
        assert_eq!(text.parse::<Code>().ok().and_then(Code::known), Some(known));
    }
}

/// Close frame payloads: parse, and build from the same bytes.
pub fn close_payload(data: &[u8]) {
    let reason_bytes = data.get(2..).unwrap_or_default();
    match CloseFrame::parse(data) {
        Ok(frame) => {
            if let Some(status) = data.first_chunk::<2>() {
                assert_eq!(frame.status(), Some(Code::new(u16::from_be_bytes(*status))));
                assert_eq!(frame.reason().as_bytes(), reason_bytes);
            } else {
                assert!(data.is_empty());
                assert_eq!(frame.status(), None);
                assert_eq!(frame.code().as_u16(), 1005);
            }
            let mut buffer = [0; MAX_PAYLOAD_LEN];
            assert_eq!(frame.encode(&mut buffer), data);
            let shown = frame.to_string();
            assert!(shown.starts_with(&frame.code().to_string()), "{shown}");
            // The peer's reason, quoted, follows the code when there is one.
            let quoted = format!("{:?}", frame.reason());
            assert_eq!(
                shown.ends_with(&format!(" (reason {quoted})")),
                !frame.reason().is_empty(),
                "{shown}"
            );
        }
        Err(CloseFrameError::OneByte) => assert_eq!(data.len(), 1),
        Err(CloseFrameError::ReasonTooLong { len, .. }) => {
            assert_eq!(len, reason_bytes.len());
            assert!(len > MAX_REASON_LEN);
        }
        Err(CloseFrameError::InvalidUtf8 { valid_up_to, .. }) => {
            let error = std::str::from_utf8(reason_bytes).unwrap_err();
            assert_eq!(valid_up_to, error.valid_up_to());
        }
        Err(other) => panic!("parse gave {other:?}"),
    }

    let (Some(status), Ok(reason)) = (data.first_chunk::<2>(), std::str::from_utf8(reason_bytes))
    else {
        return;
    };
    let code = Code::new(u16::from_be_bytes(*status));
    match CloseFrame::new(code, reason) {
        Ok(frame) => {
            assert!(code.is_sendable() && reason.len() <= MAX_REASON_LEN);
            assert_eq!((frame.code(), frame.reason()), (code, reason));
        }
        Err(CloseFrameError::NotSendable(refused)) => {
            assert_eq!(refused, code);
            assert!(!code.is_sendable());
        }
        Err(CloseFrameError::ReasonTooLong { len, .. }) => {
            assert!(code.is_sendable() && len == reason.len() && len > MAX_REASON_LEN);
        }
        Err(other) => panic!("new gave {other:?}"),
    }
    if let Ok(frame) = CloseFrame::new_truncated(code, reason) {
        let cut = frame.reason();
        assert!(reason.starts_with(cut) && cut.len() <= MAX_REASON_LEN);
        let next = reason[cut.len()..].chars().next().map_or(0, char::len_utf8);
        assert!(cut.len() == reason.len() || cut.len() + next > MAX_REASON_LEN);
    }
}

/// A check, by the name of the fuzz target that runs it.
pub type Target = (&'static str, fn(&[u8]));

/// The targets by name, for replaying a corpus directory.
pub const TARGETS: &[Target] = &[
    ("name_lookup", name_lookup),
    ("close_payload", close_payload),
];
