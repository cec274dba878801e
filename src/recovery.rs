//! What to do after a code: with the connection it closed, with the request it answered, and
//! how long to wait first.
//!
//! This file is also compiled into the generator (`build/`), so it depends on nothing else in
//! the crate.

use core::fmt;
use core::time::Duration;

use super::parse_error::{ParseWordError, words};

/// What to do with the connection (or the session) that a code closed or ended.
///
/// A code that never closes a connection has no connection answer at all: the lookups return
/// `Option<ConnectionAction>` and give `None` for it.
///
/// ```
/// use leancloud_im_codes::{ConnectionAction, KnownCode};
///
/// match KnownCode::AppNotAvailable.connection() {
///     Some(ConnectionAction::Reconnect) => { /* back off, then connect again */ }
///     Some(ConnectionAction::ReopenSession) => { /* open the session with a fresh signature */ }
///     Some(ConnectionAction::StayOffline) => { /* tell the user; do not reconnect */ }
///     Some(ConnectionAction::Stop) => { /* the app's setup is wrong: report it */ }
///     _ => { /* this code does not end connections */ }
/// }
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConnectionAction {
    /// A transient failure: reconnect with backoff (see [`ReconnectSchedule`](crate::ReconnectSchedule)).
    Reconnect,
    /// The session's token is no longer valid: open the session again with a fresh signature.
    ReopenSession,
    /// The server ended the session on purpose (signed in elsewhere, kicked): tell the user and
    /// do not reconnect automatically.
    StayOffline,
    /// The app's configuration is wrong: reconnecting cannot succeed until it is fixed.
    Stop,
}

impl ConnectionAction {
    /// Every value, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::ConnectionAction::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [ConnectionAction] = &[
        ConnectionAction::Reconnect,
        ConnectionAction::ReopenSession,
        ConnectionAction::StayOffline,
        ConnectionAction::Stop,
    ];

    /// The snake_case word used in `codes.toml` and in serialized forms.
    ///
    /// ```
    /// use leancloud_im_codes::ConnectionAction;
    ///
    /// assert_eq!(ConnectionAction::ReopenSession.as_str(), "reopen_session");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ConnectionAction::Reconnect => "reconnect",
            ConnectionAction::ReopenSession => "reopen_session",
            ConnectionAction::StayOffline => "stay_offline",
            ConnectionAction::Stop => "stop",
        }
    }

    /// Whether a client acts on its own, without the user or the developer changing anything.
    ///
    /// ```
    /// use leancloud_im_codes::ConnectionAction;
    ///
    /// assert!(ConnectionAction::ReopenSession.is_automatic());
    /// assert!(!ConnectionAction::StayOffline.is_automatic());
    /// ```
    #[must_use]
    pub const fn is_automatic(self) -> bool {
        matches!(
            self,
            ConnectionAction::Reconnect | ConnectionAction::ReopenSession
        )
    }
}

/// What to do with the request that a code answered.
///
/// A code that never answers a request has no operation answer: the lookups return
/// `Option<OperationAction>` and give `None` for it.
///
/// ```
/// use leancloud_im_codes::{KnownCode, OperationAction};
///
/// assert_eq!(KnownCode::ConversationFull.operation(), Some(OperationAction::FixRequest));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationAction {
    /// A transient failure: the same request may succeed if sent again (mind
    /// [`is_retryable`](crate::KnownCode::is_retryable) for requests that are not idempotent).
    Retry,
    /// A quota or a rate limit: wait (see `retry_after`), then send it again.
    RetryLater,
    /// The request cannot succeed as sent (permission, membership, size, type): change it.
    FixRequest,
    /// The app's setup refuses it (a feature switched off, wrong credentials): fix the app.
    FixConfiguration,
    /// Nothing to do for the request: the code informs, or the outcome stands as it is.
    /// Written `none` in `codes.toml` and serialized forms.
    Nothing,
}

impl OperationAction {
    /// Every value, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::OperationAction::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [OperationAction] = &[
        OperationAction::Retry,
        OperationAction::RetryLater,
        OperationAction::FixRequest,
        OperationAction::FixConfiguration,
        OperationAction::Nothing,
    ];

    /// The snake_case word used in `codes.toml` and in serialized forms.
    ///
    /// ```
    /// use leancloud_im_codes::OperationAction;
    ///
    /// assert_eq!(OperationAction::RetryLater.as_str(), "retry_later");
    /// assert_eq!(OperationAction::Nothing.as_str(), "none");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            OperationAction::Retry => "retry",
            OperationAction::RetryLater => "retry_later",
            OperationAction::FixRequest => "fix_request",
            OperationAction::FixConfiguration => "fix_configuration",
            OperationAction::Nothing => "none",
        }
    }

    /// Whether sending the same request again can succeed (after the wait, for
    /// [`RetryLater`](OperationAction::RetryLater)).
    ///
    /// ```
    /// use leancloud_im_codes::OperationAction;
    ///
    /// assert!(OperationAction::RetryLater.is_retry());
    /// assert!(!OperationAction::FixRequest.is_retry());
    /// ```
    #[must_use]
    pub const fn is_retry(self) -> bool {
        matches!(self, OperationAction::Retry | OperationAction::RetryLater)
    }
}

/// How long to wait before retrying, where LeanCloud documents it.
///
/// ```
/// use core::time::Duration;
/// use leancloud_im_codes::{KnownCode, RetryAfter};
///
/// assert_eq!(KnownCode::AppQuotaExceeded.retry_after(), Some(RetryAfter::NextDay));
/// assert_eq!(RetryAfter::Delay(Duration::from_secs(60)).to_string(), "60 s");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetryAfter {
    /// Wait this long (a per-minute limit: 60 s).
    Delay(Duration),
    /// A daily cap: the count resets the next day, at a time LeanCloud does not document.
    NextDay,
}

impl RetryAfter {
    /// The wait in whole seconds, or `None` for [`NextDay`](RetryAfter::NextDay).
    ///
    /// ```
    /// use leancloud_im_codes::RetryAfter;
    ///
    /// assert_eq!(RetryAfter::NextDay.as_secs(), None);
    /// ```
    #[must_use]
    pub const fn as_secs(self) -> Option<u64> {
        match self {
            RetryAfter::Delay(delay) => Some(delay.as_secs()),
            RetryAfter::NextDay => None,
        }
    }
}

impl fmt::Display for RetryAfter {
    /// `60 s`, or `next day`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetryAfter::Delay(delay) => f.pad(as_text(&mut [0; 24], delay.as_secs())),
            RetryAfter::NextDay => f.pad("next day"),
        }
    }
}

/// `seconds` followed by ` s`, written into `buffer`.
fn as_text(buffer: &mut [u8; 24], seconds: u64) -> &str {
    let mut end = buffer.len() - 2;
    buffer[end..].copy_from_slice(b" s");
    let mut rest = seconds;
    loop {
        end -= 1;
        buffer[end] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    core::str::from_utf8(&buffer[end..]).unwrap_or_default()
}

words!(
    ConnectionAction,
    "connection action",
    "reconnect, reopen_session, stay_offline, stop"
);
words!(
    OperationAction,
    "operation action",
    "retry, retry_later, fix_request, fix_configuration, none"
);
