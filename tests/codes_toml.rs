//! The generator that `build.rs` runs, fed the real `codes.toml` and broken ones.

#[allow(dead_code)]
#[path = "../build/mod.rs"]
mod generator;

use generator::table::{self, Problem};

const REAL: &str = include_str!("../codes.toml");

const VALID: &str = r#"
[[code]]
code = 4111
name = "SESSION_CONFLICT"
family = "im"
action = "stay_offline"
description = { en = "Signed in elsewhere.", zh = "已在别处登录。" }
hint = { en = "Tell the user.", zh = "请告知用户。" }

[[code]]
code = 1000
name = "NORMAL_CLOSURE"
family = "websocket"
aliases = ["CLOSE_NORMAL"]
action = "reconnect"
description = { en = "Closed normally.", zh = "正常关闭。" }
hint = { en = "Reconnect if needed.", zh = "如需要请重连。" }
"#;

/// The problems `VALID` with `from` replaced by `to` produces.
fn problems_after(from: &str, to: &str) -> Vec<Problem> {
    assert!(VALID.contains(from), "the test's edit must apply: {from}");
    let broken = VALID.replacen(from, to, 1);
    match table::parse(&broken) {
        Ok(_) => panic!("accepted a broken table:\n{broken}"),
        Err(problems) => problems,
    }
}

/// Asserts exactly one problem, whose text contains every needle.
fn assert_one_problem(problems: &[Problem], needles: &[&str]) {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let text = problems[0].to_string();
    for needle in needles {
        assert!(text.contains(needle), "{text:?} lacks {needle:?}");
    }
}

#[test]
fn the_real_table_is_valid_and_generates_what_the_build_included() {
    let generated = generator::generate(REAL).unwrap_or_else(|problems| {
        panic!("codes.toml is invalid: {problems:#?}");
    });
    let built = include_str!(concat!(env!("OUT_DIR"), "/codes.rs"));
    assert_eq!(generated.codes, built);
    let entries = table::parse(REAL).unwrap();
    assert_eq!(entries.len(), 93);
    assert!(entries.windows(2).all(|pair| pair[0].code < pair[1].code));
}

#[test]
fn generation_is_deterministic() {
    let first = generator::generate(REAL).unwrap();
    let second = generator::generate(REAL).unwrap();
    assert_eq!(first.codes, second.codes);
    assert_eq!(first.baselines, second.baselines);
    // Entry order in the file does not matter either.
    let reversed: Vec<&str> = VALID.split("[[code]]").collect();
    let swapped = format!("[[code]]{}[[code]]{}", reversed[2], reversed[1]);
    assert_eq!(
        generator::generate(VALID).unwrap().codes,
        generator::generate(&swapped).unwrap().codes
    );
}

#[test]
fn the_valid_fixture_is_accepted() {
    let entries = table::parse(VALID).unwrap();
    assert_eq!(
        entries.iter().map(|e| e.code).collect::<Vec<_>>(),
        [1000, 4111]
    );
    assert_eq!(entries[0].variant, "NormalClosure");
    assert_eq!(entries[0].aliases, ["CLOSE_NORMAL"]);
}

#[test]
fn rejects_a_duplicate_code() {
    let problems = problems_after("code = 1000", "code = 4111");
    assert_one_problem(
        &problems,
        &[
            "entry 4111 NORMAL_CLOSURE",
            "duplicate code 4111",
            "SESSION_CONFLICT",
        ],
    );
}

#[test]
fn rejects_a_duplicate_name() {
    let problems = problems_after("name = \"NORMAL_CLOSURE\"", "name = \"SESSION_CONFLICT\"");
    let text = problems[0].to_string();
    assert!(
        text.contains("name `SESSION_CONFLICT` is already used by 4111"),
        "{text}"
    );
    assert!(text.contains("shares_name"), "{text}");
}

#[test]
fn accepts_a_shared_name_only_when_both_entries_say_so() {
    let shared = VALID
        .replacen(
            "name = \"NORMAL_CLOSURE\"",
            "name = \"SESSION_CONFLICT\"\nvariant = \"Other\"\nshares_name = true",
            1,
        )
        .replacen(
            "name = \"SESSION_CONFLICT\"\n",
            "name = \"SESSION_CONFLICT\"\nshares_name = true\n",
            1,
        );
    assert!(
        table::parse(&shared).is_ok(),
        "{:?}",
        table::parse(&shared).err()
    );
    let one_sided = VALID.replacen(
        "name = \"NORMAL_CLOSURE\"",
        "name = \"SESSION_CONFLICT\"\nvariant = \"Other\"\nshares_name = true",
        1,
    );
    assert!(table::parse(&one_sided).is_err());
}

