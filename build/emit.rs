//! Turns validated entries into Rust source that reads like hand-written code.
//!
//! Output depends only on the entries, so the same `codes.toml` gives byte-identical files.
//! Every text is emitted as a raw string literal fenced with more `#`s than any run of them in
//! the text (an escaped literal for the rare text with a carriage return, which a raw string
//! cannot hold), and doc comments fold line breaks into spaces, so no text can break the
//! generated code.

use std::fmt::Write;

use super::Lang;
use super::hash::{capital_letters, edge_words};
use super::phash::{PerfectHash, Tables};
use super::table::{Answers, Entry, HttpKey, LABEL_KEYS, Table, Texts, Wait};

const KNOWN_CODE_DOCS: &str = r#"/// A code this crate knows, from any of its families.
///
/// The discriminant is the code's number, so `code as u16` and [`as_u16`](KnownCode::as_u16)
/// agree. Each variant is the code's name in UpperCamelCase (`SESSION_CONFLICT` is
/// [`SessionConflict`](KnownCode::SessionConflict)). Where two codes share a name, each variant
/// starts with what tells them apart: the family ([`WebSocketInternalError`] is 1011 and
/// [`ImInternalError`] 4200, both `INTERNAL_ERROR`), or, within one family, the SDK that defines
/// it.
///
/// The enum is `#[non_exhaustive]`: new codes are added in minor releases. To keep an unknown
/// number instead of rejecting it, use [`Code`](crate::Code).
///
/// [`WebSocketInternalError`]: KnownCode::WebSocketInternalError
/// [`ImInternalError`]: KnownCode::ImInternalError
///
/// ```
/// use leancloud_im_codes::{Carrier, ConnectionAction, KnownCode};
///
/// let code = KnownCode::from_u16(4115).unwrap();
/// assert_eq!(code, KnownCode::KickedByApp);
/// assert_eq!(code.name(), "KICKED_BY_APP");
/// assert_eq!(code.code().connection(Carrier::Session), Some(ConnectionAction::StayOffline));
/// ```"#;

