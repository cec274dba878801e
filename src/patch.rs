//! Why the server changed a message: the signed `patchCode` of an edit or recall notice.

use core::fmt;

use crate::code::Code;
use crate::lang::Lang;
use crate::table::PATCH_DESCRIPTIONS;

/// The cause of a message patch, from the signed `patchCode` of a `PatchItem`
/// (LeanCloud's edit and recall notices).
///
/// A patch is a notice, not a failure: the message changed and the notice says why. Negative
/// values are the server's own rules (−4408: the sensitive-word filter changed the message);
/// positive values were chosen by the app's `_messageUpdate` hook; 0 gives no cause.
///
/// It keeps the `patchCode` itself, so every `i64` is a valid cause and comes back unchanged;
/// [`kind`](PatchCause::kind) and the accessors classify it.
///
/// ```
/// use leancloud_im_codes::{Code, PatchCause, PatchKind};
///
/// let cause = PatchCause::from_patch_code(-4408);
/// assert_eq!(cause.kind(), PatchKind::Server);
/// assert_eq!(cause.server_code(), Some(Code::MESSAGE_MODIFIED_BY_CENSORSHIP));
/// assert_eq!(cause.patch_code(), -4408);
/// assert_eq!(PatchCause::from_patch_code(17).app_code(), Some(17));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PatchCause(i64);

/// What kind of cause a `patchCode` gives.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatchKind {
    /// 0: no cause given; an ordinary edit or recall by the sender.
    Unspecified,
    /// −1 to −65535: a rule of the server, whose code is the number without its sign.
    Server,
    /// Positive: a number chosen by the app's server-side hook.
    App,
    /// Below −65535: no code the server defines.
    Unrecognized,
}

impl PatchCause {
    /// Reads a `patchCode`; every `i64` is a cause.
    ///
    /// ```
    /// use leancloud_im_codes::{PatchCause, PatchKind};
    ///
    /// assert_eq!(PatchCause::from_patch_code(0).kind(), PatchKind::Unspecified);
    /// assert_eq!(PatchCause::from_patch_code(i64::MIN).kind(), PatchKind::Unrecognized);
    /// ```
    #[must_use]
    pub const fn from_patch_code(patch_code: i64) -> PatchCause {
        PatchCause(patch_code)
    }

    /// The `patchCode`, exactly as read.
    ///
    /// ```
    /// use leancloud_im_codes::PatchCause;
    ///
    /// for patch_code in [0, 1, -1, -4408, 9890, -65536, i64::MIN, i64::MAX] {
    ///     assert_eq!(PatchCause::from_patch_code(patch_code).patch_code(), patch_code);
    /// }
    /// ```
    #[must_use]
    pub const fn patch_code(self) -> i64 {
        self.0
    }

    /// What kind of cause it is.
    ///
    /// ```
    /// use leancloud_im_codes::{PatchCause, PatchKind};
    ///
    /// assert_eq!(PatchCause::from_patch_code(-65535).kind(), PatchKind::Server);
    /// assert_eq!(PatchCause::from_patch_code(-65536).kind(), PatchKind::Unrecognized);
    /// ```
    #[must_use]
    pub const fn kind(self) -> PatchKind {
        match self.0 {
            0 => PatchKind::Unspecified,
            1.. => PatchKind::App,
            -65535..=-1 => PatchKind::Server,
            _ => PatchKind::Unrecognized,
        }
    }

    /// The server's code, for a [`Server`](PatchKind::Server) cause.
    ///
    /// ```
    /// use leancloud_im_codes::PatchCause;
    ///
    /// assert_eq!(PatchCause::from_patch_code(-4408).server_code().map(|c| c.as_u16()), Some(4408));
    /// assert_eq!(PatchCause::from_patch_code(4408).server_code(), None);
    /// ```
    #[must_use]
    pub const fn server_code(self) -> Option<Code> {
        match self.kind() {
            // The match arm above bounds the value to 1..=65535.
            #[allow(clippy::cast_possible_truncation)]
            PatchKind::Server => Some(Code::new(self.0.unsigned_abs() as u16)),
            _ => None,
        }
    }

    /// The hook's own number, for an [`App`](PatchKind::App) cause.
    ///
    /// ```
    /// use leancloud_im_codes::PatchCause;
    ///
    /// assert_eq!(PatchCause::from_patch_code(-5).app_code(), None);
    /// ```
    #[must_use]
    pub const fn app_code(self) -> Option<i64> {
        match self.kind() {
            PatchKind::App => Some(self.0),
            _ => None,
        }
    }

    /// What happened to the message, for developers.
    ///
    /// ```
    /// use leancloud_im_codes::{Lang, PatchCause};
    ///
    /// assert!(PatchCause::from_patch_code(3).description(Lang::En).contains("hook"));
    /// ```
    #[must_use]
    pub fn description(self, lang: Lang) -> &'static str {
        match self.kind() {
            // The generated table holds the kinds without a code, in this order.
            PatchKind::Unspecified => PATCH_DESCRIPTIONS[0].get(lang),
            PatchKind::App => PATCH_DESCRIPTIONS[1].get(lang),
            PatchKind::Unrecognized => PATCH_DESCRIPTIONS[2].get(lang),
            PatchKind::Server => self.server_code().map_or("", |code| code.description(lang)),
        }
    }
}

impl fmt::Display for PatchCause {
    /// The `patchCode` and the English description: `-4408: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.0, self.description(Lang::En))
    }
}
