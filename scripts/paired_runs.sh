#!/usr/bin/env bash
# benches/paired.rs RUNS times (default 3), each run on the 16,384-input and then the
# 1,024-input workload, then the range over the runs of each column, per workload and lookup.
# Every lookup of a kind is timed in rotation with the others (see benches/paired.rs), so the
# net times (less the floor) and the ratios (to the array, the crate's text, the crate's exact
# name lookup) are taken pass by pass; BENCHMARKS.md takes its ranges from this output.
#
#   scripts/paired_runs.sh            # RUNS=3, BENCH_PASSES=2000 by default
set -euo pipefail
# shellcheck source=scripts/bench_env.sh
source "$(dirname "$0")/bench_env.sh"
cargo bench -q -p leancloud-im-codes-benches --bench paired --no-run
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for run in $(seq "$runs"); do
  for inputs in 16384 1024; do
    BENCH_INPUTS=$inputs cargo bench -q -p leancloud-im-codes-benches --bench paired 2>/dev/null |
      awk -v run="$run" -v inputs="$inputs" '$1 ~ /\// && NF == 7 { print run, inputs, $0 }' | tee -a "$out"
  done
done
echo
echo "ranges over $runs runs: ns, net ns, ratio (median of per-rotation ratios), net ratio"
python3 - "$out" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    run, inputs, name, ns, net, q1, ratio, q3, net_ratio = line.split()
    rows.setdefault((int(inputs), name), []).append(tuple(float(v) if v != "-" else None for v in (ns, net, ratio, net_ratio)))
def span(values, fmt):
    if None in values:
        return "-"
    return fmt.format(min(values)) if min(values) == max(values) else (fmt + "–" + fmt).format(min(values), max(values))
print(f"{'inputs':<7} {'lookup':<28} {'ns':>13} {'net ns':>13} {'ratio':>11} {'net ratio':>13}")
for (inputs, name), values in sorted(rows.items(), key=lambda item: -item[0][0]):
    cols = list(zip(*values))
    print(f"{inputs:<7} {name:<28} {span(cols[0], '{:.2f}'):>13} {span(cols[1], '{:.2f}'):>13} "
          f"{span(cols[2], '{:.2f}'):>11} {span(cols[3], '{:.2f}'):>13}")
PY
