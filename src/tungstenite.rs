//! Conversions with tungstenite's close types and errors, one feature per tungstenite release
//! line (`tungstenite-0_29`, `tungstenite-0_30`), so a new tungstenite release adds a feature
//! here instead of breaking this crate. Each line gets the same impls, written once in
//! [`conversions!`].
//!
//! Every `tungstenite::Error` becomes an [`ImError`] on purpose; only a failed socket is RFC 6455's
//! 1006, the abnormal closure after which every official SDK reconnects:
//!
//! | tungstenite error | [`TransportFailure`] | code | connection |
//! |---|---|---|---|
//! | `ConnectionClosed`, `AlreadyClosed`, `Protocol(SendAfterClosing)`, `Protocol(ReceivedAfterClosing)` | `Closed` | – | `None`: the Close frame before it decided |
//! | `Io` (reset, refused, timed out, unreachable, a name that did not resolve, EOF), `Url(UnableToConnect)`, `Protocol(ResetWithoutClosingHandshake)`, `Protocol(HandshakeIncomplete)` | `Socket` | 1006 | reconnect |
//! | `Io` with `WouldBlock` or `Interrupted`, `WriteBufferFull` | `Busy` | – | `None`: nothing ended; retry the call |
//! | `Tls` | `Tls` | 1015 | stop |
//! | `Http(response)` | `Refused` | – | by the status: 401, 403, 404 stop; 429, 502, 503 reconnect after `Retry-After` |
//! | `Url` (other), `HttpFormat` | `Request` | – | stop |
//! | `Protocol` during the handshake (missing upgrade, accept key mismatch, subprotocol, invalid header, unparsable HTTP), `Capacity(TooManyHeaders)` | `NotWebSocket` | – | stop |
//! | `Protocol` on frames (reserved bits, masking, opcodes, fragments, control frames, close sequence), `AttackAttempt` | `Protocol` | 1002 | reconnect |
//! | `Utf8` | `Protocol` | 1007 | reconnect |
//! | `Capacity(MessageTooLong)` | `Protocol` | 1009 | reconnect |
//!
//! tungstenite also raises `Utf8` for a handshake header that is not UTF-8; it is read as
//! 1007 here, since the error does not tell the two apart.

use crate::carrier::Carrier;
use crate::close::{CloseFrame, CloseFrameError};
use crate::code::Code;
use crate::error::ImError;
use crate::table::KnownCode;
use crate::transport::TransportFailure;

/// The error for a transport failure, with tungstenite's text as its (local) detail.
fn failure(failure: TransportFailure, detail: &dyn core::fmt::Display) -> ImError {
    ImError::from(failure).with_detail(alloc::string::ToString::to_string(detail))
}

/// A protocol violation with the close code that says which.
fn protocol(code: u16, detail: &dyn core::fmt::Display) -> ImError {
    ImError {
        code: Some(Code::new(code)),
        ..failure(TransportFailure::Protocol, detail)
    }
}

/// The wait a `Retry-After` header gives in delta-seconds; an HTTP date needs a clock, which
/// this crate does not have, so it is left out.
fn retry_after(value: Option<&[u8]>) -> Option<core::time::Duration> {
    let seconds = core::str::from_utf8(value?).ok()?.trim();
    let seconds: u64 = seconds.parse().ok()?;
    Some(core::time::Duration::from_secs(seconds))
}

