//! How a code travelled: the carrier changes what a client should do about it.

use super::parse_error::{ParseWordError, words};

/// How a code (or a failure without one) arrived. The same number can call for different
/// handling depending on how it came: 4111 as a Close status is reconnected by the official
/// SDKs, while 4111 in a `session/closed` command ends the session.
///
/// ```
/// use leancloud_im_codes::{Carrier, Code, ConnectionAction};
///
/// let conflict = Code::SESSION_CONFLICT;
/// assert_eq!(conflict.connection(Carrier::CloseFrame), Some(ConnectionAction::Reconnect));
/// assert_eq!(conflict.connection(Carrier::Session), Some(ConnectionAction::StayOffline));
/// assert_eq!(Carrier::Session.to_string(), "session");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Carrier {
    /// The status of a WebSocket Close frame that the peer sent.
    CloseFrame,
    /// The session ended or was refused: a `session/closed` push, or the reply that refused a
    /// `session/open` (an `error` command, or a `session` command with a code), including the
    /// re-open an SDK sends after reconnecting.
    Session,
    /// An `error` command: the reply to any other request, or an unsolicited error.
    ErrorCommand,
    /// An `ack` command: the reply to a sent message.
    Ack,
    /// A failed REST call: its HTTP status, and the JSON body's code when it has one.
    Rest,
    /// The WebSocket library reported a failure instead of a frame: a dropped socket, a TLS
    /// failure, a refused or malformed handshake, a protocol violation, a connection that was
    /// already closed (see [`TransportFailure`](crate::TransportFailure)).
    Transport,
    /// Raised on this side by an SDK or by the application, not by the server; its text is
    /// local, never the server's.
    Local,
}

impl Carrier {
    /// Every carrier, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Carrier::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [Carrier] = &[
        Carrier::CloseFrame,
        Carrier::Session,
        Carrier::ErrorCommand,
        Carrier::Ack,
        Carrier::Rest,
        Carrier::Transport,
        Carrier::Local,
    ];

    /// The snake_case word used in serialized forms and by `explain`.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Carrier::CloseFrame.as_str(), "close_frame");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Carrier::CloseFrame => "close_frame",
            Carrier::Session => "session",
            Carrier::ErrorCommand => "error_command",
            Carrier::Ack => "ack",
            Carrier::Rest => "rest",
            Carrier::Transport => "transport",
            Carrier::Local => "local",
        }
    }

    /// Whether the text that came with the code is the server's (or the peer's) words, rather
    /// than text produced on this side.
    ///
    /// ```
    /// use leancloud_im_codes::Carrier;
    ///
    /// assert!(Carrier::Ack.is_remote());
    /// assert!(!Carrier::Transport.is_remote());
    /// assert!(!Carrier::Local.is_remote());
    /// ```
    #[must_use]
    pub const fn is_remote(self) -> bool {
        !matches!(self, Carrier::Transport | Carrier::Local)
    }
}

words!(
    Carrier,
    "carrier",
    "close_frame, session, error_command, ack, rest, transport, local"
);
