#!/usr/bin/env bash
# Criterion medians in nanoseconds per lookup, RUNS times (default 3), each run measuring the
# 16,384-input and then the 1,024-input workload, so every ratio compares lookups measured
# side by side. Prints one row per run, workload and lookup: the median, the median less the
# floor of its kind in that run (net), and the ratio to its kind's reference in that run, raw
# and net (numbers: `numeric/array`; texts: `text/crate_message`; names: `name/crate_exact`).
# BENCHMARKS.md takes its ranges from this output.
#
#   scripts/criterion_runs.sh [FILTER]      # FILTER: a criterion regex, default every lookup
set -euo pipefail
# shellcheck source=scripts/bench_env.sh
source "$(dirname "$0")/bench_env.sh"
filter=${1:-.}
cargo bench -q -p leancloud-im-codes-benches --bench lookup --no-run

printf '%-4s %-7s %-28s %10s %8s %8s %9s\n' run inputs lookup ns net_ns ratio net_ratio
for run in $(seq "$runs"); do
  for inputs in 16384 1024; do
    rm -rf "$CARGO_TARGET_DIR/criterion/lookup"
    BENCH_INPUTS=$inputs cargo bench -q -p leancloud-im-codes-benches --bench lookup -- \
      "$filter" --warm-up-time 1 --measurement-time 2 >/dev/null 2>&1
    python3 - "$run" "$inputs" "$CARGO_TARGET_DIR" <<'PY'
import json, pathlib, sys
run, inputs, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
medians = {}
for estimates in sorted(pathlib.Path(target, "criterion/lookup").glob("*/new/estimates.json")):
    name = estimates.parent.parent.name.replace("_", "/", 1)
    medians[name] = json.loads(estimates.read_text())["median"]["point_estimate"] / inputs
REFERENCE = {"numeric": "numeric/array", "text": "text/crate_message", "name": "name/crate_exact"}
for name, ns in medians.items():
    kind = name.split("/")[0]
    floor, base = medians.get(f"{kind}/floor"), medians.get(REFERENCE[kind])
    net = f"{ns - floor:.2f}" if floor is not None else "-"
    ratio = f"{ns / base:.2f}" if base else "-"
    net_ratio = f"{(ns - floor) / (base - floor):.2f}" if base and floor is not None and base > floor else "-"
    print(f"{run:<4} {inputs:<7} {name:<28} {ns:10.2f} {net:>8} {ratio:>8} {net_ratio:>9}")
PY
  done
done
