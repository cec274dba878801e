//! The schema of `codes.toml` and every check a table must pass before code is generated.
//!
//! The file is read by `toml_subset`, which keeps where each value starts, so every problem names
//! the line of its entry's header (`[[code]]`, `[[http]]`, ...), however the header is spaced.

use std::fmt;

use super::script_chars::{CharList, SIMPLIFIED_ONLY, TRADITIONAL_ONLY};
use super::toml_subset::{self, Spanned, Table as TomlTable, Value};
use super::{
    Carrier, CodeRange, ConnectionAction, Family, Lang, OperationAction, TransportFailure,
};

/// One validated `[[code]]` entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub code: u16,
    pub name: String,
    pub variant: String,
    pub shares_name: bool,
    pub family: Family,
    pub aliases: Vec<String>,
    pub sources: Vec<String>,
    pub answers: Answers,
    /// Where the answers knowingly differ from an official SDK's behaviour.
    pub departures: Vec<Departure>,
    /// The texts, in the order of `Lang::ALL`.
    pub texts: Vec<Texts>,
    /// The line of the entry's `[[code]]` header, 1-based.
    pub line: usize,
}

/// The recovery answers of a code, or of the unknown numbers of a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answers {
    /// `None`: the code never closes a connection.
    pub connection: Option<ConnectionAction>,
    /// After the code ended or refused the session; `None`: never.
    pub session: Option<ConnectionAction>,
    /// `None`: the code never answers a request.
    pub operation: Option<OperationAction>,
    pub retry_after: Option<Wait>,
    pub unknown_outcome: bool,
}

/// A declared difference from what an official SDK does with a code.
#[derive(Debug, Clone)]
pub struct Departure {
    /// `js`, `swift`, `objc`, `java` or `dotnet`.
    pub sdk: String,
    pub carrier: Carrier,
    pub reason: String,
}

/// The SDKs a departure may name.
pub const SDKS: &[&str] = &["js", "swift", "objc", "java", "dotnet"];

/// The answers and texts for numbers this crate does not know, one per RFC 6455 range.
#[derive(Debug, Clone)]
pub struct UnknownEntry {
    pub range: CodeRange,
    pub answers: Answers,
    pub sources: Vec<String>,
    pub texts: Vec<Texts>,
    pub line: usize,
}

/// What an `[[http]]` entry answers for: one status, a class, or any other status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HttpKey {
    Status(u16),
    /// `4xx` or `5xx`: 4 or 5.
    Class(u8),
    Other,
}

/// The answers and texts for an HTTP status: of a REST reply, or of a refused WebSocket
/// handshake.
#[derive(Debug, Clone)]
pub struct HttpEntry {
    pub key: HttpKey,
    /// After the status refused the WebSocket handshake.
    pub handshake: Option<ConnectionAction>,
    /// For the REST request it answered.
    pub operation: Option<OperationAction>,
    pub retry_after: Option<Wait>,
    /// With `retry`: the request may already have been applied.
    pub unknown_outcome: bool,
    pub sources: Vec<String>,
    pub texts: Vec<Texts>,
    pub line: usize,
}

/// The answers and texts of a transport failure that has no close code.
#[derive(Debug, Clone)]
pub struct TransportEntry {
    pub failure: TransportFailure,
    pub connection: Option<ConnectionAction>,
    pub operation: Option<OperationAction>,
    pub sources: Vec<String>,
    pub texts: Vec<Texts>,
    pub line: usize,
}

/// The description of a message patch's cause, for the kinds without a code.
#[derive(Debug, Clone)]
pub struct PatchEntry {
    pub kind: String,
    pub sources: Vec<String>,
    /// Only `description` is set.
    pub texts: Vec<Texts>,
    pub line: usize,
}

/// The patch kinds with an entry of their own, in the order of the generated table; a server
/// cause takes its code's description.
pub const PATCH_KINDS: &[&str] = &["unspecified", "app", "unrecognized"];

/// The transport failures with an entry of their own; the others take the answers and texts of
/// their close code (socket 1006, tls 1015, protocol 1002) or of the HTTP status (refused).
pub const TRANSPORT_ENTRIES: &[TransportFailure] = &[
    TransportFailure::Closed,
    TransportFailure::Request,
    TransportFailure::NotWebSocket,
    TransportFailure::Busy,
];

/// The words an error's `Display` writes around what came with it, in this order.
pub const LABEL_KEYS: &[&str] = &[
    "unknown",
    "server",
    "local",
    "reason",
    "detail",
    "app_code",
    "app_message",
    "retry_after",
    "code",
];

/// A documented wait before retrying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    Seconds(u32),
    NextDay,
}

/// The three texts of a code in one language.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    pub description: String,
    pub hint: String,
    pub message: String,
}

/// The hash parameters recorded in `codes.toml`'s `[hash]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Recorded {
    pub numbers: Option<(u64, u32)>,
    pub names: Option<(u64, u32)>,
}

/// A validated table.
#[derive(Debug, Clone)]
pub struct Table {
    /// Sorted by code.
    pub entries: Vec<Entry>,
    /// In the order of `CodeRange::ALL`, once complete.
    pub unknown: Vec<UnknownEntry>,
    /// Sorted by key: statuses, then classes, then the rest.
    pub http: Vec<HttpEntry>,
    /// In the order of `TRANSPORT_ENTRIES`, once complete.
    pub transports: Vec<TransportEntry>,
    /// In the order of `PATCH_KINDS`, once complete.
    pub patches: Vec<PatchEntry>,
    /// Each label of `LABEL_KEYS` in the order of `Lang::ALL`, once complete.
    pub labels: Vec<(String, Vec<String>)>,
    pub recorded: Recorded,
}

/// One thing wrong with `codes.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in `codes.toml`, where known.
    pub line: Option<usize>,
    /// The entry, as `4111 SESSION_CONFLICT` or `#3` when it has no usable code or name.
    pub entry: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("codes.toml")?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(entry) = &self.entry {
            write!(f, ": entry {entry}")?;
        }
        write!(f, ": {}", self.message)
    }
}

