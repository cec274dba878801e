//! An SDK-style handler: each close, or `session/closed` command, becomes a decision for the
//! connection and one for the request that was in flight.
//!
//! ```text
//! cargo run --example reconnect_policy
//! ```
//!
//! It replays a few Close frame payloads and `session/closed` codes as a LeanCloud client might
//! receive them and prints what the handler decides. Reconnects wait as the JavaScript SDK
//! does (1, 2, 4 … s, at most 300 s), through [`ReconnectSchedule`].

use std::fmt;
use std::time::Duration;

use leancloud_im_codes::{
    Carrier, CloseFrame, Code, ConnectionAction, Lang, OperationAction, ReconnectSchedule,
};

/// What the client does next.
#[derive(Debug, PartialEq)]
enum Decision {
    /// Reconnect after waiting; `resend` says whether the request in flight may go again as it
    /// is.
    Reconnect { after: Duration, resend: bool },
    /// Open the session again with a freshly signed login.
    ReopenSession,
    /// Stay offline and show the user this message.
    StayOffline(&'static str),
    /// Stop for good: a developer has to change something first.
    Stop(String),
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decision::Reconnect { after, resend } => {
                let resend = if *resend { "resend" } else { "do not resend" };
                write!(f, "reconnect in {after:?}, {resend} the request in flight")
            }
            Decision::ReopenSession => f.write_str("reopen the session with a fresh signature"),
            Decision::StayOffline(message) => write!(f, "stay offline; tell the user: {message}"),
            Decision::Stop(message) => write!(f, "stop; report to the developer: {message}"),
        }
    }
}

/// The handler: the code's two answers, given how it arrived, and the schedule's next delay.
fn decide(code: Code, carrier: Carrier, schedule: &mut ReconnectSchedule, lang: Lang) -> Decision {
    // 4109 closes the connection because a message was too large: reconnect, but that message
    // must change before it goes again.
    let resend = code.operation().is_some_and(OperationAction::is_retry);
    match code.connection(carrier) {
        Some(ConnectionAction::Reconnect) => Decision::Reconnect {
            after: schedule.next().unwrap_or_default(),
            resend,
        },
        Some(ConnectionAction::ReopenSession) => Decision::ReopenSession,
        Some(ConnectionAction::StayOffline) => Decision::StayOffline(code.message(lang)),
        // Stop, no answer, and any answer a later version of the crate adds.
        _ => Decision::Stop(format!("{code:#}")),
    }
}

fn main() {
    let received: &[&[u8]] = &[
        &[0x03, 0xee],               // 1006, reported locally
        &[0x10, 0x0b],               // 4107 READ_TIMEOUT
        &[0x10, 0x0d],               // 4109 FRAME_TOO_LONG
        b"\x10\x0fSESSION_CONFLICT", // 4111 as a Close status
        &[0x0b, 0xb8],               // 3000, the Java SDK's ping timeout
        &[0x10, 0x04],               // 4100 APP_NOT_AVAILABLE
        &[0x13, 0x87],               // 4999, unknown to the crate
        &[],                         // no status at all
        &[0x10],                     // malformed: one byte
    ];
    let mut schedule = ReconnectSchedule::js();
    for payload in received {
        match CloseFrame::parse(payload) {
            Ok(frame) => {
                let code = frame.code();
                let name = code.name();
                let decision = decide(code, Carrier::CloseFrame, &mut schedule, Lang::ZhHant);
                println!("close   {:>5} {name:<24} {decision}", code.as_u16());
            }
            Err(error) => {
                println!("close   malformed payload {payload:?}: {error}; reconnect as after 1002");
            }
        }
    }
    for number in [4111_u16, 4115, 4112] {
        let code = Code::new(number);
        let name = code.name();
        let decision = decide(code, Carrier::Session, &mut schedule, Lang::En);
        println!("session {number:>5} {name:<24} {decision}");
    }
    schedule.reset(); // after a successful connection
    let delays: Vec<String> = schedule
        .take(10)
        .map(|d| format!("{}s", d.as_secs()))
        .collect();
    println!(
        "reconnect delays after repeated failures: {}",
        delays.join(", ")
    );
}
