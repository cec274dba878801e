//! What a client should do about a code.
//!
//! This file is also compiled by `build.rs`, so it depends on nothing else in the crate.

/// What a client should do after meeting a code: the machine-readable half of a hint.
///
/// Each known code carries one action, chosen from what LeanCloud's official SDKs do with it.
/// A code this crate does not know maps to [`Reconnect`](Action::Reconnect), which is what the
/// official SDKs do after any close they do not single out.
///
/// ```
/// use leancloud_im_codes::{Action, KnownCode};
///
/// match KnownCode::SessionConflict.action() {
///     Action::Reconnect | Action::RetryLater => { /* back off, then try again */ }
///     Action::ReopenSession => { /* open the session with a fresh signature */ }
///     Action::StayOffline => { /* tell the user; do not reconnect */ }
///     _ => { /* give up and report */ }
/// }
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// The connection dropped for a transient reason: reconnect with backoff. The official SDKs
    /// do this by themselves.
    Reconnect,
    /// The session token expired or was refused: open the session again with a fresh signature.
    ReopenSession,
    /// The server ended this session on purpose (signed in elsewhere, kicked, banned): do not
    /// reconnect automatically; tell the user.
    StayOffline,
    /// The app, its credentials or its settings are wrong: retrying cannot help until they are
    /// fixed.
    FixConfiguration,
    /// A quota, a rate limit or a temporary server condition: back off, then retry the operation.
    RetryLater,
    /// The operation is not allowed or is malformed as sent (permission, membership, size,
    /// conversation type, a feature switched off): change it before trying again.
    FixRequest,
    /// Informational: nothing to do.
    None,
}

impl Action {
    /// Every action, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Action::ALL.len(), 7);
    /// ```
    pub const ALL: &'static [Action] = &[
        Action::Reconnect,
        Action::ReopenSession,
        Action::StayOffline,
        Action::FixConfiguration,
        Action::RetryLater,
        Action::FixRequest,
        Action::None,
    ];

    /// The snake_case name used in `codes.toml` and in serialized forms.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Action::ReopenSession.as_str(), "reopen_session");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Reconnect => "reconnect",
            Action::ReopenSession => "reopen_session",
            Action::StayOffline => "stay_offline",
            Action::FixConfiguration => "fix_configuration",
            Action::RetryLater => "retry_later",
            Action::FixRequest => "fix_request",
            Action::None => "none",
        }
    }

    /// Parses the name that [`as_str`](Action::as_str) returns, ignoring ASCII case.
    ///
    /// ```
    /// use leancloud_im_codes::Action;
    ///
    /// assert_eq!(Action::from_name("stay_offline"), Some(Action::StayOffline));
    /// assert_eq!(Action::from_name("panic"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL
            .iter()
            .copied()
            .find(|action| action.as_str().eq_ignore_ascii_case(name))
    }

    /// Whether a client may reconnect (or retry) on its own, without the user or the developer
    /// changing anything first.
    ///
    /// ```
    /// use leancloud_im_codes::Action;
    ///
    /// assert!(Action::Reconnect.is_automatic());
    /// assert!(!Action::StayOffline.is_automatic());
    /// ```
    pub const fn is_automatic(self) -> bool {
        matches!(
            self,
            Action::Reconnect | Action::ReopenSession | Action::RetryLater
        )
    }
}

impl core::fmt::Display for Action {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}
