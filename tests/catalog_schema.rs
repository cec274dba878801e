//! `explain --all --json` against `schema/catalog.schema.json`.
//!
//! The validator below implements the JSON Schema (2020-12) keywords the schema uses, and
//! refuses a schema with any other keyword, so nothing in the schema goes unchecked. A full
//! validator crate would add some 75 crates to `cargo test`'s cold build.

use std::process::Command;

use serde_json::{Map, Value};

const KEYWORDS: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "type",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "minimum",
    "maximum",
    "minItems",
    "minLength",
    "minProperties",
    "anyOf",
];

fn resolve<'a>(root: &'a Value, reference: &str) -> &'a Value {
    let pointer = reference.strip_prefix('#').expect("local references only");
    root.pointer(pointer)
        .unwrap_or_else(|| panic!("unresolved {reference}"))
}

fn type_matches(name: &str, value: &Value) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        other => panic!("type {other} is not supported here"),
    }
}

/// Every violation of `schema` by `value`, each with its JSON pointer.
fn validate(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let schema: &Map<String, Value> = schema.as_object().expect("a schema is an object");
    for keyword in schema.keys() {
        assert!(
            KEYWORDS.contains(&keyword.as_str()),
            "unsupported keyword {keyword}"
        );
    }
    let mut fail = |message: String| errors.push(format!("{at}: {message}"));
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        validate(root, resolve(root, reference), value, at, errors);
        return;
    }
    if let Some(types) = schema.get("type") {
        let names: Vec<&str> = match types {
            Value::String(name) => vec![name],
            Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
            _ => panic!("bad type"),
        };
        if !names.iter().any(|name| type_matches(name, value)) {
            fail(format!("{value} is not of type {names:?}"));
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            fail(format!("{value} is not one of {allowed:?}"));
        }
    }
    if let Some(expected) = schema.get("const") {
        if expected != value {
            fail(format!("{value} is not {expected}"));
        }
    }
    if let (Some(minimum), Some(number)) = (
        schema.get("minimum").and_then(Value::as_i64),
        value.as_i64(),
    ) {
        if number < minimum {
            fail(format!("{number} < {minimum}"));
        }
    }
    if let (Some(maximum), Some(number)) = (
        schema.get("maximum").and_then(Value::as_i64),
        value.as_i64(),
    ) {
        if number > maximum {
            fail(format!("{number} > {maximum}"));
        }
    }
    if let (Some(minimum), Some(text)) = (
        schema.get("minLength").and_then(Value::as_u64),
        value.as_str(),
    ) {
        if (text.chars().count() as u64) < minimum {
            fail(format!("{text:?} is shorter than {minimum}"));
        }
    }
    if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
        let fits = options.iter().any(|option| {
            let mut inner = Vec::new();
            validate(root, option, value, at, &mut inner);
            inner.is_empty()
        });
        if !fits {
            fail(format!("{value} fits none of anyOf"));
        }
    }
    if let Some(items) = value.as_array() {
        if let Some(minimum) = schema.get("minItems").and_then(Value::as_u64) {
            if (items.len() as u64) < minimum {
                fail(format!("fewer than {minimum} items"));
            }
        }
        if let Some(item_schema) = schema.get("items") {
            for (index, item) in items.iter().enumerate() {
                validate(root, item_schema, item, &format!("{at}/{index}"), errors);
            }
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let key = required.as_str().unwrap();
            if !object.contains_key(key) {
                errors.push(format!("{at}: missing {key}"));
            }
        }
        if let Some(minimum) = schema.get("minProperties").and_then(Value::as_u64) {
            if (object.len() as u64) < minimum {
                errors.push(format!("{at}: fewer than {minimum} properties"));
            }
        }
        for (key, field) in object {
            match properties.and_then(|properties| properties.get(key)) {
                Some(field_schema) => {
                    validate(root, field_schema, field, &format!("{at}/{key}"), errors);
                }
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}: unexpected property {key}"));
                }
                None => {}
            }
        }
    }
}

fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/catalog.schema.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn explain(args: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_explain"))
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn the_catalog_export_matches_its_schema() {
    let schema = schema();
    for args in [
        &["--all", "--json"][..],
        &["--all", "--json", "--lang", "zh-Hant"],
    ] {
        let catalog = explain(args);
        let mut errors = Vec::new();
        validate(&schema, &schema, &catalog, "", &mut errors);
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
}

#[test]
fn one_code_several_and_bad_input_match_the_same_schema() {
    let schema = schema();
    for args in [
        &["--json", "4111"][..],
        &["--json", "4999"],
        &["--json", "0"],
        &["--json", "65535"],
        &["--json", "4111", "1006", "nope"],
        &["--json", "--lang", "zh-Hans", "nope"],
    ] {
        let document = explain(args);
        let mut errors = Vec::new();
        validate(&schema, &schema, &document, "", &mut errors);
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
}

#[test]
fn never_and_nothing_are_two_words() {
    let document = explain(&["--json", "4111", "4999"]);
    let conflict = &document["codes"][0];
    assert_eq!(conflict["operation"], "nothing");
    // 4999 answers no request: that never happens, the word the text format and docs use.
    assert_eq!(document["codes"][1]["operation"], "never");
    let schema = schema();
    let mut errors = Vec::new();
    let mut null = document.clone();
    null["codes"][1]["operation"] = Value::Null;
    validate(&schema, &schema, &null, "", &mut errors);
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn the_validator_catches_violations() {
    let schema = schema();
    let mut catalog = explain(&["--all", "--json"]);
    catalog["codes"][0]["connection"] = Value::from("panic");
    catalog["codes"][1]["texts"]["en"]["message"] = Value::from("");
    catalog["codes"][2]["extra"] = Value::from(1);
    catalog["codes"][3]["retry_after"] = Value::from("tomorrow");
    let mut errors = Vec::new();
    validate(&schema, &schema, &catalog, "", &mut errors);
    assert_eq!(errors.len(), 4, "{errors:#?}");
}
