//! The build script's TOML reader against the `toml` crate: what the reader accepts, `toml`
//! reads the same way, value for value and line for line.

use super::REAL;
use super::generator::toml_subset::{self, Spanned, Value};
use proptest::prelude::*;
use std::fmt::Write as _;
use toml::de::{DeTable, DeValue};

/// A parsed document, as both parsers can describe it, with the 1-based line of each key and
/// value.
#[derive(Debug, PartialEq)]
enum Tree {
    String(String),
    Integer(i128),
    Boolean(bool),
    /// Each item with its line.
    Array(Vec<(usize, Tree)>),
    /// Each key with its line and its value's line, sorted by key.
    Table(Vec<(String, usize, usize, Tree)>),
}

fn ours(source: &str) -> Result<Tree, toml_subset::SyntaxError> {
    fn tree(value: &Value) -> Tree {
        match value {
            Value::String(text) => Tree::String(text.clone()),
            Value::Integer(value) => Tree::Integer(*value),
            Value::Boolean(value) => Tree::Boolean(*value),
            Value::Array(items) | Value::TableArray(items) => Tree::Array(
                items
                    .iter()
                    .map(|item| (item.line, tree(&item.value)))
                    .collect(),
            ),
            Value::Table(table) => {
                let mut entries: Vec<_> = table
                    .entries()
                    .map(|(key, value): (&Spanned<String>, &Spanned<Value>)| {
                        (key.value.clone(), key.line, value.line, tree(&value.value))
                    })
                    .collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                Tree::Table(entries)
            }
        }
    }
    toml_subset::parse(source).map(|table| tree(&Value::Table(table)))
}

/// `None` where `toml` refuses the text, or holds a value the reader never produces (a float,
/// a date).
fn theirs(source: &str) -> Option<Tree> {
    fn line(source: &str, offset: usize) -> usize {
        source[..offset].matches('\n').count() + 1
    }
    fn tree(source: &str, value: &DeValue<'_>) -> Option<Tree> {
        Some(match value {
            DeValue::String(text) => Tree::String(text.to_string()),
            DeValue::Integer(integer) => {
                let digits = integer.as_str().replace('_', "");
                let digits = digits.strip_prefix('+').unwrap_or(&digits);
                let digits = digits.strip_prefix("0x").unwrap_or(digits);
                let value = i128::from_str_radix(digits, integer.radix()).ok()?;
                // TOML integers are i64s (`toml` checks that only when it converts); the reader
                // lets a hexadecimal one use all 64 bits, for the `[hash]` multipliers.
                let max = if integer.radix() == 16 {
                    i128::from(u64::MAX)
                } else {
                    i128::from(i64::MAX)
                };
                if value > max || value < i128::from(i64::MIN) {
                    return None;
                }
                Tree::Integer(value)
            }
            DeValue::Boolean(value) => Tree::Boolean(*value),
            DeValue::Array(items) => Tree::Array(
                items
                    .iter()
                    .map(|item| {
                        Some((
                            line(source, item.span().start),
                            tree(source, item.get_ref())?,
                        ))
                    })
                    .collect::<Option<_>>()?,
            ),
            DeValue::Table(table) => table_tree(source, table)?,
            _ => return None,
        })
    }
    fn table_tree(source: &str, table: &DeTable<'_>) -> Option<Tree> {
        let mut entries = Vec::new();
        for (key, value) in table {
            entries.push((
                key.get_ref().to_string(),
                line(source, key.span().start),
                line(source, value.span().start),
                tree(source, value.get_ref())?,
            ));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Some(Tree::Table(entries))
    }
    let document = DeTable::parse(source).ok()?;
    table_tree(source, document.get_ref())
}

/// The property every test here checks: whatever the reader accepts, `toml` accepts too and
/// reads identically; valid TOML that the reader refuses gets a message that says it is not
/// supported, rather than one that calls it wrong.
fn assert_agrees(source: &str) -> Result<(), TestCaseError> {
    match (ours(source), theirs(source)) {
        (Ok(read), Some(expected)) => {
            prop_assert_eq!(read, expected, "different readings of:\n{}", source);
        }
        (Ok(_), None) => prop_assert!(false, "the reader accepted what toml refuses:\n{source}"),
        (Err(error), Some(_)) => prop_assert!(
            error.message.contains("not supported"),
            "valid TOML refused as if it were wrong ({error}):\n{source}"
        ),
        (Err(_), None) => {}
    }
    Ok(())
}

#[test]
fn reads_codes_toml_exactly_as_toml_does() {
    let read = ours(REAL).expect("the reader reads codes.toml");
    assert_eq!(Some(read), theirs(REAL));
}

/// Pieces of the subset and of what lies outside it, so that joined at random they make valid
/// documents, near misses and plain garbage.
const PIECES: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "# comment \u{e9}\n",
    "#\u{7}\n",
    "[[code]]\n",
    "[[ code ]]\n",
    "[code.en]\n",
    "[ code . en ]\n",
    "[code]\n",
    "[hash]\n",
    "[a.b.c]\n",
    "[a]\n",
    "[[a.b]]\n",
    "[[code]\n",
    "[]\n",
    "code = ",
    "name = ",
    "en = ",
    "a = ",
    "b=",
    "a.b = ",
    "\"quoted\" = ",
    "'x' = ",
    "-k_1 = ",
    "\"text\"",
    "\"\"",
    "\"\u{4f60}\u{597d}\u{ff0c}\u{4e16}\u{754c}\"",
    "\"tab\there\"",
    "\"escapes \\\" \\\\ \\n \\t \\b \\f \\r \\u00e9 \\U0001F600\"",
    "\"bad \\x41\"",
    "\"bad \\e\"",
    "\"bad \\uD800\"",
    "\"bad \\u12\"",
    "\"unterminated",
    "\"\"\"multi\"\"\"",
    "'literal'",
    "\"control \u{1}\"",
    "\"del \u{7f}\"",
    "0",
    "-0",
    "+7",
    "4111",
    "1_000",
    "1__0",
    "1_",
    "007",
    "-4111",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "0x8500daafc5d8b711",
    "0x_1",
    "0xDEAD_beef",
    "0xffffffffffffffff",
    "0x10000000000000000",
    "+0x1",
    "0o17",
    "0b101",
    "1.5",
    "1e3",
    "1979-05-27",
    "07:32:00",
    "inf",
    "nan",
    "true",
    "false",
    "truex",
    "[]",
    "[1, 2]",
    "[\"a\",\n  \"b\", # note\n]",
    "[1,,2]",
    "[[1], [\"x\"]]",
    "{}",
    "{ multiplier = 0x8500daafc5d8b711, bits = 8 }",
    "{ a = 1, a = 2 }",
    "{ a = 1, }",
    "{ a = 1\n }",
    "{ a.b = 1 }",
    ",",
    "]",
    "=",
];

