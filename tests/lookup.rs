//! Lookups by number, name and text, over every input that can be enumerated.

#[path = "common/reference.rs"]
mod reference;

use leancloud_im_codes::{
    Carrier, Code, CodeRange, ConnectionAction, Family, KnownCode, Lang, LookupError,
    OperationAction, RetryAfter,
};

/// RFC 6455 §7.4.2, written out independently of the crate.
fn expected_range(number: u32) -> CodeRange {
    if number < 1000 {
        CodeRange::Unused
    } else if number < 3000 {
        CodeRange::Protocol
    } else if number < 4000 {
        CodeRange::Registered
    } else if number < 5000 {
        CodeRange::Private
    } else {
        CodeRange::Invalid
    }
}

/// RFC 6455 §7.4.1 and IANA: what an endpoint may put in a Close frame.
fn expected_sendable(number: u32) -> bool {
    let local_only_or_reserved = [1004, 1005, 1006, 1015].contains(&number);
    let defined = (1000..=1015).contains(&number) || (3000..=4999).contains(&number);
    defined && !local_only_or_reserved
}

#[test]
fn every_u16_converts_losslessly_and_is_classified() {
    let reference: Vec<u16> = reference::REFERENCE.iter().map(|r| r.0).collect();
    let mut known = 0;
    for number in 0..=u16::MAX {
        let code = Code::from(number);
        assert_eq!(u16::from(code), number);
        assert_eq!(code.as_u16(), number);
        assert_eq!(code.range(), expected_range(number.into()), "{number}");
        assert_eq!(
            code.is_sendable(),
            expected_sendable(number.into()),
            "{number}"
        );
        if let Some(known_code) = KnownCode::from_u16(number) {
            known += 1;
            assert!(reference.contains(&number));
            assert_eq!(known_code.as_u16(), number);
            assert_eq!(known_code as u16, number);
            assert_eq!(code.known(), Some(known_code));
            assert_eq!(KnownCode::try_from(number), Ok(known_code));
            assert_eq!(code, known_code);
            assert_eq!(known_code, number);
        } else {
            assert!(!reference.contains(&number));
            assert_eq!(
                KnownCode::try_from(number),
                Err(LookupError::UnknownCode(number))
            );
            assert_eq!(code.name(), None);
            assert_eq!(code.family(), None);
            assert_eq!(code.connection(), Some(ConnectionAction::Reconnect));
            assert_eq!(code.session_closed(), Some(ConnectionAction::StayOffline));
            assert_eq!(code.operation(), None);
            assert_eq!(
                code.description(Lang::En),
                code.range().description(Lang::En)
            );
        }
    }
    assert_eq!(known, KnownCode::COUNT);
}

#[test]
fn only_documented_codes_may_not_be_sent() {
    let refused: Vec<u16> = KnownCode::ALL
        .iter()
        .filter(|code| !code.is_sendable())
        .map(|code| code.as_u16())
        .filter(|number| (1000..5000).contains(number))
        .collect();
    assert_eq!(refused, [1004, 1005, 1006, 1015]);
}

fn mixed_case(text: &str) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                c.to_ascii_lowercase()
            } else {
                c
            }
        })
        .collect()
}

#[test]
fn every_name_and_alias_resolves_in_three_casings() {
    for &code in KnownCode::ALL {
        for spelling in std::iter::once(code.name()).chain(code.aliases().iter().copied()) {
            let shared = KnownCode::all_named(spelling);
            assert!(shared.contains(&code), "{spelling}");
            for text in [
                spelling.to_string(),
                spelling.to_ascii_lowercase(),
                mixed_case(spelling),
            ] {
                let found = KnownCode::from_name_ignore_ascii_case(&text);
                let parsed: Result<KnownCode, _> = text.parse();
                if shared.len() == 1 {
                    assert_eq!(found, Ok(code), "{text}");
                    assert_eq!(parsed, Ok(code), "{text}");
                } else {
                    assert!(
                        matches!(found, Err(LookupError::Ambiguous { candidates, .. }) if candidates == shared)
                    );
                    assert!(
                        matches!(parsed, Err(LookupError::Ambiguous { candidates, .. }) if candidates == shared)
                    );
                }
                assert_eq!(KnownCode::all_named(&text), shared);
            }
            // Exact lookup takes the spelling as written, and nothing else.
            let exact = KnownCode::from_name(spelling);
            assert_eq!(exact.is_ok(), shared.len() == 1);
            let lower = spelling.to_ascii_lowercase();
            assert_eq!(KnownCode::from_name(&lower), Err(LookupError::UnknownName));
        }
    }
}

