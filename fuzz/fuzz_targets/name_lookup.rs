#![no_main]

#[path = "../checks/codes.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::name_lookup(data));
