//! Runs one lookup over the benchmark workload a given number of rounds, for counting
//! instructions with callgrind (`scripts/callgrind.sh`, BENCHMARKS.md):
//!
//! ```text
//! instructions <lookup> <rounds>
//! ```
//!
//! Every lookup runs through `common::harness::run`, the loop criterion and `paired` time.
//! Without arguments (as under `cargo bench`), it lists the lookups and exits.

#[macro_use]
mod common;

use common::harness;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tables = common::Tables::new();
    let (numbers, exact, mixed) = (common::numbers(), common::names(false), common::names(true));
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
                result = Some(harness::run(&numbers, rounds, &$lookup));
            }
        };
    }
    macro_rules! name {
        ($label:literal, $inputs:ident, $lookup:expr) => {
            labels.push($label);
            if let (Some($label), Some(rounds)) = (wanted, rounds) {
                result = Some(harness::run(&$inputs, rounds, &$lookup));
            }
        };
    }
    numeric_lookups!(number, tables);
    text_lookups!(number);
    name_lookups!(name, tables, exact, mixed);

    match (result, rounds) {
        (Some(found), Some(rounds)) => {
            let lookups = rounds * numbers.len();
            println!(
                "{}: sum {found} over {lookups} lookups",
                wanted.unwrap_or_default()
            );
        }
        _ => println!(
            "usage: instructions <lookup> <rounds>; lookups: {}",
            labels.join(", ")
        ),
    }
}
