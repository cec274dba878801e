//! The generator behind `build.rs`, fed the real `codes.toml` and broken ones; and the
//! committed copy of what it generates (`generated/`), which must be current.

#[path = "../build/digest.rs"]
mod digest;
#[allow(dead_code)]
#[path = "../build/mod.rs"]
mod generator;

#[path = "codes_toml/toml_subset.rs"]
mod toml_subset;

use generator::table::{self, Problem};

const REAL: &str = include_str!("../codes.toml");

const VALID: &str = r#"
[[code]]
code = 4111
name = "SESSION_CONFLICT"
family = "im"
sources = ["leancloud/docs:docs/sdk/im/im-faq.mdx:37"]
connection = "reconnect"
session = "stay_offline"
operation = "nothing"

[code.en]
description = "Signed in elsewhere."
hint = "Tell the user."
message = "You signed in on another device."

[code.zh-Hans]
description = "已在别处登录。"
hint = "请告知用户。"
message = "你已在其他设备登录。"

[code.zh-Hant]
description = "已在別處登入。"
hint = "請告知使用者。"
message = "你已在其他裝置登入。"

[[code]]
code = 1000
name = "NORMAL_CLOSURE"
family = "websocket"
aliases = ["CLOSE_NORMAL"]
sources = ["RFC 6455 §7.4.1"]
connection = "reconnect"
operation = "never"

[code.en]
description = "Closed normally."
hint = "Reconnect if needed."
message = "The connection was closed."

[code.zh-Hans]
description = "正常关闭。"
hint = "如有需要请重新连接。"
message = "连接已关闭。"

[code.zh-Hant]
description = "正常關閉。"
hint = "如有需要請重新連線。"
message = "連線已關閉。"
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
    // What the build included is what the generator makes of the file, under its header, and
    // the recorded hash parameters still fit (no search was needed).
    let included = [
        include_str!(concat!(env!("OUT_DIR"), "/codes.rs")),
        include_str!(concat!(env!("OUT_DIR"), "/consts.rs")),
    ];
    for (included, generated) in included
        .into_iter()
        .zip([&generated.codes, &generated.consts])
    {
        let (header, code) = included.split_at(included.find('\n').unwrap() + 1);
        assert!(
            header.starts_with("// @generated from codes.toml"),
            "{header}"
        );
        assert_eq!(code, generated);
    }
    assert_eq!(
        generated.new_hash, None,
        "record the new [hash] table in codes.toml"
    );
    let entries = table::parse(REAL).unwrap().entries;
    assert_eq!(entries.len(), 102);
    assert!(entries.windows(2).all(|pair| pair[0].code < pair[1].code));
}

/// `document` with the sections besides `[[code]]` taken from the real table, so that the
/// generator has everything it requires.
fn complete(document: &str) -> String {
    let others = &REAL[REAL.find("\n[[unknown]]\n").unwrap()..REAL.find("\n[hash]").unwrap()];
    format!("{document}\n{others}")
}

#[test]
fn entry_order_does_not_matter() {
    let parts: Vec<&str> = VALID.split("[[code]]").collect();
    let swapped = format!("[[code]]{}[[code]]{}", parts[2], parts[1]);
    let generated = generator::generate(&complete(VALID)).unwrap();
    assert_eq!(
        generated.codes,
        generator::generate(&complete(&swapped)).unwrap().codes
    );
    // Without the other sections, the generator says what is missing.
    let problems = generator::generate(VALID).err().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("missing `[[unknown]]` entry"))
    );
}

/// The benchmarks' baselines are generated from the same table and committed, so that no
/// dependent's build generates them; `BLESS=1` rewrites the file.
#[test]
fn the_committed_benchmark_baselines_are_current() {
    let table = table::parse(REAL).unwrap();
    let tables = generator::tables(&table).unwrap();
    let generated = generator::baselines::generate(&table.entries, &tables);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/common/baselines.rs");
    // The published package leaves the benchmarks out: nothing to compare there.
    if !std::path::Path::new(path).parent().unwrap().exists() {
        eprintln!("no benches/ here (a packaged copy): nothing to check");
        return;
    }
    assert_committed(std::path::Path::new(path), &generated);
}

/// `build.rs` copies `generated/` when its header names the current inputs; a stale copy would
/// make every build compile the generator. `BLESS=1` rewrites it.
#[test]
fn the_committed_generated_code_is_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = generator::generate(REAL).unwrap();
    let inputs = digest::inputs_digest(root).unwrap();
    for (file, code) in digest::OUTPUTS
        .into_iter()
        .zip([&generated.codes, &generated.consts])
    {
        let header = digest::header(inputs, digest::body_digest(code.as_bytes()));
        let path = root.join("generated").join(file);
        assert_committed(&path, &format!("{header}\n{code}"));
        // What build.rs decides: current, so copied.
        assert_eq!(
            digest::check(file, &std::fs::read(&path).unwrap(), inputs),
            Ok(())
        );
    }
}

