//! Replays the fuzz targets' seed corpus (`fuzz/seeds/<target>/`) through the same checks the
//! fuzzers run (`fuzz/checks/`), so plain `cargo test` exercises them without nightly. The JSON
//! carriers' seeds need the `serde` feature (CI runs `cargo test --all-features` too).

#[path = "../fuzz/checks/codes.rs"]
mod codes;
#[cfg(all(feature = "serde", feature = "alloc"))]
#[path = "../fuzz/checks/json.rs"]
mod json;

use std::fs;
use std::path::Path;

fn replay(targets: &[codes::Target]) {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    for (target, check) in targets {
        let dir = seeds.join(target);
        let mut replayed = 0;
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            let data = fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{target} fails on {}", path.display());
            replayed += 1;
        }
        assert!(replayed >= 4, "{target} has only {replayed} seeds");
    }
}

#[test]
fn name_and_close_payload_seeds_pass_their_checks() {
    replay(codes::TARGETS);
}

#[cfg(all(feature = "serde", feature = "alloc"))]
#[test]
fn json_carrier_seeds_pass_their_checks() {
    replay(json::TARGETS);
}
