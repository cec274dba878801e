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
/// use leancloud_im_codes::{Code, Lang};
///
/// let code = Code::SESSION_TOKEN_EXPIRED;
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
    /// Traditional Chinese (`zh-Hant`), written in Taiwan's usage (網路, 帳號, 用戶端). Readers in Hong
    /// Kong and Macao get these texts too; their usage differs in places.
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

    /// The language a BCP 47 language tag asks for, or `None` for a malformed tag or another
    /// language.
    ///
    /// The tag must be well-formed by the grammar of [RFC 5646 §2.1]: a language subtag (2–3
    /// letters, followed by up to three 3-letter extended language subtags; or 4–8 letters),
    /// then an optional script (4 letters), an optional region (2 letters or 3 digits), any
    /// variants (5–8 letters or digits, or a digit and 3 letters or digits), any extensions (a
    /// singleton other than `x`, each followed by one or more subtags of 2–8 letters or digits)
    /// and an optional private use part (`x` followed by one or more subtags of 1–8 letters or
    /// digits), in that order. Every subtag is ASCII; none is empty, so a leading, trailing or
    /// doubled separator makes the tag malformed. Two leniencies: ASCII case is ignored, as
    /// tags are case-insensitive ([RFC 5646 §2.1.1]), and `_` is accepted for `-`, as POSIX and
    /// Java locales write it (`zh_TW`).
    ///
    /// The *primary* language subtag decides the language:
    ///
    /// - `en` gives [`En`](Lang::En), whatever follows.
    /// - `zh`, `cmn` and `yue` give Chinese, whatever extended language follows (`zh-cmn`,
    ///   `zh-yue`, `zh-hak`: the primary subtag `zh` names the Chinese macrolanguage, which is
    ///   what the texts are written in). A `Hant` script gives [`ZhHant`](Lang::ZhHant) and a
    ///   `Hans` script [`ZhHans`](Lang::ZhHans); any other script is ignored. Without either,
    ///   the region decides: Taiwan, Hong Kong and Macao (`TW`, `HK`, `MO`, or their UN M.49
    ///   numbers `158`, `344`, `446`) give `ZhHant`, any other region `ZhHans`. Without a
    ///   region, Cantonese (`yue`, as the language or the first extended language) gives
    ///   `ZhHant`, as it is written in Traditional characters by default; anything else
    ///   `ZhHans`.
    /// - Variants, extensions (`-u-...`) and private use (`-x-...`) are checked for form, then
    ///   ignored.
    /// - Any other language gives `None`, as does a private use tag (`x-...`).
    ///
    /// Of the grandfathered tags ([RFC 5646 §2.2.8]), the regular ones are well-formed by the
    /// grammar and read by it: `zh-guoyu`, `zh-hakka`, `zh-xiang`, `zh-min` and `zh-min-nan`
    /// give `ZhHans`. Of the irregular ones, `en-GB-oed` gives `En`; the others (`i-...`,
    /// `sgn-...`) name other languages and give `None`.
    ///
    /// A `None` leaves the caller to pick the fallback (or use [`negotiate`](Lang::negotiate)).
    /// The function does not allocate.
    ///
    /// [RFC 5646 §2.1]: https://www.rfc-editor.org/rfc/rfc5646#section-2.1
    /// [RFC 5646 §2.1.1]: https://www.rfc-editor.org/rfc/rfc5646#section-2.1.1
    /// [RFC 5646 §2.2.8]: https://www.rfc-editor.org/rfc/rfc5646#section-2.2.8
    ///
    /// ```
    /// use leancloud_im_codes::Lang;
    ///
    /// for tag in ["zh-TW", "zh-HK", "zh-MO", "zh-158", "zh-Hant", "zh-Hant-CN", "yue", "zh_tw"] {
    ///     assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHant), "{tag}");
    /// }
    /// for tag in ["zh", "zh-CN", "zh-SG", "zh-156", "zh-Hans-HK", "zh-cmn-Hans", "cmn"] {
    ///     assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHans), "{tag}");
    /// }
    /// for tag in ["en", "EN-gb", "en-Latn-US-x-twain", "en-GB-oed"] {
    ///     assert_eq!(Lang::from_tag(tag), Some(Lang::En), "{tag}");
    /// }
    /// // Another language, and malformed tags.
    /// for tag in ["fr-CA", "", "en-", "zh--TW", "-zh", "zh-TW-Hant", "zh-u", "zh-x", "zh-ÄÖ"] {
    ///     assert_eq!(Lang::from_tag(tag), None, "{tag:?}");
    /// }
    /// ```
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Lang> {
        if same_tag(tag, "en-GB-oed") {
            return Some(Lang::En);
        }
        let is = |subtag: &str, word: &str| subtag.eq_ignore_ascii_case(word);
        let mut subtags = tag.split(['-', '_']);
        let language = subtags.next()?;
        let english = is(language, "en");
        let mut cantonese = is(language, "yue");
        if !(english || cantonese || is(language, "zh") || is(language, "cmn")) {
            // Another language, well-formed or not: `None` either way.
            return None;
        }
        // Every supported language subtag has 2 or 3 letters, so extended languages may follow.
        let mut last = Part::Language;
        let mut extlangs = 0;
        let mut script_is_traditional = None;
        let mut region_is_traditional = None;
        for subtag in subtags {
            let len = subtag.len();
            if !(1..=8).contains(&len) || !subtag.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return None;
            }
            let letters = subtag.bytes().all(|b| b.is_ascii_alphabetic());
            let digits = subtag.bytes().all(|b| b.is_ascii_digit());
            // What the subtag is, by its shape and what came before: each langtag part may
            // follow only the parts before it in `Part`'s order.
            last = match last {
                Part::X | Part::PrivateUse => Part::PrivateUse,
                // An extension needs a subtag of 2 to 8 characters before the next singleton.
                Part::Singleton if len == 1 => return None,
                Part::Singleton | Part::Extension if len > 1 => Part::Extension,
                _ if is(subtag, "x") => Part::X,
                _ if len == 1 => Part::Singleton,
                Part::Language | Part::Extlang if letters && len == 3 && extlangs < 3 => {
                    extlangs += 1;
                    cantonese |= extlangs == 1 && is(subtag, "yue");
                    Part::Extlang
                }
                _ if last < Part::Script && letters && len == 4 => {
                    script_is_traditional = if is(subtag, "hant") {
                        Some(true)
                    } else if is(subtag, "hans") {
                        Some(false)
                    } else {
                        None
                    };
                    Part::Script
                }
                _ if last < Part::Region && (letters && len == 2 || digits && len == 3) => {
                    region_is_traditional = Some(
                        ["tw", "hk", "mo", "158", "344", "446"]
                            .iter()
                            .any(|region| is(subtag, region)),
                    );
                    Part::Region
                }
                _ if last <= Part::Variant
                    && (len >= 5 || len == 4 && subtag.as_bytes()[0].is_ascii_digit()) =>
                {
                    Part::Variant
                }
                _ => return None,
            };
        }
        if matches!(last, Part::Singleton | Part::X) {
            return None;
        }
        if english {
            return Some(Lang::En);
        }
        let traditional = script_is_traditional
            .or(region_is_traditional)
            .unwrap_or(cantonese);
        Some(if traditional {
            Lang::ZhHant
        } else {
            Lang::ZhHans
        })
    }

    /// The language a user prefers most among those the crate has, or English.
    ///
    /// Each item is a language tag, as in `navigator.languages` or Android's `LocaleList`, or an
    /// item of an `Accept-Language` header, which may carry a weight. For a header, pass
    /// `header.split(',')`: no comma can occur inside a language range or a weight, so the
    /// split gives the list's elements exactly ([RFC 9110 §5.6.1]). The items are read by
    /// [RFC 9110 §12.5.4] and [§12.4.2]:
    ///
    /// - An item is `OWS language-range [ OWS ";" OWS "q=" qvalue ] OWS`, where OWS is spaces
    ///   and tabs. `q=` is case-insensitive (`Q=0.5`), but the grammar allows no whitespace
    ///   around `=` (`q = 0.5` is malformed, as [§5.6.6] says of every parameter).
    /// - A qvalue is `0`, `0.` or `0.` and up to three digits, or `1`, `1.` or `1.` and up to
    ///   three zeros: `q=1.5`, `q=-1`, `q=NaN`, `q=.5` and `q=0.0001` are malformed.
    /// - Without a weight, the weight is 1. Weight 0 means "not acceptable": the item is
    ///   skipped.
    /// - A malformed item (a bad weight, a second parameter, anything but `q` after `;`) is
    ///   skipped, as the weight its sender meant cannot be known; so is an empty one, which
    ///   §5.6.1 says to ignore.
    /// - The range is read by [`from_tag`](Lang::from_tag), so a tag the crate does not read
    ///   (another language, or a range that is not a well-formed tag, such as `zh-*`) is
    ///   skipped. The wildcard `*` stands for any language: it selects English, the fallback,
    ///   at its weight (`*;q=0` is skipped like any item of weight 0).
    ///
    /// Of the items left, the one with the highest weight wins; among equal weights, the first
    /// given wins. When none is left, the answer is English, the fallback, because every text
    /// exists in English (even when `en;q=0` said English is not acceptable: the function
    /// always answers).
    ///
    /// The function reads the items once, in order, without allocating: it keeps only the best
    /// weight so far and its language, replaced by a strictly higher weight only, and stops at
    /// the first item of weight 1 that it reads, which nothing after it can beat.
    ///
    /// [RFC 9110 §5.6.1]: https://www.rfc-editor.org/rfc/rfc9110#section-5.6.1
    /// [RFC 9110 §12.5.4]: https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4
    /// [§12.4.2]: https://www.rfc-editor.org/rfc/rfc9110#section-12.4.2
    /// [§5.6.6]: https://www.rfc-editor.org/rfc/rfc9110#section-5.6.6
    ///
    /// ```
    /// use leancloud_im_codes::Lang;
    ///
    /// assert_eq!(Lang::negotiate(["fr-CA", "zh-HK", "en"]), Lang::ZhHant);
    /// assert_eq!(Lang::negotiate(["de", "ja"]), Lang::En);
    ///
    /// let header = "fr-CH, fr;q=0.9, zh-CN;Q=0, zh-TW;q=0.7, en;q=0.5, *;q=0.1";
    /// assert_eq!(Lang::negotiate(header.split(',')), Lang::ZhHant);
    /// // The weight decides, not the order; among equal weights, the order does.
    /// assert_eq!(Lang::negotiate("en;q=0.5, zh;q=0.8".split(',')), Lang::ZhHans);
    /// assert_eq!(Lang::negotiate("zh-TW;q=0.8, zh-CN;q=0.8".split(',')), Lang::ZhHant);
    /// // Malformed weights drop their items.
    /// assert_eq!(Lang::negotiate("zh;q=1.5, zh-CN;q = 0.9, zh-HK;q=0.5".split(',')), Lang::ZhHant);
    /// assert_eq!(Lang::negotiate("zh;q=0.0001".split(',')), Lang::En);
    /// ```
    #[must_use]
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        let mut best: Option<(u16, Lang)> = None;
        for item in preferences {
            let Some((range, weight)) = weighted(item) else {
                continue;
            };
            if weight == 0 || best.is_some_and(|(best_weight, _)| best_weight >= weight) {
                continue;
            }
            let lang = if range == "*" {
                Some(Lang::En)
            } else {
                Lang::from_tag(range)
            };
            if let Some(lang) = lang {
                best = Some((weight, lang));
                if weight == QVALUE_ONE {
                    break;
                }
            }
        }
        best.map_or(Lang::En, |(_, lang)| lang)
    }
}

