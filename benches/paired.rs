//! The speed goals as paired measurements: two lookups timed in alternation, one pass over the
//! workload each, thousands of times, so that both see the same machine at the same moment.
//!
//! On a shared machine a criterion run of one lookup and a later run of another can meet
//! different neighbours; pairing cancels that. Each pair prints the median time per lookup of
//! both sides and the median and quartiles of the per-pass ratio:
//!
//! ```text
//! cargo bench -p leancloud-im-codes-benches --bench paired
//! BENCH_INPUTS=1024 cargo bench -p leancloud-im-codes-benches --bench paired
//! ```

// The shared workload; the lookup lists the other benchmarks iterate are not needed here.
#[allow(unused_macros)]
mod common;

use std::hint::black_box;
use std::time::Instant;

use leancloud_im_codes::KnownCode;

/// Alternating passes per pair.
const PASSES: usize = 4000;
/// Each timed pass covers at least this many lookups, repeating the workload if it is small.
const MIN_LOOKUPS_PER_PASS: usize = 16 * 1024;

/// Nanoseconds per lookup for one pass of `lookup` over `inputs`.
fn pass<T: ?Sized>(
    inputs: &[&T],
    repeats: usize,
    lookup: &impl Fn(&T) -> Option<KnownCode>,
) -> f64 {
    let start = Instant::now();
    black_box(common::sum_found(inputs, repeats, lookup));
    let lookups = u32::try_from(inputs.len() * repeats).expect("a pass is under 2^32 lookups");
    start.elapsed().as_secs_f64() * 1e9 / f64::from(lookups)
}

fn median(values: &mut [f64]) -> f64 {
    percentile(values, 50)
}

fn percentile(values: &mut [f64], percent: usize) -> f64 {
    values.sort_by(f64::total_cmp);
    values[(values.len() - 1) * percent / 100]
}

/// Times `lookup` and `baseline` in alternation (swapping which goes first every pass) and
/// prints the medians and the ratio `lookup / baseline`.
fn pair<T: ?Sized>(
    label: &str,
    inputs: &[&T],
    lookup: impl Fn(&T) -> Option<KnownCode>,
    baseline: impl Fn(&T) -> Option<KnownCode>,
) {
    let repeats = MIN_LOOKUPS_PER_PASS.div_ceil(inputs.len());
    for _ in 0..PASSES / 10 {
        pass(inputs, repeats, &lookup);
        pass(inputs, repeats, &baseline);
    }
    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for index in 0..PASSES {
        let (a, b) = if index % 2 == 0 {
            let a = pass(inputs, repeats, &lookup);
            (a, pass(inputs, repeats, &baseline))
        } else {
            let b = pass(inputs, repeats, &baseline);
            (pass(inputs, repeats, &lookup), b)
        };
        ours.push(a);
        theirs.push(b);
        ratios.push(a / b);
    }
    println!(
        "{label:<44} {:>8.2} {:>8.2} {:>7.2} {:>7.2} {:>7.2}",
        median(&mut ours),
        median(&mut theirs),
        percentile(&mut ratios, 25),
        median(&mut ratios),
        percentile(&mut ratios, 75),
    );
}

fn main() {
    if std::env::args().any(|arg| arg == "--list") {
        return;
    }
    let tables = common::Tables::new();
    let (numbers, exact, mixed) = (common::numbers(), common::names(false), common::names(true));
    let numbers: Vec<&u16> = common::refs(&numbers);
    let exact: Vec<&str> = common::refs(&exact);
    let mixed: Vec<&str> = common::refs(&mixed);

    println!("inputs: {}", numbers.len());
    println!(
        "{:<44} {:>8} {:>8} {:>7} {:>7} {:>7}",
        "lookup / baseline", "ns", "base ns", "q1", "ratio", "q3"
    );
    pair(
        "numeric/crate / numeric/array",
        &numbers,
        |code: &u16| KnownCode::from_u16(*code),
        |code: &u16| tables.array[usize::from(*code)],
    );
    pair(
        "name/crate_exact / name/match_exact",
        &exact,
        |name: &str| KnownCode::from_name(name).ok(),
        common::baselines::match_name,
    );
    // Each side reads its own workload, as in the other benchmarks: the case-insensitive lookup
    // mixed-case names, the exact one the names as spelled.
    let both: Vec<(&str, &str)> = mixed.iter().copied().zip(exact.iter().copied()).collect();
    let both: Vec<&(&str, &str)> = both.iter().collect();
    pair(
        "name/crate_ignore_case / name/crate_exact",
        &both,
        |(mixed, _): &(&str, &str)| KnownCode::from_name_ignore_ascii_case(mixed).ok(),
        |(_, exact): &(&str, &str)| KnownCode::from_name(exact).ok(),
    );
}
