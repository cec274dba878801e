#!/usr/bin/env bash
# The x86-64 assembly of `KnownCode::from_u16` as the benchmarks use it: inlined into a loop
# that sums the codes it finds (release build). Prints the loop and counts its conditional
# branches and conditional moves, so the claims in BENCHMARKS.md can be checked; then the same
# loop over the benchmarks' baseline, a 65,536-entry array, and the instructions in each loop's
# body (from its label to its back edge).
#
#   scripts/numeric_asm.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
printf '[package]\nname = "numeric-asm"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nleancloud-im-codes = { path = "%s", default-features = false }\n' "$root" >"$work/Cargo.toml"
cat >"$work/src/lib.rs" <<'RUST'
use leancloud_im_codes::KnownCode;

#[inline(never)]
pub fn sum_found(codes: &[u16]) -> usize {
    codes
        .iter()
        .map(|&code| usize::from(KnownCode::from_u16(code).map_or(0, KnownCode::as_u16)))
        .sum()
}

#[inline(never)]
pub fn sum_found_array(codes: &[u16], array: &[Option<KnownCode>]) -> usize {
    codes
        .iter()
        .map(|&code| usize::from(array[usize::from(code)].map_or(0, KnownCode::as_u16)))
        .sum()
}
RUST
cargo rustc -q --release --lib --manifest-path "$work/Cargo.toml" --target-dir "$work/target" -- --emit asm
asm=$(ls "$work"/target/release/deps/numeric_asm-*.s)
body=$(awk '/9sum_found17h[0-9a-f]+E:$/,/\.cfi_endproc/' "$asm" | grep -v '^\s*\.cfi' )
array_body=$(awk '/15sum_found_array17h[0-9a-f]+E:$/,/\.cfi_endproc/' "$asm" | grep -v '^\s*\.cfi' )
# Instructions from the loop's label (the one the back edge jumps to) to the back edge.
loop_length() {
  python3 -c '
import re, sys
lines = [l.rstrip() for l in sys.stdin]
for end, line in enumerate(lines):
    jump = re.match(r"\s+j\w+\s+(\.LBB\w+)", line)
    if jump and any(l == jump.group(1) + ":" for l in lines[:end]):
        start = max(i for i, l in enumerate(lines[:end]) if l == jump.group(1) + ":")
        body = [l for l in lines[start + 1:end + 1] if re.match(r"\s+[a-z]", l) and not l.strip().startswith(".")]
        print(len(body))
        break
'
}
echo "$body"
echo "---"
# The loop's own back edge and the unrolled remainder are the only branches expected.
echo "conditional branches (loop control included): $(grep -cE '^\s+j(e|ne|b|be|a|ae|l|le|g|ge|s|ns)\s' <<<"$body")"
echo "conditional moves: $(grep -cE '^\s+cmov' <<<"$body")"
echo "multiplications: $(grep -cE '^\s+imul' <<<"$body")"
echo "instructions in the loop: $(loop_length <<<"$body")"
echo
echo "$array_body"
echo "---"
echo "array index, instructions in the loop: $(loop_length <<<"$array_body")"
