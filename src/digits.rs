//! A code number as decimal text, on the stack.

use core::fmt;
use core::ops::Deref;

/// A code's number in decimal digits, made by [`Code::as_str`](crate::Code::as_str) without
/// allocating. It derefs to `str`.
///
/// ```
/// use leancloud_im_codes::Code;
///
/// let digits = Code::new(4111).as_str();
/// assert_eq!(digits, "4111");
/// assert_eq!(digits.len(), 4);
/// assert_eq!(format!("{digits:>6}"), "  4111");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Digits {
    /// Right-aligned: the digits are `bytes[start..]`.
    bytes: [u8; 5],
    start: u8,
}

impl Digits {
    pub(crate) const fn new(number: u16) -> Digits {
        let mut bytes = [b'0'; 5];
        let mut rest = number;
        let mut start = 5;
        loop {
            start -= 1;
            bytes[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        Digits {
            bytes,
            start: start as u8,
        }
    }

    /// The digits as a string slice.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::Code::new(7).as_str().as_str(), "7");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        let digits = &self.bytes[usize::from(self.start)..];
        // ASCII digits only, so always UTF-8.
        core::str::from_utf8(digits).unwrap_or_default()
    }
}

impl Deref for Digits {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Digits {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Digits {
    /// The digits, padded to the formatter's width.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for Digits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Digits {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Digits {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Digits> for &str {
    fn eq(&self, other: &Digits) -> bool {
        *self == other.as_str()
    }
}
