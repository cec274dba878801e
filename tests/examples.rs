//! The `explain` binary and the examples a newcomer runs, run for real: output and exit status.
//!
//! `cargo test` builds the binary and the examples before running the tests; these find them
//! where cargo put them.

use std::path::PathBuf;
use std::process::{Command, Output};

fn example(name: &str) -> PathBuf {
    let deps = std::env::current_exe().unwrap();
    let profile = deps.parent().and_then(|dir| dir.parent()).unwrap();
    let binary = profile
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.exists(),
        "{} is not built; run `cargo test`, which builds examples",
        binary.display()
    );
    binary
}

fn run(name: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let program = if name == "explain" {
        PathBuf::from(env!("CARGO_BIN_EXE_explain"))
    } else {
        example(name)
    };
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(program).args(args).output().unwrap();
    (
        status.code(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

#[cfg(all(feature = "zh-hans", feature = "zh-hant"))]
#[test]
fn explain_prints_everything_about_a_known_code() {
    let (status, out, _) = run("explain", &["4111"]);
    assert_eq!(status, Some(0));
    for expected in [
        "4111 SESSION_CONFLICT",
        "family:     im",
        "connection: reconnect (after a Close frame with this status)",
        "session:    stay_offline (after a session/closed, or a refused session open)",
        "operation:  nothing",
        "[zh-Hant]",
        "message:",
        "sources:",
        "leancloud/docs:docs/sdk/im/im-faq.mdx",
    ] {
        assert!(out.contains(expected), "{expected:?} missing from:\n{out}");
    }
}

#[cfg(all(feature = "zh-hans", feature = "zh-hant"))]
#[test]
fn explain_accepts_names_aliases_and_one_language() {
    let (status, out, _) = run("explain", &["--lang", "zh-TW", "close_abnormal"]);
    assert_eq!(status, Some(0));
    assert!(out.starts_with("1006 ABNORMAL_CLOSURE"), "{out}");
    assert!(out.contains("[zh-Hant]"), "{out}");
    assert!(!out.contains("[en]"), "{out}");
}

#[test]
fn explain_fails_clearly_on_bad_input() {
    let (status, _, err) = run("explain", &["BOGUS_NAME"]);
    assert_eq!(status, Some(2));
    assert!(
        err.contains("\"BOGUS_NAME\": not a code number or a known code name"),
        "{err}"
    );
    let (status, _, err) = run("explain", &["INTERNAL_ERROR"]);
    assert_eq!(status, Some(2));
    assert!(err.contains("1011 (websocket) and 4200 (im)"), "{err}");
    let (status, _, err) = run("explain", &["70000"]);
    assert_eq!(status, Some(2));
    assert!(err.contains("out of range"), "{err}");
    let (status, _, err) = run("explain", &[]);
    assert_eq!(status, Some(2));
    assert!(err.contains("usage: explain"), "{err}");
    let (status, _, err) = run("explain", &["--lang", "fr", "4111"]);
    assert_eq!(status, Some(2));
    assert!(err.contains("unknown language tag"), "{err}");
}

#[test]
fn explain_describes_an_unknown_number_by_its_range_and_exits_1() {
    let (status, out, _) = run("explain", &["4999"]);
    assert_eq!(status, Some(1));
    assert!(out.contains("4999 (not a code this crate knows)"), "{out}");
    assert!(out.contains("private (4000-4999)"), "{out}");
}

#[cfg(all(feature = "zh-hans", feature = "zh-hant"))]
#[test]
fn explain_json_gives_both_answers_and_the_wait() {
    let (status, out, _) = run("explain", &["--json", "4111", "4113", "4999", "nope"]);
    assert_eq!(status, Some(2));
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = value.as_array().unwrap();
    assert_eq!(items[0]["name"], "SESSION_CONFLICT");
    assert_eq!(items[0]["connection"], "reconnect");
    assert_eq!(items[0]["session"], "stay_offline");
    assert_eq!(items[0]["operation"], "nothing");
    assert!(items[0]["retry_after"].is_null());
    assert_eq!(items[1]["retry_after"], "next_day");
    assert!(
        items[0]["texts"]["zh-Hant"]["message"]
            .as_str()
            .unwrap()
            .contains("登入")
    );
    assert_eq!(items[2]["code"], 4999);
    assert_eq!(items[2]["name"], "<unknown>");
    assert!(items[3]["error"].as_str().unwrap().contains("nope"));
}

#[test]
fn explain_exports_the_whole_catalog() {
    let (status, out, _) = run("explain", &["--all", "--json"]);
    assert_eq!(status, Some(0));
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["version"], env!("CARGO_PKG_VERSION"));
    let codes = value["codes"].as_array().unwrap();
    assert_eq!(codes.len(), leancloud_im_codes::KnownCode::COUNT);
    for code in codes {
        assert!(!code["sources"].as_array().unwrap().is_empty(), "{code}");
        for tag in ["en", "zh-Hans", "zh-Hant"] {
            for kind in ["description", "hint", "message"] {
                assert!(
                    code["texts"][tag][kind]
                        .as_str()
                        .is_some_and(|t| !t.is_empty()),
                    "{code}"
                );
            }
        }
    }
}

#[cfg(all(feature = "zh-hans", feature = "zh-hant"))]
#[test]
fn explain_writes_a_fluent_resource_that_fluent_parses() {
    let (status, out, _) = run(
        "explain",
        &["--all", "--format", "ftl", "--lang", "zh-Hant"],
    );
    assert_eq!(status, Some(0));
    let resource = fluent_bundle::FluentResource::try_new(out).expect("a valid Fluent resource");
    let mut bundle = fluent_bundle::FluentBundle::new(vec!["zh-Hant".parse().unwrap()]);
    bundle.add_resource(resource).expect("no duplicate ids");
    let message = bundle
        .get_message("leancloud-im-4111")
        .expect("a message per code");
    let pattern = message.get_attribute("message").unwrap().value();
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        text,
        leancloud_im_codes::Code::SESSION_CONFLICT.message(leancloud_im_codes::Lang::ZhHant)
    );
}

#[test]
fn reconnect_policy_uses_both_answers_and_a_schedule() {
    let (status, out, _) = run("reconnect_policy", &[]);
    assert_eq!(status, Some(0));
    let line = |prefix: &str| {
        out.lines()
            .find(|line| line.starts_with(prefix))
            .unwrap_or_default()
    };
    assert!(line("close    1006").contains("reconnect in 1s"), "{out}");
    assert!(line("close    4109").contains("do not resend"), "{out}");
    assert!(line("close    4111").contains("reconnect"), "{out}");
    assert!(line("close    4100").contains("stop"), "{out}");
    assert!(line("session  4111").contains("stay offline"), "{out}");
    assert!(
        line("session  4112").contains("reopen the session"),
        "{out}"
    );
    assert!(out.contains("malformed payload [16]"), "{out}");
    assert!(out.contains("256s, 300s"), "{out}");
}

#[test]
fn backon_retry_runs() {
    let (status, out, _) = run("backon_retry", &[]);
    assert_eq!(status, Some(0), "{out}");
}

#[cfg(all(feature = "alloc", feature = "zh-hans", feature = "zh-hant"))]
#[test]
fn app_messages_shows_overrides_private_codes_and_hook_codes() {
    use leancloud_im_codes::Lang;

    let (status, out, _) = run("app_messages", &[]);
    assert_eq!(status, Some(0), "{out}");
    let blocks: Vec<&str> = out.split("\n[").collect();
    let hant = blocks[0];
    assert!(hant.contains("-> zh-Hant"), "{out}");
    assert!(hant.contains("4111: 你已在另一部裝置上繼續聊天。"), "{out}");
    assert!(hant.contains("4801: 聊天功能維護中"), "{out}");
    // Not overridden in zh-Hant: the crate's own text.
    assert!(
        hant.contains(leancloud_im_codes::Code::KICKED_BY_APP.message(Lang::ZhHant)),
        "{out}"
    );
    // The hook's code has only an English text: it falls back to English.
    assert!(
        hant.contains("hook: Links can't be shared in this chat."),
        "{out}"
    );
    assert!(
        blocks[1].contains("-> en") && blocks[1].contains("A moderator signed you out."),
        "{out}"
    );
    assert!(
        blocks[2].contains("-> zh-Hans")
            && blocks[2].contains(leancloud_im_codes::Code::SESSION_CONFLICT.message(Lang::ZhHans)),
        "{out}"
    );
}
