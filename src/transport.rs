//! What a WebSocket library can report instead of a frame, sorted by what it means for the
//! connection.
//!
//! This file is also compiled into the generator (`build/`), so it depends on nothing else in
//! the crate.

use super::parse_error::{ParseWordError, words};

/// A failure that the WebSocket library reported instead of a frame, sorted by what it means
/// for the connection. Most of it must not become "reconnect": only a failed socket is
/// RFC 6455's 1006, the abnormal closure after which every official SDK reconnects.
///
/// [`ImError::transport`](crate::ImError::transport) says which one an error is. Failures
/// with a WebSocket close code carry it and take its answers ([`Socket`](Self::Socket) 1006,
/// [`Tls`](Self::Tls) 1015, [`Protocol`](Self::Protocol) 1002, 1007 or 1009); the others have
/// answers of their own in `codes.toml`.
///
/// ```
/// # #[cfg(feature = "alloc")] {
/// use leancloud_im_codes::{ConnectionAction, ImError, TransportFailure};
///
/// let closed = ImError::from(TransportFailure::Closed);
/// assert_eq!(closed.connection(), None); // the Close frame before it already decided
/// let dropped = ImError::from(TransportFailure::Socket);
/// assert_eq!(dropped.code().map(|code| code.as_u16()), Some(1006));
/// assert_eq!(dropped.connection(), Some(ConnectionAction::Reconnect));
/// # }
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TransportFailure {
    /// The socket failed: reset, refused, timed out, unreachable, a name that did not resolve,
    /// or a connection cut during the handshake. RFC 6455's 1006.
    Socket,
    /// The TLS handshake failed, a certificate was refused among other causes. RFC 6455's 1015.
    Tls,
    /// The peer broke the WebSocket protocol or a limit after the connection opened: 1002, or
    /// 1007 for text that is not UTF-8, or 1009 for a message over the configured limit.
    Protocol,
    /// The connection was already closed: the closing handshake had completed, or the app
    /// closed it. The Close frame (or the app's own close) already decided what to do.
    Closed,
    /// The server refused the WebSocket handshake with an HTTP status (see
    /// [`ImError::http_status`](crate::ImError::http_status)): 401, 403, 404, 429, 503, ...
    Refused,
    /// The handshake request could not be made from what the app gave: a malformed or
    /// unsupported URL, a header that is not valid HTTP, or TLS support not built in.
    Request,
    /// The server answered, but not as a WebSocket endpoint that accepts this request: no
    /// upgrade, a wrong accept key, a subprotocol it refused, a response that is not valid
    /// HTTP.
    NotWebSocket,
    /// Back-pressure: the send buffer is full, or a non-blocking socket is not ready. Nothing
    /// ended; flush or wait, then try the same call again.
    Busy,
}

impl TransportFailure {
    /// Every kind, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::TransportFailure::ALL.len(), 8);
    /// ```
    pub const ALL: &'static [TransportFailure] = &[
        TransportFailure::Socket,
        TransportFailure::Tls,
        TransportFailure::Protocol,
        TransportFailure::Closed,
        TransportFailure::Refused,
        TransportFailure::Request,
        TransportFailure::NotWebSocket,
        TransportFailure::Busy,
    ];

    /// The snake_case word used in `codes.toml`, in serialized forms and by `explain`.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::TransportFailure::NotWebSocket.as_str(), "not_websocket");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            TransportFailure::Socket => "socket",
            TransportFailure::Tls => "tls",
            TransportFailure::Protocol => "protocol",
            TransportFailure::Closed => "closed",
            TransportFailure::Refused => "refused",
            TransportFailure::Request => "request",
            TransportFailure::NotWebSocket => "not_websocket",
            TransportFailure::Busy => "busy",
        }
    }

    /// The WebSocket close code RFC 6455 gives this failure, if it has one: 1006 for
    /// [`Socket`](Self::Socket), 1015 for [`Tls`](Self::Tls), 1002 for
    /// [`Protocol`](Self::Protocol) (a library may tell 1007 or 1009 apart).
    ///
    /// ```
    /// use leancloud_im_codes::TransportFailure;
    ///
    /// assert_eq!(TransportFailure::Tls.close_code(), Some(1015));
    /// assert_eq!(TransportFailure::Refused.close_code(), None);
    /// ```
    #[must_use]
    pub const fn close_code(self) -> Option<u16> {
        match self {
            TransportFailure::Socket => Some(1006),
            TransportFailure::Tls => Some(1015),
            TransportFailure::Protocol => Some(1002),
            _ => None,
        }
    }
}

words!(
    TransportFailure,
    "transport failure",
    "socket, tls, protocol, closed, refused, request, not_websocket, busy"
);