fn documents() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..24)
        .prop_map(|pieces| pieces.concat())
}

/// A TOML basic string holding `text`: what must be escaped is, and of the rest, each
/// character whose `style` says so is written as `\\uXXXX`, `\\UXXXXXXXX` or a short escape.
fn toml_string(text: &[(char, u8)]) -> String {
    let mut out = String::from("\"");
    for &(character, style) in text {
        let short = match character {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\u{8}' => Some("\\b"),
            '\t' => Some("\\t"),
            '\n' => Some("\\n"),
            '\u{c}' => Some("\\f"),
            '\r' => Some("\\r"),
            _ => None,
        };
        let must = character.is_control() && character != '\t';
        match (short, style % 4) {
            (Some(short), 0 | 1) => out.push_str(short),
            (_, 2) if u32::from(character) <= 0xFFFF => {
                write!(out, "\\u{:04X}", u32::from(character)).unwrap();
            }
            (_, 3) => write!(out, "\\U{:08x}", u32::from(character)).unwrap(),
            (Some(short), _) => out.push_str(short),
            _ if must => write!(out, "\\u{:04x}", u32::from(character)).unwrap(),
            _ => out.push(character),
        }
    }
    out.push('"');
    out
}

/// A decimal integer as TOML may write it: an optional `+`, and underscores between digits.
fn decimal(number: i64, plus: bool, underscores: &[bool]) -> String {
    let digits = number.unsigned_abs().to_string();
    let mut out = String::new();
    if number < 0 {
        out.push('-');
    } else if plus {
        out.push('+');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && underscores.get(index).copied().unwrap_or(false) {
            out.push('_');
        }
        out.push(digit);
    }
    out
}

fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec((any::<char>(), any::<u8>()), 0..10)
            .prop_map(|text| toml_string(&text)),
        (
            any::<i64>(),
            any::<bool>(),
            proptest::collection::vec(any::<bool>(), 20)
        )
            .prop_map(|(number, plus, underscores)| decimal(number, plus, &underscores)),
        (any::<u64>(), any::<bool>(), 0..4usize).prop_map(|(number, upper, zeros)| {
            let digits = if upper {
                format!("{number:X}")
            } else {
                format!("{number:x}")
            };
            let digits = format!("{}{digits}", "0".repeat(zeros));
            // Underscores between groups of four, counted from the right.
            let mut grouped = String::new();
            for (index, digit) in digits.chars().enumerate() {
                if index > 0 && (digits.len() - index) % 4 == 0 && zeros % 2 == 1 {
                    grouped.push('_');
                }
                grouped.push(digit);
            }
            format!("0x{grouped}")
        }),
        any::<bool>().prop_map(|value| value.to_string()),
    ]
}

