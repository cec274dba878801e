//! Retrying a connection with the `backon` crate, spaced as the official SDKs space theirs.
//!
//! ```text
//! cargo run --example backon_retry
//! ```
//!
//! backon takes any `Iterator<Item = Duration>` that is `Send + Sync + Unpin` as a backoff, so a
//! `ReconnectSchedule`, scaled, jittered or cut short with `take`, plugs straight in. A fake
//! connect fails a few times, then succeeds. Every delay is divided by 1000 so that the example
//! finishes in milliseconds: read each millisecond printed as a second of the real schedule.

use std::time::Duration;

use backon::BlockingRetryable;
use leancloud_im_codes::{Jitter, ReconnectSchedule};

/// Real schedules wait seconds; this example waits as many milliseconds.
const SPEED_UP: u32 = 1000;

/// A connect that fails `failures` times, then succeeds.
fn flaky_connect(failures: u32) -> impl FnMut() -> Result<&'static str, &'static str> {
    let mut calls = 0;
    move || {
        calls += 1;
        if calls <= failures {
            Err("connection refused")
        } else {
            Ok("connected")
        }
    }
}

/// backon's `notify` hook: called with the error and the wait before the next try.
fn print_wait(error: &&'static str, wait: Duration) {
    println!("  {error}; next try in {wait:?}");
}

/// xorshift64, standing in for the app's own random numbers (`fastrand`, `rand`, ...): the
/// crate takes random bits from the caller instead of depending on a generator.
fn random_bits(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

fn main() {
    // The JS SDK waits the schedule's first delay before its first reconnect attempt, then the
    // next delay after each failure: attempts at +1, +3 and +7 (ms here, s in the SDK). backon
    // makes its first call at once, so wait the first delay here and hand backon the rest.
    println!("JS schedule, as the SDK runs it:");
    let mut schedule = ReconnectSchedule::js().map(|delay| delay / SPEED_UP);
    let first = schedule.next().unwrap_or_default();
    println!("  connection lost; first try in {first:?}");
    std::thread::sleep(first);
    let result = flaky_connect(2).retry(schedule).notify(print_wait).call();
    println!("  {result:?}");

    // For a first connect, backon's call at once is what an app wants. The recommended
    // schedule is meant to be jittered; the same random bits always give the same waits.
    println!("recommended schedule with full jitter:");
    let schedule = ReconnectSchedule::recommended()
        .jittered(Jitter::Full, random_bits(0x9e37_79b9_7f4a_7c15))
        .map(|delay| delay / SPEED_UP);
    let result = flaky_connect(3).retry(schedule).notify(print_wait).call();
    println!("  {result:?}");

    // The SDKs never give up; `take` does. Apple's first two delays are zero: those retries
    // happen at once.
    println!("Apple schedule, giving up after three retries:");
    let schedule = ReconnectSchedule::apple()
        .map(|delay| delay / SPEED_UP)
        .take(3);
    let result = flaky_connect(u32::MAX)
        .retry(schedule)
        .notify(print_wait)
        .call();
    println!("  {result:?}");
}
