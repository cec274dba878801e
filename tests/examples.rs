//! The examples a newcomer runs, run for real: output and exit status.
//!
//! `cargo test` builds the examples before running the tests; these find the binaries next to
//! the test's own.

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
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(example(name)).args(args).output().unwrap();
    (
        status.code(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

#[test]
fn explain_prints_everything_about_a_known_code() {
    let (status, out, _) = run("explain", &["4111"]);
    assert_eq!(status, Some(0));
    for expected in [
        "4111 SESSION_CONFLICT",
        "family:  im",
        "action:  stay_offline",
        "This account signed in on another device",
        "What to do: Tell the user",
        "该账号已在其他设备登录",
        "处理建议：",
    ] {
        assert!(out.contains(expected), "{expected:?} missing from:\n{out}");
    }
}

#[test]
fn explain_accepts_names_aliases_and_one_language() {
    let (status, out, _) = run("explain", &["--lang", "zh", "close_abnormal"]);
    assert_eq!(status, Some(0));
    assert!(out.starts_with("1006 ABNORMAL_CLOSURE"), "{out}");
    assert!(out.contains("zh: "), "{out}");
    assert!(!out.contains("en: "), "{out}");
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
    assert!(err.contains("--lang takes en or zh"), "{err}");
}

#[test]
fn explain_describes_an_unknown_number_by_its_range_and_exits_1() {
    let (status, out, _) = run("explain", &["4999"]);
    assert_eq!(status, Some(1));
    assert!(out.contains("4999 (not a code this crate knows)"), "{out}");
    assert!(out.contains("private (4000-4999)"), "{out}");
}

#[test]
fn explain_json_is_valid_for_known_and_unknown_codes() {
    let (status, out, _) = run("explain", &["--json", "4111", "4999", "nope"]);
    assert_eq!(status, Some(2));
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = value.as_array().unwrap();
    assert_eq!(items[0]["name"], "SESSION_CONFLICT");
    assert_eq!(items[0]["family"], "im");
    assert_eq!(items[0]["action"], "stay_offline");
    assert_eq!(items[0]["known"], true);
    assert!(
        items[0]["description"]["zh-Hans"]
            .as_str()
            .unwrap()
            .contains("登录")
    );
    assert_eq!(items[1]["code"], 4999);
    assert_eq!(items[1]["known"], false);
    assert!(items[1]["name"].is_null());
    assert_eq!(items[1]["action"], "reconnect");
    assert_eq!(items[1]["range"], "private");
    assert!(items[2]["error"].as_str().unwrap().contains("nope"));
    let (status, out, _) = run("explain", &["--json", "--lang", "en", "1000"]);
    assert_eq!(status, Some(0));
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["code"], 1000);
    assert!(value["description"].get("zh-Hans").is_none());
}

#[test]
fn reconnect_policy_decides_per_action() {
    let (status, out, _) = run("reconnect_policy", &[]);
    assert_eq!(status, Some(0));
    let line = |code: &str| {
        out.lines()
            .find(|line| line.trim_start().starts_with(code))
            .unwrap_or_default()
    };
    assert!(line("1006").contains("reconnect in 1s"), "{out}");
    assert!(line("4112").contains("reopen the session"), "{out}");
    assert!(line("4111").contains("stay offline"), "{out}");
    assert!(line("4100").contains("give up"), "{out}");
    assert!(line("4109").contains("drop the request"), "{out}");
    assert!(out.contains("malformed payload [16]"), "{out}");
    assert!(out.contains("256s, 300s"), "{out}");
}
