//! The error of parsing one of the crate's vocabulary words (a family, a language tag, a
//! recovery answer).
//!
//! This file is also compiled into the generator (`build/`), so it depends on nothing else in
//! the crate.

use core::fmt;

/// A word that names none of a vocabulary enum's values.
///
/// It holds what was expected, not the input (the crate does not allocate).
///
/// ```
/// use leancloud_im_codes::Family;
///
/// let error = "web".parse::<Family>().unwrap_err();
/// assert_eq!(error.to_string(), "unknown family; expected one of: websocket, im, sdk, general");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseWordError {
    what: &'static str,
    expected: &'static str,
}

impl ParseWordError {
    pub(crate) const fn new(what: &'static str, expected: &'static str) -> ParseWordError {
        ParseWordError { what, expected }
    }

    /// What was being parsed: `family`, `language tag`, `connection action`, ...
    ///
    /// ```
    /// use leancloud_im_codes::Lang;
    ///
    /// assert_eq!("klingon".parse::<Lang>().unwrap_err().what(), "language tag");
    /// ```
    #[must_use]
    pub const fn what(&self) -> &'static str {
        self.what
    }
}

impl fmt::Display for ParseWordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {}; expected one of: {}",
            self.what, self.expected
        )
    }
}

impl core::error::Error for ParseWordError {}

/// `Display` (padded: width and alignment are honoured) and `FromStr` (ASCII case ignored)
/// through the enum's `ALL` and `as_str`.
macro_rules! words {
    ($type:ident, $what:literal, $expected:literal) => {
        impl core::fmt::Display for $type {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl core::str::FromStr for $type {
            type Err = ParseWordError;

            fn from_str(word: &str) -> Result<$type, ParseWordError> {
                $type::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str().eq_ignore_ascii_case(word))
                    .ok_or(ParseWordError::new($what, $expected))
            }
        }
    };
}

pub(crate) use words;
