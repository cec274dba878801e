//! The languages texts come in.

/// A language for descriptions and hints.
///
/// ```
/// use leancloud_im_codes::{KnownCode, Lang};
///
/// let code = KnownCode::SessionTokenExpired;
/// assert!(code.description(Lang::En).contains("expired"));
/// assert!(code.description(Lang::ZhHans).contains("过期"));
/// assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhHans));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Simplified Chinese.
    ZhHans,
}

impl Lang {
    /// Every language, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Lang::ALL.len(), 2);
    /// ```
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::ZhHans];

    /// The BCP 47 tag of the language: `en` or `zh-Hans`.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Lang::ZhHans.tag(), "zh-Hans");
    /// ```
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// Picks the language for a BCP 47 tag such as `en-US`, `zh`, `zh-CN` or `zh-Hans-SG`,
    /// ignoring ASCII case. Traditional Chinese tags (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`)
    /// and other languages give `None`, so the caller chooses the fallback.
    ///
    /// ```
    /// use leancloud_im_codes::Lang;
    ///
    /// assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
    /// assert_eq!(Lang::from_tag("zh_CN"), Some(Lang::ZhHans));
    /// assert_eq!(Lang::from_tag("zh-TW"), None);
    /// assert_eq!(Lang::from_tag("fr"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let mut subtags = tag.split(['-', '_']);
        let language = subtags.next()?;
        if language.eq_ignore_ascii_case("en") {
            return Some(Lang::En);
        }
        if !language.eq_ignore_ascii_case("zh") {
            return None;
        }
        let traditional = ["hant", "tw", "hk", "mo"];
        match subtags.next() {
            Some(subtag) if traditional.iter().any(|t| t.eq_ignore_ascii_case(subtag)) => None,
            _ => Some(Lang::ZhHans),
        }
    }
}

impl core::fmt::Display for Lang {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.tag())
    }
}

/// A text in every language the crate ships.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Text {
    pub(crate) en: &'static str,
    pub(crate) zh: &'static str,
}

impl Text {
    pub(crate) const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::ZhHans => self.zh,
        }
    }
}
