//! The generated table against the research: every code, name, family, alias and action.

#[path = "common/reference.rs"]
mod reference;

use leancloud_im_codes::{Action, Code, Family, KnownCode, Lang};
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
    assert_eq!(count(Family::Sdk), 16);
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
        ("CONVERSATION_EXPIRED", 4317),
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
fn actions_follow_what_the_official_sdks_do() {
    let expected = [
        (&[4100, 4103, 4110][..], Action::FixConfiguration),
        (&[4111, 4115], Action::StayOffline),
        (&[4112], Action::ReopenSession),
        (
            &[0, 1000, 1001, 1006, 4107, 4108, 4200, 9001],
            Action::Reconnect,
        ),
        (&[4113, 4116, 4318, 9000], Action::RetryLater),
        (
            &[4305, 4402, 4405, 4325, 4406, 4407, 4544, 4304, 9008],
            Action::FixRequest,
        ),
        (&[4408], Action::None),
    ];
    for (numbers, action) in expected {
        for &number in numbers {
            assert_eq!(Code::new(number).action(), action, "action of {number}");
        }
    }
}

#[test]
fn every_text_exists_in_both_languages() {
    let has_cjk = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for &code in KnownCode::ALL {
        for text in [code.description(Lang::En), code.hint(Lang::En)] {
            assert!(
                !text.trim().is_empty() && !has_cjk(text),
                "{code:?}: {text}"
            );
            assert!(
                text.ends_with('.'),
                "{code:?} English text ends with a full stop: {text}"
            );
        }
        for text in [code.description(Lang::ZhHans), code.hint(Lang::ZhHans)] {
            assert!(has_cjk(text), "{code:?} Chinese text: {text}");
            assert!(
                text.ends_with('。'),
                "{code:?} Chinese text ends with 。: {text}"
            );
        }
    }
}

#[test]
fn texts_carry_the_documented_limits() {
    let mentions = |number: u16, needle: &str| {
        let code = KnownCode::from_u16(number).unwrap();
        for lang in Lang::ALL {
            let text = code.description(*lang);
            assert!(text.contains(needle), "{number} {lang}: {text}");
        }
    };
    mentions(4109, "5 KB");
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

#[cfg(feature = "strum")]
#[test]
fn strum_traits_are_backed_by_the_table() {
    use strum::{EnumCount, IntoEnumIterator, VariantArray};

    assert_eq!(<KnownCode as EnumCount>::COUNT, 93);
    assert_eq!(<KnownCode as VariantArray>::VARIANTS, KnownCode::ALL);
    assert!(KnownCode::iter().eq(KnownCode::ALL.iter().copied()));
}