#[test]
fn non_names_are_rejected() {
    let inputs = [
        "",
        " ",
        "SESSION",
        "SESSION_CONFLICTS",
        "SESSION CONFLICT",
        "SESSION-CONFLICT",
        "SESSION_CONFLICT\0",
        "\u{0}",
        "ÄBNORMAL_CLOSURE",
        "SESSION_CONFLICTX",
        "NONEX",
        "NON",
        "A_VERY_LONG_NAME_THAT_IS_LONGER_THAN_ANY_KNOWN_CODE_NAME_AT_ALL",
        "4111x",
        "会话冲突",
    ];
    for input in inputs {
        assert_eq!(
            KnownCode::from_name(input),
            Err(LookupError::UnknownName),
            "{input:?}"
        );
        assert_eq!(
            KnownCode::from_name_ignore_ascii_case(input),
            Err(LookupError::UnknownName),
            "{input:?}"
        );
        assert!(KnownCode::all_named(input).is_empty());
    }
}

#[test]
fn shared_names_are_never_silently_resolved() {
    let shared = [
        ("INTERNAL_ERROR", [1011, 4200]),
        ("CONVERSATION_NOT_FOUND", [4303, 9100]),
        ("OWNER_PROMOTION_NOT_ALLOWED", [5130, 9130]),
    ];
    for (name, numbers) in shared {
        let candidates = KnownCode::all_named(name);
        let found: Vec<u16> = candidates.iter().map(|c| c.as_u16()).collect();
        assert_eq!(found, numbers);
        let error = KnownCode::from_name(name).unwrap_err();
        assert!(
            matches!(error, LookupError::Ambiguous { candidates: listed, .. } if listed == candidates)
        );
        let message = error.to_string();
        for number in numbers {
            assert!(message.contains(&number.to_string()), "{message}");
        }
    }
    assert_eq!(
        KnownCode::from_name_in(Family::WebSocket, "INTERNAL_ERROR"),
        Ok(KnownCode::WebSocketInternalError)
    );
    assert_eq!(
        KnownCode::from_name_in(Family::Im, "INTERNAL_ERROR"),
        Ok(KnownCode::ImInternalError)
    );
    assert_eq!(
        KnownCode::from_name_in(Family::Im, "CONVERSATION_NOT_FOUND"),
        Ok(KnownCode::ImConversationNotFound)
    );
    assert_eq!(
        KnownCode::from_name_in(Family::Sdk, "conversation_not_found"),
        Ok(KnownCode::SdkConversationNotFound)
    );
    assert!(matches!(
        KnownCode::from_name_in(Family::Sdk, "OWNER_PROMOTION_NOT_ALLOWED"),
        Err(LookupError::Ambiguous { candidates, .. }) if candidates.len() == 2
    ));
    assert_eq!(
        KnownCode::from_name_in(Family::WebSocket, "SESSION_CONFLICT"),
        Err(LookupError::UnknownName)
    );
}

#[test]
fn display_then_from_str_is_the_identity_for_every_u16() {
    for number in 0..=u16::MAX {
        let code = Code::new(number);
        let shown = code.to_string();
        assert_eq!(shown.parse::<Code>(), Ok(code), "{shown}");
        let shown_zh = code.display_in(Lang::ZhHans).to_string();
        assert_eq!(shown_zh.parse::<Code>(), Ok(code), "{shown_zh}");
        assert_eq!(number.to_string().parse::<Code>(), Ok(code));
        if let Some(known) = code.known() {
            assert_eq!(shown, known.to_string());
            assert_eq!(shown.parse::<KnownCode>(), Ok(known));
        }
    }
}

#[test]
fn display_has_the_documented_form() {
    assert_eq!(
        KnownCode::SessionConflict.to_string(),
        format!(
            "SESSION_CONFLICT (4111): {}",
            KnownCode::SessionConflict.description(Lang::En)
        )
    );
    assert_eq!(
        Code::new(4999).to_string(),
        format!(
            "UNKNOWN (4999): {}",
            CodeRange::Private.description(Lang::En)
        )
    );
}

#[test]
fn from_str_rejects_malformed_text_with_the_right_error() {
    let cases: &[(&str, LookupError)] = &[
        ("", LookupError::Empty),
        ("   ", LookupError::Empty),
        ("65536", LookupError::OutOfRange),
        ("99999999999999999999", LookupError::OutOfRange),
        ("-1", LookupError::UnknownName),
        ("+4111", LookupError::UnknownName),
        ("41 11", LookupError::UnknownName),
        ("0x1000", LookupError::UnknownName),
        ("SESSION_CONFLICT (4112)", LookupError::NameMismatch(4112)),
        ("UNKNOWN (4111)", LookupError::NameMismatch(4111)),
        ("SESSION_CONFLICT (4111", LookupError::UnknownName),
        ("SESSION_CONFLICT ()", LookupError::UnknownName),
        ("SESSION_CONFLICT (x)", LookupError::UnknownName),
        ("SESSION_CONFLICT (4111) trailing", LookupError::UnknownName),
        ("SESSION_CONFLICT (70000)", LookupError::OutOfRange),
    ];
    for (input, error) in cases {
        assert_eq!(input.parse::<Code>(), Err(*error), "{input:?}");
    }
    assert_eq!(" 4111 ".parse::<Code>(), Ok(Code::new(4111)));
    assert_eq!("0004111".parse::<Code>(), Ok(Code::new(4111)));
    assert_eq!("CLOSE_ABNORMAL (1006)".parse::<Code>(), Ok(Code::new(1006)));
    assert_eq!(
        "4104".parse::<KnownCode>(),
        Err(LookupError::UnknownCode(4104))
    );
}