const TOP_KEYS: &[&str] = &[
    "code",
    "unknown",
    "http",
    "transport",
    "patch",
    "labels",
    "hash",
];
const KEYS: &[&str] = &[
    "code",
    "name",
    "variant",
    "shares_name",
    "family",
    "aliases",
    "sources",
    "connection",
    "session",
    "operation",
    "retry_after",
    "unknown_outcome",
    "departures",
    "en",
    "zh-Hans",
    "zh-Hant",
];
const UNKNOWN_KEYS: &[&str] = &[
    "range",
    "sources",
    "connection",
    "session",
    "operation",
    "en",
    "zh-Hans",
    "zh-Hant",
];
const HTTP_KEYS: &[&str] = &[
    "status",
    "sources",
    "handshake",
    "operation",
    "retry_after",
    "unknown_outcome",
    "en",
    "zh-Hans",
    "zh-Hant",
];
const TRANSPORT_KEYS: &[&str] = &[
    "failure",
    "sources",
    "connection",
    "operation",
    "en",
    "zh-Hans",
    "zh-Hant",
];
const PATCH_KEYS: &[&str] = &["kind", "sources", "en", "zh-Hans", "zh-Hant"];
const DEPARTURE_KEYS: &[&str] = &["sdk", "carrier", "reason"];
const TEXT_KEYS: &[&str] = &["description", "hint", "message"];
/// The word that says a code has no answer of that kind.
const NEVER: &str = "never";

/// Variant names that would shadow an associated item of `KnownCode`, or are keywords.
const RESERVED_VARIANTS: &[&str] = &["Self", "ALL", "COUNT"];

/// Words an end-user message must not contain: they name the app's internals (NOTES §7).
/// Latin words match whole words, ignoring ASCII case; Chinese ones match anywhere.
pub const DEVELOPER_TERMS: &[&str] = &[
    "SDK",
    "hook",
    "hooks",
    "console",
    "控制台",
    "主控台",
    "signature",
    "signatures",
    "签名",
    "簽名",
    "簽章",
    "App ID",
    "AppID",
    "App Key",
    "Master Key",
    "token",
    "tokens",
    "令牌",
    "權杖",
    "WebSocket",
    "protobuf",
    "client ID",
    "clientId",
    "session token",
    "Cloud Engine",
    "云引擎",
    "雲引擎",
    "LeanCloud",
    "API",
    "REST",
    "RFC",
    "IANA",
    "HTTP",
    "TLS",
];

/// Phrases of an end-user message that promise that trying the same thing again will work.
/// Latin ones match ignoring ASCII case.
const RETRY_PROMISES: &[&str] = &[
    "try again",
    "retry",
    "again later",
    "again shortly",
    "again in a moment",
    "再试",
    "重试",
    "重新尝试",
    "再試",
    "重試",
    "重新嘗試",
];

/// Phrases that promise the connection comes back by itself.
const RECONNECT_PROMISES: &[&str] = &[
    "reconnect",
    "重新连接",
    "重连",
    "重新連線",
    "重新連接",
    "重連",
];

/// Phrases that promise it will not be long.
const SOON_PROMISES: &[&str] = &[
    "in a moment",
    "shortly",
    "soon",
    "稍后",
    "马上",
    "稍後",
    "馬上",
];

/// Phrases that name how long to wait. An HTTP status's message may not: the server's
/// `Retry-After` replaces the documented wait at run time, and the message cannot follow it.
const DURATION_PROMISES: &[&str] = &[
    "second", "minute", "hour", "秒", "分钟", "小时", "分鐘", "小時",
];

/// Parses and validates the text of `codes.toml`; entries come back sorted by code.
///
/// It checks what is there; [`check_complete`] checks that nothing the crate needs is missing.
pub fn parse(source: &str) -> Result<Table, Vec<Problem>> {
    let document = toml_subset::parse(source).map_err(|error| {
        vec![Problem {
            line: Some(error.line),
            entry: None,
            message: format!("TOML syntax error: {}", error.message),
        }]
    })?;

    let mut problems = Vec::new();
    for key in document.keys() {
        if !TOP_KEYS.contains(&key.get_ref().as_str()) {
            problems.push(Problem {
                line: Some(key.line),
                entry: None,
                message: format!(
                    "unknown top-level key `{}`; expected one of {}",
                    key.get_ref(),
                    TOP_KEYS.join(", ")
                ),
            });
        }
    }
    let recorded = document
        .get("hash")
        .map(|hash| recorded_hash(hash, &mut problems))
        .unwrap_or_default();

    let simplified = CharList::new(SIMPLIFIED_ONLY);
    let traditional = CharList::new(TRADITIONAL_ONLY);
    let scripts = Scripts {
        simplified: &simplified,
        traditional: &traditional,
    };
    let mut entries = Vec::new();
    let mut unknown = Vec::new();
    let mut http = Vec::new();
    let mut transports = Vec::new();
    let mut patches = Vec::new();
    for (key, tables) in [
        (
            "code",
            array_of_tables(&document, "code", true, &mut problems),
        ),
        (
            "unknown",
            array_of_tables(&document, "unknown", false, &mut problems),
        ),
        (
            "http",
            array_of_tables(&document, "http", false, &mut problems),
        ),
        (
            "transport",
            array_of_tables(&document, "transport", false, &mut problems),
        ),
        (
            "patch",
            array_of_tables(&document, "patch", false, &mut problems),
        ),
    ] {
        for (index, raw) in tables.iter().enumerate() {
            let mut checker = EntryChecker {
                scripts,
                problems: &mut problems,
                line: raw.line,
                label: format!("{key} #{}", index + 1),
            };
            let Some(table) = raw.get_ref().as_table() else {
                checker.problem(format!("`{key}` entries must be `[[{key}]]` tables"));
                continue;
            };
            match key {
                "code" => entries.extend(checker.code(table)),
                "unknown" => unknown.extend(checker.unknown(table)),
                "http" => http.extend(checker.http(table)),
                "transport" => transports.extend(checker.transport(table)),
                _ => patches.extend(checker.patch(table)),
            }
        }
    }
    let labels = document
        .get("labels")
        .map(|labels| read_labels(labels, scripts, &mut problems))
        .unwrap_or_default();

    check_uniqueness(&entries, &mut problems);
    check_other_uniqueness(&unknown, &http, &transports, &patches, &mut problems);
    check_messages(&entries, &unknown, &http, &transports, &mut problems);
    if problems.is_empty() {
        // Keys are unique by now, so each order is fully determined.
        entries.sort_unstable_by_key(|entry| entry.code);
        unknown.sort_unstable_by_key(|entry| entry.range);
        http.sort_unstable_by_key(|entry| entry.key);
        transports.sort_unstable_by_key(|entry| {
            TRANSPORT_ENTRIES.iter().position(|f| *f == entry.failure)
        });
        patches.sort_unstable_by_key(|entry| PATCH_KINDS.iter().position(|k| *k == entry.kind));
        Ok(Table {
            entries,
            unknown,
            http,
            transports,
            patches,
            labels,
            recorded,
        })
    } else {
        Err(problems)
    }
}