/// The committed file at `path` holds `expected`; with `BLESS` set, it is rewritten first.
fn assert_committed(path: &std::path::Path, expected: &str) {
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == expected,
        "{} is stale: run `BLESS=1 cargo test --test codes_toml`",
        path.display()
    );
}

/// A change to any input changes the digest, so a stale copy is never taken for current; a
/// checkout with CRLF line ends, or a stray file in `build/`, does not.
#[test]
fn the_digest_covers_every_input_and_nothing_else() {
    use std::fs;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let original = digest::inputs_digest(root).unwrap();
    assert_eq!(
        digest::recorded(&digest::header(original, 7)),
        Some((
            format!("{original:032x}").as_str(),
            "00000000000000000000000000000007"
        ))
    );

    // The generator's inputs are exactly the Rust files in build/.
    let mut listed: Vec<&str> = digest::INPUTS
        .iter()
        .filter_map(|input| input.strip_prefix("build/"))
        .collect();
    let mut found: Vec<String> = fs::read_dir(root.join("build"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| {
            std::path::Path::new(name)
                .extension()
                .is_some_and(|extension| extension == "rs")
        })
        .collect();
    listed.sort_unstable();
    found.sort_unstable();
    assert_eq!(
        listed, found,
        "digest::INPUTS must list every file in build/"
    );

    let copy = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("digest-inputs");
    let _ = fs::remove_dir_all(&copy);
    for input in digest::INPUTS {
        fs::create_dir_all(copy.join(input).parent().unwrap()).unwrap();
        fs::copy(root.join(input), copy.join(input)).unwrap();
    }
    assert_eq!(digest::inputs_digest(&copy).unwrap(), original);
    fs::write(copy.join("build/table.rs~"), "an editor's backup").unwrap();
    fs::create_dir_all(copy.join("build/subdirectory")).unwrap();
    assert_eq!(digest::inputs_digest(&copy).unwrap(), original);

    for input in digest::INPUTS {
        let path = copy.join(input);
        let text = fs::read(&path).unwrap();
        fs::write(&path, [&text[..], b" "].concat()).unwrap();
        assert_ne!(digest::inputs_digest(&copy).unwrap(), original, "{input}");
        let crlf = String::from_utf8(text.clone())
            .unwrap()
            .replace('\n', "\r\n");
        fs::write(&path, crlf).unwrap();
        assert_eq!(
            digest::inputs_digest(&copy).unwrap(),
            original,
            "{input} in CRLF"
        );
        fs::write(&path, &text).unwrap();
    }
}

#[test]
fn the_valid_fixture_is_accepted() {
    let entries = table::parse(VALID).unwrap().entries;
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
fn rejects_a_missing_traditional_chinese_message() {
    let problems = problems_after("message = \"你已在其他裝置登入。\"\n", "");
    assert_one_problem(
        &problems,
        &[
            "codes.toml:2: entry 4111 SESSION_CONFLICT",
            "missing `zh-Hant.message`",
        ],
    );
    let problems = problems_after(
        "[code.zh-Hant]\ndescription = \"已在別處登入。\"",
        "[code.zh-Hant]\n",
    );
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("missing `zh-Hant.description`"))
    );
}

#[test]
fn rejects_an_empty_hint() {
    let problems = problems_after("hint = \"Tell the user.\"", "hint = \"  \"");
    assert_one_problem(
        &problems,
        &["entry 4111 SESSION_CONFLICT", "`en.hint` is empty"],
    );
}

#[test]
fn rejects_an_unknown_recovery_answer() {
    let problems = problems_after("session = \"stay_offline\"", "session = \"give_up\"");
    assert_one_problem(
        &problems,
        &[
            "entry 4111 SESSION_CONFLICT",
            "unknown session `give_up`",
            "stay_offline, stop, never",
        ],
    );
    let problems = problems_after(
        "operation = \"nothing\"",
        "operation = \"retry_later\"\nretry_after = 0",
    );
    assert_one_problem(
        &problems,
        &["entry 4111", "`retry_after` must be a positive number"],
    );
    let problems = problems_after(
        "operation = \"nothing\"",
        "operation = \"nothing\"\nretry_after = \"next_day\"",
    );
    assert_one_problem(
        &problems,
        &["`retry_after` needs `operation = \"retry_later\"`"],
    );
    let problems = problems_after(
        "operation = \"nothing\"",
        "operation = \"fix_request\"\nunknown_outcome = true",
    );
    assert_one_problem(
        &problems,
        &["`unknown_outcome` needs `operation = \"retry\"`"],
    );
}

