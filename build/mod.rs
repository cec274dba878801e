//! The generator: reads `codes.toml`, validates it and emits Rust source.
//!
//! Its program is `build/main.rs`, which `build.rs` compiles and runs when the committed
//! `generated/` is not current. It lives in its own module tree, on `std` alone, so that tests
//! compile the very same code (`#[path = "../build/mod.rs"] mod generator;`), feed it broken
//! tables and keep `generated/` current.

// The vocabulary is shared with the crate; the generator uses only part of its API.
#[allow(dead_code)]
#[path = "../src/carrier.rs"]
pub mod carrier;
#[allow(dead_code)]
#[path = "../src/family.rs"]
pub mod family;
#[path = "../src/hash.rs"]
pub mod hash;
#[allow(dead_code)]
#[path = "../src/lang.rs"]
pub mod lang;
#[allow(dead_code)]
#[path = "../src/parse_error.rs"]
pub mod parse_error;
#[allow(dead_code)]
#[path = "../src/range.rs"]
pub mod range;
#[allow(dead_code)]
#[path = "../src/recovery.rs"]
pub mod recovery;
#[allow(dead_code)]
#[path = "../src/transport.rs"]
pub mod transport;

#[cfg(test)]
pub mod baselines;
pub mod emit;
pub mod phash;
pub mod script_chars;
pub mod table;
pub mod toml_subset;

pub use carrier::Carrier;
pub use family::Family;
pub use lang::Lang;
pub use range::CodeRange;
pub use recovery::{ConnectionAction, OperationAction};
pub use transport::TransportFailure;

/// The Rust source generated from one `codes.toml`.
pub struct Generated {
    /// `codes.rs`: the enum, its records and lookup tables, included by `src/table.rs`.
    pub codes: String,
    /// `consts.rs`: the `Code` constants, included by `src/code.rs`.
    pub consts: String,
    /// Set when the recorded hash parameters no longer fit: the `[hash]` table to record.
    pub new_hash: Option<String>,
}

/// Validates `source` (the text of `codes.toml`) and generates the Rust source from it.
///
/// On failure, returns every problem found, each naming its entry.
pub fn generate(source: &str) -> Result<Generated, Vec<table::Problem>> {
    let table = table::parse(source)?;
    let missing = table::check_complete(&table);
    if !missing.is_empty() {
        return Err(missing);
    }
    let tables = tables(&table)?;
    Ok(Generated {
        codes: emit::codes(&table, &tables),
        consts: emit::consts(&table.entries),
        new_hash: tables.searched.then(|| tables.recorded()),
    })
}

/// The perfect-hash tables of a validated table.
pub fn tables(table: &table::Table) -> Result<phash::Tables, Vec<table::Problem>> {
    phash::Tables::build(&table.entries, table.recorded).map_err(|message| {
        vec![table::Problem {
            line: None,
            entry: None,
            message,
        }]
    })
}