/// What the crate needs besides codes: an `[[unknown]]` entry per RFC 6455 range, an
/// `[[http]]` entry for each class and for any other status, a `[[transport]]` entry per
/// failure without a close code, a `[[patch]]` entry per kind without a code, and every label.
pub fn check_complete(table: &Table) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut missing = |what: String| {
        problems.push(Problem {
            line: None,
            entry: None,
            message: format!("missing {what}"),
        });
    };
    for range in CodeRange::ALL {
        if !table.unknown.iter().any(|entry| entry.range == *range) {
            missing(format!(
                "`[[unknown]]` entry for range `{}`",
                range.as_str()
            ));
        }
    }
    for (key, shown) in [
        (HttpKey::Class(4), "\"4xx\""),
        (HttpKey::Class(5), "\"5xx\""),
        (HttpKey::Other, "\"other\""),
    ] {
        if !table.http.iter().any(|entry| entry.key == key) {
            missing(format!("`[[http]]` entry with status = {shown}"));
        }
    }
    for failure in TRANSPORT_ENTRIES {
        if !table
            .transports
            .iter()
            .any(|entry| entry.failure == *failure)
        {
            missing(format!("`[[transport]]` entry for `{}`", failure.as_str()));
        }
    }
    for kind in PATCH_KINDS {
        if !table.patches.iter().any(|entry| entry.kind == *kind) {
            missing(format!("`[[patch]]` entry for `{kind}`"));
        }
    }
    if table.labels.len() != LABEL_KEYS.len() {
        missing(format!(
            "`[labels.<language>]` tables with every label: {}",
            LABEL_KEYS.join(", ")
        ));
    }
    problems
}

/// The tables of an array-of-tables key; an error if the key holds something else.
fn array_of_tables<'a>(
    document: &'a TomlTable,
    key: &str,
    required: bool,
    problems: &mut Vec<Problem>,
) -> &'a [Spanned<Value>] {
    let top = |message: String| Problem {
        line: None,
        entry: None,
        message,
    };
    match document.get(key).map(Spanned::get_ref) {
        Some(Value::TableArray(tables)) => tables,
        Some(_) => {
            problems.push(top(format!(
                "`{key}` must be an array of `[[{key}]]` tables"
            )));
            &[]
        }
        None if required => {
            problems.push(top(format!("no `[[{key}]]` entries")));
            &[]
        }
        None => &[],
    }
}

/// Reads `[hash] numbers = { multiplier = 0x…, bits = 8 }` and the same for `names`.
fn recorded_hash(hash: &Spanned<Value>, problems: &mut Vec<Problem>) -> Recorded {
    let line = Some(hash.line);
    let mut problem = |message: String| {
        problems.push(Problem {
            line,
            entry: None,
            message: format!("[hash]: {message}"),
        });
    };
    let Some(table) = hash.get_ref().as_table() else {
        problem("must be a table".into());
        return Recorded::default();
    };
    let mut read = |key: &str| -> Option<(u64, u32)> {
        let value = table.get(key)?;
        let parameters = value.get_ref().as_table().and_then(|parameters| {
            let multiplier = parameters.get("multiplier")?.get_ref().as_integer()?;
            let bits = parameters.get("bits")?.get_ref().as_integer()?;
            let multiplier = u64::try_from(multiplier).ok()?;
            let bits = u32::try_from(bits).ok()?;
            (1..=16).contains(&bits).then_some((multiplier, bits))
        });
        if parameters.is_none() {
            problem(format!(
                "`{key}` must be `{{ multiplier = <u64>, bits = <1..=16> }}`"
            ));
        }
        parameters
    };
    Recorded {
        numbers: read("numbers"),
        names: read("names"),
    }
}

/// `[labels.en]`, `[labels.zh-Hans]`, `[labels.zh-Hant]`: each label of `LABEL_KEYS`, as a
/// string, in every language.
fn read_labels(
    labels: &Spanned<Value>,
    scripts: Scripts<'_>,
    problems: &mut Vec<Problem>,
) -> Vec<(String, Vec<String>)> {
    let mut checker = EntryChecker {
        scripts,
        problems,
        line: labels.line,
        label: "labels".into(),
    };
    let Some(table) = labels.get_ref().as_table() else {
        checker.problem("`labels` must be a table of `[labels.<language>]` tables".into());
        return Vec::new();
    };
    checker.unknown_keys(table, &["en", "zh-Hans", "zh-Hant"]);
    let mut by_lang = Vec::new();
    for lang in Lang::ALL {
        let tag = lang.tag();
        let Some(texts) = table.get(tag).and_then(|value| value.get_ref().as_table()) else {
            checker.problem(format!("missing `[labels.{tag}]` table"));
            continue;
        };
        checker.unknown_keys(texts, LABEL_KEYS);
        let values: Vec<Option<String>> = LABEL_KEYS
            .iter()
            .map(|key| checker.text(texts, *lang, key))
            .collect();
        // The placeholder stands where a name would, so it must never read as one.
        if let Some(Some(unknown)) = values.first() {
            if !(unknown.starts_with('<') && unknown.ends_with('>')) {
                checker.problem(format!(
                    "`labels.{tag}.unknown` must be in angle brackets, like `<unknown>`, so that it never reads as a code name"
                ));
            }
        }
        by_lang.push(values);
    }
    if by_lang.len() != Lang::ALL.len() {
        return Vec::new();
    }
    LABEL_KEYS
        .iter()
        .enumerate()
        .filter_map(|(index, key)| {
            let values: Option<Vec<String>> =
                by_lang.iter().map(|values| values[index].clone()).collect();
            values.map(|values| ((*key).to_string(), values))
        })
        .collect()
}

/// The lists of characters that belong to one Chinese script only.
#[derive(Clone, Copy)]
struct Scripts<'a> {
    simplified: &'a CharList,
    traditional: &'a CharList,
}

/// Checks one entry, reporting each problem under the entry's label.
struct EntryChecker<'a> {
    scripts: Scripts<'a>,
    problems: &'a mut Vec<Problem>,
    line: usize,
    label: String,
}

