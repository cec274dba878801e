//! The schema of `codes.toml` and every check a table must pass before code is generated.

use std::collections::BTreeMap;
use std::fmt;

use super::{Action, Family};

/// One validated `[[code]]` entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub code: u16,
    pub name: String,
    pub variant: String,
    pub shares_name: bool,
    pub family: Family,
    pub aliases: Vec<String>,
    pub action: Action,
    pub description: Texts,
    pub hint: Texts,
    /// The line of the entry's `[[code]]` header, 1-based.
    pub line: usize,
}

/// A text in every language the crate ships.
#[derive(Debug, Clone)]
pub struct Texts {
    pub en: String,
    pub zh: String,
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
    "action",
    "description",
    "hint",
];
const LANGS: &[&str] = &["en", "zh"];

/// Parses and validates the text of `codes.toml`; entries come back sorted by code.
pub fn parse(source: &str) -> Result<Vec<Entry>, Vec<Problem>> {
    let document: toml::Table = source.parse().map_err(|error: toml::de::Error| {
        vec![Problem {
            line: error.span().map(|span| line_of(source, span.start)),
            entry: None,
            message: format!("TOML syntax error: {}", error.message().trim_end()),
        }]
    })?;

    let mut problems = Vec::new();
    for key in document.keys().filter(|key| *key != "code") {
        problems.push(Problem {
            line: None,
            entry: None,
            message: format!("unknown top-level key `{key}`; entries go in `[[code]]` tables"),
        });
    }
    let raw_entries = match document.get("code") {
        Some(toml::Value::Array(entries)) => entries.as_slice(),
        Some(_) => {
            problems.push(Problem {
                line: None,
                entry: None,
                message: "`code` must be an array of `[[code]]` tables".into(),
            });
            &[]
        }
        None => {
            problems.push(Problem {
                line: None,
                entry: None,
                message: "no `[[code]]` entries".into(),
            });
            &[]
        }
    };

    let header_lines: Vec<usize> = source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim_start().starts_with("[[code]]"))
        .map(|(index, _)| index + 1)
        .collect();

    let mut entries = Vec::new();
    for (index, raw) in raw_entries.iter().enumerate() {
        let line = header_lines.get(index).copied();
        let mut checker = EntryChecker {
            problems: &mut problems,
            line,
            label: format!("#{}", index + 1),
        };
        if let Some(entry) = checker.entry(raw) {
            entries.push(entry);
        }
    }

    check_uniqueness(&entries, &mut problems);
    if problems.is_empty() {
        entries.sort_by_key(|entry| entry.code);
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// Checks one entry, reporting each problem under the entry's code and name.
struct EntryChecker<'a> {
    problems: &'a mut Vec<Problem>,
    line: Option<usize>,
    label: String,
}