/// The part of a language tag a subtag is, by the grammar of RFC 5646 §2.1, in the order the
/// parts come in.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Language,
    Extlang,
    Script,
    Region,
    Variant,
    /// An extension's singleton, before the subtag it needs.
    Singleton,
    Extension,
    /// The singleton `x`, before the private use subtag it needs.
    X,
    PrivateUse,
}

/// Whether `tag` is `expected` (a tag written with `-`), ignoring ASCII case and taking `_` for
/// `-`.
fn same_tag(tag: &str, expected: &str) -> bool {
    tag.len() == expected.len()
        && tag
            .bytes()
            .zip(expected.bytes())
            .all(|(a, b)| a.eq_ignore_ascii_case(&b) || (a == b'_' && b == b'-'))
}

/// Optional whitespace, `OWS` (RFC 9110 §5.6.3): spaces and horizontal tabs.
const OWS: [char; 2] = [' ', '\t'];

/// The weight 1, in thousandths.
const QVALUE_ONE: u16 = 1000;

/// An item of a preference list split into its language range and its weight in thousandths
/// (1000 without one), or `None` if its weight is malformed (RFC 9110 §12.4.2).
fn weighted(item: &str) -> Option<(&str, u16)> {
    let item = item.trim_matches(OWS);
    let Some((range, weight)) = item.split_once(';') else {
        return Some((item, QVALUE_ONE));
    };
    let weight = weight.trim_start_matches(OWS);
    let qvalue = weight
        .strip_prefix("q=")
        .or_else(|| weight.strip_prefix("Q="))?;
    Some((range.trim_end_matches(OWS), thousandths(qvalue)?))
}

/// A qvalue in thousandths: `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`.
fn thousandths(qvalue: &str) -> Option<u16> {
    let (whole, fraction) = qvalue.split_once('.').unwrap_or((qvalue, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value = 0;
    for (digit, scale) in fraction.bytes().zip([100, 10, 1]) {
        value += u16::from(digit - b'0') * scale;
    }
    match whole {
        "0" => Some(value),
        "1" if value == 0 => Some(QVALUE_ONE),
        _ => None,
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
