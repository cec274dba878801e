//! A real tungstenite server on 127.0.0.1 ends connections in each way LeanCloud does, and a
//! tungstenite client maps what arrives through the crate: once with tungstenite 0.29 and once
//! with 0.30 (features `tungstenite-0_29` and `tungstenite-0_30`).

use std::time::Duration;

use leancloud_im_codes::{ConnectionAction, OperationAction};

const TIMEOUT: Duration = Duration::from_secs(5);

/// How the server ends a connection.
#[derive(Clone, Copy)]
enum End {
    /// A Close frame with this status and reason.
    Close(u16, &'static str),
    /// A `session/closed` command (as JSON in a text frame), then a normal close.
    SessionClosed(u16),
    /// The TCP connection drops without a Close frame.
    Drop,
}

/// What the server does, and what the client must decide.
const CASES: &[(End, u16, Option<ConnectionAction>, Option<OperationAction>)] = &[
    (
        End::Close(4109, "FRAME_TOO_LONG"),
        4109,
        Some(ConnectionAction::Reconnect),
        Some(OperationAction::FixRequest),
    ),
    (
        End::SessionClosed(4111),
        4111,
        Some(ConnectionAction::StayOffline),
        Some(OperationAction::Nothing),
    ),
    (
        End::SessionClosed(4112),
        4112,
        Some(ConnectionAction::ReopenSession),
        Some(OperationAction::Retry),
    ),
    (
        End::Close(4100, "APP_NOT_AVAILABLE"),
        4100,
        Some(ConnectionAction::Stop),
        Some(OperationAction::FixConfiguration),
    ),
    (
        End::Close(3000, "no response for ping"),
        3000,
        Some(ConnectionAction::Reconnect),
        None,
    ),
    (End::Drop, 1006, Some(ConnectionAction::Reconnect), None),
    (
        End::Close(4999, "private"),
        4999,
        Some(ConnectionAction::Reconnect),
        None,
    ),
];

macro_rules! round_trip {
    ($test:ident, $tungstenite:ident) => {
        #[test]
        fn $test() {
            use std::io;
            use std::net::{TcpListener, TcpStream};
            use std::thread;

            use leancloud_im_codes::{
                Carrier, CloseFrame, ImError, ReconnectSchedule, SessionClosed,
            };
            use $tungstenite::protocol::CloseFrame as WireFrame;
            use $tungstenite::protocol::frame::coding::CloseCode;
            use $tungstenite::{Message, WebSocket};

            fn drain<S: io::Read + io::Write>(socket: &mut WebSocket<S>) {
                while socket.read().is_ok() {}
            }

            fn serve(listener: TcpListener) -> $tungstenite::Result<()> {
                for (end, ..) in CASES {
                    let (stream, _) = listener.accept()?;
                    stream.set_read_timeout(Some(TIMEOUT))?;
                    let mut socket = $tungstenite::accept(stream).map_err(|error| match error {
                        $tungstenite::HandshakeError::Failure(error) => error,
                        $tungstenite::HandshakeError::Interrupted(_) => {
                            $tungstenite::Error::Io(io::Error::from(io::ErrorKind::WouldBlock))
                        }
                    })?;
                    match *end {
                        End::Close(code, reason) => {
                            socket.close(Some(WireFrame {
                                code: CloseCode::from(code),
                                reason: reason.into(),
                            }))?;
                            drain(&mut socket);
                        }
                        End::SessionClosed(code) => {
                            let command =
                                format!(r#"{{"code":{code},"reason":"x","detail":"pushed"}}"#);
                            socket.send(Message::Text(command.into()))?;
                            socket.close(None)?;
                            drain(&mut socket);
                        }
                        End::Drop => drop(socket),
                    }
                }
                Ok(())
            }

            let listener = TcpListener::bind("127.0.0.1:0").expect("bind to an ephemeral port");
            let address = listener.local_addr().unwrap();
            let server = thread::spawn(move || serve(listener));
            let mut schedule = ReconnectSchedule::js();
            let mut waits = Vec::new();

            for &(_, code, connection, operation) in CASES {
                let stream = TcpStream::connect(address).expect("connect");
                stream.set_read_timeout(Some(TIMEOUT)).unwrap();
                let (mut socket, _) =
                    $tungstenite::client(format!("ws://{address}/"), stream).expect("handshake");
                let error = loop {
                    match socket.read() {
                        Ok(Message::Close(frame)) => {
                            let error = ImError::from(&CloseFrame::from(frame.as_ref()));
                            if let Some(frame) = &frame {
                                assert_eq!(ImError::from(frame), error);
                            }
                            break error;
                        }
                        Ok(Message::Text(text)) => {
                            let command: SessionClosed =
                                serde_json::from_str(text.as_str()).unwrap();
                            break ImError::from(command);
                        }
                        Ok(_) => continue,
                        Err(error) => break ImError::from(&error),
                    }
                };
                assert_eq!(error.code().as_u16(), code);
                assert_eq!(error.connection(), connection, "{code}");
                assert_eq!(error.operation(), operation, "{code}");
                if code == 1006 {
                    assert_eq!(error.carrier(), Carrier::Local);
                    assert!(error.to_string().contains("[local: detail"), "{error}");
                }
                if connection == Some(ConnectionAction::Reconnect) {
                    waits.push(schedule.next().unwrap().as_secs());
                }
                drain(&mut socket);
            }
            // 4109, 3000, 1006 and 4999 reconnect on the JS SDK's schedule.
            assert_eq!(waits, [1, 2, 4, 8]);
            server
                .join()
                .expect("server thread")
                .expect("server ended every connection");
        }
    };
}

round_trip!(tungstenite_0_29_round_trip, tungstenite_0_29);
round_trip!(tungstenite_0_30_round_trip, tungstenite_0_30);
