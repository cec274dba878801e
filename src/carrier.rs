//! How a code travelled: the carrier changes what a client should do about it.

use super::parse_error::{ParseWordError, words};

/// Where a code came from. The same number can call for different handling depending on how it
/// arrived: 4111 as a Close status is reconnected by the official SDKs, while 4111 in a
/// `session/closed` command ends the session for good.
///
/// ```
/// use leancloud_im_codes::{Carrier, Code, ConnectionAction};
///
/// let conflict = Code::SESSION_CONFLICT;
/// assert_eq!(conflict.connection_after(Carrier::CloseFrame), Some(ConnectionAction::Reconnect));
/// assert_eq!(conflict.connection_after(Carrier::SessionClosed), Some(ConnectionAction::StayOffline));
/// assert_eq!(Carrier::SessionClosed.to_string(), "session_closed");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Carrier {
    /// The status of a WebSocket Close frame.
    CloseFrame,
    /// An `ErrorCommand`: the reply to a request, or an unsolicited error.
    ErrorCommand,
    /// A `SessionCommand`: a `session/closed` push, or a refused `session/open`.
    SessionClosed,
    /// An `AckCommand`: the reply to a sent message.
    Ack,
    /// The JSON body of a failed REST call.
    Rest,
    /// Raised on this side: by an SDK, by the application, or by the transport (a socket error
    /// reported as 1006). Its text is local, never the server's.
    Local,
}

impl Carrier {
    /// Every carrier, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Carrier::ALL.len(), 6);
    /// ```
    pub const ALL: &'static [Carrier] = &[
        Carrier::CloseFrame,
        Carrier::ErrorCommand,
        Carrier::SessionClosed,
        Carrier::Ack,
        Carrier::Rest,
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
            Carrier::ErrorCommand => "error_command",
            Carrier::SessionClosed => "session_closed",
            Carrier::Ack => "ack",
            Carrier::Rest => "rest",
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
    /// assert!(!Carrier::Local.is_remote());
    /// ```
    #[must_use]
    pub const fn is_remote(self) -> bool {
        !matches!(self, Carrier::Local)
    }
}

words!(
    Carrier,
    "carrier",
    "close_frame, error_command, session_closed, ack, rest, local"
);
