//! Conversions between numbers, names, text and the two code types.

use core::str::FromStr;

use crate::code::Code;
use crate::lang::Lang;
use crate::lookup_error::LookupError;
use crate::table::{KnownCode, LABELS};

impl FromStr for Code {
    type Err = LookupError;

    /// Accepts, around optional white space:
    /// - decimal digits, `0` to `65535`, known or not;
    /// - a name or alias in any ASCII case (an ambiguous name is an error);
    /// - the `Display` form `NUMBER NAME` (`4111 SESSION_CONFLICT`), optionally followed by
    ///   `: text` as `{:#}` and `display_in` write it, where the name must be the number's, or
    ///   the unknown placeholder (`<unknown>`, in any of the crate's languages) for a number
    ///   the crate does not know;
    /// - the earlier form `NAME (NUMBER)`, with any white space around the parts, likewise.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, LookupError};
    ///
    /// assert_eq!("4111".parse(), Ok(Code::new(4111)));
    /// assert_eq!("session_conflict".parse(), Ok(Code::new(4111)));
    /// assert_eq!(Code::new(1011).to_string().parse(), Ok(Code::new(1011)));
    /// assert_eq!(format!("{:#}", Code::new(4999)).parse(), Ok(Code::new(4999)));
    /// assert_eq!("SESSION_CONFLICT  ( 4111 )".parse(), Ok(Code::new(4111)));
    /// assert_eq!("4112 SESSION_CONFLICT".parse::<Code>(), Err(LookupError::NameMismatch(4112)));
    /// ```
    fn from_str(text: &str) -> Result<Code, LookupError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(LookupError::Empty);
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            return parse_number(text).map(Code::new);
        }
        // Only the `Display` forms have a space or a parenthesis; a name or alias has neither.
        let head = text
            .split_once(':')
            .map_or(text, |(head, _)| head)
            .trim_end();
        if let Some((number, name)) = head.split_once(char::is_whitespace) {
            if is_digits(number) {
                return named(parse_number(number)?, name.trim());
            }
        }
        if let Some((name, rest)) = head.split_once('(') {
            let number = rest
                .strip_suffix(')')
                .ok_or(LookupError::UnknownName)?
                .trim();
            if !is_digits(number) {
                return Err(LookupError::UnknownName);
            }
            return named(parse_number(number)?, name.trim());
        }
        KnownCode::from_name_ignore_ascii_case(text).map(Code::from)
    }
}

/// The code `number`, if `name` is its name, one of its aliases, or the placeholder of a
/// number the crate does not know.
fn named(number: u16, name: &str) -> Result<Code, LookupError> {
    let code = Code::new(number);
    let belongs = match code.known() {
        Some(known) => {
            known.name().eq_ignore_ascii_case(name)
                || known.aliases().iter().any(|a| a.eq_ignore_ascii_case(name))
        }
        None => Lang::ALL
            .iter()
            .any(|lang| LABELS.unknown.get(*lang).eq_ignore_ascii_case(name)),
    };
    if belongs {
        Ok(code)
    } else {
        Err(LookupError::NameMismatch(number))
    }
}

impl Code {
    /// Parses a name, an alias or digits that arrived as bytes (a Close frame's reason, a
    /// buffer), as `FromStr` does; bytes that are not UTF-8 are an unknown name.
    ///
    /// ```
    /// use leancloud_im_codes::{Code, LookupError};
    ///
    /// assert_eq!(Code::from_bytes(b"SESSION_CONFLICT"), Ok(Code::SESSION_CONFLICT));
    /// assert_eq!(Code::from_bytes(b"\xff"), Err(LookupError::UnknownName));
    /// ```
    /// # Errors
    ///
    /// What `FromStr` reports; bytes that are not UTF-8 are [`LookupError::UnknownName`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Code, LookupError> {
        core::str::from_utf8(bytes)
            .map_err(|_| LookupError::UnknownName)?
            .parse()
    }
}

impl FromStr for KnownCode {
    type Err = LookupError;

