#!/usr/bin/env bash
# How long a dependent takes to compile an `AppTexts` table at its limit: `cargo build` of a
# crate whose only item is one `static AppTexts`, after an edit, alternating three shapes:
#
#   one     1 text (the baseline: what any dependent pays)
#   random  255 random app codes
#   bucket  255 app codes that all land in one bucket of the hash, declared in descending
#           order, so that `AppTexts::new`'s insertion sort moves every key (the shape of
#           `ONE_BUCKET` in tests/app_texts.rs, found by inverting the hash the same way)
#
#   RUNS=5 scripts/app_texts_build_time.sh
#
# Prints each run's wall time in seconds, then each shape's median and range.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$root" <<'PY'
import os, random, sys
work, root = sys.argv[1], sys.argv[2]
random.seed(5)
randoms = list(dict.fromkeys(random.randrange(-2**63, 2**63) for _ in range(600)))[:255]
K, M, M64 = 0x9E37_79B9_7F4A_7C15, 0xD6E8_FEB8_6659_FD93, (1 << 64) - 1
M_INV = pow(M, -1, 1 << 64)
bucket, k = [], 0
while len(bucket) < 255:
    low = (k * M_INV & M64) ^ ((1 << 8 | 0x80) * K & M64)
    if low & 0xFF == 2:
        bucket.append(low >> 8)
    k += 1
bucket.sort(reverse=True)
for name, codes in [("one", [1]), ("random", randoms), ("bucket", bucket)]:
    os.makedirs(f"{work}/{name}/src")
    with open(f"{work}/{name}/Cargo.toml", "w") as f:
        f.write(f'[package]\nname = "apptexts-{name}"\nversion = "0.0.0"\nedition = "2024"\n\n'
                f'[dependencies]\nleancloud-im-codes = {{ path = "{root}" }}\n\n[workspace]\n')
    rows = "".join(f'    AppText::app_code({c}, Lang::En, TextKind::Message, "text {i}"),\n'
                   for i, c in enumerate(codes))
    with open(f"{work}/{name}/src/lib.rs", "w") as f:
        f.write("use leancloud_im_codes::{AppText, AppTexts, Lang, TextKind};\n\n"
                f"pub static TEXTS: AppTexts<{len(codes)}> = AppTexts::new([\n{rows}]);\n")
PY

export CARGO_TARGET_DIR="$work/target"
for shape in one random bucket; do (cd "$work/$shape" && cargo build --quiet); done
for run in $(seq "$runs"); do
  for shape in one random bucket; do
    echo "// edit $run" >>"$work/$shape/src/lib.rs"
    start=$(date +%s%N)
    (cd "$work/$shape" && cargo build --quiet)
    echo "$shape $(( ($(date +%s%N) - start) / 1000000 ))" | tee -a "$work/times"
  done
done
for shape in one random bucket; do
  sort -n -k2 <(grep "^$shape " "$work/times") |
    awk -v s="$shape" '{t[NR]=$2} END {printf "%-7s median %d ms, range %d-%d ms\n", s, t[int((NR+1)/2)], t[1], t[NR]}'
done
