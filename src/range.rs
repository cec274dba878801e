//! RFC 6455 code ranges and the rules for what may be sent in a Close frame.

use crate::lang::{Lang, Text};

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
    /// The range `code` falls in.
    ///
    /// ```
    /// use leancloud_im_codes::CodeRange;
    ///
    /// assert_eq!(CodeRange::of(4999), CodeRange::Private);
    /// ```
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
    pub const fn span(self) -> &'static str {
        match self {
            CodeRange::Unused => "0-999",
            CodeRange::Protocol => "1000-2999",
            CodeRange::Registered => "3000-3999",
            CodeRange::Private => "4000-4999",
            CodeRange::Invalid => "5000-65535",
        }
    }

    /// What an unknown code in this range means.
    ///
    /// ```
    /// use leancloud_im_codes::{CodeRange, Lang};
    ///
    /// assert!(CodeRange::Private.description(Lang::En).contains("4000"));
    /// ```
    pub const fn description(self, lang: Lang) -> &'static str {
        self.texts().0.get(lang)
    }

    /// What to do about an unknown code in this range.
    ///
    /// ```
    /// use leancloud_im_codes::{CodeRange, Lang};
    ///
    /// assert!(!CodeRange::Invalid.hint(Lang::ZhHans).is_empty());
    /// ```
    pub const fn hint(self, lang: Lang) -> &'static str {
        self.texts().1.get(lang)
    }

    const fn texts(self) -> (Text, Text) {
        match self {
            CodeRange::Unused => (
                Text {
                    en: "A code below 1000, a range WebSocket never uses for closing; it was raised locally.",
                    zh: "低于 1000 的代码，WebSocket 从不在此范围内使用关闭码；它来自本地。",
                },
                Text {
                    en: "Treat it as a local connection failure and reconnect with backoff.",
                    zh: "请将其视为本地连接故障，退避后重新连接。",
                },
            ),
            CodeRange::Protocol => (
                Text {
                    en: "A WebSocket protocol code (1000-2999) that no standard has assigned yet.",
                    zh: "尚未被任何标准分配的 WebSocket 协议码（1000-2999）。",
                },
                Text {
                    en: "Reconnect with backoff; the peer may be using a newer or nonstandard WebSocket implementation.",
                    zh: "请退避后重新连接；对端可能使用了较新或不规范的 WebSocket 实现。",
                },
            ),
            CodeRange::Registered => (
                Text {
                    en: "A close code registered with IANA for a library or framework (3000-3999), not one LeanCloud uses.",
                    zh: "在 IANA 为库或框架登记的关闭码（3000-3999），不是 LeanCloud 使用的代码。",
                },
                Text {
                    en: "Reconnect with backoff, and check which proxy or library sent it.",
                    zh: "请退避后重新连接，并检查是哪个代理或库发送了此码。",
                },
            ),
            CodeRange::Private => (
                Text {
                    en: "An application-defined code (4000-4999) that this crate does not know, possibly a newer LeanCloud code.",
                    zh: "本库不认识的应用自定义代码（4000-4999），可能是较新的 LeanCloud 代码。",
                },
                Text {
                    en: "Reconnect with backoff; update this crate if the code keeps coming.",
                    zh: "请退避后重新连接；如持续出现，请升级本库。",
                },
            ),
            CodeRange::Invalid => (
                Text {
                    en: "A number of 5000 or more that this crate does not know; it is not a valid close code and was raised locally.",
                    zh: "本库不认识的 5000 及以上的数字；它不是合法的关闭码，来自本地。",
                },
                Text {
                    en: "Check the SDK that raised it; reconnect with backoff if the connection is down.",
                    zh: "请检查产生该代码的 SDK；如连接已断开，请退避后重新连接。",
                },
            ),
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
