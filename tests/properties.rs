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

/// Language tags built from RFC 5646 §2.1's grammar, and `Accept-Language` values built from
/// RFC 9110 §12.4.2's, against oracles that read the parts the generator chose.
mod lang {
    use leancloud_im_codes::Lang;
    use proptest::prelude::*;
    use proptest::sample::select;

    /// A well-formed `langtag`, and the parts that decide its language.
    #[derive(Debug, Clone)]
    struct Tag {
        text: String,
        language: String,
        first_extlang: Option<String>,
        script: Option<String>,
        region: Option<String>,
    }

    impl Tag {
        /// The language the documented reading gives, from the parts rather than the text.
        fn expected(&self) -> Option<Lang> {
            let lower = |part: &Option<String>| part.as_deref().map(str::to_ascii_lowercase);
            let language = self.language.to_ascii_lowercase();
            if language == "en" {
                return Some(Lang::En);
            }
            if !["zh", "cmn", "yue"].contains(&language.as_str()) {
                return None;
            }
            let traditional = match lower(&self.script).as_deref() {
                Some("hant") => true,
                Some("hans") => false,
                _ => match lower(&self.region) {
                    Some(region) => {
                        ["tw", "hk", "mo", "158", "344", "446"].contains(&region.as_str())
                    }
                    None => {
                        language == "yue" || lower(&self.first_extlang).as_deref() == Some("yue")
                    }
                },
            };
            Some(if traditional {
                Lang::ZhHant
            } else {
                Lang::ZhHans
            })
        }
    }