/// Values of every kind, arrays nested and spread over lines with comments.
fn value() -> impl Strategy<Value = String> {
    scalar().prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            (
                proptest::collection::vec(inner.clone(), 0..4),
                any::<bool>(),
                any::<bool>()
            )
                .prop_map(|(items, spread, trailing)| {
                    let separator = if spread { ",\n  # item\n  " } else { ", " };
                    let mut array = format!("[{}", items.join(separator));
                    if trailing && !items.is_empty() {
                        array.push(',');
                    }
                    if spread {
                        array.push('\n');
                    }
                    array.push(']');
                    array
                }),
            proptest::collection::vec(inner, 0..3).prop_map(|items| {
                let pairs: Vec<String> = items
                    .iter()
                    .enumerate()
                    .map(|(index, item)| format!("i{index} = {item}"))
                    .collect();
                format!("{{ {} }}", pairs.join(", "))
            }),
        ]
    })
}

/// Key lines, each key unique within its table, some with a comment, blank lines between.
fn key_lines() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec((value(), any::<bool>(), any::<bool>()), 0..4).prop_map(|lines| {
        lines
            .into_iter()
            .enumerate()
            .map(|(index, (value, comment, blank))| {
                let comment = if comment { " # note" } else { "" };
                let blank = if blank { "\n" } else { "" };
                format!("{blank}k{index} = {value}{comment}\n")
            })
            .collect()
    })
}

/// Documents of the subset with unique keys and tables: root keys, `[[code]]` entries with
/// `[code.en]`, plain tables, a table implied by a header and defined later, and arrays of
/// tables below a table; LF or CRLF line breaks.
fn valid_documents() -> impl Strategy<Value = String> {
    let section = (0..5u8, key_lines(), key_lines(), any::<bool>());
    (
        key_lines(),
        proptest::collection::vec(section, 0..5),
        any::<bool>(),
    )
        .prop_map(|(root, sections, crlf)| {
            let mut document = root.concat();
            for (index, (kind, first, second, spaced)) in sections.into_iter().enumerate() {
                let (open, close) = if spaced { ("[ ", " ]") } else { ("[", "]") };
                let (first, second) = (first.concat(), second.concat());
                match kind {
                    0 => write!(document, "[[code]]\n{first}[code.en] # texts\n{second}"),
                    1 => write!(document, "{open}s{index}{close}\n{first}"),
                    2 => write!(document, "[p{index}.q]\n{first}[p{index}]\n{second}"),
                    3 => write!(
                        document,
                        "[[t{index}.items]]\n{first}[[t{index}.items]]\n{second}"
                    ),
                    _ => write!(document, "# a comment line\n\n[s{index}.inner]\n{first}"),
                }
                .unwrap();
            }
            if crlf {
                document = document.replace('\n', "\r\n");
            }
            document
        })
}

proptest! {
    // This file is a module of tests/codes_toml.rs, where proptest cannot place a
    // regressions file; a failure prints its input instead.
    #![proptest_config(ProptestConfig {
        cases: 2048,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn what_the_reader_accepts_toml_reads_the_same(source in documents()) {
        assert_agrees(&source)?;
    }

    #[test]
    fn documents_of_the_subset_are_read_as_toml_reads_them(source in valid_documents()) {
        let read = ours(&source);
        prop_assert!(read.is_ok(), "refused {:?}:\n{}", read, source);
        let expected = theirs(&source);
        prop_assert!(expected.is_some(), "toml refused:\n{}", source);
        prop_assert_eq!(read.ok(), expected, "{}", source);
    }

    #[test]
    fn edits_of_codes_toml_are_read_as_toml_reads_them(
        at in 0..REAL.len(),
        cut in 0..8usize,
        piece in proptest::sample::select(PIECES),
    ) {
        // A window around the edit keeps each case quick; whole entries stay whole.
        let mut at = at;
        while !REAL.is_char_boundary(at) {
            at -= 1;
        }
        let start = REAL[..at].rfind("[[code]]").unwrap_or(0);
        let end = REAL[at..].find("\n[[code]]").map_or(REAL.len(), |end| at + end + 1);
        let mut resume = (at + cut).min(end);
        while !REAL.is_char_boundary(resume) {
            resume += 1;
        }
        let edited = format!("{}{piece}{}", &REAL[start..at], &REAL[resume..end]);
        assert_agrees(&edited)?;
    }
}

