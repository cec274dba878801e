//! The generator behind `build.rs`: reads `codes.toml`, validates it and emits Rust source.
//!
//! It lives in its own module tree so that tests compile the very same code
//! (`#[path = "../build/mod.rs"] mod generator;`) and can feed it broken tables.

// The vocabulary enums are shared with the crate; the generator uses only part of their API.
#[allow(dead_code)]
#[path = "../src/action.rs"]
pub mod action;
#[allow(dead_code)]
#[path = "../src/family.rs"]
pub mod family;
#[path = "../src/hash.rs"]
pub mod hash;

pub mod emit;
pub mod phash;
pub mod table;

pub use action::Action;
pub use family::Family;

/// The Rust sources generated from one `codes.toml`.
pub struct Generated {
    /// `codes.rs`: the enum, its records and lookup tables, included by `src/code.rs`.
    pub codes: String,
    /// `baselines.rs`: the same table as `match`, `phf` and strum lookups, for the benchmarks.
    pub baselines: String,
}

/// Validates `source` (the text of `codes.toml`) and generates the Rust sources from it.
///
/// On failure, returns every problem found, each naming its entry.
pub fn generate(source: &str) -> Result<Generated, Vec<table::Problem>> {
    let entries = table::parse(source)?;
    let tables = phash::Tables::build(&entries).map_err(|message| {
        vec![table::Problem {
            line: None,
            entry: None,
            message,
        }]
    })?;
    Ok(Generated {
        codes: emit::codes(&entries, &tables),
        baselines: emit::baselines(&entries, &tables),
    })
}