macro_rules! conversions {
    ($tungstenite:ident) => {
        impl From<$tungstenite::protocol::frame::coding::CloseCode> for Code {
            /// The number, unchanged.
            fn from(code: $tungstenite::protocol::frame::coding::CloseCode) -> Code {
                Code::new(code.into())
            }
        }

        impl TryFrom<Code> for $tungstenite::protocol::frame::coding::CloseCode {
            type Error = CloseFrameError;

            /// The number, for a Close frame to send: refuses the codes RFC 6455 forbids there
            /// (see [`Code::is_sendable`]), which tungstenite would send as asked.
            fn try_from(code: Code) -> Result<Self, CloseFrameError> {
                if code.is_sendable() {
                    Ok(Self::from(code.as_u16()))
                } else {
                    Err(CloseFrameError::NotSendable(code))
                }
            }
        }

        impl TryFrom<KnownCode> for $tungstenite::protocol::frame::coding::CloseCode {
            type Error = CloseFrameError;

            /// As for [`Code`]: refuses the codes RFC 6455 forbids in a Close frame.
            fn try_from(code: KnownCode) -> Result<Self, CloseFrameError> {
                Self::try_from(code.code())
            }
        }

        impl<'a> From<&'a $tungstenite::protocol::CloseFrame> for CloseFrame<'a> {
            /// Borrows the frame tungstenite received. The code is kept as received; a reason
            /// over 123 bytes (possible in a frame built by hand) is cut on a character
            /// boundary.
            fn from(frame: &'a $tungstenite::protocol::CloseFrame) -> CloseFrame<'a> {
                CloseFrame::received(Code::from(frame.code), frame.reason.as_str())
            }
        }

        impl<'a> From<Option<&'a $tungstenite::protocol::CloseFrame>> for CloseFrame<'a> {
            /// What `Message::Close(frame)` carries: `None` (a Close frame without payload)
            /// gives [`CloseFrame::EMPTY`], whose code is 1005.
            fn from(frame: Option<&'a $tungstenite::protocol::CloseFrame>) -> CloseFrame<'a> {
                frame.map_or(CloseFrame::EMPTY, CloseFrame::from)
            }
        }

        impl TryFrom<CloseFrame<'_>> for $tungstenite::protocol::CloseFrame {
            type Error = CloseFrameError;

            /// A frame for tungstenite to send. Refuses every code RFC 6455 forbids in a Close
            /// frame, as [`CloseFrame::new`] does, also in a frame that was received and is
            /// being echoed ([`CloseFrameError::NotSendable`]: tungstenite would send it, and
            /// its peers fail the connection with 1002). [`CloseFrame::EMPTY`] has no status to
            /// send: [`CloseFrameError::NoStatus`]; send `Message::Close(None)` instead.
            fn try_from(frame: CloseFrame<'_>) -> Result<Self, CloseFrameError> {
                let code = frame.status().ok_or(CloseFrameError::NoStatus)?;
                Ok(Self {
                    code: code.try_into()?,
                    reason: frame.reason().into(),
                })
            }
        }

        impl From<&$tungstenite::protocol::CloseFrame> for ImError {
            /// The error a received Close frame reports.
            fn from(frame: &$tungstenite::protocol::CloseFrame) -> ImError {
                ImError::from_close_frame(&CloseFrame::from(frame))
            }
        }

        impl From<Option<&$tungstenite::protocol::CloseFrame>> for ImError {
            /// The error that `Message::Close(frame)` reports, in one step: `frame.as_ref()`
            /// of a received close, where `None` is a Close frame without a status (1005).
            fn from(frame: Option<&$tungstenite::protocol::CloseFrame>) -> ImError {
                ImError::from_close_frame(&CloseFrame::from(frame))
            }
        }

        impl From<&$tungstenite::Error> for ImError {
            /// A transport failure, mapped as the module's table says, with tungstenite's text
            /// as the detail (labelled `local:`, never as the server's words).
            fn from(error: &$tungstenite::Error) -> ImError {
                use std::io::ErrorKind;
                use $tungstenite::Error;
                use $tungstenite::error::{CapacityError, ProtocolError, UrlError};

                match error {
                    Error::ConnectionClosed | Error::AlreadyClosed => {
                        failure(TransportFailure::Closed, error)
                    }
                    Error::Io(io) => match io.kind() {
                        ErrorKind::WouldBlock | ErrorKind::Interrupted => {
                            failure(TransportFailure::Busy, error)
                        }
                        _ => failure(TransportFailure::Socket, error),
                    },
                    Error::Tls(_) => failure(TransportFailure::Tls, error),
                    Error::Capacity(CapacityError::MessageTooLong { .. }) => protocol(1009, error),
                    Error::Capacity(CapacityError::TooManyHeaders) => {
                        failure(TransportFailure::NotWebSocket, error)
                    }
                    Error::Protocol(violation) => match violation {
                        ProtocolError::SendAfterClosing | ProtocolError::ReceivedAfterClosing => {
                            failure(TransportFailure::Closed, error)
                        }
                        ProtocolError::ResetWithoutClosingHandshake
                        | ProtocolError::HandshakeIncomplete => {
                            failure(TransportFailure::Socket, error)
                        }
                        ProtocolError::NonZeroReservedBits
                        | ProtocolError::UnmaskedFrameFromClient
                        | ProtocolError::MaskedFrameFromServer
                        | ProtocolError::FragmentedControlFrame
                        | ProtocolError::ControlFrameTooBig
                        | ProtocolError::UnknownControlFrameType(_)
                        | ProtocolError::UnknownDataFrameType(_)
                        | ProtocolError::UnexpectedContinueFrame
                        | ProtocolError::ExpectedFragment(_)
                        | ProtocolError::InvalidOpcode(_)
                        | ProtocolError::InvalidCloseSequence => protocol(1002, error),
                        // The rest are the handshake's: the peer did not answer as a WebSocket
                        // server that accepts this request.
                        _ => failure(TransportFailure::NotWebSocket, error),
                    },
                    Error::WriteBufferFull(_) => failure(TransportFailure::Busy, error),
                    Error::Utf8(_) => protocol(1007, error),
                    Error::AttackAttempt => protocol(1002, error),
                    Error::Url(UrlError::UnableToConnect(_)) => {
                        failure(TransportFailure::Socket, error)
                    }
                    Error::Url(_) | Error::HttpFormat(_) => {
                        failure(TransportFailure::Request, error)
                    }
                    Error::Http(response) => {
                        let refused = failure(TransportFailure::Refused, error)
                            .with_http_status(response.status().as_u16());
                        let wait = response
                            .headers()
                            .get("retry-after")
                            .and_then(|value| retry_after(Some(value.as_bytes())));
                        match wait {
                            Some(wait) => refused.with_retry_after(wait),
                            None => refused,
                        }
                    }
                }
            }
        }

        impl From<$tungstenite::Error> for ImError {
            /// As for `&tungstenite::Error`.
            fn from(error: $tungstenite::Error) -> ImError {
                ImError::from(&error)
            }
        }
    };
}

#[cfg(feature = "tungstenite-0_29")]
conversions!(tungstenite_0_29);
#[cfg(feature = "tungstenite-0_30")]
conversions!(tungstenite_0_30);

// Keep the carrier the table above promises in sight of the reader.
const _: Carrier = Carrier::Transport;
