//! A LeanCloud IM client's read loop on tokio-tungstenite, as an SDK would write it: connect,
//! read, turn every way a connection can end into an [`ImError`], and let its answers choose
//! between reconnecting (on a jittered schedule, never sooner than the server asked), reopening
//! the session, staying offline and stopping.
//!
//! ```text
//! cargo run --example read_loop --features tungstenite-0_30,serde -- [URL] [--lang zh-Hant]
//! ```
//!
//! The URL defaults to `ws://127.0.0.1:9001/`. It gives up after `--attempts` connection
//! attempts (5). `--speed-up N` sleeps 1/N of each wait (and prints the real one); `--seed`
//! makes the jitter repeatable. `tests/examples.rs` runs it against a scripted server.
//!
//! The wire format is simplified: the real service speaks protobuf (subprotocol
//! `lc.protobuf2.3`), where an SDK decodes `GenericCommand` with prost and passes the fields of
//! its `ErrorCommand` (field 103) or `SessionCommand` (field 102) to `ImError::from_protobuf`.
//! Here the same fields come as JSON text frames, `{"cmd":"error","i":1,"code":4301,...}` and
//! `{"cmd":"session","op":"closed","code":4111,...}`, read by the crate's `ErrorCommand` and
//! `SessionClosed`. For `wss://`, turn on a TLS feature of tokio-tungstenite
//! (`rustls-tls-webpki-roots`, `native-tls`); without one a `wss` URL stops (the crate reads
//! tungstenite's `TlsFeatureNotEnabled` as a request that cannot be made).

use std::collections::HashMap;
use std::io;
use std::process::ExitCode;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures_util::{SinkExt, StreamExt};
use leancloud_im_codes::{
    Carrier, ConnectionAction, ErrorCommand, ImError, Jitter, Lang, ReconnectSchedule, RetryAfter,
    SessionClosed, TransportFailure,
};
// The crate's `CloseFrame` has the same name as tungstenite's: import it under another one.
use leancloud_im_codes::CloseFrame as ImCloseFrame;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

const USAGE: &str = "usage: read_loop [URL] [--attempts N] [--speed-up N] [--seed N] [--lang TAG]";

/// A connection that says nothing for this long is dead: read it as a dropped socket. (A real
/// client also pings, so that the server does not close it with 4107 READ_TIMEOUT.)
const SILENCE: Duration = Duration::from_secs(60);

struct Options {
    url: String,
    attempts: u32,
    speed_up: u32,
    seed: u64,
    lang: Lang,
}

fn main() -> ExitCode {
    // What `#[tokio::main(flavor = "current_thread")]` writes, by hand: it keeps tokio's macros
    // (and a second syn) out of this crate's test build.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build();
    runtime.expect("a tokio runtime").block_on(run())
}