impl EntryChecker<'_> {
    fn problem(&mut self, message: String) {
        self.problems.push(Problem {
            line: Some(self.line),
            entry: Some(self.label.clone()),
            message,
        });
    }

    /// Reports every key of `table` that is not in `allowed`, suggesting the closest one.
    fn unknown_keys(&mut self, table: &TomlTable, allowed: &[&str]) {
        for key in table.keys() {
            let key = key.get_ref().as_str();
            if allowed.contains(&key) {
                continue;
            }
            let suggestion = closest(key, allowed)
                .map(|near| format!(" (did you mean `{near}`?)"))
                .unwrap_or_default();
            self.problem(format!(
                "unknown key `{key}`{suggestion}; allowed keys: {}",
                allowed.join(", ")
            ));
        }
    }

    fn code(&mut self, table: &TomlTable) -> Option<Entry> {
        // Name the entry before reporting anything else about it.
        let code_value = table.get("code").and_then(|v| integer(v.get_ref()));
        let name_value = table.get("name").and_then(|v| v.get_ref().as_str());
        self.label = match (code_value, name_value) {
            (Some(code), Some(name)) => format!("{code} {name}"),
            (Some(code), None) => code.to_string(),
            (None, Some(name)) => name.to_string(),
            (None, None) => self.label.clone(),
        };
        let before = self.problems.len();
        self.unknown_keys(table, KEYS);

        let code = match table.get("code").map(Spanned::get_ref) {
            None => {
                self.problem("missing key `code`".into());
                None
            }
            Some(value @ Value::Integer(_)) => {
                if let Some(Ok(code)) = integer(value).map(u16::try_from) {
                    Some(code)
                } else {
                    let shown = value.as_integer().unwrap_or_default();
                    self.problem(format!("code {shown} is outside 0..=65535"));
                    None
                }
            }
            Some(other) => {
                self.problem(format!(
                    "`code` must be an integer, found {}",
                    other.type_str()
                ));
                None
            }
        };

        let name = self.string(table, "name", true);
        if let Some(name) = &name {
            if !is_screaming_snake(name) {
                self.problem(format!(
                    "name `{name}` is not SCREAMING_SNAKE (A-Z, 0-9 and single `_`, starting with a letter)"
                ));
            }
        }

        let variant = self
            .string(table, "variant", false)
            .or_else(|| name.as_deref().map(upper_camel));
        if let Some(variant) = &variant {
            if RESERVED_VARIANTS.contains(&variant.as_str()) {
                self.problem(format!(
                    "variant `{variant}` would shadow `KnownCode::{variant}` or is a keyword; set `variant` to another name"
                ));
            } else if !is_upper_camel(variant) {
                self.problem(format!(
                    "variant `{variant}` is not UpperCamelCase (A-Z first, then letters and digits, at least one lowercase)"
                ));
            }
        }

        let shares_name = self.boolean(table, "shares_name");
        let family = self.word(
            table,
            "family",
            true,
            |word| Family::ALL.iter().copied().find(|f| f.as_str() == word),
            &Family::ALL.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
        );
        let answers = self.answers(table, true);

        let aliases = self.strings(table, "aliases", false, |checker, alias| {
            if !is_screaming_snake(alias) {
                checker.problem(format!("alias `{alias}` is not SCREAMING_SNAKE"));
            } else if Some(alias) == name.as_deref() {
                checker.problem(format!("alias `{alias}` repeats the entry's name"));
            }
        });
        let mut seen = Vec::new();
        for alias in &aliases {
            if seen.contains(&alias) {
                self.problem(format!("alias `{alias}` is listed twice"));
            }
            seen.push(alias);
        }
        let sources = self.sources(table);
        let departures = self.departures(table);
        let texts = self.all_texts(table, TEXT_KEYS);

        if self.problems.len() != before {
            return None;
        }
        Some(Entry {
            code: code?,
            name: name?,
            variant: variant?,
            shares_name,
            family: family??,
            aliases,
            sources,
            answers: answers?,
            departures,
            texts: texts?,
            line: self.line,
        })
    }

    fn unknown(&mut self, table: &TomlTable) -> Option<UnknownEntry> {
        let before = self.problems.len();
        self.unknown_keys(table, UNKNOWN_KEYS);
        let ranges: Vec<&str> = CodeRange::ALL.iter().map(|r| r.as_str()).collect();
        let range = self.word(
            table,
            "range",
            true,
            |word| CodeRange::ALL.iter().copied().find(|r| r.as_str() == word),
            &ranges,
        );
        if let Some(Some(range)) = range {
            self.label = format!("unknown {}", range.as_str());
        }
        let answers = self.answers(table, true);
        let sources = self.sources(table);
        let texts = self.all_texts(table, TEXT_KEYS);
        if self.problems.len() != before {
            return None;
        }
        Some(UnknownEntry {
            range: range??,
            answers: answers?,
            sources,
            texts: texts?,
            line: self.line,
        })
    }

    fn http(&mut self, table: &TomlTable) -> Option<HttpEntry> {
        let before = self.problems.len();
        self.unknown_keys(table, HTTP_KEYS);
        let key = match table.get("status").map(Spanned::get_ref) {
            Some(Value::Integer(status)) if (100..=599).contains(status) => {
                u16::try_from(*status).ok().map(HttpKey::Status)
            }
            Some(Value::String(class)) if class == "4xx" => Some(HttpKey::Class(4)),
            Some(Value::String(class)) if class == "5xx" => Some(HttpKey::Class(5)),
            Some(Value::String(other)) if other == "other" => Some(HttpKey::Other),
            _ => {
                self.problem(
                    "`status` must be an HTTP status from 100 to 599, \"4xx\", \"5xx\" or \"other\""
                        .into(),
                );
                None
            }
        };
        if let Some(key) = key {
            self.label = format!("http {}", http_key_text(key));
        }
        let handshake = self.answer(
            table,
            "handshake",
            true,
            ConnectionAction::ALL,
            ConnectionAction::as_str,
        );
        let operation = self.answer(
            table,
            "operation",
            true,
            OperationAction::ALL,
            OperationAction::as_str,
        );
        let retry_after = self.retry_after(table);
        if retry_after.is_some() && !matches!(operation, Some(Some(OperationAction::RetryLater))) {
            self.problem("`retry_after` needs `operation = \"retry_later\"`".into());
        }
        let unknown_outcome = self.boolean(table, "unknown_outcome");
        if unknown_outcome && !matches!(operation, Some(Some(OperationAction::Retry))) {
            self.problem("`unknown_outcome` needs `operation = \"retry\"`".into());
        }
        let sources = self.sources(table);
        let texts = self.all_texts(table, TEXT_KEYS);
        if self.problems.len() != before {
            return None;
        }
        Some(HttpEntry {
            key: key?,
            handshake: handshake?,
            operation: operation?,
            retry_after,
            unknown_outcome,
            sources,
            texts: texts?,
            line: self.line,
        })
    }

    fn transport(&mut self, table: &TomlTable) -> Option<TransportEntry> {
        let before = self.problems.len();
        self.unknown_keys(table, TRANSPORT_KEYS);
        let allowed: Vec<&str> = TRANSPORT_ENTRIES.iter().map(|f| f.as_str()).collect();
        let failure = self.word(
            table,
            "failure",
            true,
            |word| {
                TRANSPORT_ENTRIES
                    .iter()
                    .copied()
                    .find(|f| f.as_str() == word)
            },
            &allowed,
        );
        if let Some(Some(failure)) = failure {
            self.label = format!("transport {}", failure.as_str());
        }
        let connection = self.answer(
            table,
            "connection",
            true,
            ConnectionAction::ALL,
            ConnectionAction::as_str,
        );
        let operation = self.answer(
            table,
            "operation",
            true,
            OperationAction::ALL,
            OperationAction::as_str,
        );
        let sources = self.sources(table);
        let texts = self.all_texts(table, TEXT_KEYS);
        if self.problems.len() != before {
            return None;
        }
        Some(TransportEntry {
            failure: failure??,
            connection: connection?,
            operation: operation?,
            sources,
            texts: texts?,
            line: self.line,
        })
    }

    fn patch(&mut self, table: &TomlTable) -> Option<PatchEntry> {
        let before = self.problems.len();
        self.unknown_keys(table, PATCH_KEYS);
        let kind = self.word(
            table,
            "kind",
            true,
            |word| {
                PATCH_KINDS
                    .iter()
                    .find(|kind| **kind == word)
                    .map(|kind| (*kind).to_string())
            },
            PATCH_KINDS,
        );
        if let Some(Some(kind)) = &kind {
            self.label = format!("patch {kind}");
        }
        let sources = self.sources(table);
        let texts = self.all_texts(table, &["description"]);
        if self.problems.len() != before {
            return None;
        }
        Some(PatchEntry {
            kind: kind??,
            sources,
            texts: texts?,
            line: self.line,
        })
    }

    /// `connection`, `session` (default `stay_offline`), `operation`, `retry_after` and
    /// `unknown_outcome`, with the rules that tie them together.
    fn answers(&mut self, table: &TomlTable, with_waits: bool) -> Option<Answers> {
        let before = self.problems.len();
        let connection = self.answer(
            table,
            "connection",
            true,
            ConnectionAction::ALL,
            ConnectionAction::as_str,
        );
        // Every official SDK ends the session after a `session/closed` and reopens nothing by
        // itself (codes.toml's header), so that is the answer unless the entry says otherwise.
        let session = match self.answer(
            table,
            "session",
            false,
            ConnectionAction::ALL,
            ConnectionAction::as_str,
        ) {
            Some(None) if !table.contains_key("session") => {
                Some(Some(ConnectionAction::StayOffline))
            }
            other => other,
        };
        let operation = self.answer(
            table,
            "operation",
            true,
            OperationAction::ALL,
            OperationAction::as_str,
        );
        let (retry_after, unknown_outcome) = if with_waits {
            (
                self.retry_after(table),
                self.boolean(table, "unknown_outcome"),
            )
        } else {
            (None, false)
        };
        if retry_after.is_some() && !matches!(operation, Some(Some(OperationAction::RetryLater))) {
            self.problem("`retry_after` needs `operation = \"retry_later\"`".into());
        }
        if unknown_outcome && !matches!(operation, Some(Some(OperationAction::Retry))) {
            self.problem("`unknown_outcome` needs `operation = \"retry\"`".into());
        }
        if self.problems.len() != before {
            return None;
        }
        Some(Answers {
            connection: connection?,
            session: session?,
            operation: operation?,
            retry_after,
            unknown_outcome,
        })
    }

    /// A recovery answer: one of `all`'s words or `never`. `Some(None)` for `never` (or a
    /// missing optional key), `None` when it is wrong (and reported).
    #[allow(clippy::option_option)]
    fn answer<T: Copy>(
        &mut self,
        table: &TomlTable,
        key: &str,
        required: bool,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<Option<T>> {
        let words: Vec<&str> = all
            .iter()
            .map(|value| name(*value))
            .chain([NEVER])
            .collect();
        let parsed = self.word(
            table,
            key,
            required,
            |word| answer_of(all, name, word),
            &words,
        );
        parsed.map(Option::flatten)
    }

    fn sources(&mut self, table: &TomlTable) -> Vec<String> {
        let sources = self.strings(table, "sources", true, |checker, source| {
            if source.trim().is_empty() {
                checker.problem("`sources` has an empty item".into());
            } else if source.contains(['\n', '\r']) {
                checker
                    .problem("a `sources` item spans lines: give each source its own item".into());
            }
        });
        if table.contains_key("sources") && sources.is_empty() {
            self.problem("`sources` is empty: say where this entry's facts come from".into());
        }
        sources
    }

    /// `departures = [{ sdk = "js", carrier = "session", reason = "..." }, ...]`.
    fn departures(&mut self, table: &TomlTable) -> Vec<Departure> {
        let Some(value) = table.get("departures") else {
            return Vec::new();
        };
        let Value::Array(items) = value.get_ref() else {
            self.problem("`departures` must be an array of inline tables".into());
            return Vec::new();
        };
        let carriers: Vec<&str> = Carrier::ALL.iter().map(|c| c.as_str()).collect();
        let mut departures = Vec::new();
        for item in items {
            let Some(item) = item.get_ref().as_table() else {
                self.problem(
                    "`departures` must hold inline tables `{ sdk, carrier, reason }`".into(),
                );
                continue;
            };
            self.unknown_keys(item, DEPARTURE_KEYS);
            let sdk = self.word(
                item,
                "sdk",
                true,
                |word| SDKS.contains(&word).then(|| word.to_string()),
                SDKS,
            );
            let carrier = self.word(
                item,
                "carrier",
                true,
                |word| Carrier::ALL.iter().copied().find(|c| c.as_str() == word),
                &carriers,
            );
            let reason = self.string(item, "reason", true);
            if reason
                .as_deref()
                .is_some_and(|reason| reason.trim().is_empty())
            {
                self.problem("a departure's `reason` is empty: say why the crate differs".into());
            }
            if let (Some(Some(sdk)), Some(Some(carrier)), Some(reason)) = (sdk, carrier, reason) {
                departures.push(Departure {
                    sdk,
                    carrier,
                    reason,
                });
            }
        }
        departures
    }

    fn string(&mut self, table: &TomlTable, key: &str, required: bool) -> Option<String> {
        match table.get(key).map(Spanned::get_ref) {
            None if required => {
                self.problem(format!("missing key `{key}`"));
                None
            }
            None => None,
            Some(Value::String(text)) => Some(text.clone()),
            Some(other) => {
                self.problem(format!(
                    "`{key}` must be a string, found {}",
                    other.type_str()
                ));
                None
            }
        }
    }

    fn boolean(&mut self, table: &TomlTable, key: &str) -> bool {
        match table.get(key).map(Spanned::get_ref) {
            None => false,
            Some(Value::Boolean(value)) => *value,
            Some(other) => {
                self.problem(format!(
                    "`{key}` must be a boolean, found {}",
                    other.type_str()
                ));
                false
            }
        }
    }

    /// A string from a fixed vocabulary; `Some(None)` when it is missing and optional, `None`
    /// when it is wrong (and reported).
    #[allow(clippy::option_option)]
    fn word<T>(
        &mut self,
        table: &TomlTable,
        key: &str,
        required: bool,
        parse: impl Fn(&str) -> Option<T>,
        allowed: &[&str],
    ) -> Option<Option<T>> {
        let Some(word) = self.string(table, key, required) else {
            return (!required && !table.contains_key(key)).then_some(None);
        };
        let parsed = parse(&word);
        if parsed.is_none() {
            self.problem(format!(
                "unknown {key} `{word}`; expected one of {}",
                allowed.join(", ")
            ));
        }
        parsed.map(Some)
    }

    fn retry_after(&mut self, table: &TomlTable) -> Option<Wait> {
        match table.get("retry_after").map(Spanned::get_ref) {
            None => None,
            Some(Value::String(word)) if word == "next_day" => Some(Wait::NextDay),
            Some(value @ Value::Integer(_)) => match integer(value).map(u32::try_from) {
                Some(Ok(seconds)) if seconds > 0 => Some(Wait::Seconds(seconds)),
                _ => {
                    self.problem(
                        "`retry_after` must be a positive number of seconds or \"next_day\"".into(),
                    );
                    None
                }
            },
            Some(_) => {
                self.problem(
                    "`retry_after` must be a positive number of seconds or \"next_day\"".into(),
                );
                None
            }
        }
    }

    fn strings(
        &mut self,
        table: &TomlTable,
        key: &str,
        required: bool,
        mut check: impl FnMut(&mut Self, &str),
    ) -> Vec<String> {
        let list = match table.get(key).map(Spanned::get_ref) {
            None => {
                if required {
                    self.problem(format!("missing key `{key}`"));
                }
                return Vec::new();
            }
            Some(Value::Array(list)) => list,
            Some(other) => {
                self.problem(format!(
                    "`{key}` must be an array of strings, found {}",
                    other.type_str()
                ));
                return Vec::new();
            }
        };
        let mut strings = Vec::new();
        for value in list {
            match value.get_ref() {
                Value::String(text) => {
                    check(self, text);
                    strings.push(text.clone());
                }
                other => self.problem(format!(
                    "`{key}` must hold strings, found {}",
                    other.type_str()
                )),
            }
        }
        strings
    }

    /// The texts of every language, each with the keys in `kinds`.
    fn all_texts(&mut self, table: &TomlTable, kinds: &[&str]) -> Option<Vec<Texts>> {
        let texts: Vec<Option<Texts>> = Lang::ALL
            .iter()
            .map(|lang| self.texts(table, *lang, kinds))
            .collect();
        texts.into_iter().collect()
    }

    fn texts(&mut self, table: &TomlTable, lang: Lang, kinds: &[&str]) -> Option<Texts> {
        let tag = lang.tag();
        let listed = kinds.join(", ");
        let texts = match table.get(tag).map(Spanned::get_ref) {
            None => {
                self.problem(format!("missing `[<entry>.{tag}]` table (with {listed})"));
                return None;
            }
            Some(Value::Table(texts)) => texts,
            Some(other) => {
                self.problem(format!(
                    "`{tag}` must be a table with {listed}, found {}",
                    other.type_str()
                ));
                return None;
            }
        };
        for key in texts.keys() {
            let key = key.get_ref().as_str();
            if !kinds.contains(&key) {
                self.problem(format!("unknown key `{tag}.{key}`; expected {listed}"));
            }
        }
        let mut found = Texts::default();
        let mut complete = true;
        for kind in kinds {
            let text = self.text(texts, lang, kind);
            complete &= text.is_some();
            let text = text.unwrap_or_default();
            match *kind {
                "description" => found.description = text,
                "hint" => found.hint = text,
                _ => found.message = text,
            }
        }
        complete.then_some(found)
    }

    /// One text: present, a string, not blank, and in the script of its language.
    fn text(&mut self, texts: &TomlTable, lang: Lang, kind: &str) -> Option<String> {
        let tag = lang.tag();
        match texts.get(kind).map(Spanned::get_ref) {
            None => {
                self.problem(format!("missing `{tag}.{kind}`"));
                None
            }
            Some(Value::String(text)) if text.trim().is_empty() => {
                self.problem(format!("`{tag}.{kind}` is empty"));
                None
            }
            Some(Value::String(text)) => {
                let wrong_script = match lang {
                    Lang::ZhHant => self
                        .scripts
                        .simplified
                        .first_in(text)
                        .map(|c| (c, "Simplified")),
                    Lang::ZhHans => self
                        .scripts
                        .traditional
                        .first_in(text)
                        .map(|c| (c, "Traditional")),
                    Lang::En => None,
                };
                if let Some((character, script)) = wrong_script {
                    self.problem(format!(
                        "`{tag}.{kind}` has the {script}-only character `{character}`"
                    ));
                }
                Some(text.clone())
            }
            Some(other) => {
                self.problem(format!(
                    "`{tag}.{kind}` must be a string, found {}",
                    other.type_str()
                ));
                None
            }
        }
    }
}