    /// Accepts what [`Code`]'s `FromStr` accepts, then requires a known code.
    ///
    /// ```
    /// use leancloud_im_codes::{KnownCode, LookupError};
    ///
    /// assert_eq!("4111".parse(), Ok(KnownCode::SessionConflict));
    /// assert_eq!("4104".parse::<KnownCode>(), Err(LookupError::UnknownCode(4104)));
    /// ```
    fn from_str(text: &str) -> Result<KnownCode, LookupError> {
        let code: Code = text.parse()?;
        code.known().ok_or(LookupError::UnknownCode(code.as_u16()))
    }
}

impl TryFrom<&str> for Code {
    type Error = LookupError;

    /// What `FromStr` accepts.
    fn try_from(text: &str) -> Result<Code, LookupError> {
        text.parse()
    }
}

impl TryFrom<u16> for KnownCode {
    type Error = LookupError;

    fn try_from(code: u16) -> Result<KnownCode, LookupError> {
        KnownCode::from_u16(code).ok_or(LookupError::UnknownCode(code))
    }
}

impl TryFrom<Code> for KnownCode {
    type Error = LookupError;

    fn try_from(code: Code) -> Result<KnownCode, LookupError> {
        code.known().ok_or(LookupError::UnknownCode(code.as_u16()))
    }
}

/// `TryFrom` a wider integer, as protobuf's `int32` code fields and JSON numbers arrive.
macro_rules! from_wide_integer {
    ($($integer:ty),*) => {$(
        impl TryFrom<$integer> for Code {
            type Error = LookupError;

            /// Any value from 0 to 65535; others are [`LookupError::OutOfRange`].
            fn try_from(code: $integer) -> Result<Code, LookupError> {
                u16::try_from(code).map(Code::new).map_err(|_| LookupError::OutOfRange)
            }
        }

        impl TryFrom<$integer> for KnownCode {
            type Error = LookupError;

            /// A known code's number; [`LookupError::OutOfRange`] outside 0 to 65535 and
            /// [`LookupError::UnknownCode`] for another number.
            fn try_from(code: $integer) -> Result<KnownCode, LookupError> {
                KnownCode::try_from(Code::try_from(code)?)
            }
        }
    )*};
}

from_wide_integer!(i32, i64, u32, u64);

/// `From<Code>` for integers that hold every `u16`, as `tonic::Code` converts to `i32`.
macro_rules! into_integer {
    ($($integer:ty),*) => {$(
        impl From<Code> for $integer {
            /// The number.
            fn from(code: Code) -> $integer {
                code.as_u16().into()
            }
        }

        impl From<KnownCode> for $integer {
            /// The number.
            fn from(code: KnownCode) -> $integer {
                code.as_u16().into()
            }
        }
    )*};
}

into_integer!(u16, i32, u32, i64, u64);

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Decimal digits to a `u16`, with no sign, and `OutOfRange` above 65535.
fn parse_number(digits: &str) -> Result<u16, LookupError> {
    digits.bytes().try_fold(0u16, |value, byte| {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return Err(LookupError::UnknownName);
        }
        value
            .checked_mul(10)
            .and_then(|value| value.checked_add(u16::from(digit)))
            .ok_or(LookupError::OutOfRange)
    })
}

impl From<u16> for Code {
    fn from(code: u16) -> Code {
        Code::new(code)
    }
}

impl From<KnownCode> for Code {
    fn from(code: KnownCode) -> Code {
        code.code()
    }
}

impl From<KnownCode> for &'static str {
    /// The code's name.
    fn from(code: KnownCode) -> &'static str {
        code.name()
    }
}

impl PartialEq<u16> for Code {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<Code> for u16 {
    fn eq(&self, other: &Code) -> bool {
        *self == other.as_u16()
    }
}

impl PartialEq<KnownCode> for Code {
    fn eq(&self, other: &KnownCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

impl PartialEq<Code> for KnownCode {
    fn eq(&self, other: &Code) -> bool {
        self.as_u16() == other.as_u16()
    }
}

impl PartialEq<u16> for KnownCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<KnownCode> for u16 {
    fn eq(&self, other: &KnownCode) -> bool {
        *self == other.as_u16()
    }
}
