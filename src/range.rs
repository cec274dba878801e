//! RFC 6455 code ranges and the rules for what may be sent in a Close frame.
//!
//! This file is also compiled into the generator (`build/`), so it depends on nothing else in
//! the crate.

/// The RFC 6455 range (§7.4.2) a number falls in. Every `u16` belongs to exactly one.
///
/// See the [IANA WebSocket close-code registry](https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number).
///
/// ```
/// use leancloud_im_codes::CodeRange;
///
/// assert_eq!(CodeRange::of(999), CodeRange::Unused);
/// assert_eq!(CodeRange::of(1006), CodeRange::Protocol);
/// assert_eq!(CodeRange::of(3008), CodeRange::Registered);
/// assert_eq!(CodeRange::of(4111), CodeRange::Private);
/// assert_eq!(CodeRange::of(9000), CodeRange::Invalid);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeRange {
    /// 0–999: never used as a close code. LeanCloud SDKs report 0 for a local close.
    Unused,
    /// 1000–2999: defined by RFC 6455 and its extensions (1016–2999 are still unassigned).
    Protocol,
    /// 3000–3999: registered with IANA for libraries and frameworks.
    Registered,
    /// 4000–4999: private use, where LeanCloud IM's codes live.
    Private,
    /// 5000–65535: outside every range RFC 6455 defines. LeanCloud SDKs use 5130 and the 9000
    /// series for errors that never reach the wire.
    Invalid,
}

impl CodeRange {
    /// Every range, in ascending order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::CodeRange::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [CodeRange] = &[
        CodeRange::Unused,
        CodeRange::Protocol,
        CodeRange::Registered,
        CodeRange::Private,
        CodeRange::Invalid,
    ];

    /// The range `code` falls in.
    ///
    /// ```
    /// use leancloud_im_codes::CodeRange;
    ///
    /// assert_eq!(CodeRange::of(4999), CodeRange::Private);
    /// ```
    #[must_use]
    pub const fn of(code: u16) -> CodeRange {
        match code {
            0..=999 => CodeRange::Unused,
            1000..=2999 => CodeRange::Protocol,
            3000..=3999 => CodeRange::Registered,
            4000..=4999 => CodeRange::Private,
            _ => CodeRange::Invalid,
        }
    }

    /// A short lowercase name: `unused`, `protocol`, `registered`, `private` or `invalid`.
    ///
    /// ```
    /// use leancloud_im_codes::CodeRange;
    ///
    /// assert_eq!(CodeRange::of(4111).as_str(), "private");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            CodeRange::Unused => "unused",
            CodeRange::Protocol => "protocol",
            CodeRange::Registered => "registered",
            CodeRange::Private => "private",
            CodeRange::Invalid => "invalid",
        }
    }

    /// The numbers in the range, as text: `4000-4999`.
    ///
    /// ```
    /// use leancloud_im_codes::CodeRange;
    ///
    /// assert_eq!(CodeRange::Invalid.span(), "5000-65535");
    /// ```
    #[must_use]
    pub const fn span(self) -> &'static str {
        match self {
            CodeRange::Unused => "0-999",
            CodeRange::Protocol => "1000-2999",
            CodeRange::Registered => "3000-3999",
            CodeRange::Private => "4000-4999",
            CodeRange::Invalid => "5000-65535",
        }
    }
}

/// Whether `code` may be the status of a Close frame that an endpoint sends (RFC 6455 §7.4).
///
/// Allowed: 1000–1003, 1007–1014 and 3000–4999. Refused: below 1000, 1004 (reserved),
/// 1005, 1006 and 1015 (local-only), 1016–2999 (unassigned) and 5000 and above.
pub(crate) const fn may_send(code: u16) -> bool {
    matches!(code, 1000..=1003 | 1007..=1014 | 3000..=4999)
}

impl core::fmt::Display for CodeRange {
    /// The short name, padded to the formatter's width: `private`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.as_str())
    }
}
