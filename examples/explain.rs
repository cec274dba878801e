//! Explains LeanCloud IM and WebSocket close codes, given as numbers or names.
//!
//! ```text
//! cargo run --example explain -- 4111
//! cargo run --example explain -- session_conflict CLOSE_ABNORMAL 4999
//! cargo run --example explain -- --lang zh 4112
//! cargo run --example explain -- --json 4111 4999
//! ```
//!
//! Exit status: 0 when every input is a known code, 1 when some number is valid but unknown
//! (it is still explained, by its RFC 6455 range), 2 when some input is not a code at all or the
//! arguments are wrong.

use std::process::ExitCode;

use leancloud_im_codes::{Code, KnownCode, Lang, LookupError};
use serde_json::json;

const USAGE: &str = "usage: explain [--lang en|zh] [--json] <code number or name>...";

fn main() -> ExitCode {
    let mut langs: &[Lang] = Lang::ALL;
    let mut as_json = false;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => as_json = true,
            "--lang" => match args.next().as_deref().and_then(Lang::from_tag) {
                Some(Lang::En) => langs = &[Lang::En],
                Some(_) => langs = &[Lang::ZhHans],
                None => return usage("--lang takes en or zh"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with("--") => return usage(&format!("unknown option {flag}")),
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        return usage("give at least one code number or name");
    }

    let mut status = 0;
    let mut documents = Vec::new();
    for input in &inputs {
        match input.parse::<Code>() {
            Ok(code) => {
                if !code.is_known() {
                    status = status.max(1);
                }
                if as_json {
                    documents.push(to_json(code, langs));
                } else {
                    print_text(code, langs);
                }
            }
            Err(error) => {
                status = 2;
                let message = explain_error(input, error);
                if as_json {
                    documents.push(json!({ "input": input, "error": message }));
                } else {
                    eprintln!("error: {message}");
                }
            }
        }
    }
    if as_json {
        let output = match documents.as_slice() {
            [single] => single.clone(),
            _ => serde_json::Value::Array(documents),
        };
        match serde_json::to_string_pretty(&output) {
            Ok(text) => println!("{text}"),
            Err(error) => {
                eprintln!("error: cannot write JSON: {error}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::from(status)
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("error: {problem}\n{USAGE}");
    ExitCode::from(2)
}

fn explain_error(input: &str, error: LookupError) -> String {
    match error {
        LookupError::Ambiguous { candidates } => {
            let choices: Vec<String> = candidates
                .iter()
                .map(|code| format!("{} ({})", code.as_u16(), code.family()))
                .collect();
            format!(
                "{input:?} names {}; give the number instead",
                choices.join(" and ")
            )
        }
        other => format!("{input:?}: {other}"),
    }
}

fn print_text(code: Code, langs: &[Lang]) {
    let range = code.range();
    let sendable = if code.is_sendable() {
        "may be sent in a Close frame"
    } else {
        "must not be sent in a Close frame"
    };
    match code.known() {
        Some(known) => {
            println!("{} {}", known.as_u16(), known.name());
            if !known.aliases().is_empty() {
                println!("  aliases: {}", known.aliases().join(", "));
            }
            println!("  family:  {}", known.family());
        }
        None => println!("{} (not a code this crate knows)", code.as_u16()),
    }
    println!("  action:  {}", code.action());
    println!(
        "  range:   {} ({}); {sendable}",
        range.as_str(),
        range.span()
    );
    for lang in langs {
        let (label, what_to_do) = match lang {
            Lang::En => ("en", "What to do: "),
            _ => ("zh", "处理建议："),
        };
        println!("  {label}: {}", code.description(*lang));
        println!("      {what_to_do}{}", code.hint(*lang));
    }
}

fn to_json(code: Code, langs: &[Lang]) -> serde_json::Value {
    let texts = |text: fn(Code, Lang) -> &'static str| {
        let map: serde_json::Map<String, serde_json::Value> = langs
            .iter()
            .map(|lang| (lang.tag().to_string(), json!(text(code, *lang))))
            .collect();
        serde_json::Value::Object(map)
    };
    json!({
        "code": code.as_u16(),
        "known": code.is_known(),
        "name": code.name(),
        "aliases": code.known().map_or(&[][..], KnownCode::aliases),
        "family": code.family().map(|family| family.as_str()),
        "action": code.action().as_str(),
        "range": code.range().as_str(),
        "sendable": code.is_sendable(),
        "description": texts(Code::description),
        "hint": texts(Code::hint),
    })
}
