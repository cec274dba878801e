#!/usr/bin/env bash
# The x86-64 loops the benchmarks run for the numeric floor, the array index and
# `KnownCode::from_u16`, taken with `objdump -d` from the callgrind driver
# (benches/instructions.rs, release) as the benchmarks compile it. Each is
# `common::harness::run` with one lookup inlined; the script prints the inner loop (from the
# back edge's target to the back edge) of each, its length, and the instructions the lookup
# adds to the floor's loop, so that BENCHMARKS.md's claims can be checked.
#
#   scripts/numeric_asm.sh [LOOKUP_SYMBOL ...]   # default: floor, array (main's closure#1), from_u16
#
# The build uses the benchmark scripts' loop alignment (see scripts/callgrind.sh) and v0 symbol
# mangling, which names each copy of `run` by its lookup; it goes to its own target directory
# (target/asm).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target="$root/target/asm"
binary=$(RUSTFLAGS="-C llvm-args=-align-loops=64 -C symbol-mangling-version=v0" cargo bench -p leancloud-im-codes-benches \
  --bench instructions --no-run --target-dir "$target" --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*instructions[^"]*\)".*/\1/p' | tail -n 1)
[ -x "$binary" ] || { echo "could not build benches/instructions.rs" >&2; exit 1; }
objdump -d --no-show-raw-insn -C "$binary" >"$target/instructions.s"

lookups=("$@")
if [ ${#lookups[@]} -eq 0 ]; then
  lookups=("&instructions::common::harness::floor>" "&instructions::main::{closure#1}>" "from_u16>")
fi
python3 - "$target/instructions.s" "${lookups[@]}" <<'PY'
import re, sys
text = open(sys.argv[1]).read().split("\n\n")
floor_length = None
for wanted in sys.argv[2:]:
    blocks = [b for b in text if re.match(r"[0-9a-f]+ <instructions::common::harness::run::<", b)
              and wanted + ">:" in b.split("\n")[0]]
    if len(blocks) != 1:
        sys.exit(f"{wanted}: {len(blocks)} copies of harness::run found")
    lines = blocks[0].split("\n")
    name = lines[0]
    body = [l for l in lines[1:] if "\t" in l and "int3" not in l]
    addr = lambda l: int(l.split(":")[0], 16)
    # The inner loop: the last backward conditional jump (the loop over the inputs follows the
    # rounds' loop header, which jumps back with `je` to skip an empty workload).
    best = None
    for end, line in enumerate(body):
        m = re.search(r"\tj(?!mp)\w+\s+([0-9a-f]+) <", line)
        if m and int(m.group(1), 16) < addr(line):
            start = next(i for i, l in enumerate(body) if addr(l) == int(m.group(1), 16))
            best = (start, end)
    start, end = best
    loop = [re.sub(r"(\tj\w+\s+[0-9a-f]+) <.*", r"\1", l) for l in body[start:end + 1]]
    print(re.sub(r"instructions::common::harness::run::<[^,]*, [^,]*(, )?", "run::<", name))
    print("\n".join(loop))
    length = len(loop)
    print(f"instructions in the loop: {length}", end="")
    if floor_length is None:
        floor_length = length
        print(" (the floor)")
    else:
        print(f", the floor's plus {length - floor_length}")
    branches = sum(1 for l in loop if re.search(r"\tj(?!mp)\w+\s", l))
    print(f"conditional branches: {branches}, conditional moves: {sum('cmov' in l for l in loop)}\n")
PY
