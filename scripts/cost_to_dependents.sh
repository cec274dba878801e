#!/usr/bin/env bash
# What a dependent pays to build this crate, beside `http` and `thiserror`: clean debug builds
# of fresh `cargo new` crates, RUNS times (default 5), the crates' order rotating from run to
# run so that none always goes first. Then the build script's own run, timed directly.
#
#   RUNS=5 scripts/cost_to_dependents.sh
#
# Dependents (each a `cargo new --vcs none` binary with one dependency, default features):
#   crate             leancloud-im-codes = { path = <this checkout> }
#   http              http = "1"
#   thiserror         thiserror = "2" (this crate's one dependency: the floor its design sets)
#   beyond-thiserror  the `crate` dependent built after `cargo build -p thiserror` in the same
#                     target directory: what this crate adds to a dependent that has thiserror
# For each build: crates compiled, wall seconds and CPU seconds (user + sys, /usr/bin/time) of
# `cargo build` after `rm -rf target`, and this crate's build script: compile and run seconds
# from `cargo build --timings` (10 ms resolution). Registry crates are fetched first and the
# timed builds run --offline. Medians, ranges and the crate / http ratios follow the table.
#
# A dependent gets this crate from crates.io, and cargo compiles registry dependencies without
# incremental compilation, which it keeps for path dependencies such as this checkout (it
# costs a third more on the build script's compile). CARGO_INCREMENTAL=0 builds the checkout
# as a registry dependency would be built; thiserror and http are registry dependencies either
# way.
#
# The build script's run: the unoptimized build script of the last `crate` build, run
# SCRIPT_RUNS times (default 30) from the checkout with a fresh OUT_DIR each time, as cargo
# runs it, timed from Python with the process start; median, fastest and slowest.
set -euo pipefail
export CARGO_INCREMENTAL=0
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
script_runs=${SCRIPT_RUNS:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dependent() { # name dependency-line
  (cd "$work" && cargo new -q --vcs none --name "dependent-$1" "$1")
  printf '%s\n' "$2" >>"$work/$1/Cargo.toml"
}
dependent crate "leancloud-im-codes = { path = \"$root\" }"
dependent http 'http = "1"'
dependent thiserror 'thiserror = "2"'
dependent beyond-thiserror "leancloud-im-codes = { path = \"$root\" }"
crates=(crate http thiserror beyond-thiserror)
for name in "${crates[@]}"; do (cd "$work/$name" && cargo fetch -q); done

# Build-script units of this crate in a cargo-timing.html: "compile run" seconds.
build_script_times() {
  python3 - "$1" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", html, re.S).group(1))
ours = [u for u in units if u["name"] == "leancloud-im-codes"]
compile = sum(u["duration"] for u in ours if u.get("target", "").strip() == "build-script" or u.get("mode") == "build-script")
run = sum(u["duration"] for u in ours if u.get("mode") == "run-custom-build")
print(f"{compile:.2f} {run:.3f}" if ours else "- -")
PY
}

rows="$work/rows"
printf '%-4s %-17s %7s %8s %8s %14s %14s\n' run dependent crates wall_s cpu_s script_build_s script_run_s
for run in $(seq "$runs"); do
  shift_by=$(( (run - 1) % ${#crates[@]} ))
  order=("${crates[@]:shift_by}" "${crates[@]:0:shift_by}")
  for name in "${order[@]}"; do
    dir="$work/$name"
    rm -rf "$dir/target"
    if [ "$name" = beyond-thiserror ]; then
      cargo build -q --offline --manifest-path "$dir/Cargo.toml" -p thiserror
    fi
    /usr/bin/time -f '%e %U %S' -o "$dir/time" cargo build --offline --timings --manifest-path "$dir/Cargo.toml" >"$dir/log" 2>&1
    read -r wall user sys <"$dir/time"
    compiled=$(grep -c '^ *Compiling ' "$dir/log" || true)
    timing=$(ls "$dir"/target/cargo-timings/cargo-timing-*.html | head -n 1)
    read -r script_build script_run <<<"$(build_script_times "$timing")"
    cpu=$(echo "$user + $sys" | bc)
    printf '%-4s %-17s %7s %8s %8.2f %14s %14s\n' "$run" "$name" "$compiled" "$wall" "$cpu" "$script_build" "$script_run" | tee -a "$rows"
  done
done

echo
python3 - "$rows" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
by = {}
for run, name, crates, wall, cpu, *_ in rows:
    by.setdefault(name, {})[int(run)] = (float(wall), float(cpu))
def summary(values):
    return f"median {statistics.median(values):.2f} (range {min(values):.2f}–{max(values):.2f})"
print(f"{'dependent':<17} {'wall s':<30} {'CPU s':<30}")
for name, runs in by.items():
    walls, cpus = [w for w, _ in runs.values()], [c for _, c in runs.values()]
    print(f"{name:<17} {summary(walls):<30} {summary(cpus):<30}")
print()
for name in ("crate", "thiserror", "beyond-thiserror"):
    ratios_wall = [by[name][r][0] / by["http"][r][0] for r in by[name]]
    ratios_cpu = [by[name][r][1] / by["http"][r][1] for r in by[name]]
    print(f"{name} / http, per run: wall {summary(ratios_wall)}, CPU {summary(ratios_cpu)}")
PY

# The build script's own run, as cargo runs it for a dependent (unoptimized, from the checkout).
script=$(ls -d "$work"/crate/target/debug/build/leancloud-im-codes-*/build-script-build | head -n 1)
echo
python3 - "$script" "$root" "$script_runs" <<'PY'
import os, statistics, subprocess, sys, tempfile, time
script, root, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = []
for _ in range(runs + 2):
    with tempfile.TemporaryDirectory() as out_dir:
        env = dict(os.environ, OUT_DIR=out_dir)
        start = time.perf_counter()
        subprocess.run([script], cwd=root, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1e3)
times = times[2:]  # two untimed runs first
print(f"build script run ({runs} runs): median {statistics.median(times):.1f} ms, "
      f"fastest {min(times):.1f} ms, slowest {max(times):.1f} ms")
PY
