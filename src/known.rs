//! What identifies a [`KnownCode`]: its number, its names and its family. Its answers and
//! texts are [`Code`]'s, reached through [`KnownCode::code`].

use crate::code::Code;
use crate::family::Family;
use crate::table::KnownCode;

impl KnownCode {
    /// The code's number.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::SessionConflict.as_u16(), 4111);
    /// ```
    #[inline]
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self as u16
    }

    /// The code as a [`Code`], where its answers, texts and sources are.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ConnectionAction, KnownCode, Lang};
    ///
    /// let code = KnownCode::AppNotAvailable.code();
    /// assert_eq!(code.connection(Carrier::CloseFrame), Some(ConnectionAction::Stop));
    /// assert!(!code.message(Lang::En).is_empty());
    /// ```
    #[inline]
    #[must_use]
    pub const fn code(self) -> Code {
        Code::new(self as u16)
    }

    /// The code's name, spelled as LeanCloud or IANA spell it (`SILIENCED` included).
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::NormalClosure.name(), "NORMAL_CLOSURE");
    /// assert_eq!(KnownCode::Silienced.name(), "SILIENCED");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        self.record().name
    }

    /// Other spellings in use, which name lookups also accept.
    ///
    /// ```
    /// use leancloud_im_codes::KnownCode;
    ///
    /// assert_eq!(KnownCode::AbnormalClosure.aliases(), ["CLOSE_ABNORMAL"]);
    /// ```
    #[must_use]
    pub fn aliases(self) -> &'static [&'static str] {
        self.record().aliases
    }

    /// The code space the code comes from.
    ///
    /// ```
    /// use leancloud_im_codes::{Family, KnownCode};
    ///
    /// assert_eq!(KnownCode::WebSocketInternalError.family(), Family::WebSocket);
    /// assert_eq!(KnownCode::ImInternalError.family(), Family::Im);
    /// ```
    #[must_use]
    pub fn family(self) -> Family {
        self.record().family
    }
}