async fn run() -> ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("read_loop: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // Jitter spreads clients that lost their connection together (a server restart) over the
    // wait, so each client needs random bits of its own: seeded from the clock, not a constant.
    let mut schedule =
        ReconnectSchedule::recommended().jittered(Jitter::Full, xorshift(options.seed));
    let mut serial = 0;
    for attempt in 1..=options.attempts {
        println!("attempt {attempt}: connecting to {}", options.url);
        let end = match connect_async(options.url.as_str()).await {
            Ok((mut socket, _response)) => {
                // Connected: the next loss starts again from the schedule's first delay.
                schedule.reset();
                println!("connected");
                read_until_end(&mut socket, &mut serial).await
            }
            // A failed socket (1006: reconnect), a refused handshake (its HTTP status and
            // `Retry-After` decide), a bad URL or a TLS failure (stop): the crate sorts them.
            Err(error) => decided("transport error", ImError::from(&error)),
        };
        match (end.connection(), end.retry_after()) {
            (Some(ConnectionAction::Reconnect), Some(RetryAfter::NextDay))
            | (Some(ConnectionAction::StayOffline), _) => {
                // Signed in elsewhere, kicked, a quota (4113 closes to reconnect, but its daily
                // count resets only tomorrow): nothing brings the client back but the user.
                println!("stay offline; tell the user: {}", end.message(options.lang));
                return ExitCode::SUCCESS;
            }
            (Some(ConnectionAction::Reconnect), _) if attempt == options.attempts => break,
            (Some(ConnectionAction::Reconnect), asked) => {
                let backoff = schedule.next().unwrap_or(Duration::from_secs(60));
                // The un-jittered delay, for the log: the schedule's kind at the attempt just used.
                let inner = schedule.schedule();
                let ceiling = inner.kind().delay(inner.attempts() - 1).unwrap_or_default();
                // The server's `Retry-After` (a refused handshake) or the code's documented wait:
                // never come back sooner, whatever the backoff says.
                let asked = match asked {
                    Some(RetryAfter::Delay(asked)) => asked,
                    _ => Duration::ZERO,
                };
                let wait = backoff.max(asked);
                println!(
                    "reconnect in {:.3}s (backoff {:.3}s, jittered under {}s; retry_after {:.3}s)",
                    wait.as_secs_f64(),
                    backoff.as_secs_f64(),
                    ceiling.as_secs(),
                    asked.as_secs_f64(),
                );
                tokio::time::sleep(wait / options.speed_up).await;
            }
            (Some(ConnectionAction::ReopenSession), _) => {
                println!("reopen the session: drop its token, sign a fresh session/open, connect");
                return ExitCode::SUCCESS;
            }
            // Stop, no answer, or one a later version of the crate adds: no attempt can succeed
            // until a developer changes something (credentials, URL, TLS setup).
            _ => {
                println!("stop; tell the developer: {end}; {}", end.hint(Lang::En));
                return ExitCode::FAILURE;
            }
        }
    }
    println!("gave up after {} attempts", options.attempts);
    ExitCode::FAILURE
}

