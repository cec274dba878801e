//! How codes show: `4111 SESSION_CONFLICT`, number first as `404 Not Found` is, with the
//! description in the alternate form (`{:#}`) and in [`Code::display_in`].

use core::fmt;

use crate::code::Code;
use crate::lang::Lang;
use crate::pad::padded;
use crate::table::{KnownCode, VARIANTS};

impl Code {
    /// Formats as `4111 SESSION_CONFLICT: description` in `lang`, without allocating; an
    /// unknown number shows as `4999 <unknown>: ` (the placeholder in `lang`) and its range's
    /// description.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, Lang};
    ///
    /// let text = Code::SESSION_TOKEN_EXPIRED.display_in(Lang::ZhHant).to_string();
    /// assert!(text.starts_with("4112 SESSION_TOKEN_EXPIRED: "));
    /// assert!(text.ends_with(Code::SESSION_TOKEN_EXPIRED.description(Lang::ZhHant)));
    /// # #[cfg(feature = "zh-hans")]
    /// assert!(Code::new(4999).display_in(Lang::ZhHans).to_string().starts_with("4999 <未知>: "));
    /// ```
    #[must_use]
    pub fn display_in(self, lang: Lang) -> Localized {
        Localized { code: self, lang }
    }
}

/// A code with its description in one language; made by [`Code::display_in`].
///
/// ```
/// use leancloud_im_codes::{Code, Lang};
///
/// let localized = Code::KICKED_BY_APP.display_in(Lang::ZhHans);
/// let text = localized.to_string();
/// assert_eq!(text, format!("4115 KICKED_BY_APP: {}", Code::KICKED_BY_APP.description(Lang::ZhHans)));
/// // Width and alignment apply to the whole text.
/// assert_eq!(format!("{localized:>300}").chars().count(), 300.max(text.chars().count()));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Localized {
    code: Code,
    lang: Lang,
}

impl fmt::Display for Localized {
    /// `4111 SESSION_CONFLICT: description`, padded to the formatter's width.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Localized { code, lang } = *self;
        padded(f, |out| {
            write!(
                out,
                "{} {}: {}",
                code.as_str(),
                code.name_in(lang),
                code.description(lang)
            )
        })
    }
}

impl fmt::Display for Code {
    /// `4111 SESSION_CONFLICT`, or `4999 <unknown>`; with `{:#}`, followed by `: ` and the
    /// English description. Width and alignment apply to the whole text.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert_eq!(Code::SESSION_CONFLICT.to_string(), "4111 SESSION_CONFLICT");
    /// assert_eq!(Code::new(4999).to_string(), "4999 <unknown>");
    /// assert!(format!("{:#}", Code::SESSION_CONFLICT).starts_with("4111 SESSION_CONFLICT: "));
    /// assert_eq!(format!("{:<22}|", Code::NORMAL_CLOSURE), "1000 NORMAL_CLOSURE   |");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            return fmt::Display::fmt(&self.display_in(Lang::En), f);
        }
        let code = *self;
        padded(f, |out| write!(out, "{} {}", code.as_str(), code.name()))
    }
}

impl fmt::Debug for Code {
    /// `Code(4111 SESSION_CONFLICT)`, or `Code(4999)` for a number the crate does not know.
    ///
    /// ```
    /// use leancloud_im_codes::Code;
    ///
    /// assert_eq!(format!("{:?}", Code::SESSION_CONFLICT), "Code(4111 SESSION_CONFLICT)");
    /// assert_eq!(format!("{:?}", Code::new(4999)), "Code(4999)");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(known) => write!(f, "Code({} {})", self.as_u16(), known.name()),
            None => write!(f, "Code({})", self.as_u16()),
        }
    }
}

impl fmt::Display for KnownCode {
    /// As [`Code`] shows it: `4111 SESSION_CONFLICT`, and the English description with `{:#}`.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::SessionConflict.to_string(), "4111 SESSION_CONFLICT");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.code(), f)
    }
}

impl fmt::Debug for KnownCode {
    /// The variant and the number: `SessionConflict(4111)`.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(format!("{:?}", Some(KnownCode::SessionConflict)), "Some(SessionConflict(4111))");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", VARIANTS[self.index()], self.as_u16())
    }
}