/// `401`, `4xx`, `other`: an HTTP entry's key as `codes.toml` writes it.
pub fn http_key_text(key: HttpKey) -> String {
    match key {
        HttpKey::Status(status) => status.to_string(),
        HttpKey::Class(class) => format!("{class}xx"),
        HttpKey::Other => "other".into(),
    }
}

/// A recovery answer's value: `Some(None)` for `never`, `None` for an unknown word.
#[allow(clippy::option_option)]
fn answer_of<T: Copy>(all: &[T], name: fn(T) -> &'static str, word: &str) -> Option<Option<T>> {
    if word == NEVER {
        return Some(None);
    }
    all.iter()
        .copied()
        .find(|value| name(*value) == word)
        .map(Some)
}

/// A TOML integer as `i64` (a hexadecimal one may be wider).
fn integer(value: &Value) -> Option<i64> {
    value
        .as_integer()
        .and_then(|integer| i64::try_from(integer).ok())
}

/// Codes and variants are unique; so are spellings, except a name that every entry using it
/// marks `shares_name`.
//
// Plain lists searched in order: a hundred entries need no map, and each map type would add
// to the generator's compile.
fn check_uniqueness(entries: &[Entry], problems: &mut Vec<Problem>) {
    let mut codes: Vec<&Entry> = Vec::new();
    // Each spelling, with the entry that used it first and whether that use is a name.
    let mut spellings: Vec<(&str, &Entry, bool)> = Vec::new();
    let mut variants: Vec<&Entry> = Vec::new();
    for entry in entries {
        let mut report = |message: String| {
            problems.push(Problem {
                line: Some(entry.line),
                entry: Some(format!("{} {}", entry.code, entry.name)),
                message,
            });
        };
        if let Some(first) = codes.iter().find(|first| first.code == entry.code) {
            report(format!(
                "duplicate code {}: already defined by {} (line {})",
                entry.code, first.name, first.line
            ));
        } else {
            codes.push(entry);
        }
        let uses =
            std::iter::once((&entry.name, true)).chain(entry.aliases.iter().map(|a| (a, false)));
        for (spelling, is_name) in uses {
            let Some(&(_, first, first_is_name)) =
                spellings.iter().find(|(used, _, _)| used == spelling)
            else {
                spellings.push((spelling, entry, is_name));
                continue;
            };
            let shared = is_name && first_is_name && entry.shares_name && first.shares_name;
            if !shared {
                let what = if is_name { "name" } else { "alias" };
                let hint = if is_name && first_is_name {
                    "; if both codes really have this name, set `shares_name = true` on both"
                } else {
                    ""
                };
                report(format!(
                    "{what} `{spelling}` is already used by {} {} (line {}){hint}",
                    first.code, first.name, first.line
                ));
            }
        }
        if let Some(first) = variants.iter().find(|first| first.variant == entry.variant) {
            report(format!(
                "enum variant `{}` is already used by {} {} (line {}); set `variant` to a distinct name",
                entry.variant, first.code, first.name, first.line
            ));
        } else {
            variants.push(entry);
        }
    }
}

