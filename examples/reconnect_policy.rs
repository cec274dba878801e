//! An SDK-style close handler: each received Close frame becomes a decision.
//!
//! ```text
//! cargo run --example reconnect_policy
//! ```
//!
//! It replays a few Close frame payloads as a LeanCloud client might receive them and prints
//! what the handler decides. The backoff is the JavaScript SDK's: `min(1000 · 2^n, 300000)` ms.

use std::fmt;
use std::time::Duration;

use leancloud_im_codes::{Action, CloseFrame, Lang};

/// What the client does next.
enum Decision {
    /// Reconnect after waiting; `resend_last` says whether to resend the request that was in
    /// flight.
    Reconnect { after: Duration, resend_last: bool },
    /// Open the session again with a freshly signed login.
    ReopenSession,
    /// Stay offline and show the user this message.
    StopAndTellUser(String),
    /// Stop for good: a developer has to change something first.
    GiveUp(String),
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decision::Reconnect { after, resend_last } => {
                let resend = if *resend_last { "resend" } else { "drop" };
                write!(f, "reconnect in {after:?}, {resend} the request in flight")
            }
            Decision::ReopenSession => f.write_str("reopen the session with a fresh signature"),
            Decision::StopAndTellUser(message) => {
                write!(f, "stay offline; tell the user: {message}")
            }
            Decision::GiveUp(message) => write!(f, "give up; report to the developer: {message}"),
        }
    }
}

fn backoff(attempt: u32) -> Duration {
    let millis = 1000_u64.saturating_mul(1 << attempt.min(16)).min(300_000);
    Duration::from_millis(millis)
}

/// The close handler: the crate's action decides, the attempt count sets the delay.
fn on_close(frame: &CloseFrame<'_>, attempt: u32, lang: Lang) -> Decision {
    match frame.action() {
        Action::Reconnect | Action::None => Decision::Reconnect {
            after: backoff(attempt),
            resend_last: true,
        },
        // A quota or an overloaded server: start the backoff two steps further.
        Action::RetryLater => Decision::Reconnect {
            after: backoff(attempt + 2),
            resend_last: true,
        },
        Action::ReopenSession => Decision::ReopenSession,
        Action::StayOffline => Decision::StopAndTellUser(frame.display_in(lang).to_string()),
        // The connection itself is fine; the request that caused the close is not.
        Action::FixRequest => Decision::Reconnect {
            after: backoff(attempt),
            resend_last: false,
        },
        // FixConfiguration, and any action a later version of the crate adds.
        _ => Decision::GiveUp(frame.display_in(Lang::En).to_string()),
    }
}

fn main() {
    let received: &[&[u8]] = &[
        &[0x03, 0xee],               // 1006, reported locally
        &[0x10, 0x0b],               // 4107 READ_TIMEOUT
        &[0x10, 0x10],               // 4112 SESSION_TOKEN_EXPIRED
        &[0x10, 0x0d],               // 4109 FRAME_TOO_LONG
        &[0x03, 0xf5],               // 1013 TRY_AGAIN_LATER
        b"\x10\x0fSESSION_CONFLICT", // 4111 with its name as reason
        &[0x10, 0x04],               // 4100 APP_NOT_AVAILABLE
        &[0x13, 0x87],               // 4999, unknown to the crate
        &[],                         // no status at all
        &[0x10],                     // malformed: one byte
    ];
    for payload in received {
        match CloseFrame::parse(payload) {
            Ok(frame) => {
                let code = frame.code();
                let name = code.name().unwrap_or("(unknown)");
                let decision = on_close(&frame, 0, Lang::ZhHans);
                println!("{:>5} {name:<24} {decision}", code.as_u16());
            }
            Err(error) => {
                println!(
                    "      malformed payload {payload:?}: {error}; treat it as 1002 and reconnect"
                );
            }
        }
    }

    let abnormal = CloseFrame::parse(&[0x03, 0xee]).unwrap_or(CloseFrame::EMPTY);
    let schedule: Vec<String> = (0..10)
        .map(|attempt| match on_close(&abnormal, attempt, Lang::En) {
            Decision::Reconnect { after, .. } => format!("{after:?}"),
            other => other.to_string(),
        })
        .collect();
    println!(
        "backoff after repeated 1006 closes: {}",
        schedule.join(", ")
    );
}
