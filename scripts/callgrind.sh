#!/usr/bin/env bash
# Instructions and simulated branch mispredictions per lookup, from valgrind's callgrind.
#
# Each lookup runs through common::harness::run (the loop criterion and paired time) over the
# benchmark workload (about 20% misses) twice, for
# LOW and HIGH rounds; the difference divided by the extra lookups cancels start-up and
# workload preparation, leaving the cost of one lookup in its loop; "net" subtracts the floor
# of its kind (the same loop without a lookup). Counts are stable from run to run.
#
#   scripts/callgrind.sh [lookup ...]     # default: every lookup in benches/instructions.rs
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# The default build (target/release): instruction counts do not depend on where a loop starts,
# and aligning loops (as the timing scripts do) would add the padding a lookup's own inner
# loops fall through.

command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
LOW=${LOW:-20}
HIGH=${HIGH:-120}
binary=$(cargo bench -p leancloud-im-codes-benches --bench instructions --no-run --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*instructions[^"]*\)".*/\1/p' | tail -n 1)
[ -x "$binary" ] || { echo "could not build benches/instructions.rs" >&2; exit 1; }

lookups=("$@")
if [ ${#lookups[@]} -eq 0 ]; then
  mapfile -t lookups < <("$binary" | sed 's/.*lookups: //' | tr ',' '\n' | tr -d ' ')
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Address-space randomization off: memcmp's path (and so the count of lookups that call it)
# depends on how the inputs are aligned, which must not change from run to run.
no_aslr=()
if setarch "$(uname -m)" -R true 2>/dev/null; then
  no_aslr=(setarch "$(uname -m)" -R)
fi
totals() { # lookup rounds -> "Ir Bc Bcm Bi Bim"
  "${no_aslr[@]}" valgrind --tool=callgrind --branch-sim=yes --callgrind-out-file="$work/out" \
    "$binary" "$1" "$2" >/dev/null 2>&1
  sed -n 's/^totals: //p' "$work/out"
}

per_round=$("$binary" numeric/crate 1 | sed -n 's/.* over \([0-9]*\) lookups$/\1/p')
for lookup in "${lookups[@]}"; do
  read -r -a low <<<"$(totals "$lookup" "$LOW")"
  read -r -a high <<<"$(totals "$lookup" "$HIGH")"
  awk -v name="$lookup" -v n="$(( (HIGH - LOW) * per_round ))" \
    -v ir="$(( high[0] - low[0] ))" -v miss="$(( high[2] + high[4] - low[2] - low[4] ))" \
    'BEGIN { printf "%s %.1f %.3f\n", name, ir / n, miss / n }'
done >"$work/rows"
# Net: less the floor of the same kind (numeric/floor, text/floor, name/floor), when measured.
awk '{ kind = $1; sub(/\/.*/, "", kind); row[NR] = $0; if ($1 == kind "/floor") floor[kind] = $2 }
  END {
    printf "%-28s %14s %10s %20s\n", "lookup", "instructions", "net", "mispredicted_branches"
    for (i = 1; i <= NR; i++) {
      split(row[i], f, " "); kind = f[1]; sub(/\/.*/, "", kind)
      net = (kind in floor) ? sprintf("%.1f", f[2] - floor[kind]) : "-"
      printf "%-28s %14.1f %10s %20.3f\n", f[1], f[2], net, f[3]
    }
  }' "$work/rows"