#[test]
fn rejects_an_entry_without_sources() {
    let problems = problems_after("sources = [\"RFC 6455 §7.4.1\"]\n", "");
    assert_one_problem(
        &problems,
        &["entry 1000 NORMAL_CLOSURE", "missing key `sources`"],
    );
    let problems = problems_after("sources = [\"RFC 6455 §7.4.1\"]", "sources = []");
    assert_one_problem(
        &problems,
        &["entry 1000 NORMAL_CLOSURE", "`sources` is empty"],
    );
}

/// Each developer term, a digit and a constant name, in each language's message.
#[test]
fn rejects_an_end_user_message_that_names_internals() {
    let en = "message = \"You signed in on another device.\"";
    for (message, named) in [
        ("Your token expired.", "token"),
        ("The SDK stopped.", "SDK"),
        ("A hook refused it.", "hook"),
        ("Ask an admin to check the console.", "console"),
        ("The signature was wrong.", "signature"),
        ("Check the App ID.", "App ID"),
        ("The WebSocket closed.", "WebSocket"),
        ("Error 4111.", "4"),
        ("Got SESSION_CONFLICT.", "SESSION_CONFLICT"),
        ("Got CLOSE_NORMAL here.", "CLOSE_NORMAL"),
    ] {
        let problems = problems_after(en, &format!("message = {message:?}"));
        assert_one_problem(
            &problems,
            &[
                "entry 4111",
                "`en.message` is for end users",
                &format!("`{named}`"),
            ],
        );
    }
    // Words that merely contain a term are fine: "hooked" is not "hook".
    let fine = VALID.replacen(en, "message = \"You got hooked on another device.\"", 1);
    assert!(table::parse(&fine).is_ok());
    for (lang, from, message, named) in [
        (
            "zh-Hans",
            "message = \"你已在其他设备登录。\"",
            "请检查控制台。",
            "控制台",
        ),
        (
            "zh-Hans",
            "message = \"你已在其他设备登录。\"",
            "签名错误。",
            "签名",
        ),
        (
            "zh-Hant",
            "message = \"你已在其他裝置登入。\"",
            "請檢查主控台。",
            "主控台",
        ),
        (
            "zh-Hant",
            "message = \"你已在其他裝置登入。\"",
            "簽章錯誤。",
            "簽章",
        ),
        (
            "zh-Hant",
            "message = \"你已在其他裝置登入。\"",
            "錯誤代碼４１１１。",
            "４",
        ),
    ] {
        let problems = problems_after(from, &format!("message = {message:?}"));
        assert_one_problem(
            &problems,
            &[
                &format!("`{lang}.message` is for end users"),
                &format!("`{named}`"),
            ],
        );
    }
}

#[test]
fn rejects_chinese_texts_in_the_wrong_script() {
    let problems = problems_after(
        "description = \"已在別處登入。\"",
        "description = \"已在别处登录。\"",
    );
    assert_one_problem(
        &problems,
        &[
            "entry 4111 SESSION_CONFLICT",
            "`zh-Hant.description` has the Simplified-only character",
        ],
    );
    let problems = problems_after("hint = \"请告知用户。\"", "hint = \"請告知用戶。\"");
    assert_one_problem(
        &problems,
        &[
            "entry 4111 SESSION_CONFLICT",
            "`zh-Hans.hint` has the Traditional-only character",
        ],
    );
}

/// Issue 7, item 5: a variant that would shadow an associated item of `KnownCode`.
#[test]
fn rejects_a_variant_that_shadows_an_associated_item() {
    for variant in ["ALL", "COUNT", "Self", "SESSION", "Session_Conflict"] {
        let problems = problems_after(
            "name = \"SESSION_CONFLICT\"",
            &format!("name = \"SESSION_CONFLICT\"\nvariant = {variant:?}"),
        );
        assert_one_problem(
            &problems,
            &[
                "entry 4111 SESSION_CONFLICT",
                &format!("variant `{variant}`"),
            ],
        );
    }
}

