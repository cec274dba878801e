//! Runs one lookup over the benchmark workload a given number of rounds, for counting
//! instructions with callgrind (see `scripts/callgrind.sh` and BENCHMARKS.md):
//!
//! ```text
//! instructions <lookup> <rounds>
//! ```
//!
//! Without arguments (as under `cargo bench`), it lists the lookups and exits.

mod common;

use std::hint::black_box;

use leancloud_im_codes::KnownCode;

use common::baselines;

const LOOKUPS: &[&str] = &[
    "numeric/crate",
    "numeric/match",
    "numeric/phf",
    "numeric/hash_map",
    "numeric/binary_search",
    "numeric/tungstenite",
    "name/crate_exact",
    "name/match_exact",
    "name/phf_exact",
    "name/hash_map_exact",
    "name/binary_search_exact",
    "name/strum_exact",
    "name/crate_ignore_case",
    "name/strum_ignore_case",
];

#[inline(never)]
fn run_numbers(inputs: &[u16], rounds: usize, lookup: impl Fn(u16) -> bool) -> usize {
    let mut found = 0;
    for _ in 0..rounds {
        for &code in black_box(inputs) {
            found += usize::from(lookup(black_box(code)));
        }
    }
    found
}

#[inline(never)]
fn run_names(inputs: &[String], rounds: usize, lookup: impl Fn(&str) -> bool) -> usize {
    let mut found = 0;
    for _ in 0..rounds {
        for name in black_box(inputs) {
            found += usize::from(lookup(black_box(name.as_str())));
        }
    }
    found
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(lookup), Some(rounds)) = (args.first(), args.get(1).and_then(|r| r.parse().ok()))
    else {
        println!(
            "usage: instructions <lookup> <rounds>; lookups: {}",
            LOOKUPS.join(", ")
        );
        return;
    };
    let numbers = common::numbers();
    let exact = common::names(false);
    let mixed = common::names(true);
    let code_map = common::code_hash_map();
    let name_map = common::name_hash_map();
    let sorted = common::sorted_names();
    let found = match lookup.as_str() {
        "numeric/crate" => run_numbers(&numbers, rounds, |c| KnownCode::from_u16(c).is_some()),
        "numeric/match" => run_numbers(&numbers, rounds, |c| baselines::match_code(c).is_some()),
        "numeric/phf" => run_numbers(&numbers, rounds, |c| baselines::PHF_CODES.get(&c).is_some()),
        "numeric/hash_map" => run_numbers(&numbers, rounds, |c| code_map.get(&c).is_some()),
        "numeric/binary_search" => run_numbers(&numbers, rounds, |c| {
            common::binary_search_code(c).is_some()
        }),
        "numeric/tungstenite" => run_numbers(&numbers, rounds, common::tungstenite_close_code),
        "name/crate_exact" => run_names(&exact, rounds, |n| KnownCode::from_name(n).is_ok()),
        "name/match_exact" => run_names(&exact, rounds, |n| baselines::match_name(n).is_some()),
        "name/phf_exact" => run_names(&exact, rounds, |n| baselines::PHF_NAMES.get(n).is_some()),
        "name/hash_map_exact" => run_names(&exact, rounds, |n| name_map.get(n).is_some()),
        "name/binary_search_exact" => run_names(&exact, rounds, |n: &str| {
            sorted.binary_search_by_key(&n, |(key, _)| key).is_ok()
        }),
        "name/strum_exact" => run_names(&exact, rounds, |n| common::strum_exact(n).is_some()),
        "name/crate_ignore_case" => run_names(&mixed, rounds, |n| {
            KnownCode::from_name_ignore_ascii_case(n).is_ok()
        }),
        "name/strum_ignore_case" => {
            run_names(&mixed, rounds, |n| common::strum_ignore_case(n).is_some())
        }
        other => {
            eprintln!("unknown lookup {other:?}; lookups: {}", LOOKUPS.join(", "));
            std::process::exit(2);
        }
    };
    println!(
        "{lookup}: {found} hits in {} lookups",
        rounds * common::lookups()
    );
}
