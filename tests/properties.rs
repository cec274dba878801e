//! Property tests: arbitrary and near-valid inputs to every parser, checked by the same oracles
//! the fuzzers use (`fuzz/checks/`), plus serde round trips.

#[path = "../fuzz/checks/codes.rs"]
mod codes;

use leancloud_im_codes::{CloseFrame, Code, KnownCode, MAX_PAYLOAD_LEN};
use proptest::prelude::*;

/// Every name and alias, in any ASCII case, sometimes with one byte changed, cut or extended.
fn near_names() -> impl Strategy<Value = String> {
    let spellings: Vec<&'static str> = KnownCode::ALL
        .iter()
        .flat_map(|code| std::iter::once(code.name()).chain(code.aliases().iter().copied()))
        .collect();
    (
        proptest::sample::select(spellings),
        any::<u64>(),
        0..4_u8,
        any::<u8>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(name, case_bits, edit, byte, at)| {
            let mut bytes: Vec<u8> = name
                .bytes()
                .enumerate()
                .map(|(i, b)| {
                    if case_bits >> (i % 64) & 1 == 1 {
                        b.to_ascii_lowercase()
                    } else {
                        b
                    }
                })
                .collect();
            let at = at.index(bytes.len());
            match edit {
                0 => {}
                1 => bytes[at] = byte,
                2 => bytes.truncate(at),
                _ => bytes.insert(at, byte),
            }
            String::from_utf8_lossy(&bytes).into_owned()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn arbitrary_text_never_panics_and_resolves_only_real_names(text in ".{0,64}") {
        codes::name_lookup(text.as_bytes());
    }

    #[test]
    fn near_names_resolve_exactly_when_they_are_names(text in near_names()) {
        codes::name_lookup(text.as_bytes());
    }

    #[test]
    fn arbitrary_bytes_as_names_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        codes::name_lookup(&bytes);
    }

    #[test]
    fn numbers_and_display_forms_parse_back(number in any::<u16>(), padding in "[ \t]{0,3}") {
        let code = Code::new(number);
        prop_assert_eq!(format!("{padding}{number}{padding}").parse::<Code>(), Ok(code));
        prop_assert_eq!(code.to_string().parse::<Code>(), Ok(code));
    }

    #[test]
    fn arbitrary_close_payloads_parse_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..160)) {
        codes::close_payload(&bytes);
    }

    #[test]
    fn well_formed_close_payloads_round_trip(code in any::<u16>(), reason in ".{0,60}") {
        let mut bytes = code.to_be_bytes().to_vec();
        bytes.extend_from_slice(reason.as_bytes());
        codes::close_payload(&bytes);
        if reason.len() <= 123 {
            let frame = CloseFrame::parse(&bytes).unwrap();
            prop_assert_eq!(frame.reason(), reason.as_str());
            let mut buffer = [0; MAX_PAYLOAD_LEN];
            prop_assert_eq!(frame.encode(&mut buffer), bytes.as_slice());
        }
    }
}

#[cfg(all(feature = "serde", feature = "alloc"))]
#[path = "../fuzz/checks/json.rs"]
mod json_checks;

#[cfg(all(feature = "serde", feature = "alloc"))]
mod json {
    use super::json_checks as checks;
    use leancloud_im_codes::{Carrier, Code, ErrorCommand, ImError, KnownCode};
    use proptest::prelude::*;
    use serde_json::{Value, json};

    /// A JSON value for a field: often the right type, sometimes not.
    fn field_value() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<i64>().prop_map(Value::from),
            (0..70_000_u32).prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            ".{0,20}".prop_map(Value::from),
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            Just(json!([1, "x"])),
            Just(json!({"nested": true})),
        ]
    }

    fn carrier_object() -> impl Strategy<Value = String> {
        let keys = prop::sample::select(vec![
            "code",
            "reason",
            "detail",
            "appCode",
            "appMsg",
            "error",
            "patchCode",
            "patchReason",
            "pids",
            "other",
        ]);
        prop::collection::vec((keys, field_value()), 0..6).prop_map(|fields| {
            let object: serde_json::Map<String, Value> = fields
                .into_iter()
                .map(|(key, value)| (key.to_string(), value))
                .collect();
            Value::Object(object).to_string()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn carriers_accept_exactly_the_valid_objects(text in carrier_object()) {
            for (_, check) in checks::TARGETS {
                check(text.as_bytes());
            }
            let value: Value = serde_json::from_str(&text).unwrap();
            // Only the code decides: a badly typed optional field is dropped, not fatal.
            let expected = value.get("code").and_then(Value::as_u64).is_some_and(|code| code <= 65535);
            let parsed = serde_json::from_str::<ErrorCommand>(&text);
            prop_assert_eq!(parsed.is_ok(), expected, "{}", text);
            if let Ok(command) = parsed {
                let kept_text = |key: &str| value.get(key).and_then(Value::as_str).map(String::from);
                prop_assert_eq!(command.reason, kept_text("reason"));
                prop_assert_eq!(command.detail, kept_text("detail"));
                prop_assert_eq!(command.app_msg, kept_text("appMsg"));
                prop_assert_eq!(command.app_code, value.get("appCode").and_then(Value::as_i64));
            }
        }

        #[test]
        fn arbitrary_bytes_never_panic_a_carrier(bytes in prop::collection::vec(any::<u8>(), 0..80)) {
            for (_, check) in checks::TARGETS {
                check(&bytes);
            }
        }

        #[test]
        fn the_error_type_round_trips_through_json(
            code in any::<u16>(),
            reason in proptest::option::of(".{0,16}"),
            detail in proptest::option::of(".{0,16}"),
            app_code in proptest::option::of(any::<i64>()),
            app_message in proptest::option::of(".{0,16}"),
        ) {
            let mut error = ImError::new(code, Carrier::ErrorCommand);
            if let Some(reason) = reason { error = error.with_reason(reason); }
            if let Some(detail) = detail { error = error.with_detail(detail); }
            if let Some(app_code) = app_code { error = error.with_app_code(app_code); }
            if let Some(app_message) = app_message { error = error.with_app_message(app_message); }
            let json = serde_json::to_string(&error).unwrap();
            prop_assert_eq!(serde_json::from_str::<ImError>(&json).unwrap(), error);
        }

        #[test]
        fn codes_round_trip_as_numbers_and_names(number in any::<u16>()) {
            let code = Code::new(number);
            let json = serde_json::to_string(&code).unwrap();
            prop_assert_eq!(&json, &number.to_string());
            prop_assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), code);
            prop_assert_eq!(serde_json::from_str::<KnownCode>(&json).ok(), code.known());
            if let Some(known) = code.known() {
                let name = serde_json::to_string(known.name()).unwrap();
                let by_name = serde_json::from_str::<KnownCode>(&name);
                prop_assert_eq!(by_name.is_ok(), KnownCode::all_named(known.name()).len() == 1);
            }
        }
    }
}