#[test]
fn errors_explain_themselves() {
    assert_eq!(
        LookupError::UnknownCode(4104).to_string(),
        "4104 is not a code this crate knows"
    );
    assert_eq!(
        KnownCode::from_name("INTERNAL_ERROR")
            .unwrap_err()
            .to_string(),
        "INTERNAL_ERROR is 1011 (websocket) or 4200 (im); give the number, or look the name up within one family"
    );
    assert!(LookupError::OutOfRange.to_string().contains("65535"));
}

#[test]
fn unknown_codes_are_described_by_range() {
    for (number, range) in [
        (998, CodeRange::Unused),
        (2000, CodeRange::Protocol),
        (3500, CodeRange::Registered),
        (4999, CodeRange::Private),
        (60000, CodeRange::Invalid),
    ] {
        let code = Code::new(number);
        assert_eq!(code.range(), range);
        for lang in Lang::ALL {
            assert_eq!(code.description(*lang), range.description(*lang));
            assert_eq!(code.hint(*lang), range.hint(*lang));
        }
    }
    let descriptions: std::collections::HashSet<_> = [
        CodeRange::Unused,
        CodeRange::Protocol,
        CodeRange::Registered,
        CodeRange::Private,
        CodeRange::Invalid,
    ]
    .iter()
    .map(|range| range.description(Lang::ZhHans))
    .collect();
    assert_eq!(descriptions.len(), 5);
}

#[test]
fn vocabulary_names_round_trip() {
    for action in ConnectionAction::ALL {
        assert_eq!(action.as_str().parse(), Ok(*action));
        assert_eq!(action.to_string(), action.as_str());
        assert_eq!(format!("{action:>20}"), format!("{:>20}", action.as_str()));
    }
    for action in OperationAction::ALL {
        assert_eq!(action.as_str().to_uppercase().parse(), Ok(*action));
        assert_eq!(action.to_string(), action.as_str());
    }
    for family in Family::ALL {
        assert_eq!(family.as_str().parse(), Ok(*family));
        assert_eq!(
            format!("{family:<12}|"),
            format!("{:<12}|", family.as_str())
        );
    }
    for carrier in Carrier::ALL {
        assert_eq!(carrier.to_string().parse(), Ok(*carrier));
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(*lang));
        assert_eq!(lang.to_string().parse(), Ok(*lang));
    }
    assert!("fr".parse::<Lang>().is_err());
    assert!("retry_soon".parse::<OperationAction>().is_err());
    assert_eq!(
        RetryAfter::Delay(std::time::Duration::from_secs(60)).to_string(),
        "60 s"
    );
    assert_eq!(format!("{:>10}", RetryAfter::NextDay), "  next day");
}

/// BCP 47 tags, read by the shape of their subtags (RFC 5646 §2.2), with the cases.
#[test]
fn language_tags_follow_bcp_47() {
    for tag in [
        "zh-TW",
        "zh-HK",
        "zh-MO",
        "zh-Hant",
        "zh-Hant-TW",
        "zh-cmn-Hant",
        "ZH-hant-hk",
        "zh_TW",
        "yue-HK",
        "zh-Hant-CN",
    ] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHant), "{tag}");
    }
    for tag in [
        "zh",
        "zh-CN",
        "zh-SG",
        "zh-Hans",
        "zh-cmn-Hans",
        "zh-Hans-HK",
        "zh-Hans-TW",
        "cmn",
        "zh-x-private",
        "zh-CN-u-co-pinyin",
    ] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHans), "{tag}");
    }
    for tag in ["en", "en-US", "EN-gb", "en-Latn-US"] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::En), "{tag}");
    }
    for tag in [
        "",
        "fr",
        "fr-CA",
        "zh-",
        "zh--TW",
        "z",
        "zh-TW-",
        "zh-ÄÖ",
        "zh-toolongsubtag",
    ] {
        assert_eq!(Lang::from_tag(tag), None, "{tag:?}");
    }
    assert_eq!(Lang::negotiate(["fr-CA", "zh-HK", "en"]), Lang::ZhHant);
    assert_eq!(Lang::negotiate(["fr-CA", "de"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
    assert_eq!(
        Lang::negotiate("zh-TW;q=0, zh-CN;q=0.9, en;q=0.8".split(',')),
        Lang::ZhHans
    );
}
