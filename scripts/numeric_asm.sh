#!/usr/bin/env bash
# The x86-64 assembly of `KnownCode::from_u16` as the benchmarks use it: inlined into a loop
# that sums the codes it finds (release build). Prints the loop and counts its conditional
# branches and conditional moves, so the claims in BENCHMARKS.md can be checked.
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
RUST
cargo rustc -q --release --lib --manifest-path "$work/Cargo.toml" --target-dir "$work/target" -- --emit asm
asm=$(ls "$work"/target/release/deps/numeric_asm-*.s)
body=$(awk '/sum_found.*:$/,/\.cfi_endproc/' "$asm" | grep -v '^\s*\.cfi' )
echo "$body"
echo "---"
# The loop's own back edge and the unrolled remainder are the only branches expected.
echo "conditional branches (loop control included): $(grep -cE '^\s+j(e|ne|b|be|a|ae|l|le|g|ge|s|ns)\s' <<<"$body")"
echo "conditional moves: $(grep -cE '^\s+cmov' <<<"$body")"
echo "multiplications: $(grep -cE '^\s+imul' <<<"$body")"
