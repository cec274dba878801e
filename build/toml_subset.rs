//! A reader for the part of TOML that `codes.toml` is written in, keeping where each key and
//! value starts.
//!
//! `build.rs` compiles the generator with a bare `rustc` when `generated/` is stale, so the
//! generator can use `std` only; a full TOML parser was also most of the generator's compile
//! and run time when every dependent ran it. `codes.toml` needs little of TOML: comments, `[table]` and
//! `[[array]]` headers with dotted bare keys, bare keys, basic strings, decimal and hexadecimal
//! integers, booleans, arrays and one-line inline tables. This reader takes exactly that and
//! refuses everything else (literal and multi-line strings, floats, dates, quoted or dotted keys
//! on a key line) with the offset of the construct, so nothing is ever misread. The tests check
//! it against the `toml` crate: on `codes.toml` itself, and on every document a property test
//! generates or breaks, what this reader accepts `toml` reads the same way.
//!
//! One deliberate extension: a hexadecimal integer may use all 64 bits (the `[hash]`
//! multipliers), where TOML stops at `i64::MAX`.

use std::fmt;

/// A value or key and the line where it starts.
#[derive(Debug, Clone)]
pub struct Spanned<T> {
    /// 1-based line.
    pub line: usize,
    pub value: T,
}

impl<T> Spanned<T> {
    pub fn get_ref(&self) -> &T {
        &self.value
    }
}

/// A TOML value of the supported kinds.
#[derive(Debug, Clone)]
pub enum Value {
    String(String),
    /// Wide enough for every `i64` and, in hexadecimal, every `u64`.
    Integer(i128),
    Boolean(bool),
    /// `[1, 2]`: an array written as a value.
    Array(Vec<Spanned<Value>>),
    /// The tables of `[[name]]` headers.
    TableArray(Vec<Spanned<Value>>),
    Table(Table),
}

impl Value {
    pub fn type_str(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::Integer(_) => "integer",
            Value::Boolean(_) => "boolean",
            Value::Array(_) => "array",
            Value::TableArray(_) => "array of tables",
            Value::Table(_) => "table",
        }
    }

    pub fn as_table(&self) -> Option<&Table> {
        match self {
            Value::Table(table) => Some(table),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_integer(&self) -> Option<i128> {
        match self {
            Value::Integer(value) => Some(*value),
            _ => None,
        }
    }
}

/// How a table came to be, which decides whether a header may still define it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Origin {
    /// Created as the parent of a dotted header (`code` in `[code.en]`): a header may define it.
    #[default]
    Implied,
    /// Defined by its own header.
    Header,
    /// Written inline (`{ ... }`): closed to headers and further keys.
    Inline,
}

/// A table, its keys in the order written.
#[derive(Debug, Clone, Default)]
pub struct Table {
    entries: Vec<(Spanned<String>, Spanned<Value>)>,
    origin: Origin,
}

