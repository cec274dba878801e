# Sourced by the timing scripts: every loop aligned to 64 bytes, and a target directory of its
# own for that build. Where a loop of a few instructions starts decides how fast it runs (one
# that crosses a 64-byte boundary took 0.55 ns a lookup instead of 0.32 here), and the
# benchmarks compare such loops.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export RUSTFLAGS="${RUSTFLAGS:-} -C llvm-args=-align-loops=64"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/bench}"
runs=${RUNS:-3}
