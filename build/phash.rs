//! The search for collision-free multiply-shift parameters.
//!
//! The parameters recorded in `codes.toml`'s `[hash]` table are only verified, so a build
//! costs a few microseconds. When they no longer fit (a code or a name was added), a table of
//! `2^bits` slots is tried with a deterministic series of odd multipliers, the smallest size
//! first, until every key lands in a slot of its own, and the build asks the maintainer to
//! record the new parameters. The series is fixed, so the same keys always give the same table.

use super::hash::{code_slot, edge_words, name_hash, name_slot};
use super::table::{Entry, Recorded};

/// A collision-free table: `slots[slot(key)]` is the index of the key's row.
#[derive(Debug, Clone)]
pub struct PerfectHash {
    pub multiplier: u64,
    pub bits: u32,
    pub slots: Vec<Option<usize>>,
}

/// One distinct spelling (a name or an alias) and the codes it names.
#[derive(Debug, Clone)]
pub struct NameKey {
    pub text: String,
    /// Indexes into the entries, ascending by code; more than one where families share a name.
    pub entries: Vec<usize>,
}

/// Everything the emitter needs besides the entries.
#[derive(Debug, Clone)]
pub struct Tables {
    pub codes: PerfectHash,
    pub name_keys: Vec<NameKey>,
    /// Whether names need the full hash because the quick one confuses two of them.
    pub full_name_hash: bool,
    pub names: PerfectHash,
    /// Whether a table had to be searched because the recorded parameters did not fit.
    pub searched: bool,
}

/// Multipliers tried per table size before the next size up.
const TRIES_PER_SIZE: u32 = 1 << 18;
/// Table sizes tried above the smallest that can hold every key.
const EXTRA_BITS: u32 = 5;

impl Tables {
    /// Builds both tables for entries sorted by code.
    pub fn build(entries: &[Entry], recorded: Recorded) -> Result<Tables, String> {
        let mut searched = false;
        let codes: Vec<u16> = entries.iter().map(|entry| entry.code).collect();
        let codes = find(
            recorded.numbers,
            &mut searched,
            codes.len(),
            u64::from(u32::MAX),
            |multiplier, bits| {
                let multiplier = u32::try_from(multiplier).expect("searched within 32 bits");
                codes
                    .iter()
                    .map(|code| code_slot(*code, multiplier, bits))
                    .collect()
            },
        )
        .ok_or("no collision-free multiplier found for the numeric table")?;

        // Sorted by text, kept sorted by inserting in place (no map type to compile).
        let mut name_keys: Vec<NameKey> = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            for text in std::iter::once(&entry.name).chain(&entry.aliases) {
                match name_keys.binary_search_by(|key| key.text.cmp(text)) {
                    Ok(at) => name_keys[at].entries.push(index),
                    Err(at) => name_keys.insert(
                        at,
                        NameKey {
                            text: text.clone(),
                            entries: vec![index],
                        },
                    ),
                }
            }
        }
        let hashes_with = |full| -> Vec<u64> {
            name_keys
                .iter()
                .map(|key| name_hash(key.text.as_bytes(), edge_words(key.text.as_bytes()), full))
                .collect()
        };
        let quick = hashes_with(false);
        let full_name_hash = !all_distinct(&quick);
        let hashes = if full_name_hash {
            hashes_with(true)
        } else {
            quick
        };
        if !all_distinct(&hashes) {
            return Err(
                "two names have the same 64-bit hash; change the hash constants in src/hash.rs"
                    .into(),
            );
        }
        let names = find(
            recorded.names,
            &mut searched,
            hashes.len(),
            u64::MAX,
            |multiplier, bits| {
                hashes
                    .iter()
                    .map(|hash| name_slot(*hash, multiplier, bits))
                    .collect()
            },
        )
        .ok_or("no collision-free multiplier found for the name table")?;

        Ok(Tables {
            codes,
            name_keys,
            full_name_hash,
            names,
            searched,
        })
    }

    /// The `[hash]` table to record in `codes.toml`.
    pub fn recorded(&self) -> String {
        format!(
            "[hash]\nnumbers = {{ multiplier = {:#010x}, bits = {} }}\nnames = {{ multiplier = {:#018x}, bits = {} }}\n",
            self.codes.multiplier, self.codes.bits, self.names.multiplier, self.names.bits
        )
    }
}

/// The recorded parameters if they fit, or else the first that the search finds; multipliers
/// stay within `max`.
fn find(
    recorded: Option<(u64, u32)>,
    searched: &mut bool,
    count: usize,
    max: u64,
    slots_of: impl Fn(u64, u32) -> Vec<usize>,
) -> Option<PerfectHash> {
    let recorded = recorded.filter(|(multiplier, _)| *multiplier <= max);
    if let Some(table) = recorded.and_then(|(multiplier, bits)| fits(multiplier, bits, &slots_of)) {
        return Some(table);
    }
    *searched = true;
    search(count, max, slots_of)
}

/// The table under these parameters, if every key gets a slot of its own.
fn fits(
    multiplier: u64,
    bits: u32,
    slots_of: impl Fn(u64, u32) -> Vec<usize>,
) -> Option<PerfectHash> {
    let mut table = vec![None; 1 << bits];
    for (index, slot) in slots_of(multiplier, bits).into_iter().enumerate() {
        if table[slot].replace(index).is_some() {
            return None;
        }
    }
    Some(PerfectHash {
        multiplier,
        bits,
        slots: table,
    })
}

fn all_distinct(hashes: &[u64]) -> bool {
    let mut sorted = hashes.to_vec();
    sorted.sort_unstable();
    sorted.windows(2).all(|pair| pair[0] != pair[1])
}

/// Finds parameters under which `slots_of(multiplier, bits)` gives `count` distinct slots.
fn search(
    count: usize,
    max: u64,
    slots_of: impl Fn(u64, u32) -> Vec<usize>,
) -> Option<PerfectHash> {
    let min_bits = count.max(2).next_power_of_two().trailing_zeros();
    for bits in min_bits..=min_bits + EXTRA_BITS {
        let mut state = 0x5EED_0000_0000_0000 | u64::from(bits);
        for _ in 0..TRIES_PER_SIZE {
            let multiplier = (splitmix64(&mut state) & max) | 1;
            if let Some(table) = fits(multiplier, bits, &slots_of) {
                return Some(table);
            }
        }
    }
    None
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