/// Only one entry per range, HTTP key, transport failure and patch kind.
fn check_other_uniqueness(
    unknown: &[UnknownEntry],
    http: &[HttpEntry],
    transports: &[TransportEntry],
    patches: &[PatchEntry],
    problems: &mut Vec<Problem>,
) {
    let mut report = |line: usize, label: String, first_line: usize| {
        problems.push(Problem {
            line: Some(line),
            entry: Some(label),
            message: format!("already defined on line {first_line}"),
        });
    };
    for (index, entry) in unknown.iter().enumerate() {
        if let Some(first) = unknown[..index]
            .iter()
            .find(|first| first.range == entry.range)
        {
            report(
                entry.line,
                format!("unknown {}", entry.range.as_str()),
                first.line,
            );
        }
    }
    for (index, entry) in http.iter().enumerate() {
        if let Some(first) = http[..index].iter().find(|first| first.key == entry.key) {
            report(
                entry.line,
                format!("http {}", http_key_text(entry.key)),
                first.line,
            );
        }
    }
    for (index, entry) in transports.iter().enumerate() {
        if let Some(first) = transports[..index]
            .iter()
            .find(|first| first.failure == entry.failure)
        {
            report(
                entry.line,
                format!("transport {}", entry.failure.as_str()),
                first.line,
            );
        }
    }
    for (index, entry) in patches.iter().enumerate() {
        if let Some(first) = patches[..index]
            .iter()
            .find(|first| first.kind == entry.kind)
        {
            report(entry.line, format!("patch {}", entry.kind), first.line);
        }
    }
}

