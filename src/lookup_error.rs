//! The error of a failed lookup by number, name or text.

use core::fmt;

use crate::table::KnownCode;

/// Why a number, a name or a text did not resolve to a code.
///
/// It never holds the input (the crate does not allocate), so the caller adds it when
/// reporting.
///
/// ```
/// use leancloud_im_codes::{KnownCode, LookupError};
///
/// assert_eq!("".parse::<KnownCode>(), Err(LookupError::Empty));
/// assert_eq!("70000".parse::<KnownCode>(), Err(LookupError::OutOfRange));
/// assert_eq!("4104".parse::<KnownCode>(), Err(LookupError::UnknownCode(4104)));
/// assert_eq!("NO_SUCH_CODE".parse::<KnownCode>(), Err(LookupError::UnknownName));
/// assert!(matches!(
///     "INTERNAL_ERROR".parse::<KnownCode>(),
///     Err(LookupError::Ambiguous { .. })
/// ));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    /// The text was empty or only white space.
    #[error("empty input: expected a code number or a code name")]
    Empty,
    /// The text was all digits, but above 65535.
    #[error("code number out of range: codes are 0-65535")]
    OutOfRange,
    /// The text was neither a number nor a known name or alias.
    #[error("not a code number or a known code name")]
    UnknownName,
    /// A known code was required, but this number is not one.
    #[error("{0} is not a code this crate knows")]
    UnknownCode(u16),
    /// The name belongs to more than one code, all listed in `candidates`
    /// (ascending). Ask by number, or with [`KnownCode::from_name_in`].
    #[error("{}", Candidates(candidates))]
    #[non_exhaustive]
    Ambiguous {
        /// Every code spelled this way, ascending.
        candidates: &'static [KnownCode],
    },
    /// The text had a number and a name, in `Display`'s `NUMBER NAME` form or the older
    /// `NAME (NUMBER)`, but the name is not the number's (an empty one included, as in
    /// `(4111)`; and `<unknown>` beside a known number).
    #[error("the name does not belong to code {0}")]
    NameMismatch(u16),
}

/// Lists an ambiguous name's codes: `INTERNAL_ERROR is 1011 (websocket) or 4200 (im); ...`.
struct Candidates<'a>(&'a [KnownCode]);

impl fmt::Display for Candidates<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(first) = self.0.first() else {
            return f.write_str("ambiguous code name");
        };
        write!(f, "{} is", first.name())?;
        for (index, code) in self.0.iter().enumerate() {
            let separator = if index == 0 { " " } else { " or " };
            write!(f, "{separator}{} ({})", code.as_u16(), code.family())?;
        }
        f.write_str("; give the number, or look the name up within one family")
    }
}
