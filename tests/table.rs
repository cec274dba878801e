//! The generated table against the research: every code, name, family, alias and recovery
//! answer, each written out here from LeanCloud's docs and SDKs, not read from codes.toml.

#[path = "common/reference.rs"]
mod reference;

use leancloud_im_codes::{Code, Family, KnownCode, Lang};
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
    // `CONVERSATION_EXPIRED` meant what 4323 means today (the JS SDK's spelling from 2017-11 to 2018-05): it names no code now.
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
fn every_text_exists_in_every_language() {
    let has_cjk = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for &known in KnownCode::ALL {
        let code = known.code();
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
    for &known in KnownCode::ALL {
        let code = known.code();
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
        Code::SESSION_CONFLICT
            .sources()
            .iter()
            .any(|s| s.starts_with("leancloud/docs:docs/sdk/im/im-faq.mdx"))
    );
}

#[test]
fn texts_carry_the_documented_limits() {
    // The documented limits: 5 KB per message (4109), 5120 bytes per command in Swift and ObjC (9008), 64
    // characters per client ID (4103), 500 members per conversation (4304), 6 months without
    // activity before a conversation is deleted (4401). Each number must stand as a number in
    // the developer texts of every language, next to its unit.
    let mentions = |number: u16, needles: [&str; 3]| {
        let code = Code::new(number);
        for (lang, needle) in Lang::ALL.iter().zip(needles) {
            // A language the build leaves out reads the English text.
            let built = match lang {
                Lang::ZhHans => cfg!(feature = "zh-hans"),
                Lang::ZhHant => cfg!(feature = "zh-hant"),
                _ => true,
            };
            let needle = if built { needle } else { needles[0] };
            let text = [code.description(*lang), code.hint(*lang)].concat();
            assert!(
                text.contains(needle),
                "{number} {lang} lacks {needle:?}: {text}"
            );
        }
    };
    mentions(4109, ["5 KB", "5 KB", "5 KB"]);
    mentions(9008, ["5120 bytes", "5120 字节", "5120 位元組"]);
    mentions(4103, ["64 characters", "64 个字符", "64 個字元"]);
    mentions(4304, ["500 members", "500 名成员", "500 名成員"]);
    mentions(4401, ["6 months", "6 个月", "6 個月"]);
}

#[test]
fn descriptions_are_distinct_per_code() {
    for (index, first) in KnownCode::ALL.iter().enumerate() {
        for second in &KnownCode::ALL[index + 1..] {
            let (first, second) = (first.code(), second.code());
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
