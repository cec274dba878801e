//! The official JavaScript SDK as the oracle of the recovery answers.
//!
//! `oracle/record.js` runs `leancloud-realtime` 4.3.1 and 5.0.0-rc.8 against a fake IM server
//! on 127.0.0.1 and records, for every code in `codes.toml` and a few unknown numbers, what the
//! SDK does after each way the code can arrive: a Close status; a `session/closed` push; an
//! `error` reply, or a `session` reply with a code, to its first `session/open`; an `error`
//! reply to its re-open after a reconnect. The traces are committed in `oracle/traces/`, and
//! `.ci/run` records them again and fails on any difference.
//!
//! This test compares the crate's answers with what the SDK did. An answer that differs must
//! be declared in that code's `departures` in `codes.toml`, with its reason; an undeclared
//! difference fails, and so does a declared one the traces no longer show. The oracle cannot
//! speak to operation answers (the SDK leaves requests to the app) nor to what the real server
//! sends; `tests/answers.rs` pins those from the sources.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use leancloud_im_codes::{Carrier, Code, ConnectionAction, ReconnectSchedule};
use serde_json::Value;

/// What a client does after the code, as far as the oracle can see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Connects again and re-opens the session with the token it holds.
    Reconnect,
    /// Opens the session again without the token.
    Reopen,
    /// Nothing by itself: the session is over, or the connection stays down.
    Nothing,
    /// Carries on as if nothing had ended (the JS SDK reads a `session` reply with code 0 as a
    /// success).
    Ignores,
}

/// The crate's answer, as an outcome the traces can show; `None` for "never".
fn answer(code: Code, carrier: Carrier) -> Option<Outcome> {
    Some(match code.connection(carrier)? {
        ConnectionAction::Reconnect => Outcome::Reconnect,
        ConnectionAction::ReopenSession => Outcome::Reopen,
        _ => Outcome::Nothing,
    })
}

/// What the SDK did in one recorded scenario.
fn observed(scenario: &str, trace: &Value) -> Outcome {
    if !trace["reopen"].is_null() && scenario != "close" {
        Outcome::Reopen
    } else if trace["reconnects"] == true {
        Outcome::Reconnect
    } else if scenario == "open_refused" && trace["client_created"] == true {
        Outcome::Ignores
    } else {
        Outcome::Nothing
    }
}

/// The carrier through which the crate answers a recorded scenario.
fn carrier_of(scenario: &str) -> Carrier {
    match scenario {
        "close" => Carrier::CloseFrame,
        "session_closed" | "open_error" | "open_refused" | "reopen_error" => Carrier::Session,
        other => panic!("a scenario the test does not know: {other}"),
    }
}

/// The value of `key` in a TOML table.
fn field<'a>(table: &toml::de::DeTable<'a>, key: &str) -> Option<toml::de::DeValue<'a>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .map(|(_, v)| v.get_ref().clone())
}

/// `(code, carrier)` pairs that `codes.toml` declares as departures from the JS SDK.
fn declared() -> BTreeSet<(u16, String)> {
    use toml::de::{DeTable, DeValue};

    let text = include_str!("../codes.toml");
    let document = DeTable::parse(text).expect("codes.toml is TOML");
    let Some(DeValue::Array(entries)) = field(document.get_ref(), "code") else {
        panic!("codes.toml has [[code]] entries");
    };
    let mut declared = BTreeSet::new();
    for entry in entries {
        let DeValue::Table(entry) = entry.get_ref() else {
            continue;
        };
        let Some(DeValue::Integer(code)) = field(entry, "code") else {
            continue;
        };
        let code: u16 = code.as_str().parse().unwrap();
        let Some(DeValue::Array(departures)) = field(entry, "departures") else {
            continue;
        };
        for departure in departures {
            let DeValue::Table(departure) = departure.get_ref() else {
                continue;
            };
            let text = |key| match field(departure, key) {
                Some(DeValue::String(text)) => text.to_string(),
                _ => panic!("entry {code}: a departure without `{key}`"),
            };
            if text("sdk") == "js" {
                declared.insert((code, text("carrier")));
            }
        }
    }
    declared
}