impl Table {
    pub fn get(&self, key: &str) -> Option<&Spanned<Value>> {
        self.entries
            .iter()
            .find(|(name, _)| name.value == key)
            .map(|(_, value)| value)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &Spanned<String>> {
        self.entries.iter().map(|(key, _)| key)
    }

    #[cfg(test)]
    pub fn entries(&self) -> impl Iterator<Item = (&Spanned<String>, &Spanned<Value>)> {
        self.entries.iter().map(|(key, value)| (key, value))
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut Spanned<Value>> {
        self.entries
            .iter_mut()
            .find(|(name, _)| name.value == key)
            .map(|(_, value)| value)
    }

    /// Adds a key, refusing one the table already has.
    fn insert(&mut self, key: Spanned<String>, value: Spanned<Value>) -> Result<(), SyntaxError> {
        if self.get(&key.value).is_some() {
            return Err(SyntaxError::at(
                key.line,
                format!("duplicate key `{}`", key.value),
            ));
        }
        self.entries.push((key, value));
        Ok(())
    }
}

/// Why the text is not (supported) TOML, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line of the problem.
    pub line: usize,
    pub message: String,
}

impl SyntaxError {
    fn at(line: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads a whole document into its root table.
pub fn parse(source: &str) -> Result<Table, SyntaxError> {
    let mut reader = Reader {
        text: source,
        bytes: source.as_bytes(),
        // A byte order mark is not part of the document.
        at: if source.starts_with('\u{feff}') { 3 } else { 0 },
        line: 1,
        depth: 0,
    };
    let mut root = Table {
        origin: Origin::Header,
        ..Table::default()
    };
    // The header path of the table that key lines go into; empty for the root.
    let mut current: Vec<Spanned<String>> = Vec::new();
    loop {
        reader.skip_blanks();
        match reader.peek() {
            None => return Ok(root),
            Some(b'\n' | b'\r' | b'#') => reader.end_of_line()?,
            Some(b'[') => {
                let line = reader.line;
                let array = reader.bytes.get(reader.at + 1) == Some(&b'[');
                reader.at += if array { 2 } else { 1 };
                let path = reader.header_path()?;
                reader.skip_blanks();
                let close: &[u8] = if array { b"]]" } else { b"]" };
                if !reader.bytes[reader.at..].starts_with(close) {
                    return Err(reader.error(if array {
                        "expected `]]` to close the header"
                    } else {
                        "expected `]` to close the header"
                    }));
                }
                reader.at += close.len();
                reader.end_of_line()?;
                define(&mut root, &path, array, line)?;
                current = path;
            }
            Some(_) => {
                let key = reader.bare_key()?;
                reader.skip_blanks();
                match reader.peek() {
                    Some(b'=') => reader.at += 1,
                    Some(b'.') => {
                        return Err(reader
                            .unsupported("dotted keys on a key line", "use a `[table]` header"));
                    }
                    _ => return Err(reader.error("expected `=` after the key")),
                }
                reader.skip_blanks();
                let value = reader.value()?;
                reader.end_of_line()?;
                table_at(&mut root, &current).insert(key, value)?;
            }
        }
    }
}

/// Creates the table that a `[path]` or `[[path]]` header names.
fn define(
    root: &mut Table,
    path: &[Spanned<String>],
    array: bool,
    line: usize,
) -> Result<(), SyntaxError> {
    let (last, parents) = path.split_last().expect("a header has at least one key");
    let mut table = root;
    for key in parents {
        if table.get(&key.value).is_none() {
            let implied = Spanned {
                line,
                value: Value::Table(Table::default()),
            };
            table.insert(key.clone(), implied)?;
        }
        table = descend(table, key)?;
    }
    let header_table = || Spanned {
        line,
        value: Value::Table(Table {
            origin: Origin::Header,
            ..Table::default()
        }),
    };
    let existing = table
        .entries
        .iter_mut()
        .find(|(key, _)| key.value == last.value);
    match existing {
        None if array => table.insert(
            last.clone(),
            Spanned {
                line,
                value: Value::TableArray(vec![header_table()]),
            },
        ),
        None => table.insert(last.clone(), header_table()),
        Some((key, existing)) => match &mut existing.value {
            Value::TableArray(tables) if array => {
                tables.push(header_table());
                Ok(())
            }
            Value::Table(table) if !array && table.origin == Origin::Implied => {
                // A table implied by an earlier header is now defined: it is from here on.
                table.origin = Origin::Header;
                *key = last.clone();
                existing.line = line;
                Ok(())
            }
            Value::Table(_) if !array => Err(SyntaxError::at(
                last.line,
                format!("table `{}` is defined twice", dotted(path)),
            )),
            other => Err(SyntaxError::at(
                last.line,
                format!(
                    "`{}` is already {} {}, so a header cannot define it",
                    dotted(path),
                    article(other.type_str()),
                    other.type_str()
                ),
            )),
        },
    }
}

/// The table below `key`: a table, or the last table of an array of tables.
fn descend<'t>(table: &'t mut Table, key: &Spanned<String>) -> Result<&'t mut Table, SyntaxError> {
    let value = &mut table
        .get_mut(&key.value)
        .expect("the caller made sure the key exists")
        .value;
    let found = value.type_str();
    match value {
        Value::Table(inner) if inner.origin != Origin::Inline => Ok(inner),
        Value::TableArray(tables) => match tables.last_mut().map(|last| &mut last.value) {
            Some(Value::Table(inner)) => Ok(inner),
            _ => unreachable!("an array of tables holds tables and is never empty"),
        },
        _ => {
            let found = if found == "table" {
                "inline table"
            } else {
                found
            };
            Err(SyntaxError::at(
                key.line,
                format!(
                    "`{}` is {} {found}, so it cannot hold a header's table",
                    key.value,
                    article(found),
                ),
            ))
        }
    }
}

/// The table that key lines under the header `path` go into (the header made sure it exists).
fn table_at<'t>(root: &'t mut Table, path: &[Spanned<String>]) -> &'t mut Table {
    path.iter().fold(root, |table, key| {
        descend(table, key).expect("the header already walked this path")
    })
}

fn dotted(path: &[Spanned<String>]) -> String {
    let keys: Vec<&str> = path.iter().map(|key| key.value.as_str()).collect();
    keys.join(".")
}

