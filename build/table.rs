//! The schema of `codes.toml` and every check a table must pass before code is generated.
//!
//! The file is read by `toml_subset`, which keeps where each value starts, so every problem names
//! the line of its entry's `[[code]]` header, however the header is spaced.

use std::fmt;

use super::script_chars::{CharList, SIMPLIFIED_ONLY, TRADITIONAL_ONLY};
use super::toml_subset::{self, Spanned, Table as TomlTable, Value};
use super::{ConnectionAction, Family, Lang, OperationAction};

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
    /// `None`: the code never closes a connection.
    pub connection: Option<ConnectionAction>,
    /// The answer when the code arrives in a `session/closed` command.
    pub session_closed: Option<ConnectionAction>,
    /// `None`: the code never answers a request.
    pub operation: Option<OperationAction>,
    pub retry_after: Option<Wait>,
    pub unknown_outcome: bool,
    /// The texts, in the order of `Lang::ALL`.
    pub texts: Vec<Texts>,
    /// The line of the entry's `[[code]]` header, 1-based.
    pub line: usize,
}

/// A documented wait before retrying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    Seconds(u32),
    NextDay,
}

/// The three texts of a code in one language.
#[derive(Debug, Clone)]
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

const KEYS: &[&str] = &[
    "code",
    "name",
    "variant",
    "shares_name",
    "family",
    "aliases",
    "sources",
    "connection",
    "session_closed",
    "operation",
    "retry_after",
    "unknown_outcome",
    "en",
    "zh-Hans",
    "zh-Hant",
];
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
];

