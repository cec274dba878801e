//! The JSON format: one document of the same shape for one code, several or `--all`
//! (`schema/catalog.schema.json`).

use std::fmt::{Display, Write as _};
use std::io::{self, Write};

use leancloud_im_codes::{Carrier, Code, KnownCode, Lang};

use crate::Item;
use crate::text::unknown_outcome;

/// Writes `{"crate", "version", "languages", "codes": [...], "errors": [...]}`: the codes in
/// input order, then the inputs that are no code, each with its error.
pub fn write(out: &mut dyn Write, items: &[Item], langs: &[Lang]) -> io::Result<()> {
    let codes: Vec<String> = items
        .iter()
        .filter_map(|item| match item {
            Item::Code(code) => Some(code_json(*code, langs, "    ")),
            Item::Error { .. } => None,
        })
        .collect();
    let errors: Vec<String> = items
        .iter()
        .filter_map(|item| match item {
            Item::Error { input, message } => Some(format!(
                "    {{\"input\": {}, \"error\": {}}}",
                string(input),
                string(message)
            )),
            Item::Code(_) => None,
        })
        .collect();
    let tags: Vec<&str> = langs.iter().map(|lang| lang.tag()).collect();
    writeln!(
        out,
        "{{\n  \"crate\": \"leancloud-im-codes\",\n  \"version\": {},\n  \"languages\": {},\n  \"codes\": {},\n  \"errors\": {}\n}}",
        string(env!("CARGO_PKG_VERSION")),
        list(&tags),
        array(&codes),
        array(&errors),
    )
}

/// A JSON array of items already indented by four spaces.
fn array(items: &[String]) -> String {
    if items.is_empty() {
        "[]".to_owned()
    } else {
        format!("[\n{}\n  ]", items.join(",\n"))
    }
}

/// A JSON string literal.
pub fn string(text: &str) -> String {
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

/// A word as a JSON string, `null` where there is none (an unknown code's family).
fn optional(word: Option<impl Display>) -> String {
    word.map_or_else(|| "null".to_owned(), |word| string(&word.to_string()))
}

/// A recovery answer as a JSON string, `"never"` where it never happens, as in the text format.
fn answer(word: Option<impl Display>) -> String {
    string(&crate::answer(word))
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
        None => "null".to_owned(),
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
        ("connection", answer(code.connection(Carrier::CloseFrame))),
        ("session", answer(code.connection(Carrier::Session))),
        ("operation", answer(code.operation())),
        ("retry_after", retry_after),
        ("unknown_outcome", unknown_outcome(code).to_string()),
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
