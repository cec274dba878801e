//! A real server on 127.0.0.1 ends connections in each way a LeanCloud client can meet, and a
//! tungstenite client (0.29 and 0.30) turns what it reads into an `ImError` through the crate.
//!
//! The expectations are written out here from RFC 6455, RFC 9110 and the official SDKs' handling, not read from
//! `codes.toml`: after a completed close handshake the Close frame's answer stands and nothing
//! overrides it; a refused handshake decides by its HTTP status (401 and 403: the app's
//! credentials, stop; 404: stop; 429 and 503: reconnect later, honouring `Retry-After`); a bad
//! URL stops; only socket-level failures are 1006 and reconnect.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

use leancloud_im_codes::{
    Carrier, ConnectionAction, OperationAction, RetryAfter, TransportFailure,
};

const TIMEOUT: Duration = Duration::from_secs(5);

/// What the server does with one connection.
#[derive(Clone, Copy, Debug)]
enum Serve {
    /// Accept the handshake, then send a Close frame with this status and reason.
    Close(u16, &'static str),
    /// Accept, push a `session/closed` command (as JSON in a text frame), then close.
    SessionClosed(u16),
    /// Accept, then drop the TCP connection without a Close frame.
    Drop,
    /// Read the request and answer with this raw HTTP response instead of an upgrade.
    Refuse(&'static str),
    /// Read the request and close the TCP connection without answering.
    HangUp,
    /// Accept, then write these raw bytes as frames.
    Raw(&'static [u8]),
}

/// Reads an HTTP request's head from `stream`.
fn read_request(stream: &mut TcpStream) {
    let mut head = Vec::new();
    let mut byte = [0];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
}

/// A listener that serves each scenario once, in order, on its own thread.
fn server<F>(scenarios: Vec<Serve>, accept: F) -> (SocketAddr, thread::JoinHandle<()>)
where
    F: Fn(TcpStream, Serve) + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind to an ephemeral port");
    let address = listener.local_addr().unwrap();
    let handle = thread::spawn(move || {
        for scenario in scenarios {
            let (mut stream, _) = listener.accept().expect("accept");
            stream.set_read_timeout(Some(TIMEOUT)).unwrap();
            match scenario {
                Serve::Refuse(response) => {
                    read_request(&mut stream);
                    stream.write_all(response.as_bytes()).unwrap();
                }
                Serve::HangUp => read_request(&mut stream),
                _ => accept(stream, scenario),
            }
        }
    });
    (address, handle)
}

macro_rules! round_trip {
    ($module:ident, $tungstenite:ident) => {
        mod $module {
            use super::*;

            use leancloud_im_codes::{ImError, SessionClosed};
            use $tungstenite::protocol::frame::coding::CloseCode;
            use $tungstenite::protocol::{CloseFrame as WireFrame, WebSocketConfig};
            use $tungstenite::{Message, WebSocket};

            fn drain<S: Read + Write>(socket: &mut WebSocket<S>) {
                while socket.read().is_ok() {}
            }

            /// The server side of the scenarios that accept the handshake.
            fn accept(stream: TcpStream, scenario: Serve) {
                let mut raw = stream.try_clone().unwrap();
                let Ok(mut socket) = $tungstenite::accept(stream) else {
                    return;
                };
                match scenario {
                    Serve::Close(code, reason) => {
                        let frame = WireFrame {
                            code: CloseCode::from(code),
                            reason: reason.into(),
                        };
                        let _ = socket.close(Some(frame));
                        drain(&mut socket);
                    }
                    Serve::SessionClosed(code) => {
                        let command = format!(r#"{{"code":{code},"reason":"x","detail":"pushed"}}"#);
                        let _ = socket.send(Message::Text(command.into()));
                        let _ = socket.close(None);
                        drain(&mut socket);
                    }
                    Serve::Drop => drop(socket),
                    Serve::Raw(bytes) => {
                        raw.write_all(bytes).unwrap();
                        drain(&mut socket);
                    }
                    Serve::Refuse(_) | Serve::HangUp => unreachable!("answered before the handshake"),
                }
            }

            /// Connects to `address` and reads until something ends the connection; returns
            /// every error the crate made of what it read, in order, up to `reads` failed reads
            /// after a Close frame.
            fn errors_until_end(address: SocketAddr, config: Option<WebSocketConfig>) -> Vec<ImError> {
                let stream = TcpStream::connect(address).expect("connect");
                stream.set_read_timeout(Some(TIMEOUT)).unwrap();
                let url = format!("ws://{address}/");
                let connected = $tungstenite::client::client_with_config(url, stream, config);
                let mut socket = match connected {
                    Ok((socket, _)) => socket,
                    Err($tungstenite::HandshakeError::Failure(error)) => return vec![ImError::from(error)],
                    Err($tungstenite::HandshakeError::Interrupted(_)) => panic!("a blocking handshake"),
                };
                let mut errors = Vec::new();
                // An ordinary read loop: keep reading after a Close frame, as a new user would.
                for _ in 0..6 {
                    match socket.read() {
                        Ok(Message::Close(frame)) => errors.push(ImError::from(frame.as_ref())),
                        Ok(Message::Text(text)) => {
                            let command: SessionClosed = serde_json::from_str(text.as_str()).unwrap();
                            errors.push(ImError::from(command));
                        }
                        Ok(_) => {}
                        Err(error) => {
                            let failure = ImError::from(&error);
                            let again = matches!(error, $tungstenite::Error::AlreadyClosed);
                            errors.push(failure);
                            if again || errors.len() >= 3 {
                                break;
                            }
                        }
                    }
                }
                errors
            }

            #[test]
            fn a_close_frame_decides_and_the_reads_after_it_do_not_override() {
                let (address, server) = server(vec![Serve::Close(4100, "APP_NOT_AVAILABLE")], accept);
                let errors = errors_until_end(address, None);
                server.join().unwrap();
                let (close, after) = errors.split_first().expect("a Close frame");
                assert_eq!(close.code().map(|c| c.as_u16()), Some(4100));
                assert_eq!(close.carrier(), Carrier::CloseFrame);
                assert_eq!(close.connection(), Some(ConnectionAction::Stop));
                assert!(!after.is_empty(), "the read after the close handshake fails");
                for error in after {
                    // ConnectionClosed, then AlreadyClosed: nothing new to decide.
                    assert_eq!(error.transport(), Some(TransportFailure::Closed), "{error}");
                    assert_eq!(error.connection(), None, "{error}");
                    assert_eq!(error.code(), None);
                }
            }

            #[test]
            fn close_frames_and_session_commands_decide_by_their_carrier() {
                let cases: &[(Serve, u16, Option<ConnectionAction>)] = &[
                    // JS reconnects after any close but 4100, 4103 and 4110 (src/realtime.js:256-269).
                    (Serve::Close(4109, "FRAME_TOO_LONG"), 4109, Some(ConnectionAction::Reconnect)),
                    (Serve::Close(3000, "no response for ping"), 3000, Some(ConnectionAction::Reconnect)),
                    (Serve::Close(4999, "private"), 4999, Some(ConnectionAction::Reconnect)),
                    (Serve::Close(4111, "SESSION_CONFLICT"), 4111, Some(ConnectionAction::Reconnect)),
                    // Every SDK ends the session after a session/closed (src/im-client.js:162-191); 4112 reopens
                    // with a fresh signature, the crate's declared departure.
                    (Serve::SessionClosed(4111), 4111, Some(ConnectionAction::StayOffline)),
                    (Serve::SessionClosed(4200), 4200, Some(ConnectionAction::StayOffline)),
                    (Serve::SessionClosed(4112), 4112, Some(ConnectionAction::ReopenSession)),
                ];
                let (address, server) = server(cases.iter().map(|case| case.0).collect(), accept);
                for &(scenario, code, connection) in cases {
                    let errors = errors_until_end(address, None);
                    let first = &errors[0];
                    assert_eq!(first.code().map(|c| c.as_u16()), Some(code), "{scenario:?}");
                    assert_eq!(first.connection(), connection, "{scenario:?}");
                }
                server.join().unwrap();
                // 4109 answered a message that was too large: it must change before it goes again.
                let too_long = ImError::new(4109_u16, Carrier::CloseFrame);
                assert_eq!(too_long.operation(), Some(OperationAction::FixRequest));
            }

            #[test]
            fn a_dropped_socket_is_1006_and_reconnects() {
                let (address, server) = server(vec![Serve::Drop, Serve::HangUp], accept);
                for _ in 0..2 {
                    let errors = errors_until_end(address, None);
                    let error = &errors[0];
                    assert_eq!(error.transport(), Some(TransportFailure::Socket), "{error}");
                    assert_eq!(error.code().map(|c| c.as_u16()), Some(1006));
                    assert_eq!(error.carrier(), Carrier::Transport);
                    assert_eq!(error.connection(), Some(ConnectionAction::Reconnect));
                    assert!(error.to_string().contains("[local: detail"), "{error}");
                }
                server.join().unwrap();
                // Nobody listening: refused at the socket.
                let closed = TcpListener::bind("127.0.0.1:0").unwrap();
                let address = closed.local_addr().unwrap();
                drop(closed);
                let error = ImError::from($tungstenite::connect(format!("ws://{address}/")).unwrap_err());
                assert_eq!(error.transport(), Some(TransportFailure::Socket), "{error}");
                assert_eq!(error.connection(), Some(ConnectionAction::Reconnect));
            }

            #[test]
            fn a_refused_handshake_decides_by_its_status() {
                let responses = [
                    ("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n", 401, Some(ConnectionAction::Stop), None),
                    ("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n", 403, Some(ConnectionAction::Stop), None),
                    ("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", 404, Some(ConnectionAction::Stop), None),
                    (
                        "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n",
                        429,
                        Some(ConnectionAction::Reconnect),
                        Some(30),
                    ),
                    (
                        "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n<html></html>",
                        503,
                        Some(ConnectionAction::Reconnect),
                        Some(120),
                    ),
                    // IM REST 429s are per minute (docs/sdk/im/guide/rest.mdx:1687): without Retry-After, a minute.
                    ("HTTP/1.1 429 Too Many Requests\r\nContent-Length: 0\r\n\r\n", 429, Some(ConnectionAction::Reconnect), Some(60)),
                ];
                let scenarios = responses.iter().map(|r| Serve::Refuse(r.0)).collect();
                let (address, server) = server(scenarios, accept);
                for (response, status, connection, wait) in responses {
                    let errors = errors_until_end(address, None);
                    let error = &errors[0];
                    assert_eq!(error.transport(), Some(TransportFailure::Refused), "{response}");
                    assert_eq!(error.http_status(), Some(status));
                    assert_eq!(error.code(), None, "a refused handshake has no close code");
                    assert_eq!(error.connection(), connection, "{response}");
                    assert_eq!(error.operation(), None, "a handshake answers no request");
                    assert_eq!(
                        error.retry_after(),
                        wait.map(|seconds| RetryAfter::Delay(Duration::from_secs(seconds))),
                        "{response}"
                    );
                    assert!(error.to_string().starts_with(&format!("HTTP {status}: ")), "{error}");
                }
                server.join().unwrap();
            }

            #[test]
            fn a_server_that_does_not_speak_websocket_stops() {
                let responses = [
                    // A web page where the WebSocket endpoint should be.
                    "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
                    // An upgrade with a wrong accept key.
                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n",
                ];
                let scenarios = responses.iter().map(|r| Serve::Refuse(r)).collect();
                let (address, server) = server(scenarios, accept);
                for response in responses {
                    let error = &errors_until_end(address, None)[0];
                    assert_eq!(error.connection(), Some(ConnectionAction::Stop), "{response}: {error}");
                    assert!(matches!(
                        error.transport(),
                        Some(TransportFailure::Refused | TransportFailure::NotWebSocket)
                    ));
                }
                server.join().unwrap();
            }

            #[test]
            fn a_bad_url_stops() {
                for url in ["http://127.0.0.1/", "ws:///no-host", "not a url"] {
                    let error = ImError::from($tungstenite::connect(url).unwrap_err());
                    assert_eq!(error.connection(), Some(ConnectionAction::Stop), "{url}: {error}");
                    assert_eq!(error.transport(), Some(TransportFailure::Request), "{url}: {error}");
                }
            }

            #[test]
            fn protocol_violations_carry_their_close_code() {
                // RFC 6455 §5.2: RSV1 set without an extension (1002); §8.1: a text frame that is
                // not UTF-8 (1007); §7.4.1: a message larger than the endpoint takes (1009).
                let reserved: &[u8] = &[0xc1, 0x02, b'h', b'i'];
                let not_utf8: &[u8] = &[0x81, 0x02, 0xff, 0xfe];
                let too_big: &[u8] = &[0x82, 0x7e, 0x04, 0x00]; // a 1,024-byte binary frame
                let config = WebSocketConfig::default()
                    .max_message_size(Some(16))
                    .max_frame_size(Some(16));
                let cases = [(reserved, 1002, None), (not_utf8, 1007, None), (too_big, 1009, Some(config))];
                let scenarios = cases.iter().map(|case| Serve::Raw(case.0)).collect();
                let (address, server) = server(scenarios, accept);
                for (bytes, code, config) in cases {
                    let error = &errors_until_end(address, config)[0];
                    assert_eq!(error.transport(), Some(TransportFailure::Protocol), "{bytes:?}: {error}");
                    assert_eq!(error.code().map(|c| c.as_u16()), Some(code), "{error}");
                    assert_eq!(error.connection(), Some(ConnectionAction::Reconnect));
                }
                server.join().unwrap();
            }

            #[test]
            fn back_pressure_ends_nothing() {
                let full = $tungstenite::Error::WriteBufferFull(Box::new(Message::Text("hi".into())));
                let error = ImError::from(&full);
                assert_eq!(error.transport(), Some(TransportFailure::Busy));
                assert_eq!(error.connection(), None);
                assert_eq!(error.operation(), Some(OperationAction::Retry));
                let would_block = $tungstenite::Error::Io(std::io::ErrorKind::WouldBlock.into());
                assert_eq!(ImError::from(&would_block).connection(), None);
            }
        }
    };
}

round_trip!(tungstenite_0_29_round_trip, tungstenite_0_29);
round_trip!(tungstenite_0_30_round_trip, tungstenite_0_30);
