//! What to do after a code: with the connection it closed, with the request it answered, and
//! how long to wait first.
//!
//! This file is also compiled into the generator (`build/`), so it depends on nothing else in
//! the crate.

use core::fmt;
use core::time::Duration;

use super::parse_error::{ParseWordError, words};

/// What to do with the connection (or the session) that a code closed, ended or refused.
///
/// A code that never does that by the way it arrived has no answer at all: the lookups return
/// `Option<ConnectionAction>` and give `None` ("never") for it.
///
/// ```
/// use leancloud_im_codes::{Carrier, Code, ConnectionAction};
///
/// match Code::APP_NOT_AVAILABLE.connection(Carrier::CloseFrame) {
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
    /// A transient failure: reconnect with backoff (see
    /// [`ReconnectSchedule`](crate::ReconnectSchedule)), and after a documented
    /// [`RetryAfter`] not sooner. The official SDKs then re-open the session with the session
    /// token they hold, without a new signature.
    Reconnect,
    /// The session cannot be resumed with the token held: drop that token, then open the
    /// session again as a first open does, with a fresh signature if the app signs its opens
    /// (`session/open` without `r` and without `st`).
    ///
    /// The official JavaScript SDK re-opens on its own only after an `error` 4112 reply to its
    /// re-open, and that re-open carries neither a token nor a signature, so an app that signs
    /// its opens is refused again; after a `session/closed` 4112 it does nothing.
    ReopenSession,
    /// The session is over on purpose or for good reason (signed in elsewhere, kicked, a quota):
    /// tell the user, and open again only when the user asks or the cause has passed. Nothing
    /// reconnects by itself.
    StayOffline,
    /// The app's code or configuration is wrong: no attempt can succeed until a developer
    /// changes it. Report it; do not reconnect.
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
/// `Option<OperationAction>` and give `None` ("never") for it.
///
/// ```
/// use leancloud_im_codes::{Code, OperationAction};
///
/// assert_eq!(Code::CONVERSATION_FULL.operation(), Some(OperationAction::FixRequest));
/// assert_eq!(Code::SESSION_TOKEN_EXPIRED.operation(), Some(OperationAction::ReopenThenRetry));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationAction {
    /// A transient failure: the same request may succeed if sent again, with backoff (mind
    /// [`is_retryable`](crate::Code::is_retryable) for requests that are not idempotent).
    Retry,
    /// A quota, a rate or a load limit: wait (the documented
    /// [`retry_after`](crate::Code::retry_after), else a backoff of the app's own), then send
    /// it again.
    RetryLater,
    /// The request is fine, but the session was not open (not yet, or its token expired):
    /// open the session (again), then send the same request.
    ReopenThenRetry,
    /// The request cannot succeed as sent (permission, membership, size, type, call order):
    /// change it.
    FixRequest,
    /// The app's setup refuses it (a feature switched off, wrong credentials): fix the app.
    FixConfiguration,
    /// Neither resending nor changing the request is known to help: the SDK or the server
    /// failed in a way that repeats (a reply it could not read, a command it could not
    /// encode). Tell the user it failed and report it, with the detail.
    Report,
    /// Nothing to do for the request: the code informs, or the outcome stands as it is.
    Nothing,
}

impl OperationAction {
    /// Every value, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::OperationAction::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [OperationAction] = &[
        OperationAction::Retry,
        OperationAction::RetryLater,
        OperationAction::ReopenThenRetry,
        OperationAction::FixRequest,
        OperationAction::FixConfiguration,
        OperationAction::Report,
        OperationAction::Nothing,
    ];

    /// The snake_case word used in `codes.toml` and in serialized forms.
    ///
    /// ```
    /// use leancloud_im_codes::OperationAction;
    ///
    /// assert_eq!(OperationAction::RetryLater.as_str(), "retry_later");
    /// assert_eq!(OperationAction::Nothing.as_str(), "nothing");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            OperationAction::Retry => "retry",
            OperationAction::RetryLater => "retry_later",
            OperationAction::ReopenThenRetry => "reopen_then_retry",
            OperationAction::FixRequest => "fix_request",
            OperationAction::FixConfiguration => "fix_configuration",
            OperationAction::Report => "report",
            OperationAction::Nothing => "nothing",
        }
    }

    /// Whether sending the same request again can succeed: after the wait for
    /// [`RetryLater`](OperationAction::RetryLater), after opening the session for
    /// [`ReopenThenRetry`](OperationAction::ReopenThenRetry).
    ///
    /// ```
    /// use leancloud_im_codes::OperationAction;
    ///
    /// assert!(OperationAction::RetryLater.is_retry());
    /// assert!(OperationAction::ReopenThenRetry.is_retry());
    /// assert!(!OperationAction::FixRequest.is_retry());
    /// assert!(!OperationAction::Report.is_retry());
    /// ```
    #[must_use]
    pub const fn is_retry(self) -> bool {
        matches!(
            self,
            OperationAction::Retry | OperationAction::RetryLater | OperationAction::ReopenThenRetry
        )
    }
}

/// How long to wait before retrying, where LeanCloud documents it or a server said it
/// (`Retry-After`).
///
/// ```
/// use core::time::Duration;
/// use leancloud_im_codes::{Code, RetryAfter};
///
/// assert_eq!(Code::APP_QUOTA_EXCEEDED.retry_after(), Some(RetryAfter::NextDay));
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
    /// The wait in whole seconds, rounded up (never shorter than the wait), or `None` for
    /// [`NextDay`](RetryAfter::NextDay).
    ///
    /// ```
    /// use core::time::Duration;
    /// use leancloud_im_codes::RetryAfter;
    ///
    /// assert_eq!(RetryAfter::Delay(Duration::from_millis(500)).as_secs(), Some(1));
    /// assert_eq!(RetryAfter::NextDay.as_secs(), None);
    /// ```
    #[must_use]
    pub const fn as_secs(self) -> Option<u64> {
        match self {
            RetryAfter::Delay(delay) => Some(whole_secs(delay)),
            RetryAfter::NextDay => None,
        }
    }
}

/// `wait` in whole seconds, rounded up: a wait shown or stored in seconds is never shorter.
pub(crate) const fn whole_secs(wait: Duration) -> u64 {
    if wait.subsec_nanos() == 0 {
        wait.as_secs()
    } else {
        wait.as_secs().saturating_add(1)
    }
}

impl fmt::Display for RetryAfter {
    /// `60 s`, or `next day`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetryAfter::Delay(delay) => f.pad(as_text(&mut [0; 24], whole_secs(*delay))),
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
    "retry, retry_later, reopen_then_retry, fix_request, fix_configuration, report, nothing"
);
