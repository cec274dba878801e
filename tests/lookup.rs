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
            assert_eq!(code.name(), "<unknown>");
            assert_eq!(code.family(), None);
            assert!(!(code.is_websocket() || code.is_im() || code.is_sdk() || code.is_general()));
            // The SDKs reconnect after any close they do not single out, and end the session
            // after any session/closed (JS src/realtime.js:256-269, src/im-client.js:162-191); nothing is
            // documented for a request.
            assert_eq!(
                code.connection(Carrier::CloseFrame),
                Some(ConnectionAction::Reconnect)
            );
            assert_eq!(
                code.connection(Carrier::Session),
                Some(ConnectionAction::StayOffline)
            );
            assert_eq!(code.connection(Carrier::ErrorCommand), None);
            assert_eq!(code.operation(), None);
            assert!(!code.is_retryable(true));
        }
    }
    assert_eq!(known, KnownCode::COUNT);
}

#[test]
fn only_documented_codes_may_not_be_sent() {
    let refused: Vec<u16> = KnownCode::ALL
        .iter()
        .filter(|code| !code.code().is_sendable())
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
    // Number first, as `http::StatusCode` shows `404 Not Found`.
    assert_eq!(
        KnownCode::SessionConflict.to_string(),
        "4111 SESSION_CONFLICT"
    );
    assert_eq!(Code::SESSION_CONFLICT.to_string(), "4111 SESSION_CONFLICT");
    assert_eq!(Code::new(0).to_string(), "0 NONE");
    assert_eq!(Code::new(4999).to_string(), "4999 <unknown>");
    assert_eq!(Code::new(65535).to_string(), "65535 <unknown>");
    // The alternate form adds the English description.
    assert_eq!(
        format!("{:#}", Code::SESSION_CONFLICT),
        format!(
            "4111 SESSION_CONFLICT: {}",
            Code::SESSION_CONFLICT.description(Lang::En)
        )
    );
    assert_eq!(
        format!("{:#}", KnownCode::SessionConflict),
        format!("{:#}", Code::SESSION_CONFLICT)
    );
    // Debug names the code as well as its number.
    assert_eq!(
        format!("{:?}", Code::SESSION_CONFLICT),
        "Code(4111 SESSION_CONFLICT)"
    );
    assert_eq!(format!("{:?}", Code::new(4999)), "Code(4999)");
    assert_eq!(
        format!("{:?}", KnownCode::SessionConflict),
        "SessionConflict(4111)"
    );
    // Width and alignment apply to the whole text, in both forms.
    assert_eq!(
        format!("{:>24}|", Code::SESSION_CONFLICT),
        "   4111 SESSION_CONFLICT|"
    );
    assert_eq!(format!("{:-<16}|", Code::new(4999)), "4999 <unknown>--|");
    let long = format!("{:#}", Code::ABNORMAL_CLOSURE);
    assert_eq!(
        format!("{:#>300}", Code::ABNORMAL_CLOSURE).chars().count(),
        300.max(long.chars().count())
    );
    // The digits, as `http::StatusCode::as_str` gives them.
    assert_eq!(Code::SESSION_CONFLICT.as_str(), "4111");
    for number in [0, 7, 42, 999, 1000, 4111, 9999, 10000, 65535] {
        assert_eq!(Code::new(number).as_str(), number.to_string().as_str());
    }
}

#[test]
fn an_unknown_code_never_shows_a_name_that_parses_as_another_code() {
    for number in (0..=u16::MAX)
        .filter(|n| KnownCode::from_u16(*n).is_none())
        .step_by(97)
    {
        let shown = Code::new(number).to_string();
        let (digits, name) = shown.split_once(' ').unwrap();
        assert_eq!(digits.parse::<u16>(), Ok(number));
        assert_eq!(
            name.parse::<Code>(),
            Err(LookupError::UnknownName),
            "{shown}"
        );
        assert_eq!(shown.parse::<Code>(), Ok(Code::new(number)), "{shown}");
    }
}

