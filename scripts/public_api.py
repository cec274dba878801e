#!/usr/bin/env python3
"""Counts the crate's public surface from rustdoc's JSON, with every feature on.

Types: the structs, enums, traits and type aliases that the crate root exports. Functions:
free functions, and the inherent associated functions and methods of those types that are
`pub` (trait impls, such as `From` or `Display`, are not counted). Needs a nightly toolchain:

    python3 scripts/public_api.py            # this checkout
    python3 scripts/public_api.py --list     # and every item
"""
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
target = os.path.join(root, "target", "public-api")
subprocess.run(
    ["cargo", "+nightly", "rustdoc", "--lib", "--all-features", "--target-dir", target, "--quiet",
     "--", "-Z", "unstable-options", "--output-format", "json"],
    cwd=root, check=True, env={**os.environ, "RUSTDOCFLAGS": ""})
doc = json.load(open(os.path.join(target, "doc", "leancloud_im_codes.json")))
index = doc["index"]
root_module = index[str(doc["root"])]

types, functions = [], []
for item_id in root_module["inner"]["module"]["items"]:
    item = index[str(item_id)]
    inner = item["inner"]
    if "use" in inner:
        target_id = inner["use"]["id"]
        if target_id is None:
            continue
        item = index[str(target_id)]
        inner = item["inner"]
    kind = next(iter(inner))
    if kind in ("struct", "enum", "trait", "type_alias"):
        types.append(item["name"])
        for impl_id in inner[kind].get("impls", []):
            impl = index[str(impl_id)]["inner"]["impl"]
            if impl["trait"] is not None:
                continue
            for method_id in impl["items"]:
                method = index[str(method_id)]
                if "function" in method["inner"] and method["visibility"] == "public":
                    functions.append(f"{item['name']}::{method['name']}")
    elif kind == "function":
        functions.append(item["name"])
print(f"public types: {len(types)}; public functions: {len(functions)}")
if "--list" in sys.argv:
    print("\n".join(sorted(types)))
    print("\n".join(sorted(functions)))
