#!/usr/bin/env python3
"""Bytes of text per language and per kind, from the catalog that `explain` exports.

    cargo run --release --bin explain -- --all --json | python3 scripts/text_bytes.py

`stored` counts every text as the table holds it; `distinct` counts each distinct string
once, which is what a linker that merges identical string constants keeps.
"""
import json
import sys

catalog = json.load(sys.stdin)
kinds = ["description", "hint", "message"]
rows = []
for lang in catalog["languages"]:
    row = [lang]
    total_stored, distinct = 0, set()
    for kind in kinds:
        texts = [code["texts"][lang][kind] for code in catalog["codes"]]
        stored = sum(len(text.encode()) for text in texts)
        total_stored += stored
        distinct.update(texts)
        row.append(stored)
    row.append(total_stored)
    row.append(sum(len(text.encode()) for text in distinct))
    rows.append(row)
print(f"{len(catalog['codes'])} codes, UTF-8 bytes")
print("| language | description | hint | message | stored | distinct |")
print("|---|---:|---:|---:|---:|---:|")
for row in rows:
    print("| " + " | ".join(f"{cell:,}" if isinstance(cell, int) else cell for cell in row) + " |")
total = [sum(row[i] for row in rows) for i in range(1, 6)]
print("| all | " + " | ".join(f"{cell:,}" for cell in total) + " |")
