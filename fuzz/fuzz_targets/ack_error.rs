#![no_main]

#[path = "../checks/json.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::ack_error(data));