/// A kind of promise an end-user message can make: its phrases, and what it promises.
struct Promise {
    phrases: &'static [&'static str],
    what: &'static str,
}

/// Trying the same thing again will work.
const RETRY: Promise = Promise {
    phrases: RETRY_PROMISES,
    what: "a retry that cannot work",
};
/// The connection comes back by itself.
const RECONNECT: Promise = Promise {
    phrases: RECONNECT_PROMISES,
    what: "a reconnect that does not happen by itself",
};
/// It will not be long.
const SOON: Promise = Promise {
    phrases: SOON_PROMISES,
    what: "a short wait, where the wait is a day",
};
/// A length of wait.
const DURATION: Promise = Promise {
    phrases: DURATION_PROMISES,
    what: "a length of wait, where a server's Retry-After decides it",
};

/// What an end-user message may not promise, given the answers beside it.
struct Promises {
    ruled_out: Vec<&'static Promise>,
}

impl Promises {
    /// A retry beside `stop`, `fix_request`, `fix_configuration` or `report`; a reconnect
    /// unless the answer after a close is `reconnect`; a short wait beside a daily cap.
    fn of(
        connection: Option<ConnectionAction>,
        session: Option<ConnectionAction>,
        operation: Option<OperationAction>,
        retry_after: Option<Wait>,
    ) -> Promises {
        let stops = [connection, session].contains(&Some(ConnectionAction::Stop));
        let fixes = matches!(
            operation,
            Some(
                OperationAction::FixRequest
                    | OperationAction::FixConfiguration
                    | OperationAction::Report
            )
        );
        let ruled_out = [
            (stops || fixes, &RETRY),
            (connection != Some(ConnectionAction::Reconnect), &RECONNECT),
            (retry_after == Some(Wait::NextDay), &SOON),
        ];
        Promises {
            ruled_out: ruled_out
                .into_iter()
                .filter_map(|(out, promise)| out.then_some(promise))
                .collect(),
        }
    }

    /// As [`of`](Promises::of), for an HTTP status, whose wait a server's `Retry-After`
    /// replaces at run time: no length of wait either.
    fn of_http(entry: &HttpEntry) -> Promises {
        let mut promises = Promises::of(entry.handshake, None, entry.operation, entry.retry_after);
        promises.ruled_out.push(&DURATION);
        promises
    }

    /// The first phrase of `message` that promises what the answers rule out.
    fn broken_by(&self, message: &str) -> Option<(&'static str, &'static str)> {
        let lowercase = message.to_ascii_lowercase();
        self.ruled_out.iter().find_map(|promise| {
            let phrase = promise
                .phrases
                .iter()
                .find(|phrase| lowercase.contains(*phrase));
            phrase.map(|phrase| (*phrase, promise.what))
        })
    }
}

