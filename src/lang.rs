//! The languages texts come in, BCP 47 tag parsing and choosing from a user's preferences.
//!
//! This file is also compiled into the generator (`build/`), so it depends on nothing else in
//! the crate.

use core::fmt;
use core::str::FromStr;

use super::parse_error::ParseWordError;

/// A language for descriptions, hints and end-user messages.
///
/// ```
/// use leancloud_im_codes::{KnownCode, Lang};
///
/// let code = KnownCode::SessionTokenExpired;
/// assert!(code.description(Lang::En).contains("expired"));
/// assert_eq!(Lang::from_tag("zh-HK"), Some(Lang::ZhHant));
/// assert_eq!(Lang::negotiate(["fr-CA", "zh-HK", "en"]), Lang::ZhHant);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English, the default and the fallback.
    #[default]
    En,
    /// Simplified Chinese (`zh-Hans`), as written in mainland China and Singapore.
    ZhHans,
    /// Traditional Chinese (`zh-Hant`), written for readers in Taiwan and Hong Kong.
    ZhHant,
}

impl Lang {
    /// Every language, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Lang::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::ZhHans, Lang::ZhHant];

    /// The BCP 47 tag of the language: `en`, `zh-Hans` or `zh-Hant`.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Lang::ZhHant.tag(), "zh-Hant");
    /// ```
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// The language a BCP 47 tag asks for, reading its subtags by their shape rather than their
    /// position; ASCII case is ignored and `_` is accepted for `-`.
    ///
    /// - `en` with any subtags gives [`En`](Lang::En).
    /// - Chinese is `zh`, `cmn` or `yue`, with an optional extended language (`zh-cmn`,
    ///   `zh-yue`). A script subtag decides: `Hant` gives [`ZhHant`](Lang::ZhHant), `Hans`
    ///   [`ZhHans`](Lang::ZhHans). Without one, the region decides: `TW`, `HK` and `MO` give
    ///   `ZhHant`; any other region, or none, gives `ZhHans`, except Cantonese (`yue`), which
    ///   is written in Traditional characters by default.
    /// - Variants, extensions (`-u-...`) and private use (`-x-...`) are ignored.
    ///
    /// Other languages and malformed tags give `None`, so the caller picks the fallback (or use
    /// [`negotiate`](Lang::negotiate)).
    ///
    /// ```
    /// use leancloud_im_codes::Lang;
    ///
    /// for tag in ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh-cmn-Hant", "yue"] {
    ///     assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHant), "{tag}");
    /// }
    /// for tag in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-cmn-Hans", "zh_hans_hk"] {
    ///     assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHans), "{tag}");
    /// }
    /// assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
    /// assert_eq!(Lang::from_tag("fr-CA"), None);
    /// assert_eq!(Lang::from_tag("zh--TW"), None);
    /// ```
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let mut subtags = tag.split(['-', '_']);
        let language = subtags.next()?;
        let is = |subtag: &str, word: &str| subtag.eq_ignore_ascii_case(word);
        if is(language, "en") {
            return Some(Lang::En);
        }
        let mut cantonese = is(language, "yue");
        if !(is(language, "zh") || is(language, "cmn") || cantonese) {
            return None;
        }
        let mut region_is_traditional = None;
        let mut position = 0;
        for subtag in subtags {
            position += 1;
            if subtag.is_empty()
                || subtag.len() > 8
                || !subtag.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                return None;
            }
            let letters = subtag.bytes().all(|b| b.is_ascii_alphabetic());
            match subtag.len() {
                // A singleton starts an extension or private use: nothing after it matters.
                1 => break,
                // An extended language subtag comes right after the language.
                3 if letters && position == 1 => cantonese |= is(subtag, "yue"),
                4 if letters && is(subtag, "hant") => return Some(Lang::ZhHant),
                4 if letters && is(subtag, "hans") => return Some(Lang::ZhHans),
                2 if letters => {
                    region_is_traditional
                        .get_or_insert(["tw", "hk", "mo"].iter().any(|region| is(subtag, region)));
                }
                _ => {}
            }
        }
        match region_is_traditional {
            Some(true) => Some(Lang::ZhHant),
            Some(false) => Some(Lang::ZhHans),
            None if cantonese => Some(Lang::ZhHant),
            None => Some(Lang::ZhHans),
        }
    }

    /// The first language of a user's preference list that the crate has, or English.
    ///
    /// Each item is a BCP 47 tag, as in `navigator.languages`, Android's `LocaleList` or the
    /// items of an `Accept-Language` header (a `;q=` weight is ignored, except that `q=0`
    /// excludes the item; items are taken in the order given). English is the fallback because
    /// every text exists in English.
    ///
    /// ```
    /// use leancloud_im_codes::Lang;
    ///
    /// assert_eq!(Lang::negotiate(["fr-CA", "zh-HK", "en"]), Lang::ZhHant);
    /// assert_eq!(Lang::negotiate(["de", "ja"]), Lang::En);
    /// assert_eq!(Lang::negotiate("zh-CN;q=0, zh-TW;q=0.8".split(',')), Lang::ZhHant);
    /// ```
    #[must_use]
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences
            .into_iter()
            .find_map(|item| {
                let mut parts = item.split(';');
                let tag = parts.next().unwrap_or_default().trim();
                let excluded = parts.any(|parameter| {
                    parameter
                        .trim()
                        .strip_prefix("q=")
                        .is_some_and(|weight| weight.trim_end_matches(['0', '.']).is_empty())
                });
                if excluded { None } else { Lang::from_tag(tag) }
            })
            .unwrap_or(Lang::En)
    }
}

impl fmt::Display for Lang {
    /// The BCP 47 tag, padded to the formatter's width.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.tag())
    }
}

impl FromStr for Lang {
    type Err = ParseWordError;

    /// What [`Lang::from_tag`] accepts.
    fn from_str(tag: &str) -> Result<Lang, ParseWordError> {
        Lang::from_tag(tag).ok_or(ParseWordError::new(
            "language tag",
            "en, zh-Hans, zh-Hant or a BCP 47 tag for English or Chinese",
        ))
    }
}

/// A text in every language the build includes: English always, Chinese with the features
/// `zh-hans` and `zh-hant` (both default). A language left out reads as English.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Text {
    pub(crate) en: &'static str,
    #[cfg(feature = "zh-hans")]
    pub(crate) zh_hans: &'static str,
    #[cfg(feature = "zh-hant")]
    pub(crate) zh_hant: &'static str,
}

impl Text {
    pub(crate) const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            #[cfg(feature = "zh-hans")]
            Lang::ZhHans => self.zh_hans,
            #[cfg(feature = "zh-hant")]
            Lang::ZhHant => self.zh_hant,
            #[allow(unreachable_patterns)]
            _ => self.en,
        }
    }
}