fn article(type_str: &str) -> &'static str {
    if type_str.starts_with(['a', 'i']) {
        "an"
    } else {
        "a"
    }
}

// The loops below index bytes directly rather than through iterator adapters: a dependent runs
// this unoptimized, where every adapter is a function call per byte.
struct Reader<'s> {
    text: &'s str,
    bytes: &'s [u8],
    at: usize,
    line: usize,
    /// Arrays and inline tables open around the current value.
    depth: usize,
}

/// How deep arrays and inline tables may nest: far beyond what `codes.toml` needs, and shallow
/// enough that reading them never runs out of stack.
const MAX_DEPTH: usize = 32;

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        if self.at < self.bytes.len() {
            Some(self.bytes[self.at])
        } else {
            None
        }
    }

    fn error(&self, message: &str) -> SyntaxError {
        let found = match self
            .text
            .get(self.at..)
            .and_then(|rest| rest.chars().next())
        {
            None => "the end of the file".to_string(),
            Some('\n' | '\r') => "a line break".to_string(),
            Some(character) => format!("`{}`", character.escape_debug()),
        };
        SyntaxError::at(self.line, format!("{message}, found {found}"))
    }

    fn unsupported(&self, what: &str, instead: &str) -> SyntaxError {
        SyntaxError::at(
            self.line,
            format!("{what} are not supported in codes.toml; {instead}"),
        )
    }

    /// Skips spaces and tabs.
    fn skip_blanks(&mut self) {
        while self.at < self.bytes.len() && matches!(self.bytes[self.at], b' ' | b'\t') {
            self.at += 1;
        }
    }

    /// Skips blanks, an optional comment and the line break (or reaches the end of the file).
    fn end_of_line(&mut self) -> Result<(), SyntaxError> {
        self.skip_blanks();
        if self.peek() == Some(b'#') {
            self.at += 1;
            while self.at < self.bytes.len() {
                let byte = self.bytes[self.at];
                if byte == b'\n' || byte == b'\r' {
                    break;
                }
                if is_control(byte) {
                    return Err(self.error("control characters are not allowed in a comment"));
                }
                self.at += 1;
            }
        }
        match self.peek() {
            None => Ok(()),
            Some(b'\n') => {
                self.at += 1;
                self.line += 1;
                Ok(())
            }
            Some(b'\r') if self.bytes.get(self.at + 1) == Some(&b'\n') => {
                self.at += 2;
                self.line += 1;
                Ok(())
            }
            Some(b'\r') => Err(self.error("a carriage return must be followed by a line feed")),
            Some(_) => Err(self.error("expected the end of the line")),
        }
    }

    /// Skips blanks, comments and line breaks, as allowed between the items of an array.
    fn skip_array_space(&mut self) -> Result<(), SyntaxError> {
        loop {
            self.skip_blanks();
            match self.peek() {
                Some(b'#' | b'\n' | b'\r') => self.end_of_line()?,
                _ => return Ok(()),
            }
        }
    }

    fn bare_key(&mut self) -> Result<Spanned<String>, SyntaxError> {
        let start = self.at;
        while self.at < self.bytes.len()
            && matches!(self.bytes[self.at], b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-')
        {
            self.at += 1;
        }
        if self.at > start {
            let key = self.text[start..self.at].to_string();
            return Ok(Spanned {
                line: self.line,
                value: key,
            });
        }
        match self.peek() {
            Some(b'"' | b'\'') => {
                Err(self.unsupported("quoted keys", "write a bare key (A-Z, a-z, 0-9, `_`, `-`)"))
            }
            _ => Err(self.error("expected a key")),
        }
    }

    /// The dotted keys of a header, `code.en`, blanks allowed around each key.
    fn header_path(&mut self) -> Result<Vec<Spanned<String>>, SyntaxError> {
        let mut path = Vec::new();
        loop {
            self.skip_blanks();
            path.push(self.bare_key()?);
            self.skip_blanks();
            if self.peek() == Some(b'.') {
                self.at += 1;
            } else {
                return Ok(path);
            }
        }
    }

    fn value(&mut self) -> Result<Spanned<Value>, SyntaxError> {
        let line = self.line;
        let value = match self.peek() {
            Some(b'"') if self.bytes[self.at..].starts_with(b"\"\"\"") => {
                return Err(self.unsupported(
                    "multi-line strings",
                    "write the text on one line, with `\\n` for a line break",
                ));
            }
            Some(b'"') => Value::String(self.basic_string()?),
            Some(b'\'') => {
                return Err(
                    self.unsupported("literal strings ('…')", "write a basic string (\"…\")")
                );
            }
            Some(b'[' | b'{') if self.depth == MAX_DEPTH => {
                return Err(self.error(&format!(
                    "arrays and inline tables may nest at most {MAX_DEPTH} deep"
                )));
            }
            Some(b'[') => {
                self.depth += 1;
                let items = self.array()?;
                self.depth -= 1;
                Value::Array(items)
            }
            Some(b'{') => {
                self.depth += 1;
                let table = self.inline_table()?;
                self.depth -= 1;
                Value::Table(table)
            }
            Some(b't' | b'f') => Value::Boolean(self.boolean()?),
            _ if self.at_special_float() => {
                return Err(self.unsupported("floats", "write an integer"));
            }
            Some(b'+' | b'-' | b'0'..=b'9') => Value::Integer(self.integer()?),
            _ => return Err(self.error("expected a value")),
        };
        Ok(Spanned { line, value })
    }

    /// `inf` or `nan`, signed or not.
    fn at_special_float(&self) -> bool {
        let rest = &self.bytes[self.at..];
        let rest = rest
            .strip_prefix(b"+")
            .or(rest.strip_prefix(b"-"))
            .unwrap_or(rest);
        rest.starts_with(b"inf") || rest.starts_with(b"nan")
    }

    fn basic_string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1; // the opening quote
        let mut text = String::new();
        let mut run = self.at; // start of the bytes not yet copied
        loop {
            // Skip plain bytes; UTF-8 continuation bytes are never quotes or controls.
            while self.at < self.bytes.len() {
                let byte = self.bytes[self.at];
                if byte == b'"' || byte == b'\\' || is_control(byte) {
                    break;
                }
                self.at += 1;
            }
            match self.peek() {
                None | Some(b'\n' | b'\r') => {
                    return Err(self.error("unterminated string: expected `\"`"));
                }
                Some(b'"') => {
                    text.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    return Ok(text);
                }
                Some(b'\\') => {
                    text.push_str(&self.text[run..self.at]);
                    text.push(self.escape()?);
                    run = self.at;
                }
                Some(_) => {
                    return Err(self.error("control characters must be escaped in a string"));
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let line = self.line;
        self.at += 1; // the backslash
        let simple = match self.peek() {
            Some(b'b') => Some('\u{8}'),
            Some(b't') => Some('\t'),
            Some(b'n') => Some('\n'),
            Some(b'f') => Some('\u{c}'),
            Some(b'r') => Some('\r'),
            Some(b'"') => Some('"'),
            Some(b'\\') => Some('\\'),
            _ => None,
        };
        if let Some(character) = simple {
            self.at += 1;
            return Ok(character);
        }
        let digits = match self.peek() {
            Some(b'u') => 4,
            Some(b'U') => 8,
            Some(b'e' | b'x') => {
                return Err(SyntaxError::at(
                    line,
                    "TOML 1.1's escapes \\e and \\xHH are not supported in codes.toml; write \\u001B or \\u00HH",
                ));
            }
            _ => {
                return Err(SyntaxError::at(
                    line,
                    "unknown escape: use \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX or \\UXXXXXXXX",
                ));
            }
        };
        let letter = if digits == 4 { 'u' } else { 'U' };
        let hex = self
            .bytes
            .get(self.at + 1..self.at + 1 + digits)
            .filter(|hex| hex.iter().all(u8::is_ascii_hexdigit))
            .ok_or_else(|| {
                SyntaxError::at(
                    line,
                    format!("expected {digits} hexadecimal digits after `\\{letter}`"),
                )
            })?;
        let hex = std::str::from_utf8(hex).expect("hexadecimal digits are ASCII");
        let character = u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| {
                SyntaxError::at(
                    line,
                    format!("`\\{letter}{hex}` is not a Unicode scalar value"),
                )
            })?;
        self.at += 1 + digits;
        Ok(character)
    }

    fn boolean(&mut self) -> Result<bool, SyntaxError> {
        for (word, value) in [("true", true), ("false", false)] {
            if self.bytes[self.at..].starts_with(word.as_bytes()) {
                self.at += word.len();
                self.expect_delimiter("a boolean")?;
                return Ok(value);
            }
        }
        Err(self.error("expected a value"))
    }

    fn integer(&mut self) -> Result<i128, SyntaxError> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if let Some(b'+' | b'-') = self.peek() {
            self.at += 1;
        }
        let signed = self.at > start;
        let radix = match self.bytes.get(self.at..self.at + 2) {
            Some(b"0x") if !signed => 16,
            Some(b"0o" | b"0b") if !signed => {
                return Err(self.unsupported(
                    "octal and binary integers",
                    "write the number in decimal or hexadecimal",
                ));
            }
            _ => 10,
        };
        if radix == 16 {
            self.at += 2;
        }
        let digits_start = self.at;
        let mut digits = String::new();
        let mut after_digit = false;
        while let Some(byte) = self.peek() {
            if byte.is_ascii_digit() || (radix == 16 && byte.is_ascii_hexdigit()) {
                digits.push(char::from(byte));
                after_digit = true;
            } else if byte == b'_' && after_digit {
                after_digit = false;
            } else {
                break;
            }
            self.at += 1;
        }
        if digits.is_empty() || !after_digit {
            return Err(SyntaxError::at(
                self.line,
                "malformed integer: digits may be separated by single underscores only",
            ));
        }
        if let Some(b'.' | b'e' | b'E' | b':') = self.peek() {
            return Err(self.unsupported("floats, dates and times", "write an integer"));
        }
        if radix == 10 && self.peek() == Some(b'-') {
            return Err(self.unsupported("dates", "write an integer"));
        }
        if radix == 10 && digits.len() > 1 && self.bytes[digits_start] == b'0' {
            return Err(SyntaxError::at(
                self.line,
                "integers may not have leading zeros",
            ));
        }
        self.expect_delimiter("an integer")?;
        let out_of_range = || {
            SyntaxError::at(
                self.line,
                "integer out of range (decimal: i64; hexadecimal: u64)",
            )
        };
        let magnitude = u64::from_str_radix(&digits, radix).map_err(|_| out_of_range())?;
        let value = if negative {
            -i128::from(magnitude)
        } else {
            i128::from(magnitude)
        };
        let limit = if radix == 16 {
            u64::MAX
        } else {
            i64::MAX as u64
        };
        if value > i128::from(limit) || value < i128::from(i64::MIN) {
            return Err(out_of_range());
        }
        Ok(value)
    }

    /// After a bare value, only blanks, a comment, a line break, `,`, `]` or `}` may follow.
    fn expect_delimiter(&self, what: &str) -> Result<(), SyntaxError> {
        match self.peek() {
            None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'#' | b',' | b']' | b'}') => Ok(()),
            Some(_) => Err(self.error(&format!("unexpected character after {what}"))),
        }
    }

    fn array(&mut self) -> Result<Vec<Spanned<Value>>, SyntaxError> {
        self.at += 1; // `[`
        let mut items = Vec::new();
        loop {
            self.skip_array_space()?;
            if self.peek() == Some(b']') {
                self.at += 1;
                return Ok(items);
            }
            items.push(self.value()?);
            self.skip_array_space()?;
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(items);
                }
                _ => return Err(self.error("expected `,` or `]` in an array")),
            }
        }
    }

    fn inline_table(&mut self) -> Result<Table, SyntaxError> {
        self.at += 1; // `{`
        let mut table = Table {
            origin: Origin::Inline,
            ..Table::default()
        };
        loop {
            self.skip_blanks();
            match self.peek() {
                Some(b'\n' | b'\r' | b'#') => return Err(self.inline_table_on_lines()),
                Some(b'}') if table.entries.is_empty() => {
                    self.at += 1;
                    return Ok(table);
                }
                Some(b'}') => {
                    return Err(self.unsupported(
                        "trailing commas in inline tables",
                        "end the table after its last value",
                    ));
                }
                _ => {}
            }
            let key = self.bare_key()?;
            self.skip_blanks();
            match self.peek() {
                Some(b'=') => self.at += 1,
                Some(b'.') => {
                    return Err(self.unsupported("dotted keys", "write the inner table whole"));
                }
                Some(b'\n' | b'\r' | b'#') => return Err(self.inline_table_on_lines()),
                _ => return Err(self.error("expected `=` after the key")),
            }
            self.skip_blanks();
            if matches!(self.peek(), Some(b'\n' | b'\r' | b'#')) {
                return Err(self.inline_table_on_lines());
            }
            let value = self.value()?;
            table.insert(key, value)?;
            self.skip_blanks();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(table);
                }
                Some(b'\n' | b'\r' | b'#') => return Err(self.inline_table_on_lines()),
                _ => return Err(self.error("expected `,` or `}` in an inline table")),
            }
        }
    }

    fn inline_table_on_lines(&self) -> SyntaxError {
        self.unsupported(
            "line breaks and comments in inline tables",
            "keep an inline table on one line",
        )
    }
}

/// TOML's control characters: U+0000 to U+001F and U+007F (tab is allowed where text is).
fn is_control(byte: u8) -> bool {
    byte < 0x20 && byte != b'\t' || byte == 0x7f
}