/// End-user messages name no internals (no developer term, no digit, so no code number, and no
/// constant name), and promise nothing the answers beside them rule out.
fn check_messages(
    entries: &[Entry],
    unknown: &[UnknownEntry],
    http: &[HttpEntry],
    transports: &[TransportEntry],
    problems: &mut Vec<Problem>,
) {
    let names: Vec<&str> = entries
        .iter()
        .flat_map(|entry| std::iter::once(&entry.name).chain(&entry.aliases))
        .map(String::as_str)
        .collect();
    let terms = Terms::new();
    let mut checked: Vec<(usize, String, &[Texts], Promises)> = Vec::new();
    for entry in entries {
        let answers = entry.answers;
        checked.push((
            entry.line,
            format!("{} {}", entry.code, entry.name),
            &entry.texts,
            Promises::of(
                answers.connection,
                answers.session,
                answers.operation,
                answers.retry_after,
            ),
        ));
    }
    for entry in unknown {
        let answers = entry.answers;
        checked.push((
            entry.line,
            format!("unknown {}", entry.range.as_str()),
            &entry.texts,
            Promises::of(
                answers.connection,
                answers.session,
                answers.operation,
                answers.retry_after,
            ),
        ));
    }
    for entry in http {
        checked.push((
            entry.line,
            format!("http {}", http_key_text(entry.key)),
            &entry.texts,
            Promises::of_http(entry),
        ));
    }
    for entry in transports {
        checked.push((
            entry.line,
            format!("transport {}", entry.failure.as_str()),
            &entry.texts,
            Promises::of(entry.connection, None, entry.operation, None),
        ));
    }
    for (line, label, texts, promises) in checked {
        for (lang, texts) in Lang::ALL.iter().zip(texts) {
            let problem = if let Some(word) = terms.internal_word(&texts.message, &names) {
                format!(
                    "`{}.message` is for end users but names `{word}`; keep internals in `description` and `hint`",
                    lang.tag()
                )
            } else if let Some((phrase, what)) = promises.broken_by(&texts.message) {
                format!(
                    "`{}.message` promises {what} (`{phrase}`), which the answers beside it rule out",
                    lang.tag()
                )
            } else {
                continue;
            };
            problems.push(Problem {
                line: Some(line),
                entry: Some(label.clone()),
                message: problem,
            });
        }
    }
}

/// The developer terms, split into words once.
pub struct Terms {
    terms: Vec<Term>,
    /// For each byte, the indexes of the terms whose needle starts with it.
    by_first_byte: Vec<Vec<usize>>,
}

/// A developer term, with what to search for: a Chinese term itself, or a Latin term's
/// lowercase first word.
struct Term {
    text: &'static str,
    needle: String,
    lowercase_words: Vec<String>,
}

impl Terms {
    pub fn new() -> Terms {
        let terms: Vec<Term> = DEVELOPER_TERMS
            .iter()
            .map(|text| {
                let lowercase_words: Vec<String> =
                    text.split(' ').map(str::to_ascii_lowercase).collect();
                Term {
                    text,
                    needle: lowercase_words[0].clone(),
                    lowercase_words,
                }
            })
            .collect();
        let mut by_first_byte = vec![Vec::new(); 256];
        for (index, term) in terms.iter().enumerate() {
            by_first_byte[usize::from(term.needle.as_bytes()[0])].push(index);
        }
        Terms {
            terms,
            by_first_byte,
        }
    }

    /// The first developer term, digit or constant name (one of `names`, or any SCREAMING_SNAKE
    /// word with an underscore) in an end-user message.
    pub fn internal_word(&self, message: &str, names: &[&str]) -> Option<String> {
        // Which needles occur at all: one pass over the lowercase message, looking closer only
        // where a needle could start. The generator runs unoptimized (in tests and whenever
        // generated/ is stale), where a substring search per term and message was a third of
        // its time.
        let lowercase = message.to_ascii_lowercase();
        let bytes = lowercase.as_bytes();
        let mut occurs = vec![false; self.terms.len()];
        for at in 0..bytes.len() {
            for &index in &self.by_first_byte[usize::from(bytes[at])] {
                if bytes[at..].starts_with(self.terms[index].needle.as_bytes()) {
                    occurs[index] = true;
                }
            }
        }
        let words: Vec<&str> = message
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|word| !word.is_empty())
            .collect();
        // A Latin term of one or two words matches that many consecutive words, ignoring ASCII
        // case; a Chinese one matches anywhere.
        let term = self.terms.iter().zip(&occurs).find_map(|(term, occurs)| {
            let matches = *occurs
                && (!term.text.is_ascii()
                    || words.windows(term.lowercase_words.len()).any(|run| {
                        run.iter()
                            .zip(&term.lowercase_words)
                            .all(|(word, part)| word.eq_ignore_ascii_case(part))
                    }));
            matches.then_some(term.text)
        });
        if let Some(term) = term {
            return Some(term.to_string());
        }
        if let Some(digit) = message
            .chars()
            .find(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        {
            return Some(digit.to_string());
        }
        words
            .into_iter()
            .filter(|word| is_screaming_snake(word))
            .find(|word| word.contains('_') || names.contains(word))
            .map(String::from)
    }
}

/// `SESSION_CONFLICT`: A-Z first, then A-Z, 0-9 and single underscores between words.
pub fn is_screaming_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && !name.ends_with('_')
        && !name.contains("__")
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// `SessionConflict`: A-Z first, then letters and digits, with at least one lowercase letter so
/// that it never looks like (or shadows) an associated constant.
fn is_upper_camel(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_alphanumeric())
        && name.bytes().any(|b| b.is_ascii_lowercase())
}

/// `SESSION_CONFLICT` becomes `SessionConflict`.
pub fn upper_camel(name: &str) -> String {
    name.split('_')
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase())
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
        })
        .collect()
}

/// The allowed key within two edits of `key`, if any.
fn closest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|candidate| (edit_distance(key, candidate), *candidate))
        .filter(|(distance, _)| *distance <= 2)
        .min()
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{is_screaming_snake, is_upper_camel, upper_camel};

    #[test]
    fn names_become_variants() {
        assert_eq!(upper_camel("SESSION_CONFLICT"), "SessionConflict");
        assert_eq!(upper_camel("WEB_SOCKET_1006"), "WebSocket1006");
        assert_eq!(upper_camel("NONE"), "None");
        assert_eq!(upper_camel("_LEADING"), "Leading");
    }

    #[test]
    fn screaming_snake_allows_single_underscores_between_words() {
        assert!(is_screaming_snake("SESSION_CONFLICT"));
        assert!(is_screaming_snake("CODE_4111"));
        for bad in [
            "SESSION__CONFLICT",
            "SESSION_",
            "_SESSION",
            "Session",
            "4111",
            "",
        ] {
            assert!(!is_screaming_snake(bad), "{bad}");
        }
    }

    #[test]
    fn upper_camel_needs_a_lowercase_letter() {
        assert!(is_upper_camel("SessionConflict"));
        assert!(!is_upper_camel("SESSION"));
        assert!(!is_upper_camel("sessionConflict"));
    }
}