/// Issue 7, item 4: line numbers come from the parser, however the header is spaced.
#[test]
fn reports_the_line_of_a_spaced_header() {
    let spaced = VALID.replace("[[code]]", "[[ code ]]");
    let broken = spaced.replacen("name = \"NORMAL_CLOSURE\"", "name = \"normal\"", 1);
    let problems = table::parse(&broken).unwrap_err();
    let line = broken
        .lines()
        .position(|l| l.contains("code = 1000"))
        .unwrap(); // header is the line before
    assert_one_problem(
        &problems,
        &[
            &format!("codes.toml:{line}: entry 1000 normal"),
            "not SCREAMING_SNAKE",
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
    let problems = problems_after("operation = \"nothing\"", "operation = none");
    assert_one_problem(&problems, &["codes.toml:9", "TOML syntax error"]);
}

#[test]
fn rejects_a_misspelled_key_and_suggests_the_right_one() {
    let problems = problems_after(
        "operation = \"nothing\"",
        "operation = \"nothing\"\nsessions = \"stop\"",
    );
    let texts: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("entry 4111 SESSION_CONFLICT")
                && t.contains("unknown key `sessions` (did you mean `session`?)")),
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
        .replacen("operation = \"never\"", "operation = \"later\"", 1);
    let problems = table::parse(&broken).unwrap_err();
    let texts: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(
        texts[0].starts_with("codes.toml:2: entry 4111 SESSION_CONFLICT: unknown family"),
        "{}",
        texts[0]
    );
    assert!(
        texts[1].starts_with("codes.toml:26: entry 1000 NORMAL_CLOSURE: unknown operation"),
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

/// A message must not promise what the answers beside it rule out (issue 15): a retry beside
/// `stop`, `fix_request`, `fix_configuration` or `report`; a reconnect where the answer after a
/// close is not `reconnect`; a short wait beside a daily cap. In every language.
#[test]
fn rejects_a_message_that_promises_what_the_answers_rule_out() {
    let en = "message = \"You signed in on another device.\"";
    let simplified = "message = \"你已在其他设备登录。\"";
    let traditional = "message = \"你已在其他裝置登入。\"";
    for (answers, from, message, lang, phrase) in [
        (
            "operation = \"fix_request\"",
            en,
            "Please try again later.",
            "en",
            "try again",
        ),
        (
            "operation = \"fix_configuration\"",
            en,
            "Retry in a bit.",
            "en",
            "retry",
        ),
        (
            "operation = \"report\"",
            simplified,
            "请稍后再试。",
            "zh-Hans",
            "再试",
        ),
        (
            "operation = \"fix_request\"",
            traditional,
            "請稍後重試。",
            "zh-Hant",
            "重試",
        ),
        (
            "session = \"stop\"\noperation = \"nothing\"",
            en,
            "Try again in a moment.",
            "en",
            "try again",
        ),
    ] {
        let broken = VALID
            .replacen(
                "session = \"stay_offline\"\noperation = \"nothing\"",
                answers,
                1,
            )
            .replacen(from, &format!("message = {message:?}"), 1);
        let problems = table::parse(&broken).unwrap_err();
        assert_one_problem(
            &problems,
            &[
                "entry 4111",
                &format!("`{lang}.message` promises a retry that cannot work"),
                &format!("`{phrase}`"),
            ],
        );
    }
    // A reconnect promised where the answer after a close is not to reconnect.
    let broken = VALID
        .replacen(
            "connection = \"reconnect\"\nsession",
            "connection = \"stop\"\nsession",
            1,
        )
        .replacen(en, "message = \"Signed in elsewhere. Reconnecting…\"", 1);
    assert_one_problem(
        &table::parse(&broken).unwrap_err(),
        &[
            "entry 4111",
            "`en.message` promises a reconnect",
            "`reconnect`",
        ],
    );
    // A short wait beside a daily cap.
    let broken = VALID
        .replacen(
            "operation = \"nothing\"",
            "operation = \"retry_later\"\nretry_after = \"next_day\"",
            1,
        )
        .replacen(traditional, "message = \"請稍後再傳送。\"", 1);
    assert_one_problem(
        &table::parse(&broken).unwrap_err(),
        &[
            "entry 4111",
            "`zh-Hant.message` promises a short wait",
            "`稍後`",
        ],
    );
    // The same words are fine where the answers allow them.
    let fine = VALID.replacen(en, "message = \"Please try again later.\"", 1);
    assert!(
        table::parse(&fine).is_ok(),
        "{:?}",
        table::parse(&fine).err()
    );
}

/// An HTTP status's message names no length of wait: a server's `Retry-After` replaces the
/// documented one at run time (outside review: 429 said "wait a minute" beside an hour).
#[test]
fn rejects_an_http_message_that_names_a_length_of_wait() {
    for (from, to, lang, phrase) in [
        (
            "Chat is busy right now. Please try again later.",
            "Chat is busy right now. Please wait a minute and try again.",
            "en",
            "minute",
        ),
        (
            "聊天服务当前繁忙，请稍后再试。",
            "聊天服务当前繁忙，请一分钟后再试。",
            "zh-Hans",
            "分钟",
        ),
        (
            "聊天服務目前忙碌中，請稍後再試。",
            "聊天服務目前忙碌中，請三十秒後再試。",
            "zh-Hant",
            "秒",
        ),
    ] {
        // The first such message after the 429 entry's header is its own.
        let (head, tail) = REAL.split_at(REAL.find("status = 429").unwrap());
        assert!(tail.contains(from), "{from}");
        let broken = format!("{head}{}", tail.replacen(from, to, 1));
        assert_one_problem(
            &table::parse(&broken).unwrap_err(),
            &[
                "http 429",
                &format!("`{lang}.message` promises a length of wait"),
                &format!("`{phrase}`"),
            ],
        );
    }
}

#[test]
fn rejects_a_departure_that_does_not_say_what_and_why() {
    let with = |departure: &str| {
        VALID.replacen(
            "operation = \"nothing\"",
            &format!("operation = \"nothing\"\ndepartures = [{departure}]"),
            1,
        )
    };
    let good = with(r#"{ sdk = "js", carrier = "session", reason = "JS emits conflict." }"#);
    let entries = table::parse(&good).unwrap().entries;
    let departure = &entries[1].departures[0];
    assert_eq!(
        (departure.sdk.as_str(), departure.reason.as_str()),
        ("js", "JS emits conflict.")
    );
    for (departure, problem) in [
        (
            r#"{ sdk = "kotlin", carrier = "session", reason = "x" }"#,
            "unknown sdk `kotlin`",
        ),
        (
            r#"{ sdk = "js", carrier = "closed", reason = "x" }"#,
            "unknown carrier `closed`",
        ),
        (
            r#"{ sdk = "js", carrier = "session", reason = " " }"#,
            "`reason` is empty",
        ),
        (
            r#"{ sdk = "js", carrier = "session" }"#,
            "missing key `reason`",
        ),
        (
            r#"{ sdk = "js", carrier = "session", reason = "x", why = "y" }"#,
            "unknown key `why`",
        ),
    ] {
        assert_one_problem(
            &table::parse(&with(departure)).unwrap_err(),
            &["entry 4111", problem],
        );
    }
}

/// The sections besides `[[code]]`: every range, HTTP class, transport failure, patch kind and
/// label must be there for the generator, each one once, and their messages pass the same
/// checks.
#[test]
fn the_other_sections_are_checked_and_required() {
    let real = table::parse(REAL).unwrap();
    assert!(table::check_complete(&real).is_empty());
    assert_eq!(real.unknown.len(), 5);
    assert_eq!(real.transports.len(), 4);
    assert_eq!(real.patches.len(), 3);

    // Each section's header starts a block; drop the first `[[unknown]]` block.
    let start = REAL.find("\n[[unknown]]\n").unwrap();
    let end = start + 1 + REAL[start + 1..].find("\n[[unknown]]\n").unwrap();
    let missing = format!("{}{}", &REAL[..start], &REAL[end..]);
    let problems = generator::generate(&missing)
        .err()
        .expect("a missing range fails");
    assert!(
        problems.iter().any(|p| p
            .to_string()
            .contains("missing `[[unknown]]` entry for range `unused`")),
        "{problems:#?}"
    );
    let doubled = REAL.replacen("range = \"protocol\"", "range = \"unused\"", 1);
    let problems = table::parse(&doubled).unwrap_err();
    assert!(problems.iter().any(|p| {
        p.to_string()
            .contains("entry unknown unused: already defined on line")
    }));

    for (from, to, problem) in [
        (
            "status = 401",
            "status = 700",
            "`status` must be an HTTP status from 100 to 599",
        ),
        (
            "status = 401",
            "status = \"3xx\"",
            "`status` must be an HTTP status",
        ),
        (
            "failure = \"busy\"",
            "failure = \"socket\"",
            "unknown failure `socket`",
        ),
        (
            "kind = \"app\"",
            "kind = \"server\"",
            "unknown kind `server`",
        ),
        (
            "unknown = \"<unknown>\"",
            "unknown = \"UNKNOWN\"",
            "must be in angle brackets",
        ),
    ] {
        assert!(REAL.contains(from), "{from}");
        let problems = table::parse(&REAL.replacen(from, to, 1)).unwrap_err();
        assert!(
            problems.iter().any(|p| p.to_string().contains(problem)),
            "{to}: {problems:#?}"
        );
    }
}