/// Reads one connection until it ends, and returns what ends it: the first error whose answer
/// is about the connection. Replies to requests are decided on the spot, and nothing read after
/// the deciding error overrides it.
async fn read_until_end(socket: &mut Socket, serial: &mut u64) -> ImError {
    // One request in flight, to show what an error reply means for it. (A real client sends
    // `session/open` first; an error answering that refuses the session, and takes the
    // session's answers: `error.with_carrier(Carrier::Session)`.)
    *serial += 1;
    let mut pending = HashMap::from([(*serial, "conv query")]);
    let request = format!(r#"{{"cmd":"conv","op":"query","i":{serial}}}"#);
    if let Err(error) = socket.send(Message::text(request)).await {
        return decided("transport error", ImError::from(&error));
    }
    println!("request {serial} sent: conv query");
    let mut end: Option<ImError> = None;
    loop {
        let read = match tokio::time::timeout(SILENCE, socket.next()).await {
            Ok(Some(read)) => read,
            // tokio-tungstenite ends the stream once the close handshake completed (tungstenite's
            // `ConnectionClosed`, whose `connection()` is `None`: the Close frame decided) and
            // after any error it returned.
            Ok(None) => break,
            Err(_) if end.is_some() => break, // no reply to our own close: done anyway
            Err(_) => Err(WsError::Io(io::ErrorKind::TimedOut.into())),
        };
        let (what, error) = match read {
            Ok(Message::Text(text)) => match read_command(text.as_str(), &mut pending) {
                Some(command) => command,
                None => continue, // messages, acks, ...: the SDK's business
            },
            Ok(Message::Close(frame)) => ("close frame".into(), ImError::from(frame.as_ref())),
            Ok(_) => continue, // pings are answered by tungstenite itself
            Err(error) => ("transport error".into(), ImError::from(&error)),
        };
        match error.connection() {
            // Decided already: this is the server's answer to our own close, or the like.
            _ if end.is_some() => {}
            Some(_) => {
                if error.carrier() == Carrier::Session {
                    // The session is over but the socket is open: close it ourselves (1000), then
                    // read on until tungstenite completes the handshake.
                    let _ = socket.close(None).await;
                }
                end = Some(decided(&what, error));
            }
            // A reply leaves the connection as it is: decide for the request it answered.
            None if error.carrier() == Carrier::ErrorCommand => {
                let operation = error
                    .operation()
                    .map_or("nothing".into(), |op| op.to_string());
                // `is_retryable(true)`: a query is idempotent, so a timeout may be resent too.
                let resend = error.is_retryable(true);
                println!("{what}: {error} -> {operation}, resend: {resend}");
            }
            // `Busy` (back-pressure): nothing ended; `Closed`: the Close frame before decided.
            None => println!("{what}: {error} -> nothing new"),
        }
    }
    // The stream ended without a word (tokio-tungstenite does that only after a Close frame or
    // an error, so this is a safety net): as a dropped socket.
    end.unwrap_or_else(|| decided("end of stream", ImError::from(TransportFailure::Socket)))
}

/// Prints what ended the connection and its answer, and passes the error on.
fn decided(what: &str, error: ImError) -> ImError {
    let action = error
        .connection()
        .map_or("nothing new".into(), |action| action.to_string());
    println!("{what}: {error} -> {action}");
    error
}

/// An error or `session/closed` command in a text frame, named for the log (with the request
/// an error answers), as an [`ImError`]; `None` for any other command. The envelope (`cmd`,
/// `op`, `i`) is the SDK's to read; the crate's payload types read the rest by LeanCloud's rules.
fn read_command(text: &str, pending: &mut HashMap<u64, &str>) -> Option<(String, ImError)> {
    let envelope: serde_json::Value = serde_json::from_str(text).ok()?;
    let payload = text.as_bytes();
    match (envelope["cmd"].as_str()?, envelope["op"].as_str()) {
        ("error", _) => {
            let error = ImError::from(ErrorCommand::from_json(payload).ok()?);
            // `i` is the serial of the request it answers; an error without one is unsolicited.
            let request = envelope["i"]
                .as_u64()
                .and_then(|i| Some((i, pending.remove(&i)?)));
            let what = request.map_or("error command".into(), |(i, name)| {
                format!("error command for request {i} ({name})")
            });
            Some((what, error))
        }
        ("session", Some("closed")) => {
            let error = ImError::from(SessionClosed::from_json(payload).ok()?);
            Some(("session/closed".into(), error))
        }
        _ => None,
    }
}

/// How a server built on axum reads the Close frame its client sent. axum's `CloseFrame` is
/// not tungstenite's: a bare `u16` code and a UTF-8 reason, so the crate's frame is built from
/// its parts, as received (a peer may send a code that must not be sent, which
/// `ImCloseFrame::new` would refuse: it builds frames to send):
///
/// ```ignore
/// Some(Ok(axum::extract::ws::Message::Close(Some(frame)))) => from_axum(frame.code, &frame.reason),
/// ```
#[expect(dead_code, reason = "shows the call without depending on axum")]
fn from_axum(code: u16, reason: &str) -> ImError {
    ImError::from_close_frame(&ImCloseFrame::received(code, reason))
}

/// xorshift64, standing in for the app's own random numbers (`fastrand`, `rand`, ...): the
/// crate takes random bits from the caller instead of depending on a generator.
fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed.max(1); // zero would stay zero
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

fn options() -> Result<Options, String> {
    let clock = SystemTime::now().duration_since(UNIX_EPOCH);
    let mut options = Options {
        url: "ws://127.0.0.1:9001/".into(),
        attempts: 5,
        speed_up: 1,
        seed: clock.unwrap_or_default().as_nanos() as u64,
        lang: Lang::En,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if !arg.starts_with('-') {
            options.url = arg;
            continue;
        }
        let value = args.next().ok_or(format!("{arg} needs a value"))?;
        let bad = || format!("{arg}: bad value {value:?}");
        match arg.as_str() {
            "--attempts" => options.attempts = value.parse().map_err(|_| bad())?,
            "--speed-up" => options.speed_up = value.parse::<u32>().map_err(|_| bad())?.max(1),
            "--seed" => options.seed = value.parse().map_err(|_| bad())?,
            "--lang" => options.lang = Lang::from_tag(&value).ok_or_else(bad)?,
            _ => return Err(format!("unknown option {arg}")),
        }
    }
    Ok(options)
}
