//! Runs one lookup over the benchmark workload a given number of rounds, for counting
//! instructions with callgrind (`scripts/callgrind.sh`, BENCHMARKS.md):
//!
//! ```text
//! instructions <lookup> <rounds>
//! ```
//!
//! Without arguments (as under `cargo bench`), it lists the lookups and exits.

#[macro_use]
mod common;

use std::hint::black_box;

use leancloud_im_codes::KnownCode;

#[inline(never)]
fn run_text(inputs: &[&u16], rounds: usize, lookup: impl Fn(&u16) -> &'static str) -> usize {
    let mut found = 0;
    for _ in 0..rounds {
        for input in black_box(inputs) {
            found += lookup(black_box(input)).len();
        }
    }
    found
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tables = common::Tables::new();
    let (numbers, exact, mixed) = (common::numbers(), common::names(false), common::names(true));
    let numbers: Vec<&u16> = common::refs(&numbers);
    let exact: Vec<&str> = common::refs(&exact);
    let mixed: Vec<&str> = common::refs(&mixed);

    let mut labels = Vec::new();
    let mut result = None;
    let wanted = args.first().map(String::as_str);
    let rounds: Option<usize> = args.get(1).and_then(|rounds| rounds.parse().ok());
    macro_rules! number {
        ($label:literal, $lookup:expr) => {
            labels.push($label);
            if let (Some($label), Some(rounds)) = (wanted, rounds) {
                let lookup = $lookup;
                result = Some(common::sum_found(&numbers, rounds, |code: &u16| {
                    lookup(*code)
                }));
            }
        };
    }
    macro_rules! name {
        ($label:literal, $inputs:ident, $lookup:expr) => {
            labels.push($label);
            if let (Some($label), Some(rounds)) = (wanted, rounds) {
                result = Some(common::sum_found(&$inputs, rounds, $lookup));
            }
        };
    }
    macro_rules! text {
        ($label:literal, $lookup:expr) => {
            labels.push($label);
            if let (Some($label), Some(rounds)) = (wanted, rounds) {
                let lookup = $lookup;
                result = Some(run_text(&numbers, rounds, |code: &u16| lookup(*code)));
            }
        };
    }
    numeric_lookups!(number, tables);
    text_lookups!(text);
    name_lookups!(name, tables, exact, mixed);

    match (result, rounds) {
        (Some(found), Some(rounds)) => {
            let lookups = rounds * numbers.len();
            println!(
                "{}: {found} found in {lookups} lookups",
                wanted.unwrap_or_default()
            );
        }
        _ => println!(
            "usage: instructions <lookup> <rounds>; lookups: {}",
            labels.join(", ")
        ),
    }
}