#[test]
fn conversions_that_http_and_tonic_users_expect() {
    const CODE: Code = Code::from_u16(4111);
    assert_eq!(CODE, Code::SESSION_CONFLICT);
    assert_eq!(u16::from(CODE), 4111);
    assert_eq!(i32::from(CODE), 4111);
    assert_eq!(i64::from(KnownCode::SessionConflict), 4111);
    assert_eq!(CODE.name(), "SESSION_CONFLICT");
    assert!(Code::new(1006).is_websocket() && Code::new(4111).is_im());
    assert!(Code::new(9000).is_sdk() && Code::new(999).is_general());
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
        ("41 11", LookupError::NameMismatch(41)),
        ("0x1000", LookupError::UnknownName),
        ("4112 SESSION_CONFLICT", LookupError::NameMismatch(4112)),
        ("4111 <unknown>", LookupError::NameMismatch(4111)),
        ("4111 UNKNOWN", LookupError::NameMismatch(4111)),
        ("SESSION_CONFLICT (4112)", LookupError::NameMismatch(4112)),
        ("UNKNOWN (4111)", LookupError::NameMismatch(4111)),
        ("SESSION_CONFLICT (4111", LookupError::UnknownName),
        ("SESSION_CONFLICT ()", LookupError::UnknownName),
        ("SESSION_CONFLICT (x)", LookupError::UnknownName),
        ("SESSION_CONFLICT (4111) trailing", LookupError::UnknownName),
        ("SESSION_CONFLICT (70000)", LookupError::OutOfRange),
        ("70000 SESSION_CONFLICT", LookupError::OutOfRange),
        ("<unknown>", LookupError::UnknownName),
        ("UNKNOWN", LookupError::UnknownName),
    ];
    for (input, error) in cases {
        if *input == "UNKNOWN" {
            // 999's name: a name alone is a lookup, not the unknown placeholder.
            assert_eq!(input.parse::<Code>(), Ok(Code::new(999)));
            continue;
        }
        assert_eq!(input.parse::<Code>(), Err(*error), "{input:?}");
    }
    assert_eq!(" 4111 ".parse::<Code>(), Ok(Code::new(4111)));
    assert_eq!("0004111".parse::<Code>(), Ok(Code::new(4111)));
    assert_eq!("CLOSE_ABNORMAL (1006)".parse::<Code>(), Ok(Code::new(1006)));
    // White space inside either form is tolerated (issue 17: two spaces used to fail).
    for spaced in [
        "SESSION_CONFLICT  (4111)",
        "SESSION_CONFLICT(4111)",
        " SESSION_CONFLICT ( 4111 ) ",
        "SESSION_CONFLICT\t(4111)",
        "4111  SESSION_CONFLICT",
        "4111\tsession_conflict: any text (with parentheses)",
        "4999   <unknown>",
        #[cfg(feature = "zh-hans")]
        "4999 <未知>: 说明",
    ] {
        let expected = if spaced.contains("4999") { 4999 } else { 4111 };
        assert_eq!(
            spaced.parse::<Code>(),
            Ok(Code::new(expected)),
            "{spaced:?}"
        );
    }
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
        // Every unknown number of a range reads the same texts as its neighbours.
        let neighbour = Code::new(number - 1);
        for lang in Lang::ALL {
            assert_eq!(code.description(*lang), neighbour.description(*lang));
            assert_eq!(code.hint(*lang), neighbour.hint(*lang));
            assert!(!code.message(*lang).is_empty());
        }
    }
    let descriptions: std::collections::HashSet<_> = [998, 2000, 3500, 4999, 60000]
        .iter()
        .map(|number| Code::new(*number).description(Lang::ZhHans))
        .collect();
    assert_eq!(descriptions.len(), 5);
    // The private range names its numbers.
    assert!(Code::new(4999).description(Lang::En).contains("4000-4999"));
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

