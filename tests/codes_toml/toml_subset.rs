//! The build script's TOML reader against the `toml` crate: what the reader accepts, `toml`
//! reads the same way, value for value and line for line.

use super::REAL;
use super::generator::toml_subset::{self, Spanned, Value};
use proptest::prelude::*;
use toml::de::{DeTable, DeValue};

/// A parsed document, as both parsers can describe it: each key with its 1-based line.
#[derive(Debug, PartialEq)]
enum Tree {
    String(String),
    Integer(i128),
    Boolean(bool),
    Array(Vec<Tree>),
    /// Sorted by key.
    Table(Vec<(String, usize, Tree)>),
}

fn ours(source: &str) -> Result<Tree, toml_subset::SyntaxError> {
    fn tree(value: &Value) -> Tree {
        match value {
            Value::String(text) => Tree::String(text.clone()),
            Value::Integer(value) => Tree::Integer(*value),
            Value::Boolean(value) => Tree::Boolean(*value),
            Value::Array(items) | Value::TableArray(items) => {
                Tree::Array(items.iter().map(|item| tree(&item.value)).collect())
            }
            Value::Table(table) => {
                let mut entries: Vec<_> = table
                    .entries()
                    .map(|(key, value): (&Spanned<String>, _)| {
                        (key.value.clone(), key.line, tree(&value.value))
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
                    .map(|item| tree(source, item.get_ref()))
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
/// reads identically.
fn assert_agrees(source: &str) -> Result<(), TestCaseError> {
    if let Ok(read) = ours(source) {
        let expected = theirs(source);
        prop_assert!(
            expected.is_some(),
            "the reader accepted what toml refuses:\n{source}"
        );
        prop_assert_eq!(Some(read), expected, "different readings of:\n{}", source);
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

/// Well-formed documents of the subset: key lines under headers, every value kind.
fn valid_documents() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        "[^\"\\\\\\x00-\\x1f\\x7f]{0,12}".prop_map(|text| format!("{text:?}")),
        any::<i64>().prop_map(|number| number.to_string()),
        any::<u64>().prop_map(|number| format!("{number:#x}")),
        any::<bool>().prop_map(|value| value.to_string()),
        proptest::collection::vec(any::<i32>(), 0..4).prop_map(|numbers| format!("{numbers:?}")),
        (any::<u32>(), "[a-z]{1,6}")
            .prop_map(|(number, text)| format!("{{ n = {number}, t = {text:?} }}")),
    ];
    let line = ("[a-z][a-z0-9_-]{0,6}", value, "( *#[^\\n\\r]{0,8})?")
        .prop_map(|(key, value, comment)| format!("{key} = {value}{comment}\n"));
    let header = prop_oneof![
        Just("[[code]]\n".to_string()),
        Just("[code.en]\n".to_string()),
        "[a-z]{1,3}".prop_map(|name| format!("[{name}]\n")),
        "[a-z]{1,3}".prop_map(|name| format!("[[t.{name}]]\n")),
    ];
    proptest::collection::vec((header, proptest::collection::vec(line, 0..4)), 0..6).prop_map(
        |sections| {
            sections
                .into_iter()
                .map(|(header, lines)| header + &lines.concat())
                .collect()
        },
    )
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
        // Generated keys may repeat, which both refuse; every other document both read.
        match (ours(&source), theirs(&source)) {
            (Ok(read), Some(expected)) => prop_assert_eq!(read, expected, "{}", source),
            (Err(_), None) => {}
            (read, expected) => {
                prop_assert!(false, "disagree on:\n{}\nreader: {:?}\ntoml: {:?}", source, read, expected);
            }
        }
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
        ("a = { b.c = 1 }\n", 1, "dotted keys"),
        ("a = { b = }\n", 1, "expected a value"),
        ("\n\na = 1 b\n", 3, "expected the end of the line"),
        ("a = {b = 1}\n[a]\n", 2, "defined twice"),
        ("a = {b = 1}\n[a.c]\n", 2, "inline table"),
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
