//! Explains LeanCloud IM and WebSocket close codes, given as numbers or names, and exports the
//! whole catalog as JSON or as a Fluent resource.
//!
//! ```text
//! cargo run --bin explain -- 4111
//! cargo run --bin explain -- --lang zh-Hant session_conflict CLOSE_ABNORMAL 4999
//! cargo run --bin explain -- --json 4111
//! cargo run --bin explain -- --all --json > catalog.json
//! cargo run --bin explain -- --all --format ftl --lang zh-Hant > leancloud-im.ftl
//! ```
//!
//! Exit status: 0 when every input is a known code, 1 when some number is valid but unknown
//! (it is still explained, by its RFC 6455 range), 2 when some input is not a code at all or the
//! arguments are wrong. It needs nothing but this crate, so the first run compiles quickly.

use std::fmt::Write as _;
use std::process::ExitCode;

use leancloud_im_codes::{Carrier, Code, KnownCode, Lang, LookupError};

const USAGE: &str = "usage: explain [--lang TAG] [--json | --format text|json|ftl] (--all | <code number or name>...)";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
    Fluent,
}

fn main() -> ExitCode {
    let mut langs: Vec<Lang> = Lang::ALL.to_vec();
    let mut format = Format::Text;
    let mut all = false;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => format = Format::Json,
            "--all" => all = true,
            "--format" => {
                format = match args.next().as_deref() {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    Some("ftl") => Format::Fluent,
                    _ => return usage("--format takes text, json or ftl"),
                }
            }
            "--lang" => match args.next().as_deref().map(str::parse::<Lang>) {
                Some(Ok(lang)) => langs = vec![lang],
                Some(Err(error)) => return usage(&error.to_string()),
                None => return usage("--lang takes a language tag: en, zh-Hans or zh-Hant"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with("--") => return usage(&format!("unknown option {flag}")),
            _ => inputs.push(arg),
        }
    }
    if format == Format::Fluent {
        if langs.len() != 1 || !all {
            return usage("--format ftl writes one language's catalog: give --all and --lang TAG");
        }
        print!("{}", fluent(langs[0]));
        return ExitCode::SUCCESS;
    }
    if all {
        if !inputs.is_empty() {
            return usage("--all takes no codes");
        }
        if format == Format::Json {
            println!("{}", catalog(&langs));
        } else {
            for code in KnownCode::ALL {
                print_text(Code::from(*code), &langs);
            }
        }
        return ExitCode::SUCCESS;
    }
    if inputs.is_empty() {
        return usage("give at least one code number or name, or --all");
    }

    let mut status = 0;
    let mut documents = Vec::new();
    for input in &inputs {
        match input.parse::<Code>() {
            Ok(code) => {
                if !code.is_known() {
                    status = status.max(1);
                }
                match format {
                    Format::Json => documents.push(code_json(code, &langs, "  ")),
                    _ => print_text(code, &langs),
                }
            }
            Err(error) => {
                status = 2;
                let message = explain_error(input, error);
                match format {
                    Format::Json => documents.push(format!(
                        "{{\n  \"input\": {},\n  \"error\": {}\n}}",
                        string(input),
                        string(&message)
                    )),
                    _ => eprintln!("error: {message}"),
                }
            }
        }
    }
    if format == Format::Json {
        match documents.as_slice() {
            [single] => println!("{single}"),
            _ => println!("[\n{}\n]", documents.join(",\n")),
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
        LookupError::Ambiguous { candidates, .. } => {
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

fn answer(word: Option<impl std::fmt::Display>) -> String {
    word.map_or_else(|| "never".to_string(), |word| word.to_string())
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
                println!("  aliases:    {}", known.aliases().join(", "));
            }
            println!("  family:     {}", known.family());
        }
        None => println!("{} (not a code this crate knows)", code.as_u16()),
    }
    println!(
        "  connection: {} (after a Close frame with this status)",
        answer(code.connection(Carrier::CloseFrame))
    );
    println!(
        "  session:    {} (after a session/closed, or a refused session open)",
        answer(code.connection(Carrier::Session))
    );
    println!(
        "  operation:  {} (for the request it answered)",
        answer(code.operation())
    );
    if let Some(wait) = code.retry_after() {
        println!("  retry after: {wait}");
    }
    if code.known().is_some() && code.is_retryable(true) != code.is_retryable(false) {
        println!("  resend:     only if the request is idempotent (it may have been applied)");
    }
    println!(
        "  range:      {} ({}); {sendable}",
        range.as_str(),
        range.span()
    );
    for lang in langs {
        println!("  [{}]", lang.tag());
        println!("    description: {}", code.description(*lang));
        println!("    hint:        {}", code.hint(*lang));
        println!("    message:     {}", code.message(*lang));
    }
    if !code.sources().is_empty() {
        println!("  sources:");
        for source in code.sources() {
            println!("    {source}");
        }
    }
}

/// A JSON string literal.
fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn optional(word: Option<impl std::fmt::Display>) -> String {
    word.map_or_else(|| "null".to_string(), |word| string(&word.to_string()))
}

/// A recovery answer as a JSON string, `"never"` for none.
fn word(answer: Option<impl std::fmt::Display>) -> String {
    string(&answer.map_or_else(|| "never".to_string(), |answer| answer.to_string()))
}

fn list(items: &[&str]) -> String {
    let items: Vec<String> = items.iter().map(|item| string(item)).collect();
    format!("[{}]", items.join(", "))
}

/// One code as a JSON object, indented by `indent`.
fn code_json(code: Code, langs: &[Lang], indent: &str) -> String {
    let retry_after = match code.retry_after() {
        Some(wait) => wait
            .as_secs()
            .map_or_else(|| string("next_day"), |seconds| seconds.to_string()),
        None => "null".to_string(),
    };
    let texts: Vec<String> = langs
        .iter()
        .map(|lang| {
            format!(
                "{indent}    {}: {{\"description\": {}, \"hint\": {}, \"message\": {}}}",
                string(lang.tag()),
                string(code.description(*lang)),
                string(code.hint(*lang)),
                string(code.message(*lang))
            )
        })
        .collect();
    let known = code.known();
    let fields = [
        ("code", code.as_u16().to_string()),
        ("known", known.is_some().to_string()),
        ("name", string(code.name())),
        ("aliases", list(known.map_or(&[], KnownCode::aliases))),
        ("family", optional(code.family())),
        ("connection", word(code.connection(Carrier::CloseFrame))),
        ("session", word(code.connection(Carrier::Session))),
        ("operation", word(code.operation())),
        ("retry_after", retry_after),
        (
            "unknown_outcome",
            (known.is_some() && code.is_retryable(true) != code.is_retryable(false)).to_string(),
        ),
        ("range", string(code.range().as_str())),
        ("sendable", code.is_sendable().to_string()),
        ("sources", list(code.sources())),
        ("texts", format!("{{\n{}\n{indent}  }}", texts.join(",\n"))),
    ];
    let fields: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("{indent}  {}: {value}", string(key)))
        .collect();
    format!("{indent}{{\n{}\n{indent}}}", fields.join(",\n"))
}