/// BCP 47 tags, each with the answer RFC 5646 and the documented reading give, written by hand:
/// `Some` for a well-formed tag for English or Chinese, `None` for another language or a tag
/// that is not well-formed by RFC 5646 §2.1's grammar (the reason in the comment).
#[test]
fn language_tags_follow_rfc_5646() {
    use Lang::{En, ZhHans, ZhHant};
    let cases: &[(&str, Option<Lang>)] = &[
        // A Traditional script, region or language.
        ("zh-Hant", Some(ZhHant)),
        ("zh-TW", Some(ZhHant)),
        ("zh-HK", Some(ZhHant)),
        ("zh-MO", Some(ZhHant)),
        ("zh-158", Some(ZhHant)), // UN M.49 Taiwan
        ("zh-344", Some(ZhHant)), // UN M.49 Hong Kong
        ("zh-446", Some(ZhHant)), // UN M.49 Macao
        ("zh-Hant-TW", Some(ZhHant)),
        ("zh-Hant-CN", Some(ZhHant)), // the script decides before the region
        ("zh-cmn-Hant", Some(ZhHant)),
        ("ZH-hant-hk", Some(ZhHant)), // tags are case-insensitive (§2.1.1)
        ("zh_TW", Some(ZhHant)),      // `_` for `-`, as POSIX and Java write it
        ("zh_Hant-hk", Some(ZhHant)), // the two separators mixed
        ("yue", Some(ZhHant)),        // Cantonese is written in Traditional characters
        ("yue-HK", Some(ZhHant)),
        ("zh-yue", Some(ZhHant)),     // Cantonese as the extended language
        ("zh-Latn-TW", Some(ZhHant)), // a script other than Hans/Hant is ignored: TW decides
        ("zh-TW-1996", Some(ZhHant)), // variant: a digit and three alphanumerics
        ("zh-min-nan-TW", Some(ZhHant)), // two extended languages, then the region
        ("zh-Hant-TW-x-private", Some(ZhHant)),
        ("zh-TW-u-nu-hanidec", Some(ZhHant)),
        // Simplified: a Simplified script, another region, or nothing that says Traditional.
        ("zh", Some(ZhHans)),
        ("cmn", Some(ZhHans)),
        ("zh-CN", Some(ZhHans)),
        ("zh-SG", Some(ZhHans)),
        ("zh-156", Some(ZhHans)), // UN M.49 China
        ("zh-702", Some(ZhHans)), // UN M.49 Singapore
        ("zh-419", Some(ZhHans)), // UN M.49 Latin America and the Caribbean
        ("zh-Hans", Some(ZhHans)),
        ("zh-HANS", Some(ZhHans)),
        ("zh-cmn-Hans", Some(ZhHans)),
        ("zh-Hans-HK", Some(ZhHans)), // the script decides before the region
        ("zh-Hans-TW", Some(ZhHans)),
        ("zh_hans_hk", Some(ZhHans)),
        ("yue-CN", Some(ZhHans)), // a region decides before Cantonese's default
        ("zh-Latn", Some(ZhHans)), // Pinyin: the script is ignored, no region
        ("zh-x-private", Some(ZhHans)),
        ("zh-x-Hant", Some(ZhHans)),  // private use, not a script
        ("zh-a-bc-TW", Some(ZhHans)), // TW is a subtag of extension `a`, not a region
        ("zh-CN-u-co-pinyin", Some(ZhHans)),
        ("zh-u-co-pinyin-a-bc-x-x", Some(ZhHans)), // two extensions, private use `x`
        ("zh-CN-pinyin-wadegile", Some(ZhHans)),   // two variants of 5 to 8 characters
        ("zh-CN-pinyin-pinyin", Some(ZhHans)), // a repeated variant: invalid but well-formed (§2.2.9)
        ("zh-u-co-u-nu", Some(ZhHans)), // a repeated singleton: invalid but well-formed (§2.2.9)
        ("zh-abc-def-ghi-Hans-CN-12345-a-bb-x-c", Some(ZhHans)), // every part, three extlangs
        ("zh-guoyu", Some(ZhHans)),     // grandfathered, regular: read by the grammar (a variant)
        ("zh-hakka", Some(ZhHans)),     // grandfathered, regular
        ("zh-xiang", Some(ZhHans)),     // grandfathered, regular
        ("zh-min", Some(ZhHans)),       // grandfathered, regular (an extended language)
        ("zh-min-nan", Some(ZhHans)),   // grandfathered, regular (two extended languages)
        // English, whatever follows.
        ("en", Some(En)),
        ("en-US", Some(En)),
        ("EN-gb", Some(En)),
        ("en-001", Some(En)), // UN M.49 World
        ("en-Latn-US", Some(En)),
        ("en-Hant", Some(En)),
        ("en-US-POSIX", Some(En)), // a variant of five letters
        ("en-US-u-ca-gregory", Some(En)),
        ("en-x-y", Some(En)),
        ("en-GB-oed", Some(En)), // grandfathered, irregular: not a langtag, but English
        ("EN_gb_OED", Some(En)),
        // Well-formed, another language.
        ("fr", None),
        ("fr-CA", None),
        ("de-CH-1996", None),
        ("ja-Jpan-JP", None),
        ("hak", None),        // Hakka as the primary language
        ("nan-TW", None),     // Min Nan as the primary language
        ("zho", None),        // ISO 639-2's code, not the BCP 47 subtag `zh`
        ("chinese", None),    // 5 to 8 letters: a language subtag slot
        ("engl", None),       // 4 letters: reserved language slot
        ("x-zh", None),       // a private use tag
        ("i-klingon", None),  // grandfathered, irregular
        ("i-default", None),  // grandfathered, irregular
        ("sgn-BE-FR", None),  // grandfathered, irregular
        ("art-lojban", None), // grandfathered, regular
        // Not well-formed.
        ("", None),                   // no language subtag
        ("en-", None),                // trailing separator: an empty subtag
        ("en--", None),               // doubled and trailing separators
        ("en_", None),                // trailing `_`
        ("zh-", None),                // trailing separator
        ("zh-Hant-", None),           // trailing separator
        ("zh-TW-", None),             // trailing separator
        ("-zh", None),                // leading separator
        ("zh--TW", None),             // doubled separator
        ("zh-_TW", None),             // doubled separator, mixed
        ("z", None),                  // a language subtag has 2 to 8 letters
        ("z1", None),                 // a language subtag has letters only
        ("zh-ÄÖ", None),              // not ASCII
        ("zh-toolongsubtag", None),   // 16 characters: a subtag has at most 8
        ("zh-TW-Hant", None),         // a script after the region
        ("zh-Hans-Hant", None),       // two scripts
        ("zh-TW-HK", None),           // two regions
        ("zh-12", None),              // two digits: neither a region nor a variant
        ("zh-1a", None),              // neither a region nor a variant
        ("zh-TW-abc", None),          // three letters after the region
        ("zh-TW-abcd", None), // four letters after the region: a variant of 4 starts with a digit
        ("zh-Hant-abc", None), // an extended language after the script
        ("zh-abc-def-ghi-jkl", None), // four extended languages: at most three
        ("zh-u", None),       // an extension without a subtag
        ("zh-u-x-a", None),   // an extension without a subtag, then private use
        ("zh-u-a-bc", None),  // an extension without a subtag, then another extension
        ("zh-TW-u-c", None),  // extension subtags have 2 to 8 characters
        ("zh-x", None),       // private use without a subtag
        ("zh-x-123456789", None), // private use subtags have 1 to 8 characters
        ("zh-TW.UTF-8", None), // a POSIX codeset: `.` is not in a tag
        ("zh TW", None),      // a space is not a separator
        (" zh", None),        // nor leading whitespace (`negotiate` trims OWS)
        ("zh ", None),        // nor trailing whitespace
        ("zh-*", None),       // a wildcard is a range, not a tag
        ("*", None),
        ("i", None),           // a lone singleton
        ("en-GB-oed-x", None), // not the grandfathered tag and not a langtag
    ];
    for &(tag, expected) in cases {
        assert_eq!(Lang::from_tag(tag), expected, "{tag:?}");
        assert_eq!(tag.parse::<Lang>().ok(), expected, "{tag:?}");
    }
}