impl EntryChecker<'_> {
    fn problem(&mut self, message: String) {
        self.problems.push(Problem {
            line: self.line,
            entry: Some(self.label.clone()),
            message,
        });
    }

    fn entry(&mut self, raw: &toml::Value) -> Option<Entry> {
        let Some(table) = raw.as_table() else {
            self.problem("`code` entries must be `[[code]]` tables".into());
            return None;
        };
        // Name the entry before reporting anything else about it.
        let code_value = table.get("code").and_then(toml::Value::as_integer);
        let name_value = table.get("name").and_then(toml::Value::as_str);
        self.label = match (code_value, name_value) {
            (Some(code), Some(name)) => format!("{code} {name}"),
            (Some(code), None) => code.to_string(),
            (None, Some(name)) => name.to_string(),
            (None, None) => self.label.clone(),
        };
        let before = self.problems.len();

        for key in table.keys().filter(|key| !KEYS.contains(&key.as_str())) {
            let suggestion = closest(key, KEYS)
                .map(|near| format!(" (did you mean `{near}`?)"))
                .unwrap_or_default();
            self.problem(format!(
                "unknown key `{key}`{suggestion}; allowed keys: {}",
                KEYS.join(", ")
            ));
        }

        let code = match table.get("code") {
            None => {
                self.problem("missing key `code`".into());
                None
            }
            Some(toml::Value::Integer(code)) => match u16::try_from(*code) {
                Ok(code) => Some(code),
                Err(_) => {
                    self.problem(format!("code {code} is outside 0..=65535"));
                    None
                }
            },
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

        let variant = match self.string(table, "variant", false) {
            Some(variant) => {
                if !is_upper_camel(&variant) {
                    self.problem(format!(
                        "variant `{variant}` is not UpperCamelCase (A-Z first, then letters and digits)"
                    ));
                }
                Some(variant)
            }
            None => name.as_deref().map(upper_camel),
        };
        if variant.as_deref() == Some("Self") {
            self.problem("variant `Self` is a Rust keyword; set `variant` to another name".into());
        }

        let shares_name = match table.get("shares_name") {
            None => false,
            Some(toml::Value::Boolean(shares)) => *shares,
            Some(other) => {
                self.problem(format!(
                    "`shares_name` must be a boolean, found {}",
                    other.type_str()
                ));
                false
            }
        };

        let family = self.string(table, "family", true).and_then(|family| {
            let parsed = Family::ALL.iter().copied().find(|f| f.as_str() == family);
            if parsed.is_none() {
                let allowed: Vec<_> = Family::ALL.iter().map(|f| f.as_str()).collect();
                self.problem(format!(
                    "unknown family `{family}`; expected one of {}",
                    allowed.join(", ")
                ));
            }
            parsed
        });

        let action = self.string(table, "action", true).and_then(|action| {
            let parsed = Action::ALL.iter().copied().find(|a| a.as_str() == action);
            if parsed.is_none() {
                let allowed: Vec<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
                self.problem(format!(
                    "unknown action `{action}`; expected one of {}",
                    allowed.join(", ")
                ));
            }
            parsed
        });

        let aliases = self.aliases(table, name.as_deref());
        let description = self.texts(table, "description");
        let hint = self.texts(table, "hint");

        if self.problems.len() != before {
            return None;
        }
        Some(Entry {
            code: code?,
            name: name?,
            variant: variant?,
            shares_name,
            family: family?,
            aliases,
            action: action?,
            description: description?,
            hint: hint?,
            line: self.line.unwrap_or(0),
        })
    }

    fn string(&mut self, table: &toml::Table, key: &str, required: bool) -> Option<String> {
        match table.get(key) {
            None if required => {
                self.problem(format!("missing key `{key}`"));
                None
            }
            None => None,
            Some(toml::Value::String(text)) => Some(text.clone()),
            Some(other) => {
                self.problem(format!(
                    "`{key}` must be a string, found {}",
                    other.type_str()
                ));
                None
            }
        }
    }

    fn aliases(&mut self, table: &toml::Table, name: Option<&str>) -> Vec<String> {
        let list = match table.get("aliases") {
            None => return Vec::new(),
            Some(toml::Value::Array(list)) => list,
            Some(other) => {
                self.problem(format!(
                    "`aliases` must be an array of strings, found {}",
                    other.type_str()
                ));
                return Vec::new();
            }
        };
        let mut aliases: Vec<String> = Vec::new();
        for value in list {
            let Some(alias) = value.as_str() else {
                self.problem(format!(
                    "`aliases` must hold strings, found {}",
                    value.type_str()
                ));
                continue;
            };
            if !is_screaming_snake(alias) {
                self.problem(format!("alias `{alias}` is not SCREAMING_SNAKE"));
            } else if Some(alias) == name {
                self.problem(format!("alias `{alias}` repeats the entry's name"));
            } else if aliases.iter().any(|seen| seen == alias) {
                self.problem(format!("alias `{alias}` is listed twice"));
            } else {
                aliases.push(alias.to_string());
            }
        }
        aliases
    }

    fn texts(&mut self, table: &toml::Table, key: &str) -> Option<Texts> {
        let texts = match table.get(key) {
            None => {
                self.problem(format!("missing key `{key}` (a table with `en` and `zh`)"));
                return None;
            }
            Some(toml::Value::Table(texts)) => texts,
            Some(other) => {
                self.problem(format!(
                    "`{key}` must be a table with `en` and `zh`, found {}",
                    other.type_str()
                ));
                return None;
            }
        };
        for lang in texts.keys().filter(|lang| !LANGS.contains(&lang.as_str())) {
            self.problem(format!(
                "unknown language `{key}.{lang}`; expected `en` and `zh`"
            ));
        }
        let mut text = |lang: &str| match texts.get(lang) {
            None => {
                self.problem(format!("missing `{lang}` text in `{key}`"));
                None
            }
            Some(toml::Value::String(text)) if text.trim().is_empty() => {
                self.problem(format!("`{key}.{lang}` is empty"));
                None
            }
            Some(toml::Value::String(text)) => Some(text.clone()),
            Some(other) => {
                self.problem(format!(
                    "`{key}.{lang}` must be a string, found {}",
                    other.type_str()
                ));
                None
            }
        };
        let en = text("en");
        let zh = text("zh");
        Some(Texts { en: en?, zh: zh? })
    }
}

/// Codes and variants are unique; so are spellings, except a name that every entry using it
/// marks `shares_name`.
fn check_uniqueness(entries: &[Entry], problems: &mut Vec<Problem>) {
    let mut codes: BTreeMap<u16, &Entry> = BTreeMap::new();
    // Each spelling, with the entry that used it first and whether that use is a name.
    let mut spellings: BTreeMap<&str, (&Entry, bool)> = BTreeMap::new();
    let mut variants: BTreeMap<&str, &Entry> = BTreeMap::new();
    for entry in entries {
        let mut report = |message: String| {
            problems.push(Problem {
                line: Some(entry.line),
                entry: Some(format!("{} {}", entry.code, entry.name)),
                message,
            })
        };
        if let Some(first) = codes.get(&entry.code) {
            report(format!(
                "duplicate code {}: already defined by {} (line {})",
                entry.code, first.name, first.line
            ));
        } else {
            codes.insert(entry.code, entry);
        }
        let uses =
            std::iter::once((&entry.name, true)).chain(entry.aliases.iter().map(|a| (a, false)));
        for (spelling, is_name) in uses {
            let Some((first, first_is_name)) = spellings.get(spelling.as_str()) else {
                spellings.insert(spelling, (entry, is_name));
                continue;
            };
            let shared = is_name && *first_is_name && entry.shares_name && first.shares_name;
            if !shared {
                let what = if is_name { "name" } else { "alias" };
                let hint = if is_name && *first_is_name {
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
        if let Some(first) = variants.get(entry.variant.as_str()) {
            report(format!(
                "enum variant `{}` is already used by {} {} (line {}); set `variant` to a distinct name",
                entry.variant, first.code, first.name, first.line
            ));
        } else {
            variants.insert(&entry.variant, entry);
        }
    }
}

fn line_of(source: &str, offset: usize) -> usize {
    source
        .get(..offset)
        .unwrap_or(source)
        .bytes()
        .filter(|byte| *byte == b'\n')
        .count()
        + 1
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

fn is_upper_camel(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_alphanumeric())
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
