//! Lookups by number and by name, side by side with the usual alternatives.
//!
//! `cargo bench --bench lookup`; each benchmark looks up the same inputs (16384 by default, set
//! `BENCH_INPUTS` to change it; about 20% misses) once per iteration, through
//! `common::harness::run` (the loop `paired` and the callgrind driver use too), so criterion's
//! throughput line gives the time per lookup. BENCHMARKS.md records the results.

#[macro_use]
mod common;

use common::harness;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn lookups(c: &mut Criterion) {
    let tables = common::Tables::new();
    let numbers = common::numbers();
    let exact = common::names(false);
    let mixed = common::names(true);
    let exact: Vec<&str> = common::refs(&exact);
    let mixed: Vec<&str> = common::refs(&mixed);

    let mut group = c.benchmark_group("lookup");
    group.throughput(Throughput::Elements(numbers.len() as u64));
    macro_rules! bench_number {
        ($label:literal, $lookup:expr) => {
            let lookup = $lookup;
            group.bench_function($label, |b| b.iter(|| harness::run(&numbers, 1, &lookup)));
        };
    }
    macro_rules! bench_name {
        ($label:literal, $inputs:ident, $lookup:expr) => {
            let lookup = $lookup;
            group.bench_function($label, |b| b.iter(|| harness::run(&$inputs, 1, &lookup)));
        };
    }
    numeric_lookups!(bench_number, tables);
    text_lookups!(bench_number);
    name_lookups!(bench_name, tables, exact, mixed);
    group.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
