//! Why the server changed a message: the signed `patchCode` of an edit or recall notice.

use crate::code::Code;
#[cfg(doc)]
use crate::code::KnownCode;
use crate::lang::{Lang, Text};

/// The cause of a message patch, from the signed `patchCode` of a `PatchItem`
/// (LeanCloud's edit and recall notices).
///
/// A patch is a notice, not a failure: the message changed and the notice says why. Negative
/// values are the server's own rules (−4408: the sensitive-word filter changed the message);
/// positive values were chosen by the app's `_messageUpdate` hook.
///
/// ```
/// use leancloud_im_codes::{KnownCode, PatchCause};
///
/// let cause = PatchCause::from_patch_code(-4408);
/// assert_eq!(cause, PatchCause::Server(KnownCode::MessageModifiedByCensorship.into()));
/// assert_eq!(cause.patch_code(), -4408);
/// assert_eq!(PatchCause::from_patch_code(17), PatchCause::App(17));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatchCause {
    /// 0: no cause given; an ordinary edit or recall by the sender.
    Unspecified,
    /// Negative: a rule of the server, with the code's number; −4408 is
    /// [`MessageModifiedByCensorship`](KnownCode::MessageModifiedByCensorship).
    Server(Code),
    /// Positive: a number chosen by the app's server-side hook.
    App(i64),
    /// Negative, but below −65535, so no code the server defines.
    Unrecognized(i64),
}

const APP: Text = Text {
    en: "The app's server-side hook changed this message.",
    zh: "应用的服务端 Hook 修改了此消息。",
};
const UNSPECIFIED: Text = Text {
    en: "The message was edited or recalled.",
    zh: "消息已被编辑或撤回。",
};
const UNRECOGNIZED: Text = Text {
    en: "The server changed this message for a reason this crate does not know.",
    zh: "服务端因本库不认识的原因修改了此消息。",
};

impl PatchCause {
    /// Reads a `patchCode`; every `i64` has a cause.
    ///
    /// ```
    /// use leancloud_im_codes::PatchCause;
    ///
    /// assert_eq!(PatchCause::from_patch_code(0), PatchCause::Unspecified);
    /// assert_eq!(PatchCause::from_patch_code(i64::MIN), PatchCause::Unrecognized(i64::MIN));
    /// ```
    pub const fn from_patch_code(patch_code: i64) -> PatchCause {
        match patch_code {
            0 => PatchCause::Unspecified,
            1.. => PatchCause::App(patch_code),
            -65535..=-1 => PatchCause::Server(Code::new(patch_code.unsigned_abs() as u16)),
            _ => PatchCause::Unrecognized(patch_code),
        }
    }

    /// The `patchCode` this cause was read from.
    ///
    /// ```
    /// use leancloud_im_codes::PatchCause;
    ///
    /// for patch_code in [0, 1, -1, -4408, 9890, -65536] {
    ///     assert_eq!(PatchCause::from_patch_code(patch_code).patch_code(), patch_code);
    /// }
    /// ```
    pub const fn patch_code(self) -> i64 {
        match self {
            PatchCause::Unspecified => 0,
            PatchCause::Server(code) => -(code.as_u16() as i64),
            PatchCause::App(code) | PatchCause::Unrecognized(code) => code,
        }
    }

    /// What happened to the message.
    ///
    /// ```
    /// use leancloud_im_codes::{Lang, PatchCause};
    ///
    /// assert!(PatchCause::from_patch_code(-4408).description(Lang::En).contains("filter"));
    /// assert!(PatchCause::from_patch_code(3).description(Lang::ZhHans).contains("Hook"));
    /// ```
    pub fn description(self, lang: Lang) -> &'static str {
        match self {
            PatchCause::Unspecified => UNSPECIFIED.get(lang),
            PatchCause::Server(code) => code.description(lang),
            PatchCause::App(_) => APP.get(lang),
            PatchCause::Unrecognized(_) => UNRECOGNIZED.get(lang),
        }
    }
}