    /// A subtag from `known`, or one matching `pattern`.
    fn subtag(known: &'static [&'static str], pattern: &'static str) -> BoxedStrategy<String> {
        prop_oneof![select(known).prop_map(String::from), pattern].boxed()
    }

    /// `langtag = language ["-" script] ["-" region] *("-" variant) *("-" extension)
    /// ["-" privateuse]`, in random ASCII case, with `-` or `_` between subtags.
    fn well_formed_tag() -> impl Strategy<Value = Tag> {
        let language = prop_oneof![
            3 => select(&["en", "zh", "cmn", "yue", "fr", "de", "ja", "hak", "nan", "zho"][..])
                .prop_map(String::from),
            1 => "[a-zA-Z]{2,3}",
            1 => "[a-zA-Z]{4}",
            1 => "[a-zA-Z]{5,8}",
        ];
        let extlangs = prop::collection::vec(
            subtag(&["yue", "cmn", "hak", "min", "nan"], "[a-zA-Z]{3}"),
            0..=3,
        );
        let script = proptest::option::of(subtag(&["Hans", "Hant", "Latn", "Bopo"], "[a-zA-Z]{4}"));
        let region = proptest::option::of(subtag(
            &[
                "TW", "HK", "MO", "CN", "SG", "US", "158", "344", "446", "156", "702", "419", "001",
            ],
            "[a-zA-Z]{2}|[0-9]{3}",
        ));
        let variants = prop::collection::vec("[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}", 0..3);
        let extensions = prop::collection::vec(
            (
                "[0-9a-wyzA-WYZ]",
                prop::collection::vec("[a-zA-Z0-9]{2,8}", 1..3),
            ),
            0..3,
        );
        let private_use = proptest::option::of(prop::collection::vec("[a-zA-Z0-9]{1,8}", 1..3));
        (
            (language, extlangs, script, region),
            (variants, extensions, private_use),
            any::<u64>(),
            any::<u64>(),
        )
            .prop_map(
                |(
                    (language, extlangs, script, region),
                    (variants, extensions, private_use),
                    case_bits,
                    separator_bits,
                )| {
                    // Extended languages follow a language of 2 or 3 letters only.
                    let extlangs = if language.len() <= 3 {
                        extlangs
                    } else {
                        Vec::new()
                    };
                    let mut subtags = vec![language.clone()];
                    subtags.extend(extlangs.iter().cloned());
                    subtags.extend(script.iter().cloned());
                    subtags.extend(region.iter().cloned());
                    subtags.extend(variants);
                    for (singleton, parts) in extensions {
                        subtags.push(singleton);
                        subtags.extend(parts);
                    }
                    if let Some(parts) = private_use {
                        subtags.push("x".to_string());
                        subtags.extend(parts);
                    }
                    let mut text = String::new();
                    for (i, subtag) in subtags.iter().enumerate() {
                        if i > 0 {
                            text.push(if separator_bits >> (i % 64) & 1 == 1 {
                                '_'
                            } else {
                                '-'
                            });
                        }
                        text.push_str(subtag);
                    }
                    let text = text
                        .chars()
                        .enumerate()
                        .map(|(i, c)| {
                            if case_bits >> (i % 64) & 1 == 1 {
                                c.to_ascii_uppercase()
                            } else {
                                c.to_ascii_lowercase()
                            }
                        })
                        .collect();
                    Tag {
                        text,
                        language,
                        first_extlang: extlangs.first().cloned(),
                        script,
                        region,
                    }
                },
            )
    }

    /// A well-formed tag made malformed in a way no position can excuse: an empty subtag
    /// (leading, trailing or doubled separator), a subtag of 9 or more characters, or a
    /// character that is neither alphanumeric nor a separator.
    fn malformed_tag() -> impl Strategy<Value = String> {
        (
            well_formed_tag(),
            0..5_u8,
            any::<prop::sample::Index>(),
            "[a-zA-Z0-9]{9,12}",
            select(&[".", "*", " ", "=", ";", "é", "\u{0}", "字"][..]),
        )
            .prop_map(|(tag, break_, at, long, odd)| {
                let mut text = tag.text;
                let separators: Vec<usize> = text
                    .char_indices()
                    .filter(|&(_, c)| c == '-' || c == '_')
                    .map(|(i, _)| i)
                    .collect();
                match break_ {
                    0 => text.insert(0, '-'),
                    1 => text.push('_'),
                    2 if !separators.is_empty() => {
                        let i = separators[at.index(separators.len())];
                        text.insert(i, '-');
                    }
                    3 => {
                        let mut subtags: Vec<&str> = text.split(['-', '_']).collect();
                        let i = at.index(subtags.len());
                        subtags[i] = &long;
                        text = subtags.join("-");
                    }
                    _ => {
                        let boundaries: Vec<usize> = (0..=text.len())
                            .filter(|&i| text.is_char_boundary(i))
                            .collect();
                        text.insert_str(boundaries[at.index(boundaries.len())], odd);
                    }
                }
                text
            })
    }

    /// A weight's text for `thousandths` (0 to 1000), in one of the forms RFC 9110 §12.4.2's
    /// `qvalue` allows: trailing zeros dropped or kept, `q` in either case, OWS around `;`.
    fn weight_text(thousandths: u16, form: u8) -> String {
        let qvalue = if thousandths == 1000 {
            ["1", "1.", "1.0", "1.00", "1.000"][usize::from(form % 5)].to_string()
        } else {
            let mut fraction = format!("{thousandths:03}");
            for _ in 0..form % 4 {
                if fraction.ends_with('0') {
                    fraction.pop();
                }
            }
            if fraction.is_empty() && form % 2 == 0 {
                "0".to_string()
            } else {
                format!("0.{fraction}")
            }
        };
        let q = if form & 8 == 0 { "q" } else { "Q" };
        let space = if form & 16 == 0 { "" } else { " " };
        format!("{space};{space}{q}={qvalue}")
    }

    /// An `Accept-Language` item: a range with its expected language, and its weight in
    /// thousandths, `None` for a malformed weight (the item is dropped).
    fn item() -> impl Strategy<Value = (String, Option<Lang>, Option<u16>)> {
        let ranges = select(
            &[
                ("zh-TW", Some(Lang::ZhHant)),
                ("zh-Hant", Some(Lang::ZhHant)),
                ("yue", Some(Lang::ZhHant)),
                ("zh-CN", Some(Lang::ZhHans)),
                ("zh", Some(Lang::ZhHans)),
                ("en-US", Some(Lang::En)),
                ("en", Some(Lang::En)),
                ("*", Some(Lang::En)),
                ("fr", None),
                ("ja-JP", None),
                ("zh-", None),
                ("en--", None),
            ][..],
        );
        let weight = prop_oneof![
            2 => Just((String::new(), Some(1000))),
            1 => Just((";q=0".to_string(), Some(0))),
            1 => (0..=1000_u16, any::<u8>())
                .prop_map(|(w, form)| (weight_text(w, form), Some(w))),
            1 => select(&[";q=1.5", ";q=-1", ";q=NaN", ";q=0.0001", ";q=1.001", ";q = 0.5", ";q=", ";x=1"][..])
                .prop_map(|text| (text.to_string(), None)),
        ];
        (ranges, weight, "[ \t]{0,2}").prop_map(|((range, lang), (weight_text, weight), ows)| {
            (format!("{ows}{range}{weight_text}{ows}"), lang, weight)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn arbitrary_text_never_panics_a_tag(text in ".{0,64}") {
            let _ = Lang::from_tag(&text);
            let _ = Lang::negotiate(text.split(','));
        }

        #[test]
        fn near_tags_never_panic(text in "[a-zA-Z0-9_ *.;=,-]{0,40}") {
            let _ = Lang::from_tag(&text);
            let _ = Lang::negotiate(text.split(','));
        }

        #[test]
        fn well_formed_tags_are_read_by_their_parts(tag in well_formed_tag()) {
            // Accepted exactly when the language is en, zh, cmn or yue; then as documented.
            prop_assert_eq!(Lang::from_tag(&tag.text), tag.expected(), "{:?}", tag);
        }

        #[test]
        fn malformed_tags_are_refused(text in malformed_tag()) {
            prop_assert_eq!(Lang::from_tag(&text), None, "{:?}", text);
        }

        #[test]
        fn the_highest_weight_wins_then_the_first(items in prop::collection::vec(item(), 0..6)) {
            let header: Vec<&str> = items.iter().map(|(text, _, _)| text.as_str()).collect();
            let header = header.join(",");
            // Written from RFC 9110: acceptable (weight above 0, well-formed) items the crate
            // reads, the highest weight, the first of equal weights, English when none.
            let mut expected = None;
            for (_, lang, weight) in &items {
                if let (Some(lang), Some(weight)) = (lang, weight) {
                    if *weight > 0 && expected.is_none_or(|(best, _)| *weight > best) {
                        expected = Some((*weight, *lang));
                    }
                }
            }
            let expected = expected.map_or(Lang::En, |(_, lang)| lang);
            prop_assert_eq!(Lang::negotiate(header.split(',')), expected, "{:?}", header);
        }
    }
}