/// The whole table as one JSON document.
fn catalog(langs: &[Lang]) -> String {
    let codes: Vec<String> = KnownCode::ALL
        .iter()
        .map(|code| code_json(Code::from(*code), langs, "    "))
        .collect();
    format!(
        "{{\n  \"crate\": \"leancloud-im-codes\",\n  \"version\": {},\n  \"languages\": {},\n  \"codes\": [\n{}\n  ]\n}}",
        string(env!("CARGO_PKG_VERSION")),
        list(&langs.iter().map(|lang| lang.tag()).collect::<Vec<_>>()),
        codes.join(",\n")
    )
}

/// The catalog in one language as a Fluent resource: a message per code, named
/// `leancloud-im-<code>`, whose value is the description and whose attributes are `.hint` and
/// `.message`.
fn fluent(lang: Lang) -> String {
    let mut out = format!(
        "## leancloud-im-codes {}: LeanCloud IM and WebSocket close codes ({}).\n## Override a text by adding a message with the same id after this resource.\n\n",
        env!("CARGO_PKG_VERSION"),
        lang.tag()
    );
    for known in KnownCode::ALL {
        let code = known.code();
        let _ = writeln!(out, "# {code}");
        let _ = writeln!(
            out,
            "leancloud-im-{} = {}",
            code.as_u16(),
            fluent_text(code.description(lang))
        );
        let _ = writeln!(out, "    .hint = {}", fluent_text(code.hint(lang)));
        let _ = writeln!(out, "    .message = {}", fluent_text(code.message(lang)));
        out.push('\n');
    }
    out
}

/// A text as a Fluent pattern on one line: `{`, `}` and a leading special character become
/// string literals, line breaks become spaces.
fn fluent_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, character) in text.replace(['\n', '\r'], " ").chars().enumerate() {
        match character {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if index == 0 => {
                let _ = write!(out, "{{\"{character}\"}}");
            }
            c => out.push(c),
        }
    }
    out
}