#[test]
fn refuses_what_it_does_not_read_with_the_line() {
    let cases = [
        ("a = 'x'\n", 1, "literal strings"),
        ("\nb = \"\"\"x\"\"\"\n", 2, "multi-line strings"),
        ("a = 1\na = 2\n", 2, "duplicate key `a`"),
        ("[x]\n[x]\n", 2, "table `x` is defined twice"),
        ("[[x]]\n[x]\n", 2, "`x` is already an array of tables"),
        ("a.b = 1\n", 1, "dotted keys"),
        ("\"a\" = 1\n", 1, "quoted keys"),
        ("a = 1.5\n", 1, "floats"),
        ("a = 1979-05-27\n", 1, "dates"),
        ("a = 0o17\n", 1, "octal"),
        ("a = 007\n", 1, "leading zeros"),
        ("a = 9223372036854775808\n", 1, "out of range"),
        ("a = \"\\x41\"\n", 1, "not supported"),
        ("a = \"\\q\"\n", 1, "unknown escape"),
        ("a = \"x\n", 1, "unterminated string"),
        ("a = { b = 1, }\n", 1, "trailing commas"),
        ("a = { b = 1,\n c = 2 }\n", 1, "line breaks"),
        // Found by the edit property once codes.toml had inline tables in its entries.
        ("a = { b\n = 1 }\n", 1, "line breaks"),
        ("a = { b =\n 1 }\n", 1, "line breaks"),
        ("a = { b # note\n = 1 }\n", 1, "comments"),
        ("a = { b.c = 1 }\n", 1, "dotted keys"),
        ("a = { b = }\n", 1, "expected a value"),
        ("\n\na = 1 b\n", 3, "expected the end of the line"),
        ("a = {b = 1}\n[a]\n", 2, "defined twice"),
        ("a = {b = 1}\n[a.c]\n", 2, "`a` is an inline table"),
        ("a = 07:32:00\n", 1, "times"),
        ("a = inf\n", 1, "floats"),
        ("a = -nan\n", 1, "floats"),
        ("a = 1\r", 1, "carriage return"),
        ("a = [\r]\n", 1, "carriage return"),
        ("# x\r", 1, "carriage return"),
    ];
    for (source, line, needle) in cases {
        let error = toml_subset::parse(source).expect_err(source);
        assert_eq!(error.line, line, "{source:?}: {error}");
        assert!(error.message.contains(needle), "{source:?}: {error}");
        // Valid TOML that the reader refuses on purpose gets a message that says so.
        if theirs(source).is_some() {
            assert!(
                error.message.contains("not supported"),
                "{source:?}: {error}"
            );
        }
    }
}

#[test]
fn nesting_is_bounded_and_never_exhausts_the_stack() {
    let deep = format!("a = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let error = toml_subset::parse(&deep).expect_err("too deep");
    assert!(error.message.contains("nest at most"), "{error}");
    let deep = format!("a = {}1{}\n", "{b = ".repeat(100_000), " }".repeat(100_000));
    assert!(toml_subset::parse(&deep).is_err());
    let fine = format!("a = {}1{}\n", "[".repeat(32), "]".repeat(32));
    assert_eq!(ours(&fine).ok(), theirs(&fine));
}

#[test]
fn a_byte_order_mark_is_skipped_as_toml_does() {
    let source = "\u{feff}a = 1\n[t]\nb = 2\n";
    let read = ours(source).expect("read");
    assert_eq!(Some(read), theirs(source));
}

#[test]
fn arrays_of_tables_are_told_from_arrays_of_inline_tables() {
    let headers = toml_subset::parse("[[code]]\na = 1\n").unwrap();
    assert!(matches!(
        headers.get("code").map(|code| &code.value),
        Some(Value::TableArray(tables)) if tables.len() == 1
    ));
    let inline = toml_subset::parse("code = [{ a = 1 }]\n").unwrap();
    assert!(matches!(
        inline.get("code").map(|code| &code.value),
        Some(Value::Array(items)) if items.len() == 1
    ));
}

#[test]
fn a_table_defined_after_its_subtable_takes_the_line_of_its_header() {
    let table = toml_subset::parse("[hash.x]\n[hash]\na = 1\n").unwrap();
    let hash = table.get("hash").unwrap();
    assert_eq!(hash.line, 2);
    assert_eq!(table.keys().next().unwrap().line, 2);
}
