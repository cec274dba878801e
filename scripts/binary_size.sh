#!/usr/bin/env bash
# What the crate adds to a binary, by language features: a tiny program that looks up a code
# and reads its three texts in a language chosen at run time (so the whole table is kept) and
# its connection answer for a carrier chosen at run time,
# against the same program without the crate. Release builds with LTO, stripped.
#
#   scripts/binary_size.sh
#
# Targets: thumbv7m-none-eabi (no_std, `default-features = false`, languages added one by one)
# and the host (std, default features). Sizes are the allocated sections (`size -A`: .text,
# .rodata, .data ...) in bytes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
host=$(rustc -vV | sed -n 's/^host: //p')

profile='[profile.release]
opt-level = "s"
lto = true
codegen-units = 1
panic = "abort"
strip = true'

embedded() { # name dependency-line use-crate (0: no, 1: every text, 2: messages only)
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "size-%s"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n%s\n\n%s\n' "$1" "$2" "$profile" >"$work/$1/Cargo.toml"
  if [ "$3" = 1 ]; then body='
    let code = leancloud_im_codes::Code::new(black_box(4111));
    let lang = leancloud_im_codes::Lang::ALL[black_box(0usize) % leancloud_im_codes::Lang::ALL.len()];
    black_box(code.description(lang));
    black_box(code.hint(lang));
    black_box(code.message(lang));
    black_box(code.connection(leancloud_im_codes::Carrier::ALL[black_box(1usize) % leancloud_im_codes::Carrier::ALL.len()]));'
  elif [ "$3" = 2 ]; then body='
    let code = leancloud_im_codes::Code::new(black_box(4111));
    let lang = leancloud_im_codes::Lang::ALL[black_box(0usize) % leancloud_im_codes::Lang::ALL.len()];
    black_box(code.message(lang));
    black_box(code.connection(leancloud_im_codes::Carrier::ALL[black_box(1usize) % leancloud_im_codes::Carrier::ALL.len()]));'
  else body='
    black_box(black_box(4111u16));
    black_box("text");'
  fi
  cat >"$work/$1/src/main.rs" <<RS
#![no_std]
#![no_main]
use core::hint::black_box;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[no_mangle]
pub extern "C" fn _start() -> ! {$body
    loop {}
}
RS
}

hosted() { # name dependency-line use-crate(0/1)
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "size-%s"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n%s\n\n%s\n' "$1" "$2" "$profile" >"$work/$1/Cargo.toml"
  if [ "$3" = 1 ]; then body='
    let code = leancloud_im_codes::Code::new(black_box(4111));
    let lang = leancloud_im_codes::Lang::ALL[black_box(0usize) % leancloud_im_codes::Lang::ALL.len()];
    println!("{} {} {} {:?}", code.description(lang), code.hint(lang), code.message(lang), code.connection(leancloud_im_codes::Carrier::ALL[black_box(1usize) % leancloud_im_codes::Carrier::ALL.len()]));'
  else body='
    println!("{} {}", black_box(4111u16), black_box("text"));'
  fi
  printf 'use std::hint::black_box;\n\nfn main() {%s\n}\n' "$body" >"$work/$1/src/main.rs"
}

crate="leancloud-im-codes = { path = \"$root\", default-features = false"
embedded none '' 0
embedded en "$crate }" 1
embedded en-hans "$crate, features = [\"zh-hans\"] }" 1
embedded en-hant "$crate, features = [\"zh-hant\"] }" 1
embedded all "$crate, features = [\"zh-hans\", \"zh-hant\"] }" 1
embedded en-message "$crate }" 2
embedded all-message "$crate, features = [\"zh-hans\", \"zh-hant\"] }" 2
hosted host-none '' 0
hosted host-default "leancloud-im-codes = { path = \"$root\" }" 1

bytes() { size -A "$1" | awk '$1 ~ /^\./ && $1 !~ /^\.(comment|ARM\.attributes|debug)/ { total += $2 } END { print total }'; }

printf '%-24s %-20s %10s %10s\n' target languages bytes added
base=
for name in none en en-hans en-hant all en-message all-message; do
  cargo build -q --release --target thumbv7m-none-eabi --manifest-path "$work/$name/Cargo.toml" --target-dir "$work/target"
  n=$(bytes "$work/target/thumbv7m-none-eabi/release/size-$name")
  base=${base:-$n}
  langs=$(case $name in none) echo "(no crate)";; en) echo en;; en-hans) echo "en, zh-Hans";; en-hant) echo "en, zh-Hant";; all) echo "all three";; en-message) echo "en, messages only";; all-message) echo "all, messages only";; esac)
  printf '%-24s %-20s %10s %10s\n' thumbv7m-none-eabi "$langs" "$n" "$((n - base))"
done
base=
for name in host-none host-default; do
  cargo build -q --release --manifest-path "$work/$name/Cargo.toml" --target-dir "$work/target"
  n=$(bytes "$work/target/release/size-$name")
  base=${base:-$n}
  langs=$(case $name in host-none) echo "(no crate)";; host-default) echo "all three";; esac)
  printf '%-24s %-20s %10s %10s\n' "$host" "$langs" "$n" "$((n - base))"
done
