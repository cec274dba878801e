//! A real WebSocket round trip: a tungstenite server on 127.0.0.1 closes successive
//! connections with LeanCloud and WebSocket codes, and a tungstenite client maps each Close
//! frame it receives through the crate. Five connections, five-second socket timeouts; the
//! server thread ends by itself.

use std::io;
use std::net::{TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

use leancloud_im_codes::{Action, CloseFrame, CodeRange, ImError, Lang};
use tungstenite::protocol::CloseFrame as WireFrame;
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::{Message, WebSocket};

const TIMEOUT: Duration = Duration::from_secs(5);

/// What the server sends, and what the client must make of it.
struct Case {
    code: u16,
    reason: &'static str,
    name: Option<&'static str>,
    action: Action,
    description_mentions: &'static str,
}

const CASES: &[Case] = &[
    Case {
        code: 4111,
        reason: "SESSION_CONFLICT",
        name: Some("SESSION_CONFLICT"),
        action: Action::StayOffline,
        description_mentions: "signed in on another device",
    },
    Case {
        code: 4112,
        reason: "SESSION_TOKEN_EXPIRED",
        name: Some("SESSION_TOKEN_EXPIRED"),
        action: Action::ReopenSession,
        description_mentions: "session token has expired",
    },
    Case {
        code: 4100,
        reason: "APP_NOT_AVAILABLE",
        name: Some("APP_NOT_AVAILABLE"),
        action: Action::FixConfiguration,
        description_mentions: "instant messaging is not enabled",
    },
    Case {
        code: 1000,
        reason: "",
        name: Some("NORMAL_CLOSURE"),
        action: Action::Reconnect,
        description_mentions: "closed normally",
    },
    Case {
        code: 4999,
        reason: "a private code this crate does not know",
        name: None,
        action: Action::Reconnect,
        description_mentions: "(4000-4999)",
    },
];

/// Reads until the peer finishes the closing handshake.
fn drain<S: io::Read + io::Write>(socket: &mut WebSocket<S>) -> tungstenite::Result<()> {
    loop {
        match socket.read() {
            Ok(_) => continue,
            Err(tungstenite::Error::ConnectionClosed) => return Ok(()),
            Err(error) => return Err(error),
        }
    }
}

fn serve(listener: TcpListener) -> tungstenite::Result<()> {
    for case in CASES {
        let (stream, _) = listener.accept()?;
        stream.set_read_timeout(Some(TIMEOUT))?;
        stream.set_write_timeout(Some(TIMEOUT))?;
        let mut socket = tungstenite::accept(stream).map_err(|error| match error {
            tungstenite::HandshakeError::Failure(error) => error,
            tungstenite::HandshakeError::Interrupted(_) => {
                tungstenite::Error::Io(io::Error::from(io::ErrorKind::WouldBlock))
            }
        })?;
        socket.close(Some(WireFrame {
            code: CloseCode::from(case.code),
            reason: case.reason.into(),
        }))?;
        drain(&mut socket)?;
    }
    Ok(())
}

#[test]
fn closes_from_a_real_server_map_through_the_crate() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind to an ephemeral port");
    let address = listener.local_addr().unwrap();
    let server = thread::spawn(move || serve(listener));

    for case in CASES {
        let stream = TcpStream::connect(address).expect("connect");
        stream.set_read_timeout(Some(TIMEOUT)).unwrap();
        stream.set_write_timeout(Some(TIMEOUT)).unwrap();
        let (mut socket, _) =
            tungstenite::client(format!("ws://{address}/"), stream).expect("handshake");
        let received = loop {
            match socket.read().expect("read until the Close frame") {
                Message::Close(frame) => break frame.expect("the server sent a status"),
                _ => continue,
            }
        };

        let frame = CloseFrame::from(&received);
        let code = frame.code();
        assert_eq!(code.as_u16(), case.code);
        assert_eq!(code.name(), case.name, "{}", case.code);
        assert_eq!(frame.action(), case.action, "{}", case.code);
        assert_eq!(frame.reason(), case.reason);
        let description = code.description(Lang::En);
        assert!(
            description.contains(case.description_mentions),
            "{description}"
        );
        if case.name.is_none() {
            assert_eq!(code.range(), CodeRange::Private);
        }

        let error = ImError::from(&received);
        assert_eq!(error.code(), code);
        assert_eq!(
            error.reason(),
            (!case.reason.is_empty()).then_some(case.reason)
        );
        drain(&mut socket).expect("finish the closing handshake");
    }
    server
        .join()
        .expect("server thread")
        .expect("server closed every connection");
}