#[test]
fn rejects_an_alias_equal_to_another_codes_name() {
    let problems = problems_after(
        "aliases = [\"CLOSE_NORMAL\"]",
        "aliases = [\"SESSION_CONFLICT\"]",
    );
    assert_one_problem(
        &problems,
        &[
            "entry 1000 NORMAL_CLOSURE",
            "alias `SESSION_CONFLICT` is already used by 4111 SESSION_CONFLICT",
        ],
    );
}

#[test]
fn rejects_a_lowercase_name() {
    let problems = problems_after("name = \"SESSION_CONFLICT\"", "name = \"session_conflict\"");
    assert_one_problem(
        &problems,
        &["entry 4111 session_conflict", "not SCREAMING_SNAKE"],
    );
}

#[test]
fn rejects_a_missing_chinese_description() {
    let problems = problems_after(
        "description = { en = \"Signed in elsewhere.\", zh = \"已在别处登录。\" }",
        "description = { en = \"Signed in elsewhere.\" }",
    );
    assert_one_problem(
        &problems,
        &[
            "entry 4111 SESSION_CONFLICT",
            "missing `zh` text in `description`",
        ],
    );
}

#[test]
fn rejects_an_empty_hint() {
    let problems = problems_after("hint = { en = \"Tell the user.\"", "hint = { en = \"  \"");
    assert_one_problem(
        &problems,
        &["entry 4111 SESSION_CONFLICT", "`hint.en` is empty"],
    );
}

#[test]
fn rejects_an_unknown_action() {
    let problems = problems_after("action = \"stay_offline\"", "action = \"give_up\"");
    assert_one_problem(
        &problems,
        &[
            "entry 4111 SESSION_CONFLICT",
            "unknown action `give_up`",
            "stay_offline",
        ],
    );
}

#[test]
fn rejects_an_unknown_family() {
    let problems = problems_after("family = \"im\"", "family = \"game\"");
    assert_one_problem(
        &problems,
        &[
            "entry 4111 SESSION_CONFLICT",
            "unknown family `game`",
            "websocket, im, sdk",
        ],
    );
}

#[test]
fn rejects_a_code_above_65535() {
    let problems = problems_after("code = 4111", "code = 70000");
    assert_one_problem(
        &problems,
        &[
            "entry 70000 SESSION_CONFLICT",
            "code 70000 is outside 0..=65535",
        ],
    );
}

#[test]
fn rejects_a_negative_code() {
    let problems = problems_after("code = 4111", "code = -4111");
    assert_one_problem(
        &problems,
        &["entry -4111 SESSION_CONFLICT", "outside 0..=65535"],
    );
}

#[test]
fn rejects_a_toml_syntax_error_with_its_line() {
    let problems = problems_after("action = \"stay_offline\"", "action = stay_offline");
    assert_one_problem(&problems, &["codes.toml:6", "TOML syntax error"]);
}

#[test]
fn rejects_a_misspelled_key_and_suggests_the_right_one() {
    let problems = problems_after("description = {", "descripton = {");
    let texts: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("entry 4111 SESSION_CONFLICT")
                && t.contains("unknown key `descripton` (did you mean `description`?)")),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("missing key `description`")),
        "{texts:#?}"
    );
}

#[test]
fn rejects_a_missing_name_and_a_wrong_type() {
    let problems = problems_after("name = \"SESSION_CONFLICT\"\n", "");
    assert_one_problem(&problems, &["entry 4111", "missing key `name`"]);
    let problems = problems_after("code = 4111", "code = \"4111\"");
    assert_one_problem(
        &problems,
        &[
            "entry SESSION_CONFLICT",
            "`code` must be an integer, found string",
        ],
    );
}

#[test]
fn rejects_a_colliding_variant() {
    let problems = problems_after(
        "name = \"NORMAL_CLOSURE\"",
        "name = \"NORMAL_CLOSURE\"\nvariant = \"SessionConflict\"",
    );
    assert_one_problem(
        &problems,
        &[
            "entry 1000 NORMAL_CLOSURE",
            "enum variant `SessionConflict` is already used by 4111",
        ],
    );
}

#[test]
fn reports_every_problem_with_its_line_at_once() {
    let broken = VALID
        .replacen("family = \"im\"", "family = \"game\"", 1)
        .replacen("action = \"reconnect\"", "action = \"retry\"", 1);
    let problems = table::parse(&broken).unwrap_err();
    let texts: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(
        texts[0].starts_with("codes.toml:2: entry 4111 SESSION_CONFLICT: unknown family"),
        "{}",
        texts[0]
    );
    assert!(
        texts[1].starts_with("codes.toml:10: entry 1000 NORMAL_CLOSURE: unknown action"),
        "{}",
        texts[1]
    );
}

#[test]
fn rejects_stray_top_level_keys_and_empty_files() {
    let problems = table::parse("title = \"codes\"\n").unwrap_err();
    let texts: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("unknown top-level key `title`")),
        "{texts:#?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("no `[[code]]` entries")),
        "{texts:#?}"
    );
}