fn traces() -> Vec<Value> {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("oracle/traces");
    let mut files: Vec<_> = std::fs::read_dir(&directory)
        .unwrap_or_else(|error| panic!("{}: {error}", directory.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap())
        .collect()
}

/// The published package leaves the oracle out; it runs in the repository.
fn oracle_here() -> bool {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("oracle/traces")
        .exists();
    if !here {
        eprintln!("no oracle/ here (a packaged copy): nothing to compare");
    }
    here
}

#[test]
fn both_pinned_versions_are_recorded_for_every_code() {
    if !oracle_here() {
        return;
    }
    let traces = traces();
    let versions: Vec<&str> = traces
        .iter()
        .map(|t| t["version"].as_str().unwrap())
        .collect();
    assert_eq!(versions, ["4.3.1", "5.0.0-rc.8"]);
    for trace in &traces {
        for scenario in [
            "close",
            "session_closed",
            "open_error",
            "open_refused",
            "reopen_error",
        ] {
            let recorded = trace["carriers"][scenario].as_object().unwrap();
            for known in leancloud_im_codes::KnownCode::ALL {
                assert!(
                    recorded.contains_key(known.code().as_str().as_str()),
                    "{scenario} {known}"
                );
            }
        }
    }
}

#[test]
fn every_answer_agrees_with_the_js_sdk_or_is_declared() {
    if !oracle_here() {
        return;
    }
    let declared = declared();
    let mut departures = BTreeSet::new();
    let mut undeclared = Vec::new();
    let (mut compared, mut runs) = (0, 0);
    for trace in traces() {
        let version = trace["version"].as_str().unwrap().to_string();
        for (scenario, recorded) in trace["carriers"].as_object().unwrap() {
            let carrier = carrier_of(scenario);
            for (number, run) in recorded.as_object().unwrap() {
                runs += 1;
                let code = Code::new(number.parse().unwrap());
                let Some(ours) = answer(code, carrier) else {
                    continue; // "never" by this route: nothing to compare
                };
                compared += 1;
                let theirs = observed(scenario, run);
                if ours == theirs {
                    continue;
                }
                let key = (code.as_u16(), carrier.as_str().to_string());
                if declared.contains(&key) {
                    departures.insert(key);
                } else {
                    undeclared.push(format!(
                        "{version} {scenario} {code}: JS {theirs:?}, crate {ours:?} ({})",
                        code.connection(carrier).map_or("never", |a| a.as_str())
                    ));
                }
            }
        }
    }
    assert!(
        undeclared.is_empty(),
        "answers that differ from the JS SDK without a declared departure in codes.toml:\n{}",
        undeclared.join("\n")
    );
    let stale: Vec<_> = declared.difference(&departures).collect();
    assert!(
        stale.is_empty(),
        "departures declared in codes.toml that the traces do not show: {stale:?}"
    );
    // Every run is compared: a Close frame and the end of a session always have an answer.
    assert_eq!(compared, runs, "{compared} of {runs} runs compared");
}

/// What the crate's `Reconnect` says the SDKs do next, checked where JS reconnects after a close:
/// the JS schedule's delays (1, 2, 4 s), then a re-open with `r` and the token held, and no new
/// signature.
#[test]
fn a_reconnect_follows_the_js_schedule_and_keeps_the_token() {
    if !oracle_here() {
        return;
    }
    let first_three: Vec<u64> = ReconnectSchedule::js()
        .take(3)
        .map(|delay| u64::try_from(delay.as_millis()).unwrap())
        .collect();
    let mut seen = 0;
    for trace in traces() {
        for (number, run) in trace["carriers"]["close"].as_object().unwrap() {
            if run["reconnects"] != true {
                continue;
            }
            seen += 1;
            let delays: Vec<u64> = run["delays_ms"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_u64().unwrap())
                .collect();
            assert_eq!(delays, first_three, "close {number}");
            let reopen = &run["reopen"];
            assert_eq!(
                (
                    reopen["r"].clone(),
                    reopen["token"].clone(),
                    reopen["signature"].clone()
                ),
                (true.into(), true.into(), false.into()),
                "close {number}"
            );
        }
    }
    assert!(seen > 100, "{seen}");
    assert_eq!(
        Duration::from_millis(first_three[0]),
        Duration::from_secs(1)
    );
}

/// What `ReopenSession`'s docs say of the JS SDK: after an `error` 4112 to its re-open it opens
/// again at once, with neither the token nor a signature.
#[test]
fn after_a_reopen_refused_with_4112_js_opens_without_token_or_signature() {
    if !oracle_here() {
        return;
    }
    for trace in traces() {
        let run = &trace["carriers"]["reopen_error"]["4112"];
        let reopen = &run["reopen"];
        assert_eq!(reopen["r"], true);
        assert_eq!(reopen["token"], false);
        assert_eq!(reopen["signature"], false);
        for (number, run) in trace["carriers"]["reopen_error"].as_object().unwrap() {
            if number != "4112" {
                assert!(run["reopen"].is_null(), "reopen_error {number}");
            }
        }
    }
}
