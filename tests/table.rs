//! The generated table against the research: every code, name, family, alias and recovery
//! answer, each written out here from NOTES.md and the issue, not read from codes.toml.

#[path = "common/reference.rs"]
mod reference;

use leancloud_im_codes::{
    Code, ConnectionAction, Family, KnownCode, Lang, OperationAction, RetryAfter,
};
use reference::REFERENCE;

#[test]
fn every_reference_code_is_known_with_its_name_and_family() {
    assert_eq!(KnownCode::ALL.len(), REFERENCE.len());
    for &(number, name, family) in REFERENCE {
        let code = KnownCode::from_u16(number).unwrap_or_else(|| panic!("{number} is missing"));
        assert_eq!(code.as_u16(), number);
        assert_eq!(code.name(), name, "name of {number}");
        assert_eq!(code.family(), family, "family of {number}");
    }
}

#[test]
fn families_cover_the_documented_counts() {
    let count = |family| {
        KnownCode::ALL
            .iter()
            .filter(|c| c.family() == family)
            .count()
    };
    assert_eq!(count(Family::Im), 58);
    assert_eq!(count(Family::WebSocket), 19);
    assert_eq!(count(Family::Sdk), 18);
    assert_eq!(count(Family::General), 7);
}

#[test]
fn all_is_ascending_and_count_matches() {
    assert_eq!(KnownCode::COUNT, KnownCode::ALL.len());
    assert!(
        KnownCode::ALL
            .windows(2)
            .all(|pair| pair[0].as_u16() < pair[1].as_u16())
    );
    assert!(KnownCode::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn documented_aliases_resolve() {
    let aliases = [
        ("CLOSE_NORMAL", 1000),
        ("CLOSE_ABNORMAL", 1006),
        ("CONVERSATION_BLACKLISTED", 4315),
        ("UNPARSEABLE_RAW_MSG", 4114),
        ("INVALID_COMMAND", 9003),
        ("CLOSE_GOING_AWAY", 1001),
        ("CLOSE_NO_STATUS", 1005),
    ];
    for (alias, number) in aliases {
        assert_eq!(
            KnownCode::from_name(alias).map(KnownCode::as_u16),
            Ok(number),
            "{alias}"
        );
    }
}

#[test]
fn the_pre_2018_alias_of_4317_is_gone() {
    // `CONVERSATION_EXPIRED` meant what 4323 means today (NOTES §9): it names no code now.
    assert_eq!(
        KnownCode::from_name("CONVERSATION_EXPIRED"),
        Err(leancloud_im_codes::LookupError::UnknownName)
    );
}

#[test]
fn misspelled_protocol_names_are_kept() {
    assert_eq!(KnownCode::from_u16(4563).unwrap().name(), "SILIENCED");
    assert_eq!(
        KnownCode::from_u16(4561).unwrap().name(),
        "SILIENCED_MEMBER_LIST_FULL"
    );
    assert_eq!(
        KnownCode::from_name("SILENCED"),
        Err(leancloud_im_codes::LookupError::UnknownName)
    );
}

#[test]
fn connection_answers_follow_what_the_official_sdks_do() {
    use ConnectionAction::{Reconnect, ReopenSession, StayOffline, Stop};
    // NOTES §8: the JS SDK, run against a local server, reconnected after each of these.
    for number in [
        0, 1000, 1001, 1006, 1011, 3000, 4102, 4107, 4109, 4111, 4112, 4114, 4115, 4200,
    ] {
        assert_eq!(Code::new(number).connection(), Some(Reconnect), "{number}");
    }
    // ...and stopped after these three; a retry cannot succeed.
    for number in [4100, 4103, 4110] {
        assert_eq!(Code::new(number).connection(), Some(Stop), "{number}");
    }
    // 1010: the server will not negotiate the extension on any retry.
    assert_ne!(Code::new(1010).connection(), Some(Reconnect));
    // 9977: reconnect when it came from the connection.
    assert_eq!(Code::new(9977).connection(), Some(Reconnect));
    // A session/closed command ends the session for good.
    assert_eq!(Code::new(4111).session_closed(), Some(StayOffline));
    assert_eq!(Code::new(4115).session_closed(), Some(StayOffline));
    assert_eq!(Code::new(4112).session_closed(), Some(ReopenSession));
    // 9003 after a session open: the session is closed, not reconnected.
    assert!(matches!(
        Code::new(9003).session_closed(),
        Some(StayOffline | ReopenSession)
    ));
    // A reply code never closes a connection.
    assert_eq!(Code::new(4304).connection(), None);
}

#[test]
fn operation_answers_follow_what_the_official_sdks_do() {
    use OperationAction::{FixRequest, RetryLater};
    // 4109 closes the connection and says the message was too large: like 1009.
    assert_eq!(Code::new(4109).operation(), Some(FixRequest));
    assert_eq!(Code::new(1009).operation(), Code::new(4109).operation());
    // 4200 and 4300 agree when they answer a request.
    assert_eq!(Code::new(4200).operation(), Code::new(4300).operation());
    // 4113 is a daily cap.
    assert_eq!(Code::new(4113).operation(), Some(RetryLater));
    assert_eq!(Code::new(4113).retry_after(), Some(RetryAfter::NextDay));
    // A timed-out send may have been delivered: resend only what is idempotent.
    for number in [9000, 4201, 124] {
        let code = Code::new(number);
        assert!(!code.is_retryable(false), "{number}");
        assert!(code.is_retryable(true), "{number}");
    }
    assert!(!Code::new(4304).is_retryable(true));
}

#[test]
fn every_text_exists_in_every_language() {
    let has_cjk = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for &code in KnownCode::ALL {
        for lang in Lang::ALL {
            for text in [
                code.description(*lang),
                code.hint(*lang),
                code.message(*lang),
            ] {
                assert!(!text.trim().is_empty(), "{code:?} {lang}");
                // A language the build leaves out reads as English.
                let included = (*lang == Lang::ZhHans && cfg!(feature = "zh-hans"))
                    || (*lang == Lang::ZhHant && cfg!(feature = "zh-hant"));
                assert_eq!(has_cjk(text), included, "{code:?} {lang}: {text}");
                assert!(
                    text.ends_with(['.', '…', '。', '！', '）', ')']),
                    "{code:?} {lang} text ends a sentence: {text}"
                );
            }
        }
        // Traditional Chinese is its own text, not the Simplified one.
        #[cfg(all(feature = "zh-hans", feature = "zh-hant"))]
        assert_ne!(
            code.message(Lang::ZhHans),
            code.message(Lang::ZhHant),
            "{code:?}"
        );
    }
}

#[test]
fn every_code_says_where_its_facts_come_from() {
    for &code in KnownCode::ALL {
        assert!(!code.sources().is_empty(), "{code:?}");
        for source in code.sources() {
            assert!(
                source.starts_with("leancloud/")
                    || source.starts_with("RFC 6455")
                    || source.starts_with("IANA")
                    || source.starts_with("mdn/")
                    || source.starts_with("snapview/"),
                "{code:?}: {source}"
            );
        }
    }
    assert!(
        KnownCode::SessionConflict
            .sources()
            .iter()
            .any(|s| s.starts_with("leancloud/docs:docs/sdk/im/im-faq.mdx"))
    );
}

#[test]
fn texts_carry_the_documented_limits() {
    let mentions = |number: u16, needle: &str| {
        let code = KnownCode::from_u16(number).unwrap();
        for lang in Lang::ALL {
            let text = [code.description(*lang), code.hint(*lang)].concat();
            assert!(text.contains(needle), "{number} {lang}: {text}");
        }
    };
    mentions(4109, "5");
    mentions(9008, "5120");
    mentions(4103, "64");
    mentions(4304, "500");
    mentions(4401, "6");
}

#[test]
fn descriptions_are_distinct_per_code() {
    for (index, first) in KnownCode::ALL.iter().enumerate() {
        for second in &KnownCode::ALL[index + 1..] {
            assert_ne!(first.description(Lang::En), second.description(Lang::En));
            assert_ne!(
                first.description(Lang::ZhHans),
                second.description(Lang::ZhHans)
            );
        }
    }
}

#[cfg(feature = "strum-0_28")]
#[test]
fn strum_traits_are_backed_by_the_table() {
    use strum_0_28::{EnumCount, IntoEnumIterator, VariantArray};

    assert_eq!(<KnownCode as EnumCount>::COUNT, 102);
    assert_eq!(<KnownCode as VariantArray>::VARIANTS, KnownCode::ALL);
    assert!(KnownCode::iter().eq(KnownCode::ALL.iter().copied()));
}
