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
        "{} is not built: run `cargo test`, which builds the examples, or `cargo build --examples` first",
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
    let items = value["codes"].as_array().unwrap();
    assert_eq!(items.len(), 3);
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
    assert_eq!(items[2]["operation"], "never");
    assert_eq!(value["errors"][0]["input"], "nope");
    assert!(
        value["errors"][0]["error"]
            .as_str()
            .unwrap()
            .contains("not a code number")
    );
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
    let resource =
        fluent_bundle::FluentResource::try_new(out.clone()).expect("a valid Fluent resource");
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

    // The header's advice on overriding works, both ways it gives.
    assert!(out.contains("from a resource added before this one"));
    assert!(out.contains("add_resource_overriding"));
    let ours =
        || fluent_bundle::FluentResource::try_new("leancloud-im-4111 = Ours\n".to_owned()).unwrap();
    let theirs = || fluent_bundle::FluentResource::try_new(out.clone()).unwrap();
    let mut before = fluent_bundle::FluentBundle::new(vec!["zh-Hant".parse().unwrap()]);
    before.add_resource(ours()).unwrap();
    assert!(
        before.add_resource(theirs()).is_err(),
        "the duplicate id is reported and skipped"
    );
    let mut after = fluent_bundle::FluentBundle::new(vec!["zh-Hant".parse().unwrap()]);
    after.add_resource(theirs()).unwrap();
    after.add_resource_overriding(ours());
    for bundle in [&before, &after] {
        let value = bundle
            .get_message("leancloud-im-4111")
            .unwrap()
            .value()
            .unwrap();
        let mut errors = Vec::new();
        assert_eq!(bundle.format_pattern(value, None, &mut errors), "Ours");
        assert!(errors.is_empty(), "{errors:?}");
    }
}

