//! Lookups by number and by name, side by side with the usual alternatives.
//!
//! `cargo bench --bench lookup`; each benchmark looks up the same inputs (16384 by default, set
//! `BENCH_INPUTS` to change it; about 20% misses), so criterion's throughput line gives the time
//! per lookup. BENCHMARKS.md records the results.

#[macro_use]
mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use leancloud_im_codes::KnownCode;

fn lookups(c: &mut Criterion) {
    let tables = common::Tables::new();
    let numbers = common::numbers();
    let exact = common::names(false);
    let mixed = common::names(true);

    let mut group = c.benchmark_group("lookup");
    group.throughput(Throughput::Elements(numbers.len() as u64));
    macro_rules! bench_number {
        ($label:literal, $lookup:expr) => {
            let lookup = $lookup;
            group.bench_function($label, |b| {
                b.iter(|| {
                    let mut found = 0_usize;
                    for &code in black_box(numbers.as_slice()) {
                        let known = lookup(black_box(code));
                        found += usize::from(known.map_or(0, KnownCode::as_u16));
                    }
                    found
                })
            });
        };
    }
    macro_rules! bench_name {
        ($label:literal, $inputs:ident, $lookup:expr) => {
            let lookup = $lookup;
            group.bench_function($label, |b| {
                b.iter(|| {
                    let mut found = 0_usize;
                    for name in black_box($inputs.as_slice()) {
                        let known = lookup(black_box(name.as_str()));
                        found += usize::from(known.map_or(0, KnownCode::as_u16));
                    }
                    found
                })
            });
        };
    }
    macro_rules! bench_text {
        ($label:literal, $lookup:expr) => {
            let lookup = $lookup;
            group.bench_function($label, |b| {
                b.iter(|| {
                    let mut found = 0_usize;
                    for &code in black_box(numbers.as_slice()) {
                        found += lookup(black_box(code)).len();
                    }
                    found
                })
            });
        };
    }
    numeric_lookups!(bench_number, tables);
    text_lookups!(bench_text);
    name_lookups!(bench_name, tables, exact, mixed);
    group.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
