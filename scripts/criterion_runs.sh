#!/usr/bin/env bash
# Criterion medians in nanoseconds per lookup, RUNS times (default 3), each run measuring the
# 16,384-input and then the 1,024-input workload, so every ratio compares lookups measured
# side by side. Prints one row per run, workload and lookup, with the ratio to this crate's
# lookup of the same kind in that run (`name/crate_ignore_case` to `name/crate_exact`,
# `name/strum_ignore_case` to `name/crate_ignore_case`). BENCHMARKS.md takes its ranges from
# this output.
#
#   scripts/criterion_runs.sh [FILTER]      # FILTER: a criterion regex, default every lookup
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-3}
filter=${1:-.}
cargo bench -q -p leancloud-im-codes-benches --bench lookup --no-run

printf '%-4s %-7s %-28s %10s %8s\n' run inputs lookup ns ratio
for run in $(seq "$runs"); do
  for inputs in 16384 1024; do
    rm -rf target/criterion/lookup
    BENCH_INPUTS=$inputs cargo bench -q -p leancloud-im-codes-benches --bench lookup -- \
      "$filter" --warm-up-time 1 --measurement-time 2 >/dev/null 2>&1
    python3 - "$run" "$inputs" <<'PY'
import json, pathlib, sys
run, inputs = sys.argv[1], int(sys.argv[2])
medians = {}
for estimates in sorted(pathlib.Path("target/criterion/lookup").glob("*/new/estimates.json")):
    name = estimates.parent.parent.name.replace("_", "/", 1)
    medians[name] = json.loads(estimates.read_text())["median"]["point_estimate"] / inputs
def reference(name):
    kind = name.split("/")[0]
    if kind == "numeric":
        return "numeric/crate"
    if kind == "text":
        return "text/crate_message"
    # The case-insensitive lookup is compared with the exact one; strum's with ours.
    return "name/crate_ignore_case" if name == "name/strum_ignore_case" else "name/crate_exact"
for name, ns in medians.items():
    base = medians.get(reference(name))
    ratio = f"{ns / base:.2f}" if base else "-"
    print(f"{run:<4} {inputs:<7} {name:<28} {ns:10.2f} {ratio:>8}")
PY
  done
done