/// Runs `explain` with its stdout piped, reads `bytes` of it and closes the pipe, as `head`
/// does; returns the exit status and stderr.
fn explain_into_closed_pipe(args: &[&str], bytes: usize) -> (std::process::ExitStatus, String) {
    use std::io::Read;
    use std::process::Stdio;

    let mut child = Command::new(env!("CARGO_BIN_EXE_explain"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut start = vec![0; bytes];
    stdout.read_exact(&mut start).unwrap();
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (child.wait().unwrap(), err)
}

#[test]
fn explain_stops_quietly_when_the_reader_closes_the_pipe() {
    // Every output here is larger than a pipe's buffer, so explain is still writing when the
    // reader goes: the next write fails with a broken pipe.
    let unknown = vec!["4999"; 200];
    for (args, status) in [
        (&["--all", "--json"][..], 0),
        (&["--all"], 0),
        (&["--all", "--format", "html"], 0),
        (&unknown, 1),
    ] {
        let (exit, err) = explain_into_closed_pipe(args, 16);
        assert_ne!(exit.code(), Some(101), "{args:?} panicked: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?} wrote to stderr: {err}");
        // The status still describes the input: 1 for an unknown number.
        assert_eq!(exit.code(), Some(status), "{args:?}: {err}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn explain_says_when_it_cannot_write_and_exits_3() {
    let full = std::fs::File::create("/dev/full").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_explain"))
        .arg("--all")
        .stdout(full)
        .output()
        .unwrap();
    let err = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(3), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[cfg(unix)]
#[test]
fn explain_refuses_an_argument_that_is_not_utf8() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    for args in [
        &[OsStr::from_bytes(b"41\xff1")][..],
        &[
            OsStr::new("--lang"),
            OsStr::from_bytes(b"zh-\xffTW"),
            OsStr::new("4111"),
        ],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_explain"))
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("is not valid UTF-8"), "{err}");
        // The argument, as far as it can be shown.
        let lossy = args.iter().find(|arg| arg.to_str().is_none()).unwrap();
        assert!(err.contains(&*lossy.to_string_lossy()), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn explain_help_documents_options_formats_languages_and_exit_statuses() {
    let (status, help, _) = run("explain", &["--help"]);
    assert_eq!(status, Some(0));
    assert_eq!(run("explain", &["-h"]).1, help);
    // Help wins over everything else on the line.
    assert_eq!(run("explain", &["4111", "--help"]).1, help);
    for expected in [
        "usage: explain",
        "--all",
        "--format FORMAT",
        "--json",
        "--lang TAG",
        "-h, --help",
        "-V, --version",
        "--lang=zh-Hant",
        "  --  ",
        "text ",
        "json ",
        "ftl ",
        "html ",
        "\"errors\"",
        "never",
        "nothing",
        "en ",
        "zh-Hans ",
        "zh-Hant ",
        "zh-CN",
        "zh-TW",
        "zh-HK",
        "zh-MO",
        "yue",
        "Exit status:",
        "  0  every CODE is a known code",
        "  1  some CODE is a valid number",
        "  2  bad usage",
        "  3  the output could not be written",
    ] {
        assert!(
            help.contains(expected),
            "{expected:?} missing from:\n{help}"
        );
    }
    // The languages the help names resolve as it says.
    for (tag, shown) in [
        ("en-GB", "[en]"),
        ("zh", "[zh-Hans]"),
        ("zh-CN", "[zh-Hans]"),
        ("zh-SG", "[zh-Hans]"),
        ("cmn", "[zh-Hans]"),
        ("zh-Hans-HK", "[zh-Hans]"),
        ("zh-TW", "[zh-Hant]"),
        ("zh-HK", "[zh-Hant]"),
        ("zh-MO", "[zh-Hant]"),
        ("zh-158", "[zh-Hant]"),
        ("zh-Hant-CN", "[zh-Hant]"),
        ("yue", "[zh-Hant]"),
        ("zh_tw", "[zh-Hant]"),
    ] {
        let (status, out, err) = run("explain", &["--lang", tag, "4111"]);
        assert_eq!(status, Some(0), "{tag}: {err}");
        assert!(out.contains(shown), "{tag}: {out}");
    }
    // And the exit statuses it documents.
    assert_eq!(run("explain", &["4111", "1006"]).0, Some(0));
    assert_eq!(run("explain", &["4111", "4999"]).0, Some(1));
    assert_eq!(run("explain", &["4999", "nope"]).0, Some(2));
    assert_eq!(run("explain", &["--all", "4111"]).0, Some(2));
}

#[test]
fn explain_version_prints_the_crate_version() {
    for flag in ["--version", "-V"] {
        let (status, out, _) = run("explain", &[flag]);
        assert_eq!(status, Some(0));
        assert_eq!(out, format!("explain {}\n", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn explain_takes_option_values_after_an_equals_sign() {
    let spaced = run(
        "explain",
        &["--lang", "zh-Hant", "--format", "json", "4111"],
    );
    let joined = run("explain", &["--lang=zh-Hant", "--format=json", "4111"]);
    assert_eq!(spaced, joined);
    assert_eq!(joined.0, Some(0));
    assert!(
        joined.1.contains("\"languages\": [\"zh-Hant\"]"),
        "{}",
        joined.1
    );
    // A flag takes no value, an option needs one, an unknown option is refused.
    for (args, expected) in [
        (&["--all=yes"][..], "--all takes no value"),
        (&["--json=1", "4111"], "--json takes no value"),
        (&["4111", "--lang"], "--lang needs a value"),
        (
            &["--format=xml", "4111"],
            "--format takes text, json, ftl or html",
        ),
        (&["--lang=", "4111"], "unknown language tag"),
        (&["--help=x"], "--help takes no value"),
        (&["--version=1"], "--version takes no value"),
        (&["--=4111"], "unknown option --=4111"),
        (&["--bogus", "4111"], "unknown option --bogus"),
        (&["-x", "4111"], "unknown option -x"),
        (&["--format", "html", "4111"], "give --all"),
    ] {
        let (status, _, err) = run("explain", args);
        assert_eq!(status, Some(2), "{args:?}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(err.contains("explain --help"), "{args:?}: {err}");
    }
    // After `--`, everything is a code.
    let (status, _, err) = run("explain", &["--", "--all"]);
    assert_eq!(status, Some(2));
    assert!(err.contains("\"--all\": not a code number"), "{err}");
}

#[test]
fn explain_json_has_one_shape_for_one_code_several_and_all() {
    use serde_json::Value;

    let keys = |args: &[&str]| -> (Vec<String>, Value) {
        let (_, out, _) = run("explain", args);
        let value: Value = serde_json::from_str(&out).unwrap();
        (value.as_object().unwrap().keys().cloned().collect(), value)
    };
    let (one, single) = keys(&["--json", "4111"]);
    let (two, pair) = keys(&["--json", "4111", "1006"]);
    let (all, catalog) = keys(&["--all", "--json"]);
    let (bad, error) = keys(&["--json", "nope"]);
    assert_eq!(one, ["codes", "crate", "errors", "languages", "version"]);
    assert_eq!(one, two);
    assert_eq!(one, all);
    assert_eq!(one, bad);
    assert_eq!(single["codes"].as_array().unwrap().len(), 1);
    assert_eq!(pair["codes"].as_array().unwrap().len(), 2);
    assert_eq!(
        catalog["codes"].as_array().unwrap().len(),
        leancloud_im_codes::KnownCode::COUNT
    );
    assert_eq!(single["codes"][0], pair["codes"][0]);
    assert_eq!(
        single["codes"][0],
        catalog["codes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["code"] == 4111)
            .unwrap()
            .clone()
    );
    assert!(single["errors"].as_array().unwrap().is_empty());
    assert!(error["codes"].as_array().unwrap().is_empty());
    assert_eq!(error["errors"][0]["input"], "nope");
    // As --help says for exit status 2: the message goes to stderr too, in every format.
    for format in ["json", "text", "ftl", "html"] {
        let args: &[&str] = match format {
            "json" => &["--json", "nope", "4111"],
            "text" => &["nope", "4111"],
            // These take --all and no codes: the usage error is the message.
            _ => &["--all", "--format", format, "nope"],
        };
        let (status, _, err) = run("explain", args);
        assert_eq!(status, Some(2), "{format}");
        assert!(err.starts_with("error: "), "{format}: {err:?}");
    }
}

/// Text escaped as the page escapes it.
fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn explain_writes_one_self_contained_html_page() {
    use leancloud_im_codes::{Code, KnownCode, Lang};

    let (status, page, err) = run("explain", &["--all", "--format", "html"]);
    assert_eq!(status, Some(0), "{err}");
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..100]);
    let lower = page.to_ascii_lowercase();
    // Nothing loads from elsewhere: no external script, style sheet, image or font.
    assert!(!lower.contains("<script src"), "an external script");
    assert!(!lower.contains("rel=\"stylesheet\"") && !lower.contains("rel=stylesheet"));
    assert!(
        !lower.contains("@import") && !lower.contains("url("),
        "CSS that loads"
    );
    assert!(!lower.contains("<img") && !lower.contains("<iframe"));
    for tag in ["<script", "<link", "<img", "<source", "<iframe"] {
        for (at, _) in lower.match_indices(tag) {
            let element = &lower[at..at + lower[at..].find('>').unwrap()];
            for attribute in ["src=", "href="] {
                if let Some(start) = element.find(attribute) {
                    let value = &element[start + attribute.len()..];
                    assert!(
                        !value.trim_start_matches(['"', '\'']).starts_with("http")
                            && !value.trim_start_matches(['"', '\'']).starts_with("//"),
                        "{element}"
                    );
                }
            }
        }
    }
    assert_eq!(lower.matches("<script").count(), 1, "one inline script");
    // A row per known code, and a row per range of unknown numbers.
    for known in KnownCode::ALL {
        let row = format!("<tr id=\"{}\"", known.as_u16());
        assert_eq!(page.matches(&row).count(), 1, "{row}");
    }
    assert!(page.contains("<tr id=\"range-private\""));
    assert_eq!(page.matches("<tr").count(), page.matches("</tr>").count());
    assert_eq!(
        page.matches("<tr id=").count(),
        KnownCode::COUNT + leancloud_im_codes::CodeRange::ALL.len()
    );
    for (open, close) in [
        ("<td", "</td>"),
        ("<dl>", "</dl>"),
        ("<div", "</div>"),
        ("<ul", "</ul>"),
    ] {
        assert_eq!(
            page.matches(open).count(),
            page.matches(close).count(),
            "{open}"
        );
    }
    // Every text, escaped: the zh-Hant message of 4111, and a text with markup characters.
    let conflict = Code::SESSION_CONFLICT;
    assert!(page.contains(&html_escaped(conflict.message(Lang::ZhHant))));
    let mut escaped_seen = false;
    for known in KnownCode::ALL {
        for lang in Lang::ALL {
            for text in [
                known.code().description(*lang),
                known.code().hint(*lang),
                known.code().message(*lang),
            ] {
                let escaped = html_escaped(text);
                assert!(page.contains(&escaped), "{known}: {text}");
                escaped_seen |= escaped != text;
            }
        }
        for source in known.code().sources() {
            assert!(page.contains(&html_escaped(source)), "{source}");
        }
    }
    assert!(escaped_seen, "some text has a character to escape");
    // The service notice and the crate version.
    assert!(page.contains("2027-01-12"));
    assert!(page.contains(&format!("leancloud-im-codes {}", env!("CARGO_PKG_VERSION"))));
    // --lang picks the language the page opens in.
    let (_, hant, _) = run("explain", &["--all", "--format", "html", "--lang", "zh-TW"]);
    assert!(hant.contains("data-default-lang=\"zh-Hant\""));
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

/// `examples/read_loop.rs` against a scripted server on 127.0.0.1, over four connections: an
/// error command then Close 4107 (reconnect), a dropped socket (1006, reconnect), a handshake
/// refused with 503 and `Retry-After: 1` (reconnect, not sooner than asked), and a
/// `session/closed` 4111 (stay offline: the loop ends).
#[cfg(all(feature = "tungstenite-0_30", feature = "serde"))]
mod read_loop {
    use std::io::{Read, Write};
    use std::net::{TcpListener, TcpStream};
    use std::sync::mpsc;
    use std::thread;
    use std::time::{Duration, Instant};

    use leancloud_im_codes::{Carrier, ImError, Lang};
    use tungstenite::protocol::CloseFrame;
    use tungstenite::{Message, WebSocket};
    use tungstenite_0_30 as tungstenite;

    /// The example sleeps a tenth of each wait: `Retry-After: 1` is 100 ms.
    const SPEED_UP: u32 = 10;

    /// Random bits that make the third backoff shorter than the server's `Retry-After`.
    const SEED: &str = "11400714819323198485";

    /// Reads an HTTP request's head.
    fn read_request(stream: &mut TcpStream) {
        let mut head = Vec::new();
        let mut byte = [0];
        while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
            head.push(byte[0]);
        }
    }

    /// Reads the client's request and returns its serial `i`.
    fn request_serial(socket: &mut WebSocket<TcpStream>) -> u64 {
        let Ok(Message::Text(text)) = socket.read() else {
            panic!("the client sends a request first")
        };
        let request: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
        request["i"].as_u64().unwrap()
    }

    /// Reads until the connection ends; returns the Close frames that came.
    fn drain(socket: &mut WebSocket<TcpStream>) -> Vec<Option<u16>> {
        let mut closes = Vec::new();
        while let Ok(message) = socket.read() {
            if let Message::Close(frame) = message {
                closes.push(frame.map(|frame| frame.code.into()));
            }
        }
        closes
    }

    /// What the server saw.
    #[derive(Debug)]
    enum Event {
        Accepted(Instant),
        /// The Close frames the client sent on the last connection.
        ClientClosed(Vec<Option<u16>>),
    }

    /// Serves the four connections in order, reporting what it saw.
    fn serve(listener: &TcpListener, events: &mpsc::Sender<Event>) {
        for step in 0..4 {
            let (mut stream, _) = listener.accept().unwrap();
            events.send(Event::Accepted(Instant::now())).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            if step == 2 {
                read_request(&mut stream);
                let refusal = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n";
                stream.write_all(refusal.as_bytes()).unwrap();
                continue;
            }
            let mut socket = tungstenite::accept(stream).unwrap();
            let serial = request_serial(&mut socket);
            match step {
                0 => {
                    let error = format!(
                        r#"{{"cmd":"error","i":{serial},"code":4301,"reason":"CONVERSATION_API_FAILED","detail":"upstream timed out"}}"#
                    );
                    socket.send(Message::text(error)).unwrap();
                    let close = CloseFrame {
                        code: 4107.into(),
                        reason: "READ_TIMEOUT".into(),
                    };
                    socket.close(Some(close)).unwrap();
                    drain(&mut socket);
                }
                1 => drop(socket), // no Close frame: 1006
                _ => {
                    let session_closed = r#"{"cmd":"session","op":"closed","code":4111,"reason":"SESSION_CONFLICT","detail":"signed in on another device"}"#;
                    socket.send(Message::text(session_closed)).unwrap();
                    let closes = drain(&mut socket); // until the client closes
                    events.send(Event::ClientClosed(closes)).unwrap();
                }
            }
        }
    }

    /// The seconds in a line `reconnect in W (backoff B, jittered under C; retry_after R)`:
    /// `[W, B, C, R]`.
    fn waits(line: &str) -> [f64; 4] {
        [
            "reconnect in ",
            "backoff ",
            "jittered under ",
            "retry_after ",
        ]
        .map(|label| {
            let rest = &line[line.find(label).unwrap() + label.len()..];
            rest[..rest.find('s').unwrap()].parse().unwrap()
        })
    }

    #[test]
    fn read_loop_decides_each_end_and_honours_retry_after() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("ws://{}/", listener.local_addr().unwrap());
        let (sender, events) = mpsc::channel();
        thread::spawn(move || serve(&listener, &sender));
        let speed_up = SPEED_UP.to_string();
        let args = [
            url.as_str(),
            "--attempts",
            "6",
            "--speed-up",
            &speed_up,
            "--seed",
            SEED,
            "--lang",
            "zh-Hant",
        ];
        let (status, out, err) = super::run("read_loop", &args);
        assert_eq!(status, Some(0), "{out}{err}");

        let stay_offline = ImError::new(4111_u16, Carrier::Session).message(Lang::ZhHant);
        let expected: [(&str, &str); 18] = [
            ("attempt 1: connecting to ws://127.0.0.1:", ""),
            ("connected", ""),
            ("request 1 sent: conv query", ""),
            (
                "error command for request 1 (conv query): 4301 CONVERSATION_API_FAILED: ",
                "-> retry, resend: true",
            ),
            ("close frame: 4107 READ_TIMEOUT: ", "-> reconnect"),
            ("reconnect in ", "jittered under 1s; retry_after 0.000s)"),
            ("attempt 2: ", ""),
            ("connected", ""),
            ("request 2 sent: conv query", ""),
            ("transport error: 1006 ABNORMAL_CLOSURE: ", "-> reconnect"),
            ("reconnect in ", "jittered under 1s; retry_after 0.000s)"),
            ("attempt 3: ", ""),
            ("transport error: HTTP 503: ", "-> reconnect"),
            ("reconnect in ", "jittered under 2s; retry_after 1.000s)"),
            ("attempt 4: ", ""),
            ("connected", ""),
            ("request 3 sent: conv query", ""),
            ("session/closed: 4111 SESSION_CONFLICT: ", "-> stay_offline"),
        ];
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), expected.len() + 1, "{out}");
        for (line, (start, end)) in lines.iter().zip(expected) {
            assert!(
                line.starts_with(start) && line.ends_with(end),
                "{line:?}, expected {start:?} … {end:?}, in:\n{out}"
            );
        }
        assert_eq!(
            lines[18],
            format!("stay offline; tell the user: {stay_offline}")
        );

        // Each wait is the jittered backoff (below the schedule's delay, which starts again after
        // each connection and grows after the refusal), or the server's wait if that is longer.
        for (index, expected_ceiling, expected_asked) in
            [(5, 1.0, 0.0), (10, 1.0, 0.0), (13, 2.0, 1.0)]
        {
            let line = lines[index];
            let [wait, backoff, ceiling, asked] = waits(line);
            assert!(
                (ceiling - expected_ceiling).abs() < 1e-9 && backoff < ceiling,
                "{line}"
            );
            assert!((asked - expected_asked).abs() < 1e-9, "{line}");
            assert!((wait - backoff.max(asked)).abs() < 0.001, "{line}");
        }
        // With this seed the backoff after the refusal is under a second: the wait is the server's.
        let [wait, backoff, ..] = waits(lines[13]);
        assert!(backoff < 1.0 && wait >= 1.0, "{}", lines[13]);
        // And the example did sleep it: the fourth connection came at least 1 s / SPEED_UP after
        // the refusal. After the session/closed, it closed the connection itself, without a
        // status.
        let events: Vec<Event> = (0..5)
            .map(|_| events.recv_timeout(Duration::from_secs(5)).unwrap())
            .collect();
        let Event::Accepted(refused) = events[2] else {
            panic!("{events:?}")
        };
        let Event::Accepted(fourth) = events[3] else {
            panic!("{events:?}")
        };
        assert!(
            fourth - refused >= Duration::from_secs(1) / SPEED_UP,
            "{:?}",
            fourth - refused
        );
        assert!(
            matches!(&events[4], Event::ClientClosed(closes) if closes == &[None]),
            "{events:?}"
        );
    }
}
