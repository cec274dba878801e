//! Which code space a code belongs to.
//!
//! This file is also compiled into the generator (`build/`), so it depends on nothing else in
//! the crate.

use super::parse_error::{ParseWordError, words};

/// The code space a known code comes from.
///
/// No number belongs to two families, but names can: `INTERNAL_ERROR` is both 1011
/// ([`WebSocket`](Family::WebSocket)) and 4200 ([`Im`](Family::Im)).
///
/// ```
/// use leancloud_im_codes::{Family, KnownCode};
///
/// assert_eq!(KnownCode::SessionConflict.family(), Family::Im);
/// assert_eq!(Family::Im.as_str(), "im");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// Close codes of RFC 6455 and the IANA WebSocket close-code registry (1000–1015, 3000–3999),
    /// spoken by every WebSocket peer.
    WebSocket,
    /// Codes of the LeanCloud IM server (4100–4563), sent in a Close frame or inside a protocol
    /// reply.
    Im,
    /// Codes raised inside LeanCloud's client SDKs (0, 5130, the 9000 series); the server never
    /// sends them.
    Sdk,
    /// LeanCloud's platform-wide error codes (1, 100–124, 999), shared by all its services; the
    /// Java SDK reports them for IM operations too (a failed connection, a timeout).
    General,
}

impl Family {
    /// Every family, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Family::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [Family] =
        &[Family::WebSocket, Family::Im, Family::Sdk, Family::General];

    /// The lowercase name used in `codes.toml` and in serialized forms.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Family::WebSocket.as_str(), "websocket");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Family::WebSocket => "websocket",
            Family::Im => "im",
            Family::Sdk => "sdk",
            Family::General => "general",
        }
    }
}

words!(Family, "family", "websocket, im, sdk, general");
