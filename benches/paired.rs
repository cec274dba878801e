//! Every lookup timed in rotation: one pass over the workload per lookup, then the next, a few
//! thousand times, so that all of a kind's lookups see the same machine at the same moment.
//!
//! On a shared machine a criterion run of one lookup and a later run of another can meet
//! different neighbours; timing them in rotation cancels that. Each pass runs
//! `common::harness::run` (the loop criterion times and callgrind counts) over the workload,
//! repeated to at least 16,384 lookups. For each lookup it prints the median time per lookup,
//! the median of its time less the floor's in the same rotation (net), and the medians of the
//! per-rotation ratios to the kind's reference (the array index for numbers, the crate's
//! exact lookup for names, the crate's text for texts), raw and net of the floor.
//! `scripts/paired_runs.sh` runs it on both workloads, with the loops aligned (see
//! BENCHMARKS.md), and gives the ranges over runs:
//!
//! ```text
//! cargo bench -p leancloud-im-codes-benches --bench paired
//! BENCH_INPUTS=1024 BENCH_PASSES=2000 cargo bench -p leancloud-im-codes-benches --bench paired
//! RUNS=3 scripts/paired_runs.sh
//! ```

#[macro_use]
mod common;

use std::hint::black_box;
use std::time::Instant;

use common::harness;

/// Rotations per kind (`BENCH_PASSES` to change it), after a tenth as many untimed.
fn passes() -> usize {
    std::env::var("BENCH_PASSES")
        .ok()
        .and_then(|passes| passes.parse().ok())
        .unwrap_or(2000)
}
/// Each timed pass covers at least this many lookups, repeating the workload if it is small.
const MIN_LOOKUPS_PER_PASS: usize = 16 * 1024;

/// One lookup's timed pass: runs it over the workload and returns nanoseconds per lookup.
type Pass<'a> = Box<dyn Fn() -> f64 + 'a>;

fn timed<T: harness::Input, A: harness::Answer>(
    inputs: &[T],
    lookup: impl Fn(T) -> A,
) -> impl Fn() -> f64 {
    let repeats = MIN_LOOKUPS_PER_PASS.div_ceil(inputs.len());
    let lookups = u32::try_from(inputs.len() * repeats).expect("a pass is under 2^32 lookups");
    move || {
        let start = Instant::now();
        black_box(harness::run(inputs, repeats, &lookup));
        start.elapsed().as_secs_f64() * 1e9 / f64::from(lookups)
    }
}

fn percentile(values: &mut [f64], percent: usize) -> f64 {
    values.sort_by(f64::total_cmp);
    values[(values.len() - 1) * percent / 100]
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    percentile(&mut values.collect::<Vec<_>>(), 50)
}

/// Times every lookup of `kind` in rotation (each rotation starting one lookup later) and
/// prints a row per lookup; `floor` and `reference` are labels in `lookups`.
fn rotate(kind: &str, lookups: &[(&str, Pass)], floor: &str, reference: &str) {
    let passes = passes();
    let at = |label: &str| {
        lookups
            .iter()
            .position(|(name, _)| *name == label)
            .expect("a listed lookup")
    };
    let (floor, reference) = (at(floor), at(reference));
    for _ in 0..passes / 10 {
        for (_, pass) in lookups {
            pass();
        }
    }
    let mut times = vec![Vec::with_capacity(passes); lookups.len()];
    for rotation in 0..passes {
        for offset in 0..lookups.len() {
            let index = (rotation + offset) % lookups.len();
            times[index].push((lookups[index].1)());
        }
    }
    let net = |index: usize, pass: usize| times[index][pass] - times[floor][pass];
    let reference_net = median((0..passes).map(|pass| net(reference, pass)));
    println!(
        "{kind}: {passes} rotations, reference {}",
        lookups[reference].0
    );
    for (index, (label, _)) in lookups.iter().enumerate() {
        let raw = median(times[index].iter().copied());
        let net_ns = median((0..passes).map(|pass| net(index, pass)));
        let mut ratios: Vec<f64> = (0..passes)
            .map(|pass| times[index][pass] / times[reference][pass])
            .collect();
        // A reference whose time is within a twentieth of a nanosecond of the floor's (the
        // array index) makes a net ratio meaningless.
        let net_ratio = if reference_net > 0.05 {
            format!("{:.2}", net_ns / reference_net)
        } else {
            "-".to_string()
        };
        println!(
            "{label:<28} {raw:>8.2} {net_ns:>8.2} {:>7.2} {:>7.2} {:>7.2} {net_ratio:>9}",
            percentile(&mut ratios, 25),
            percentile(&mut ratios, 50),
            percentile(&mut ratios, 75),
        );
    }
}

fn main() {
    if std::env::args().any(|arg| arg == "--list") {
        return;
    }
    let tables = common::Tables::new();
    let (numbers, exact, mixed) = (common::numbers(), common::names(false), common::names(true));
    let exact: Vec<&str> = common::refs(&exact);
    let mixed: Vec<&str> = common::refs(&mixed);

    println!("inputs: {}", numbers.len());
    println!(
        "{:<28} {:>8} {:>8} {:>7} {:>7} {:>7} {:>9}",
        "lookup", "ns", "net ns", "q1", "ratio", "q3", "net ratio"
    );
    let mut numeric: Vec<(&str, Pass)> = Vec::new();
    macro_rules! number {
        ($label:literal, $lookup:expr) => {
            numeric.push(($label, Box::new(timed(&numbers, $lookup))));
        };
    }
    numeric_lookups!(number, tables);
    rotate("numeric", &numeric, "numeric/floor", "numeric/array");
    drop(numeric);

    let mut texts: Vec<(&str, Pass)> = Vec::new();
    macro_rules! text {
        ($label:literal, $lookup:expr) => {
            texts.push(($label, Box::new(timed(&numbers, $lookup))));
        };
    }
    text_lookups!(text);
    rotate("text", &texts, "text/floor", "text/crate_message");
    drop(texts);

    let mut names: Vec<(&str, Pass)> = Vec::new();
    macro_rules! name {
        ($label:literal, $inputs:ident, $lookup:expr) => {
            names.push(($label, Box::new(timed(&$inputs, $lookup))));
        };
    }
    name_lookups!(name, tables, exact, mixed);
    rotate("name", &names, "name/floor", "name/crate_exact");
}