/// `Accept-Language` values, each with the language RFC 9110 §12.4.2 and §12.5.4 choose among
/// the crate's, written by hand: the highest weight wins, the first of equal weights, English
/// when nothing is left.
#[test]
fn accept_language_follows_rfc_9110() {
    use Lang::{En, ZhHans, ZhHant};
    let cases: &[(&str, Lang)] = &[
        ("", En),
        ("fr-CA, zh-HK, en", ZhHant), // all of weight 1: the first the crate has
        ("fr-CA, de", En),            // nothing the crate has: the fallback
        ("zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", ZhHant), // as browsers send it
        ("zh-CN,zh;q=0.9,en;q=0.8", ZhHans),
        ("de-DE, de;q=0.9, en-US;q=0.8, en;q=0.7, zh-TW;q=0.6", En),
        // Weight 0 is "not acceptable"; `q` is case-insensitive.
        ("zh-TW;q=0, zh-CN;q=0.9, en;q=0.8", ZhHans),
        ("zh-TW;Q=0, zh-CN;q=0.9", ZhHans),
        ("zh-TW;Q=0.000, en;q=0.1", En),
        ("zh-TW;q=0., en;q=0.1", En), // "0." is a qvalue: zero digits after the point
        ("en;q=0, fr", En),           // nothing acceptable is left: the fallback all the same
        // Malformed weights drop their item.
        ("zh-TW;q=1.5, en;q=0.1", En),
        ("zh-TW;q=-1, en;q=0.1", En),
        ("zh-TW;q=NaN, en;q=0.1", En),
        ("zh-TW;q=0.0001, en;q=0.1", En), // four decimals: at most three
        ("zh-TW;q=1.001, en;q=0.1", En),  // above 1
        ("zh-TW;q=.5, en;q=0.1", En),     // the leading digit is required
        ("zh-TW;q=, en;q=0.1", En),       // no qvalue
        ("zh-TW;q = 0.5, en;q=0.1", En),  // no whitespace around `=` (§5.6.6)
        ("zh-TW;q =0.5, en;q=0.1", En),
        ("zh-TW;q= 0.5, en;q=0.1", En),
        ("zh-TW;q=0.5;q=0.6, en;q=0.1", En), // one weight at most
        ("zh-TW;level=1, en;q=0.1", En),     // a parameter that is not a weight
        ("zh-TW;, en;q=0.1", En),            // an empty parameter
        ("zh-TW;q=0.5x, en;q=0.1", En),
        // Valid weights, in every form the grammar allows.
        ("en;q=0.999, zh-TW;q=1.000", ZhHant), // 1.000 is 1
        ("en;q=0.5, zh-TW;q=1.", ZhHant),
        ("en;q=0.5, zh-TW;q=1.0", ZhHant),
        ("zh-TW;q=0.001, en;q=0", ZhHant), // the least preferred weight, still acceptable
        ("zh-TW ; q=0.5, en;q=0.1", ZhHant), // OWS around `;`
        ("zh-TW;\tq=0.5 , en;q=0.1", ZhHant),
        ("  zh-HK  ", ZhHant),                // OWS around the item
        ("\u{a0}zh-HK", En),                  // a no-break space is not OWS
        ("zh-TW;q=0.5 ,, ,en;q=0.1", ZhHant), // empty list elements are ignored
        // The weight orders preference; among equal weights, the order does.
        ("en;q=0.5, zh;q=0.8", ZhHans),
        ("zh-TW;q=0.8, zh-CN;q=0.8", ZhHant),
        ("zh-CN;q=0.8, zh-TW;q=0.8", ZhHans),
        ("zh-CN;q=0.8, zh-TW;q=0.80", ZhHans), // 0.80 is 0.8
        ("zh-CN;q=0.5, zh-TW;q=0.501", ZhHant),
        ("en;q=0.1, zh-CN;q=0.2, zh-TW;q=0.3", ZhHant),
        ("zh-TW;q=0.3, zh-CN;q=0.2, en;q=0.1", ZhHant),
        ("fr, ja;q=0.9, zh-MO;q=0.2, en;q=0.1", ZhHant),
        // The wildcard selects English at its weight.
        ("*", En),
        ("*;q=0.5, zh;q=0.4", En),
        ("zh;q=0.4, *;q=0.5", En),
        ("zh;q=0.5, *;q=0.5", ZhHans),
        ("*;q=0.5, zh;q=0.5", En),
        ("*;q=0, zh-TW;q=0.1", ZhHant),
        // Ranges that are not tags the crate reads are skipped.
        ("zh-*, en;q=0.1", En),
        (
            "fr;q=1, zh-Hant-;q=0.9, zh-TW-;q=0.8, en--;q=0.7, zh-MO;q=0.1",
            ZhHant,
        ),
        ("zh-158;q=0.9, en;q=0.8", ZhHant),
        ("ZH-tw", ZhHant),
    ];
    for &(header, expected) in cases {
        assert_eq!(Lang::negotiate(header.split(',')), expected, "{header:?}");
    }
    // Lists without weights, as `navigator.languages` gives them.
    assert_eq!(Lang::negotiate(["fr-CA", "zh-HK", "en"]), ZhHant);
    assert_eq!(Lang::negotiate(["fr-CA", "de"]), En);
    assert_eq!(Lang::negotiate([]), En);
    assert_eq!(Lang::negotiate(["zh_TW", "en"]), ZhHant);
    // The first supported item of weight 1 ends the reading: nothing after it can beat it.
    let unread = std::iter::once_with(|| -> &str { panic!("read past an item of weight 1") });
    assert_eq!(
        Lang::negotiate(["fr", "zh-TW;q=1.0"].into_iter().chain(unread)),
        ZhHant
    );
}