/// `codes.rs`, included by `src/table.rs`.
pub fn codes(table: &Table, tables: &Tables) -> String {
    let entries = &table.entries;
    let mut out = String::with_capacity(1 << 19);
    writeln!(out).unwrap();
    writeln!(out, "{KNOWN_CODE_DOCS}").unwrap();
    out.push_str("#[non_exhaustive]\n#[repr(u16)]\n");
    out.push_str("#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n");
    out.push_str("pub enum KnownCode {\n");
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        // A Close frame with a status LeanCloud never closes with is answered as an unknown
        // number of its range (`Code::connection`).
        let close = entry.answers.connection.or_else(|| {
            let range = super::CodeRange::of(entry.code);
            let unknown = table.unknown.iter().find(|unknown| unknown.range == range);
            unknown.and_then(|unknown| unknown.answers.connection)
        });
        variant_docs(&mut out, entry, close);
        writeln!(out, "    {} = {},", entry.variant, entry.code).unwrap();
    }
    out.push_str("}\n\n");

    out.push_str("impl KnownCode {\n");
    out.push_str("    /// Every known code, in ascending numeric order.\n");
    out.push_str("    ///\n    /// ```\n    /// use leancloud_im_codes::KnownCode;\n    ///\n");
    out.push_str("    /// assert_eq!(KnownCode::ALL.len(), KnownCode::COUNT);\n");
    out.push_str("    /// assert!(KnownCode::ALL.windows(2).all(|pair| pair[0] < pair[1]));\n");
    out.push_str("    /// ```\n");
    out.push_str("    pub const ALL: &'static [KnownCode] = &[\n");
    for entry in entries {
        writeln!(out, "        KnownCode::{},", entry.variant).unwrap();
    }
    out.push_str("    ];\n\n");
    out.push_str("    /// How many codes this version of the crate knows.\n");
    out.push_str("    ///\n    /// ```\n");
    out.push_str("    /// assert!(leancloud_im_codes::KnownCode::COUNT >= 100);\n");
    out.push_str("    /// ```\n");
    writeln!(out, "    pub const COUNT: usize = {};", entries.len()).unwrap();
    out.push_str("}\n\n");

    out.push_str(
        "/// Each code's variant name, in the order of [`KnownCode::ALL`], for `Debug`.\n",
    );
    writeln!(
        out,
        "pub(crate) static VARIANTS: [&str; {}] = [",
        entries.len()
    )
    .unwrap();
    for entry in entries {
        writeln!(out, "    {:?},", entry.variant).unwrap();
    }
    out.push_str("];\n\n");

    writeln!(
        out,
        "/// What the crate says about each code, in the order of [`KnownCode::ALL`]."
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static RECORDS: [Record; {}] = [",
        entries.len()
    )
    .unwrap();
    for entry in entries {
        record(&mut out, entry);
    }
    out.push_str("];\n\n");
    // Texts and sources sit in statics of their own, in the order of `RECORDS`, so that a
    // program that never asks for one kind does not link it.
    let texts: Vec<&[Texts]> = entries.iter().map(|entry| entry.texts.as_slice()).collect();
    let sources: Vec<&[String]> = entries
        .iter()
        .map(|entry| entry.sources.as_slice())
        .collect();
    text_statics(&mut out, "", "", "code", "[`KnownCode::ALL`]", &texts);
    sources_static(&mut out, "SOURCES", "code", "[`KnownCode::ALL`]", &sources);
    others(&mut out, table);

    out.push_str(
        "// Numeric lookup: the slot of a number holds the code that hashes there, the answer for\n\
         // a miss and for a hit (indexed by the comparison, so no branch or select decides it)\n\
         // and the index of the code's record.\n",
    );
    writeln!(
        out,
        "pub(crate) const CODE_MULTIPLIER: u32 = 0x{:04x}_{:04x};",
        tables.codes.multiplier >> 16,
        tables.codes.multiplier & 0xffff
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) const CODE_BITS: u32 = {};",
        tables.codes.bits
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static CODE_SLOTS: [CodeSlot; {}] = [",
        tables.codes.slots.len()
    )
    .unwrap();
    for slot in &tables.codes.slots {
        match slot {
            Some(index) => writeln!(
                out,
                "    CodeSlot {{ code: {}, answers: [None, Some(KnownCode::{})], record: {index} }},",
                entries[*index].code, entries[*index].variant
            )
            .unwrap(),
            None => out.push_str("    CodeSlot::EMPTY,\n"),
        }
    }
    out.push_str("];\n");

    out.push_str("\n// Name lookup: the slot of a name's hash holds its index in `NAME_KEYS`.\n");
    writeln!(
        out,
        "pub(crate) const NAME_MULTIPLIER: u64 = {};",
        hex(tables.names.multiplier)
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) const NAME_BITS: u32 = {};",
        tables.names.bits
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) const NAME_HASH_FULL: bool = {};",
        tables.full_name_hash
    )
    .unwrap();
    let lengths = tables.name_keys.iter().map(|key| key.text.len());
    writeln!(
        out,
        "pub(crate) const NAME_MIN_LEN: usize = {};",
        lengths.clone().min().unwrap_or(0)
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) const NAME_MAX_LEN: usize = {};",
        lengths.max().unwrap_or(0)
    )
    .unwrap();
    slots(
        &mut out,
        "NAME_SLOTS",
        &tables.names,
        tables.name_keys.len(),
    );
    writeln!(
        out,
        "\n/// Every name and alias, with the codes it names (two where two codes share a name)."
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static NAME_KEYS: [NameKey; {}] = [",
        tables.name_keys.len()
    )
    .unwrap();
    for key in &tables.name_keys {
        let codes: Vec<String> = key
            .entries
            .iter()
            .map(|index| format!("KnownCode::{}", entries[*index].variant))
            .collect();
        let (first, last) = edge_words(key.text.as_bytes());
        writeln!(
            out,
            "    NameKey {{\n        text: {:?},\n        first: {},\n        last: {},\n        first_letters: {},\n        last_letters: {},\n        first_lower: {},\n        last_lower: {},\n        codes: &[{}],\n    }},",
            key.text,
            hex(first),
            hex(last),
            hex(capital_letters(first)),
            hex(capital_letters(last)),
            hex(first | capital_letters(first)),
            hex(last | capital_letters(last)),
            codes.join(", ")
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}

/// `consts.rs`, included by `src/code.rs`: a constant per known code on [`Code`].
pub fn consts(entries: &[Entry]) -> String {
    let mut out = String::new();
    out.push('\n');
    out.push_str("/// A constant per known code, named like the code (by its variant where two codes share\n");
    out.push_str("/// a name), for `match` on a [`Code`] that may be unknown.\n");
    out.push_str("impl Code {\n");
    for entry in entries {
        writeln!(
            out,
            "    /// {} `{}`.\n    pub const {}: Code = Code::new({});",
            entry.code,
            entry.name,
            screaming_snake(&entry.variant),
            entry.code
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}

/// `/// 4111 `SESSION_CONFLICT`: description`, then the family, the answers and the aliases;
/// `close` is the answer after a Close frame, the range's where the code never closes one.
fn variant_docs(out: &mut String, entry: &Entry, close: Option<super::ConnectionAction>) {
    writeln!(
        out,
        "    /// {} `{}`: {}",
        entry.code,
        entry.name,
        doc_text(&entry.texts[0].description)
    )
    .unwrap();
    writeln!(out, "    ///").unwrap();
    let answer = |action: Option<&str>| action.map_or("never".to_string(), |a| format!("`{a}`"));
    let answers = &entry.answers;
    let close = match (answers.connection, close) {
        (None, Some(close)) => format!(
            "`{}`, as an unknown number (LeanCloud never closes with it)",
            close.as_str()
        ),
        (_, close) => answer(close.map(super::ConnectionAction::as_str)),
    };
    write!(
        out,
        "    /// Family `{}`. After a close: {close}. After the session ended: {}. Operation: {}.",
        entry.family.as_str(),
        answer(answers.session.map(super::ConnectionAction::as_str)),
        answer(answers.operation.map(super::OperationAction::as_str)),
    )
    .unwrap();
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|a| format!("`{a}`")).collect();
        write!(out, " Also spelled {}.", aliases.join(", ")).unwrap();
    }
    writeln!(out).unwrap();
    for departure in &entry.departures {
        writeln!(out, "    ///").unwrap();
        writeln!(
            out,
            "    /// Departs from the {} SDK for carrier `{}`: {}",
            departure.sdk,
            departure.carrier.as_str(),
            doc_text(&departure.reason)
        )
        .unwrap();
    }
}

/// `// Source: ...` lines for a row whose sources have no static of their own.
fn source_comments(out: &mut String, indent: &str, sources: &[String]) {
    for source in sources {
        writeln!(out, "{indent}// Source: {source}").unwrap();
    }
}

fn record(out: &mut String, entry: &Entry) {
    let list = |items: &[String]| -> String {
        items
            .iter()
            .map(|item| format!("{item:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(out, "    Record {{").unwrap();
    writeln!(out, "        name: {:?},", entry.name).unwrap();
    writeln!(out, "        aliases: &[{}],", list(&entry.aliases)).unwrap();
    writeln!(out, "        family: Family::{:?},", entry.family).unwrap();
    writeln!(
        out,
        "        answers: {},",
        answers(&entry.answers, "        ")
    )
    .unwrap();
    writeln!(out, "    }},").unwrap();
}

/// An `Answers` literal, its fields indented by `indent` plus four spaces.
fn answers(answers: &Answers, indent: &str) -> String {
    format!(
        "Answers {{\n{indent}    connection: {},\n{indent}    session: {},\n{indent}    operation: {},\n{indent}    retry_after: {},\n{indent}    unknown_outcome: {},\n{indent}}}",
        connection(answers.connection),
        connection(answers.session),
        operation(answers.operation),
        wait(answers.retry_after),
        answers.unknown_outcome
    )
}

fn option(value: Option<String>) -> String {
    value.map_or("None".to_string(), |v| format!("Some({v})"))
}

fn connection(action: Option<super::ConnectionAction>) -> String {
    option(action.map(|a| format!("ConnectionAction::{a:?}")))
}

fn operation(action: Option<super::OperationAction>) -> String {
    option(action.map(|a| format!("OperationAction::{a:?}")))
}

fn wait(wait: Option<Wait>) -> String {
    option(wait.map(|wait| match wait {
        Wait::Seconds(seconds) => {
            format!("RetryAfter::Delay(core::time::Duration::from_secs({seconds}))")
        }
        Wait::NextDay => "RetryAfter::NextDay".to_string(),
    }))
}

/// `DESCRIPTIONS`, `HINTS` and `MESSAGES` (with `prefix`), one `Text` per row, for the rows
/// whose texts have each kind.
fn text_statics(
    out: &mut String,
    attribute: &str,
    prefix: &str,
    row: &str,
    order: &str,
    texts: &[&[Texts]],
) {
    for (name, what, text_of) in [
        (
            "DESCRIPTIONS",
            "description",
            (|t: &Texts| &t.description) as fn(&Texts) -> &String,
        ),
        ("HINTS", "hint", |t: &Texts| &t.hint),
        ("MESSAGES", "end-user message", |t: &Texts| &t.message),
    ] {
        if texts
            .iter()
            .all(|row| row.iter().all(|t| text_of(t).is_empty()))
        {
            continue;
        }
        writeln!(out, "/// Each {row}'s {what}, in the order of {order}.").unwrap();
        writeln!(
            out,
            "{attribute}pub(crate) static {prefix}{name}: [Text; {}] = [",
            texts.len()
        )
        .unwrap();
        for row in texts {
            text(out, "    ", row, text_of);
            out.push_str(",\n");
        }
        out.push_str("];\n\n");
    }
}

/// A `Text` literal of one kind, in every language.
fn text(out: &mut String, indent: &str, texts: &[Texts], text_of: fn(&Texts) -> &String) {
    writeln!(out, "{indent}Text {{").unwrap();
    for (lang, texts) in Lang::ALL.iter().zip(texts) {
        if let Some(feature) = feature(*lang) {
            writeln!(out, "{indent}    #[cfg(feature = {feature:?})]").unwrap();
        }
        writeln!(
            out,
            "{indent}    {}: {},",
            field(*lang),
            literal(text_of(texts))
        )
        .unwrap();
    }
    write!(out, "{indent}}}").unwrap();
}

/// A static of each row's sources.
fn sources_static(out: &mut String, name: &str, row: &str, order: &str, sources: &[&[String]]) {
    writeln!(
        out,
        "/// Where each {row}'s facts come from, in the order of {order}."
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static {name}: [&[&str]; {}] = [",
        sources.len()
    )
    .unwrap();
    for row in sources {
        let items: Vec<String> = row.iter().map(|source| format!("{source:?}")).collect();
        writeln!(out, "    &[{}],", items.join(", ")).unwrap();
    }
    out.push_str("];\n\n");
}

/// The tables besides the codes: unknown numbers per range, HTTP statuses, transport failures,
/// patch causes and the labels of an error's `Display`.
fn others(out: &mut String, table: &Table) {
    let ranges = "[`CodeRange::ALL`](crate::CodeRange::ALL)";
    writeln!(
        out,
        "/// The answers for a number this crate does not know, per range, in the order of {ranges}."
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static UNKNOWN_ANSWERS: [Answers; {}] = [",
        table.unknown.len()
    )
    .unwrap();
    for entry in &table.unknown {
        writeln!(out, "    {},", answers(&entry.answers, "    ")).unwrap();
    }
    out.push_str("];\n\n");
    let texts: Vec<&[Texts]> = table.unknown.iter().map(|e| e.texts.as_slice()).collect();
    text_statics(out, "", "UNKNOWN_", "range", ranges, &texts);
    let sources: Vec<&[String]> = table.unknown.iter().map(|e| e.sources.as_slice()).collect();
    sources_static(out, "UNKNOWN_SOURCES", "range", ranges, &sources);

    let order = "`HTTP_RECORDS`";
    out.push_str(
        "/// The answers for HTTP statuses: single statuses first, then classes, then any other.\n",
    );
    writeln!(
        out,
        "{ALLOC}pub(crate) static HTTP_RECORDS: [HttpRecord; {}] = [",
        table.http.len()
    )
    .unwrap();
    for entry in &table.http {
        let key = match entry.key {
            HttpKey::Status(status) => format!("HttpKey::Status({status})"),
            HttpKey::Class(class) => format!("HttpKey::Class({class})"),
            HttpKey::Other => "HttpKey::Other".to_string(),
        };
        source_comments(out, "    ", &entry.sources);
        writeln!(
            out,
            "    HttpRecord {{\n        key: {key},\n        handshake: {},\n        operation: {},\n        retry_after: {},\n        unknown_outcome: {},\n    }},",
            connection(entry.handshake),
            operation(entry.operation),
            wait(entry.retry_after),
            entry.unknown_outcome
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    let texts: Vec<&[Texts]> = table.http.iter().map(|e| e.texts.as_slice()).collect();
    text_statics(out, ALLOC, "HTTP_", "HTTP status", order, &texts);

    let order = "`TRANSPORT_RECORDS`";
    out.push_str("/// The answers for the transport failures that have no close code.\n");
    writeln!(
        out,
        "{ALLOC}pub(crate) static TRANSPORT_RECORDS: [TransportRecord; {}] = [",
        table.transports.len()
    )
    .unwrap();
    for entry in &table.transports {
        source_comments(out, "    ", &entry.sources);
        writeln!(
            out,
            "    TransportRecord {{\n        failure: TransportFailure::{:?},\n        connection: {},\n        operation: {},\n    }},",
            entry.failure,
            connection(entry.connection),
            operation(entry.operation)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    let texts: Vec<&[Texts]> = table
        .transports
        .iter()
        .map(|e| e.texts.as_slice())
        .collect();
    text_statics(out, ALLOC, "TRANSPORT_", "transport failure", order, &texts);

    for entry in &table.patches {
        writeln!(out, "// The `{}` patch cause:", entry.kind).unwrap();
        source_comments(out, "", &entry.sources);
    }
    let texts: Vec<&[Texts]> = table.patches.iter().map(|e| e.texts.as_slice()).collect();
    text_statics(
        out,
        "",
        "PATCH_",
        "patch cause without a code",
        "unspecified, app, unrecognized",
        &texts,
    );

    out.push_str("/// The words an error's `Display` writes around what came with it.\n");
    out.push_str("pub(crate) static LABELS: Labels = Labels {\n");
    for (key, values) in &table.labels {
        let texts: Vec<Texts> = values
            .iter()
            .map(|value| Texts {
                description: value.clone(),
                ..Texts::default()
            })
            .collect();
        write!(out, "    {key}: ").unwrap();
        let mut literal = String::new();
        text(&mut literal, "    ", &texts, |t| &t.description);
        out.push_str(literal.trim_start());
        out.push_str(",\n");
    }
    out.push_str("};\n");
    debug_assert_eq!(table.labels.len(), LABEL_KEYS.len());
}

/// Marks the HTTP and transport tables: only `ImError`, which needs `alloc`, reads them.
const ALLOC: &str = "#[cfg(feature = \"alloc\")]\n";

/// `0x8500_daaf_c5d8_b711`: a 64-bit constant as a Rust literal, grouped for reading.
fn hex(value: u64) -> String {
    format!(
        "0x{:04x}_{:04x}_{:04x}_{:04x}",
        value >> 48,
        value >> 32 & 0xffff,
        value >> 16 & 0xffff,
        value & 0xffff
    )
}

/// A Rust string literal for `text`: a raw string where that needs no escape (the common
/// case, and cheap for the unoptimized generator), else the escaped form.
fn literal(text: &str) -> String {
    if text.contains('\r') {
        return format!("{text:?}");
    }
    let mut hashes = String::new();
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
}

/// The feature that includes a language's texts; English is always in.
fn feature(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::ZhHans => Some("zh-hans"),
        Lang::ZhHant => Some("zh-hant"),
    }
}

/// The field of `Text` that holds a language.
fn field(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::ZhHans => "zh_hans",
        Lang::ZhHant => "zh_hant",
    }
}

/// A text for a `///` line: line breaks become spaces.
fn doc_text(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// `SessionConflict` becomes `SESSION_CONFLICT`; `WebSocketInternalError`
/// `WEB_SOCKET_INTERNAL_ERROR`.
pub fn screaming_snake(variant: &str) -> String {
    let mut out = String::new();
    for (index, character) in variant.chars().enumerate() {
        if character.is_ascii_uppercase() && index > 0 {
            out.push('_');
        }
        out.push(character.to_ascii_uppercase());
    }
    out
}

/// A slot array: the row index, or the slot type's maximum for an empty slot.
fn slots(out: &mut String, name: &str, table: &PerfectHash, rows: usize) {
    let (ty, empty) = if rows < usize::from(u8::MAX) {
        ("u8", usize::from(u8::MAX))
    } else {
        ("u16", usize::from(u16::MAX))
    };
    writeln!(
        out,
        "pub(crate) static {name}: [{ty}; {}] = [",
        table.slots.len()
    )
    .unwrap();
    for row in table.slots.chunks(16) {
        let cells: Vec<String> = row
            .iter()
            .map(|slot| slot.unwrap_or(empty).to_string())
            .collect();
        writeln!(out, "    {},", cells.join(", ")).unwrap();
    }
    out.push_str("];\n");
}

#[cfg(test)]
mod tests {
    use super::{doc_text, literal};

    /// What a raw literal `r#…"…"#…` holds, if `source` is one.
    fn raw_contents(source: &str) -> Option<&str> {
        let hashes = source
            .strip_prefix('r')?
            .bytes()
            .take_while(|b| *b == b'#')
            .count();
        let fence = "#".repeat(hashes);
        let inner = source
            .strip_prefix(&format!("r{fence}\""))?
            .strip_suffix(&format!("\"{fence}"))?;
        // The literal must not end early: no quote followed by the fence inside.
        (!inner.contains(&format!("\"{fence}"))).then_some(inner)
    }

    #[test]
    fn raw_literals_fence_every_quote_and_hash_run() {
        for (text, fence) in [
            ("plain", ""),
            ("say \"hi\"", "#"),
            ("a \"# b", "##"),
            ("\"## and \"#", "###"),
            ("ends with a quote\"", "#"),
            ("# no quote before #", ""),
            ("line\nbreak {braces} \\ back", ""),
        ] {
            let source = literal(text);
            assert_eq!(raw_contents(&source), Some(text), "{source}");
            assert!(source.starts_with(&format!("r{fence}\"")), "{source}");
        }
    }

    #[test]
    fn carriage_returns_get_an_escaped_literal() {
        // A raw string cannot hold a bare CR: rustc refuses it.
        assert_eq!(literal("a\r\nb \"q\""), r#""a\r\nb \"q\"""#);
    }

    #[test]
    fn doc_lines_fold_line_breaks_into_spaces() {
        assert_eq!(doc_text("one\ntwo\r\nthree"), "one two  three");
        assert_eq!(doc_text("unchanged"), "unchanged");
    }
}