/// Parses and validates the text of `codes.toml`; entries come back sorted by code.
pub fn parse(source: &str) -> Result<Table, Vec<Problem>> {
    let document = toml_subset::parse(source).map_err(|error| {
        vec![Problem {
            line: Some(error.line),
            entry: None,
            message: format!("TOML syntax error: {}", error.message),
        }]
    })?;

    let mut problems = Vec::new();
    let top = |message: String| Problem {
        line: None,
        entry: None,
        message,
    };
    for key in document.keys() {
        if !["code", "hash"].contains(&key.get_ref().as_str()) {
            problems.push(Problem {
                line: Some(key.line),
                ..top(format!(
                    "unknown top-level key `{}`; entries go in `[[code]]` tables, hash parameters in `[hash]`",
                    key.get_ref()
                ))
            });
        }
    }
    let raw_entries: &[Spanned<Value>] = match document.get("code").map(Spanned::get_ref) {
        Some(Value::TableArray(entries)) => entries,
        Some(_) => {
            problems.push(top("`code` must be an array of `[[code]]` tables".into()));
            &[]
        }
        None => {
            problems.push(top("no `[[code]]` entries".into()));
            &[]
        }
    };
    let recorded = document
        .get("hash")
        .map(|hash| recorded_hash(hash, &mut problems))
        .unwrap_or_default();

    let simplified = CharList::new(SIMPLIFIED_ONLY);
    let traditional = CharList::new(TRADITIONAL_ONLY);
    let mut entries = Vec::new();
    for (index, raw) in raw_entries.iter().enumerate() {
        let mut checker = EntryChecker {
            simplified: &simplified,
            traditional: &traditional,
            problems: &mut problems,
            line: raw.line,
            label: format!("#{}", index + 1),
        };
        if let Some(entry) = checker.entry(raw.get_ref()) {
            entries.push(entry);
        }
    }

    check_uniqueness(&entries, &mut problems);
    check_messages(&entries, &mut problems);
    if problems.is_empty() {
        // Codes are unique by now, so the order is fully determined.
        entries.sort_unstable_by_key(|entry| entry.code);
        Ok(Table { entries, recorded })
    } else {
        Err(problems)
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

/// Checks one entry, reporting each problem under the entry's code and name.
struct EntryChecker<'a> {
    simplified: &'a CharList,
    traditional: &'a CharList,
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

    fn entry(&mut self, raw: &Value) -> Option<Entry> {
        let Some(table) = raw.as_table() else {
            self.problem("`code` entries must be `[[code]]` tables".into());
            return None;
        };
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

        for key in table.keys() {
            let key = key.get_ref().as_str();
            if KEYS.contains(&key) {
                continue;
            }
            let suggestion = closest(key, KEYS)
                .map(|near| format!(" (did you mean `{near}`?)"))
                .unwrap_or_default();
            self.problem(format!(
                "unknown key `{key}`{suggestion}; allowed keys: {}",
                KEYS.join(", ")
            ));
        }

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
        let unknown_outcome = self.boolean(table, "unknown_outcome");

        let family = self.word(
            table,
            "family",
            true,
            |word| Family::ALL.iter().copied().find(|f| f.as_str() == word),
            &Family::ALL.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
        );
        let connection_words = answer_words(ConnectionAction::ALL, ConnectionAction::as_str);
        let connection_of =
            |word: &str| answer_of(ConnectionAction::ALL, ConnectionAction::as_str, word);
        let connection = self.word(table, "connection", true, connection_of, &connection_words);
        let session_closed = self.word(
            table,
            "session_closed",
            false,
            connection_of,
            &connection_words,
        );
        let operation_words = answer_words(OperationAction::ALL, OperationAction::as_str);
        let operation = self.word(
            table,
            "operation",
            true,
            |word| answer_of(OperationAction::ALL, OperationAction::as_str, word),
            &operation_words,
        );
        let retry_after = self.retry_after(table);
        if retry_after.is_some()
            && !matches!(operation, Some(Some(Some(OperationAction::RetryLater))))
        {
            self.problem("`retry_after` needs `operation = \"retry_later\"`".into());
        }
        if unknown_outcome && !matches!(operation, Some(Some(Some(OperationAction::Retry)))) {
            self.problem("`unknown_outcome` needs `operation = \"retry\"`".into());
        }

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
        let sources = self.strings(table, "sources", true, |checker, source| {
            if source.trim().is_empty() {
                checker.problem("`sources` has an empty item".into());
            }
        });
        if table.contains_key("sources") && sources.is_empty() {
            self.problem("`sources` is empty: say where this code's facts come from".into());
        }

        let texts: Vec<Option<Texts>> = Lang::ALL
            .iter()
            .map(|lang| self.texts(table, *lang))
            .collect();

        if self.problems.len() != before {
            return None;
        }
        let connection = connection??;
        Some(Entry {
            code: code?,
            name: name?,
            variant: variant?,
            shares_name,
            family: family??,
            aliases,
            sources,
            connection,
            session_closed: session_closed.flatten().unwrap_or(connection),
            operation: operation??,
            retry_after,
            unknown_outcome,
            texts: texts.into_iter().collect::<Option<Vec<_>>>()?,
            line: self.line,
        })
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

    fn texts(&mut self, table: &TomlTable, lang: Lang) -> Option<Texts> {
        let tag = lang.tag();
        let texts = match table.get(tag).map(Spanned::get_ref) {
            None => {
                self.problem(format!(
                    "missing `[code.{tag}]` table (with description, hint and message)"
                ));
                return None;
            }
            Some(Value::Table(texts)) => texts,
            Some(other) => {
                self.problem(format!(
                    "`{tag}` must be a table with description, hint and message, found {}",
                    other.type_str()
                ));
                return None;
            }
        };
        for key in texts.keys() {
            let key = key.get_ref().as_str();
            if !TEXT_KEYS.contains(&key) {
                self.problem(format!(
                    "unknown key `{tag}.{key}`; expected description, hint and message"
                ));
            }
        }
        let mut text = |kind: &str| match texts.get(kind).map(Spanned::get_ref) {
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
                    Lang::ZhHant => self.simplified.first_in(text).map(|c| (c, "Simplified")),
                    Lang::ZhHans => self.traditional.first_in(text).map(|c| (c, "Traditional")),
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
        };
        let description = text("description");
        let hint = text("hint");
        let message = text("message");
        Some(Texts {
            description: description?,
            hint: hint?,
            message: message?,
        })
    }
}

/// The words a recovery answer may take: its values' names, and `never`.
fn answer_words<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter()
        .map(|value| name(*value))
        .chain([NEVER])
        .collect()
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

/// End-user messages name no internals: no developer term, no digit (so no code number) and
/// no constant name.
fn check_messages(entries: &[Entry], problems: &mut Vec<Problem>) {
    let names: Vec<&str> = entries
        .iter()
        .flat_map(|entry| std::iter::once(&entry.name).chain(&entry.aliases))
        .map(String::as_str)
        .collect();
    let terms = Terms::new();
    for entry in entries {
        for (lang, texts) in Lang::ALL.iter().zip(&entry.texts) {
            if let Some(word) = terms.internal_word(&texts.message, &names) {
                problems.push(Problem {
                    line: Some(entry.line),
                    entry: Some(format!("{} {}", entry.code, entry.name)),
                    message: format!(
                        "`{}.message` is for end users but names `{word}`; keep internals in `description` and `hint`",
                        lang.tag()
                    ),
                });
            }
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
