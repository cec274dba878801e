#!/usr/bin/env bash
# What a dependent pays to build this crate: clean debug builds of scratch crates, side by
# side in one run, repeated RUNS times (default 3).
#
#   scripts/cost_to_dependents.sh
#
# Crates: this crate with default features, with --no-default-features and with every feature;
# thiserror alone (the floor the design's choice of thiserror sets); http alone (a familiar
# comparison); and this crate once more with thiserror prebuilt (see below). For each: crates
# compiled, wall and CPU seconds of the clean build, and this crate's build script: compile and
# run seconds (from `cargo build --timings`).
#
# A dependent gets this crate from crates.io, and cargo compiles registry dependencies without
# incremental compilation, which it keeps for path dependencies such as the scratch crates' path
# to this checkout (it costs a third more on the build script's compile). CARGO_INCREMENTAL=0
# builds the checkout as a registry dependency would be built; thiserror and http are registry
# dependencies either way.
set -euo pipefail
export CARGO_INCREMENTAL=0
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

scratch() { # name dependency-line
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "scratch-%s"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n%s\n' "$1" "$2" >"$work/$1/Cargo.toml"
  echo 'fn main() {}' >"$work/$1/src/main.rs"
}
scratch default "leancloud-im-codes = { path = \"$root\" }"
scratch no-default "leancloud-im-codes = { path = \"$root\", default-features = false }"
scratch all-features "leancloud-im-codes = { path = \"$root\", features = [\"serde\", \"strum-0_28\", \"tungstenite-0_29\", \"tungstenite-0_30\"] }"
scratch thiserror 'thiserror = "2"'
scratch http 'http = "1"'
# `beyond-thiserror` is the default-features crate built after thiserror and its proc-macro
# chain are already compiled in the same target directory: what this crate adds for a
# dependent that has thiserror already, measured directly instead of as a difference of two
# clean builds (which doubles the noise of a shared machine).
scratch beyond-thiserror "leancloud-im-codes = { path = \"$root\" }"
crates=(default no-default all-features thiserror http beyond-thiserror)
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

printf '%-4s %-13s %7s %8s %8s %14s %14s\n' run crate crates wall_s cpu_s script_build_s script_run_s
for run in $(seq "$runs"); do
  for name in "${crates[@]}"; do
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
    printf '%-4s %-13s %7s %8s %8.2f %14s %14s\n' "$run" "$name" "$compiled" "$wall" "$(echo "$user + $sys" | bc)" "$script_build" "$script_run"
  done
done
