//! Lookups by number and by name, side by side with the usual alternatives.
//!
//! `cargo bench --bench lookup`; each benchmark looks up the same inputs (16384 by default, set
//! `BENCH_INPUTS` to change it; about 20% misses), so criterion's throughput line gives the time
//! per lookup. BENCHMARKS.md records the results.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use leancloud_im_codes::KnownCode;

use common::baselines;

fn numeric(c: &mut Criterion) {
    let inputs = common::numbers();
    let hash_map = common::code_hash_map();
    let mut group = c.benchmark_group("numeric");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    macro_rules! bench {
        ($name:literal, $lookup:expr) => {
            group.bench_function($name, |b| {
                b.iter(|| {
                    let mut found = 0_usize;
                    for &code in black_box(inputs.as_slice()) {
                        found += usize::from(($lookup)(black_box(code)));
                    }
                    found
                })
            });
        };
    }
    bench!("crate", |code| KnownCode::from_u16(code).is_some());
    bench!("match", |code| baselines::match_code(code).is_some());
    bench!("phf", |code| baselines::PHF_CODES.get(&code).is_some());
    bench!("hash_map", |code| hash_map.get(&code).is_some());
    bench!("binary_search", |code| common::binary_search_code(code)
        .is_some());
    bench!("tungstenite", common::tungstenite_close_code);
    group.finish();
}

fn names(c: &mut Criterion) {
    let exact = common::names(false);
    let mixed = common::names(true);
    let hash_map = common::name_hash_map();
    let sorted = common::sorted_names();
    let mut group = c.benchmark_group("name");
    group.throughput(Throughput::Elements(exact.len() as u64));
    macro_rules! bench {
        ($name:literal, $inputs:expr, $lookup:expr) => {
            group.bench_function($name, |b| {
                b.iter(|| {
                    let mut found = 0_usize;
                    for name in black_box($inputs.as_slice()) {
                        found += usize::from(($lookup)(black_box(name.as_str())));
                    }
                    found
                })
            });
        };
    }
    bench!("crate_exact", exact, |name| KnownCode::from_name(name)
        .is_ok());
    bench!("match_exact", exact, |name| baselines::match_name(name)
        .is_some());
    bench!("phf_exact", exact, |name| baselines::PHF_NAMES
        .get(name)
        .is_some());
    bench!("hash_map_exact", exact, |name| hash_map.get(name).is_some());
    bench!("binary_search_exact", exact, |name: &str| sorted
        .binary_search_by_key(&name, |(key, _)| key)
        .is_ok());
    bench!("strum_exact", exact, |name| common::strum_exact(name)
        .is_some());
    bench!("crate_ignore_case", mixed, |name| {
        KnownCode::from_name_ignore_ascii_case(name).is_ok()
    });
    bench!("strum_ignore_case", mixed, |name| {
        common::strum_ignore_case(name).is_some()
    });
    group.finish();
}

criterion_group!(benches, numeric, names);
criterion_main!(benches);
